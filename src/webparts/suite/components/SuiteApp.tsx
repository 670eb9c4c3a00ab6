import * as React from 'react';
import { HostNotice } from '../../../ui/host/HostNotice';
import * as strings from 'SuiteStrings';
import { LazyPart } from '../../shared/LazyPart';
import type { IPartSettings, PartKey } from '../../shared/partCatalog';

export interface ISuiteAppProps {
  part: PartKey | undefined;
  available: PartKey[];
  settings: IPartSettings;
}

/** Shows the configured part, or tells the person who added it what to do next. */
export function SuiteApp(props: ISuiteAppProps): React.ReactElement {
  const { part, available, settings } = props;
  if (available.length === 0) {
    return <HostNotice kind="info">{strings.SuiteNoPartsAvailable}</HostNotice>;
  }
  if (!part || available.indexOf(part) < 0) {
    return <HostNotice kind="info">{strings.SuiteChoosePart}</HostNotice>;
  }
  return <LazyPart part={part} settings={settings} />;
}
