import * as React from 'react';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { PartHost } from '../../../src/ui/host/PartHost';
import type { HostKind, IHostContext, IHostUser, ThemeName } from '../../../src/ui/host/hostContext';
import { LazyPart } from '../../../src/webparts/shared/LazyPart';
import { releasedParts, type IPartSettings, type PartKey } from '../../../src/webparts/shared/partCatalog';
import { SuiteApp } from '../../../src/webparts/suite/components/SuiteApp';
import { partTitle } from '../../../src/webparts/suite/partTitles';
import type { WorkbenchPart } from './workbenchState';

export interface IPartSlotProps {
  part: WorkbenchPart;
  host: HostKind;
  themeName: ThemeName;
  theme: ITheme;
  user: IHostUser;
  pageSiteUrl: string;
  settings: Record<string, unknown>;
  instanceId: string;
}

/**
 * Renders a part exactly as its web part class would: the same PartHost, the same host context shape,
 * the same element (LazyPart, or SuiteApp for the Suite part).
 */
export function PartSlot(props: IPartSlotProps): React.ReactElement {
  const host: IHostContext = {
    host: props.host,
    user: props.user,
    pageSiteUrl: props.pageSiteUrl,
    locale: 'en-GB',
    themeName: props.themeName,
    theme: props.theme,
    instanceId: props.instanceId
  };
  const settings = props.settings as IPartSettings;
  if (props.part === 'suite') {
    const chosen = props.settings.part as PartKey | undefined;
    return (
      <PartHost host={host} label={chosen ? partTitle(chosen) : 'M365 Adoption Suite'}>
        <SuiteApp part={chosen} settings={settings} available={releasedParts().map((p) => p.key)} />
      </PartHost>
    );
  }
  return (
    <PartHost host={host} label={partTitle(props.part)}>
      <LazyPart part={props.part} settings={settings} />
    </PartHost>
  );
}
