import * as React from 'react';
import { partDefinition, type IPartAppProps, type PartKey } from './partCatalog';
import { markPartStart } from '../../ui/host/readyMark';

const lazyApps: Partial<Record<PartKey, React.LazyExoticComponent<React.ComponentType<IPartAppProps>>>> = {};

function lazyApp(key: PartKey): React.LazyExoticComponent<React.ComponentType<IPartAppProps>> {
  let app = lazyApps[key];
  if (!app) {
    markPartStart(key);
    app = React.lazy(partDefinition(key).load);
    lazyApps[key] = app;
  }
  return app;
}

export interface ILazyPartProps extends IPartAppProps {
  part: PartKey;
}

/** Renders a part's app from its lazy chunk; PartHost's Suspense shows the loading state meanwhile. */
export function LazyPart(props: ILazyPartProps): React.ReactElement {
  const App = lazyApp(props.part);
  return <App settings={props.settings} />;
}
