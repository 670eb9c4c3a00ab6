import * as React from 'react';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { PartHost } from '../../../src/ui/host/PartHost';
import { isTeamsHost, SUITE_TEAMS_APP_ID, type HostKind, type IHostContext, type IHostUser, type ITeamsEntity, type ThemeName } from '../../../src/ui/host/hostContext';
import { LazyPart } from '../../../src/webparts/shared/LazyPart';
import { partDefinition, releasedParts, SUITE_COMPONENT_ID, type IPartSettings, type PartKey } from '../../../src/webparts/shared/partCatalog';
import { SuiteApp } from '../../../src/webparts/suite/components/SuiteApp';
import { partTitle } from '../../../src/webparts/suite/partTitles';
import { DataSiteResolver } from '../../../src/data/dataSite';
import { spFromUrl } from '../../../src/data/sp';
import { RetryHub, type IPartServices } from '../../../src/ui/data/PartServices';
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

/** The channel the workbench's Teams tab pretends to be in. */
export const WORKBENCH_CHANNEL_ID = '19:workbench-channel@thread.tacv2';

/** What Teams would tell a tab about itself: the app, the tab's entity (a personal app's is the part's component id), a channel tab's channel. */
function workbenchTeamsEntity(host: HostKind, part: WorkbenchPart): ITeamsEntity {
  const entityId = part === 'suite' ? SUITE_COMPONENT_ID : partDefinition(part).componentId;
  return { appId: SUITE_TEAMS_APP_ID, entityId, ...(host === 'TeamsTab' ? { channelId: WORKBENCH_CHANNEL_ID } : {}) };
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
    instanceId: props.instanceId,
    // Teams hands a tab its deep link's sub-page id; the workbench takes it from its own address.
    subPageId: isTeamsHost(props.host) ? new URLSearchParams(window.location.search).get('subPageId') ?? undefined : undefined,
    // And, as Teams does, the app and the tab's entity (the part's component id; a channel for a channel tab).
    teamsEntity: isTeamsHost(props.host) ? workbenchTeamsEntity(props.host, props.part) : undefined
  };
  const settings = props.settings as IPartSettings;
  // As in SharePoint, the page's own cookies sign the requests in; the digest comes from contextinfo.
  const override = settings.dataSiteUrl;
  const services = React.useMemo<IPartServices>(() => {
    const retries = new RetryHub();
    // A workbench knob for tests (`?retryBudget=<seconds>`): a shorter time budget for SharePoint's 429/503
    // than production's 120 s, so a storm can outlast it quickly. The web parts always use the default.
    const budget = Number(new URLSearchParams(window.location.search).get('retryBudget'));
    const options = { events: retries, ...(budget > 0 ? { budgetMs: budget * 1000 } : {}) };
    const resolver = new DataSiteResolver({ pageSp: spFromUrl(props.pageSiteUrl, options), spFor: (url) => spFromUrl(url, options), override });
    return { dataSite: () => resolver.resolve(), retries };
  }, [props.pageSiteUrl, override]);
  if (props.part === 'suite') {
    const chosen = props.settings.part as PartKey | undefined;
    return (
      <PartHost host={host} label={chosen ? partTitle(chosen) : 'M365 Adoption Suite'} services={services}>
        <SuiteApp part={chosen} settings={settings} available={releasedParts().map((p) => p.key)} />
      </PartHost>
    );
  }
  return (
    <PartHost host={host} label={partTitle(props.part)} services={services}>
      <LazyPart part={props.part} settings={settings} />
    </PartHost>
  );
}
