import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'SuiteStrings';
import { runSetUp, setUpStatus, type ISetUpResult, type ISetUpStatus } from '../../data/provisioning/setUpAction';
import { errorMessage } from '../data/errorMessage';
import { usePartServices } from '../data/PartServices';
import { formatText } from '../format/text';

type State =
  | { kind: 'checking' }
  | { kind: 'status'; status: ISetUpStatus }
  | { kind: 'running' }
  | { kind: 'done'; result: ISetUpResult }
  | { kind: 'failed'; message: string };

/**
 * Tells a part's users when the suite's lists are missing or out of date. Site owners (people with Manage
 * Lists and Manage Permissions on the data site, as SharePoint reports them) get the button that sets
 * them up; everyone else is told to ask one. Renders nothing when all is current.
 */
export default function SetUpNotice(): React.ReactElement | null {
  const services = usePartServices();
  const [state, setState] = React.useState<State>({ kind: 'checking' });

  React.useEffect(() => {
    let live = true;
    services
      .dataSite()
      .then((site) => setUpStatus(site))
      .then(
        (status) => live && setState({ kind: 'status', status }),
        (error: unknown) => live && setState({ kind: 'failed', message: errorMessage(error) })
      );
    return () => {
      live = false;
    };
  }, [services]);

  const run = (): void => {
    setState({ kind: 'running' });
    services
      .dataSite()
      .then((site) => runSetUp(site))
      .then(
        (result) => setState({ kind: 'done', result }),
        (error: unknown) => setState({ kind: 'failed', message: errorMessage(error) })
      );
  };

  switch (state.kind) {
    case 'checking':
      return null;
    case 'failed':
      return <MessageBar messageBarType={MessageBarType.error}>{state.message}</MessageBar>;
    case 'running':
      return <Spinner size={SpinnerSize.medium} label={strings.SetUpRunning} ariaLive="polite" labelPosition="right" />;
    case 'done': {
      const changes = state.result.lists.length + state.result.permissions.filter((s) => s.kind !== 'membersCanManageLists').length;
      return (
        <Stack tokens={{ childrenGap: 8 }}>
          <MessageBar messageBarType={MessageBarType.success}>{formatText(strings.SetUpDone, changes)}</MessageBar>
          {state.result.permissions.some((s) => s.kind === 'membersCanManageLists') ? (
            <MessageBar messageBarType={MessageBarType.warning}>{strings.SetUpMembersWarning}</MessageBar>
          ) : null}
        </Stack>
      );
    }
    case 'status': {
      const { status } = state;
      if (status.outdated.length === 0) return null;
      if (!status.canSetUp) return <MessageBar messageBarType={MessageBarType.warning}>{strings.SetUpAskOwner}</MessageBar>;
      return (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          actions={<PrimaryButton text={strings.SetUpRun} onClick={run} />}
        >
          {formatText(strings.SetUpNeeded, status.outdated.join(', '))}
        </MessageBar>
      );
    }
  }
}
