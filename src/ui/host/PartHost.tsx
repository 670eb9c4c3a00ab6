import * as React from 'react';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import * as strings from 'SuiteStrings';
import { HostContext, type IHostContext } from './hostContext';
import { HostNotice } from './HostNotice';
import { readableTheme } from './readableTheme';
import { RetryStatus } from './RetryStatus';
import { PartServicesContext, type IPartServices } from '../data/PartServices';

// The set-up notice talks to SharePoint (PnPjs): a lazy chunk, so the first chunk stays small.
const SetUpNotice = React.lazy(() => import(/* webpackChunkName: 'suite-set-up' */ '../setup/SetUpNotice'));

export interface IPartHostProps {
  host: IHostContext;
  /** Accessible name of the part's landmark region. */
  label: string;
  /** The part's way to its data; without it (e.g. in a component test) no set-up check is made. */
  services?: IPartServices;
  children?: React.ReactNode;
}

interface IBoundaryState {
  failed: boolean;
}

/** Keeps one part's failure from blanking the page, and says so in words a user can act on. */
class PartErrorBoundary extends React.Component<{ children?: React.ReactNode }, IBoundaryState> {
  public state: IBoundaryState = { failed: false };

  public static getDerivedStateFromError(): IBoundaryState {
    return { failed: true };
  }

  public render(): React.ReactNode {
    if (this.state.failed) {
      return <HostNotice kind="error">{strings.PartFailed}</HostNotice>;
    }
    return this.props.children;
  }
}

/**
 * The root every part renders inside, on every host: theme, host context, a labelled region, lazy
 * loading and an error boundary. The web part classes and the local workbench both render this.
 */
export function PartHost(props: IPartHostProps): React.ReactElement {
  const { label, children, services } = props;
  // A section background's theme variant can leave status text unreadable on it: fixed once per theme.
  const theme = React.useMemo(() => readableTheme(props.host.theme), [props.host.theme]);
  const host = React.useMemo(() => (theme === props.host.theme ? props.host : { ...props.host, theme }), [props.host, theme]);
  const body = (
    <PartErrorBoundary>
      <React.Suspense fallback={<Spinner size={SpinnerSize.large} label={strings.Loading} />}>
        {services ? <SetUpNotice /> : null}
        {children}
      </React.Suspense>
    </PartErrorBoundary>
  );
  return (
    <HostContext.Provider value={host}>
      <ThemeProvider theme={host.theme} applyTo="none" lang={host.locale}>
        <section aria-label={label} data-part-host={host.host} data-theme={host.themeName} style={{ color: theme.semanticColors.bodyText }}>
          {services ? <PartServicesContext.Provider value={services}>{body}</PartServicesContext.Provider> : body}
          {services?.retries ? <RetryStatus retries={services.retries} /> : null}
        </section>
      </ThemeProvider>
    </HostContext.Provider>
  );
}
