import * as React from 'react';
import type { ITheme } from '@fluentui/react/lib/Styling';

/** Where a part is rendered: the four hosts its manifest lists. */
export type HostKind = 'SharePointWebPart' | 'SharePointFullPage' | 'TeamsTab' | 'TeamsPersonalApp';

/** The theme family in force: SharePoint's own (site theme and section backgrounds) or one of Teams' three. */
export type ThemeName = 'sharepoint' | 'default' | 'dark' | 'contrast';

export interface IHostUser {
  displayName: string;
  email: string;
  loginName: string;
}

/**
 * Everything a part's React root knows about where it runs. Built by the web part class (or the local
 * workbench, which must build exactly the same shape), never read from globals by components.
 */
export interface IHostContext {
  host: HostKind;
  user: IHostUser;
  /** Absolute URL of the site the page (or Teams tab) lives in. Data lives on the configured data site. */
  pageSiteUrl: string;
  /** BCP 47 locale of the user interface, e.g. en-GB. */
  locale: string;
  themeName: ThemeName;
  theme: ITheme;
  /** Unique per web part instance: used to build stable element ids. */
  instanceId: string;
  /**
   * In Teams, the deep link's sub-page id (`subPageId`, formerly `subEntityId`) the tab was opened with:
   * a part's own address within itself (e.g. one catalogue entry). Undefined elsewhere.
   */
  subPageId?: string;
  /**
   * In Teams, what a deep link back to this tab needs: the Teams app's id, the tab's entity id and, for a
   * channel tab, the channel. Undefined elsewhere.
   */
  teamsEntity?: ITeamsEntity;
}

export interface ITeamsEntity {
  appId: string;
  entityId: string;
  channelId?: string;
}

/** The suite's Teams app id as shipped (config/teams-app.json): used when Teams does not say it. */
export const SUITE_TEAMS_APP_ID = 'e182983d-d1f2-4cd3-8334-9fba639d7751';

/** The user principal name from a claims login (`i:0#.f|membership|upn`) or the e-mail, lower case. */
export function upnOf(user: IHostUser): string {
  const claims = /^i:0#\.f\|membership\|(.+)$/i.exec(user.loginName);
  return (claims ? claims[1] : user.loginName || user.email).trim().toLowerCase();
}

export function isTeamsHost(host: HostKind): boolean {
  return host === 'TeamsTab' || host === 'TeamsPersonalApp';
}

export const HostContext: React.Context<IHostContext | undefined> = React.createContext<IHostContext | undefined>(undefined);

/** The host context of the nearest part root; throws if a component is rendered outside one. */
export function useHostContext(): IHostContext {
  const value = React.useContext(HostContext);
  if (!value) {
    throw new Error('useHostContext must be used inside a PartHost');
  }
  return value;
}
