import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { createTheme, type ITheme, type IPartialTheme } from '@fluentui/react/lib/Styling';
import { PartHost } from '../../ui/host/PartHost';
import { SUITE_TEAMS_APP_ID, type HostKind, type IHostContext, type ITeamsEntity, type ThemeName } from '../../ui/host/hostContext';
import { teamsTheme, themeNameFromTeams } from '../../ui/host/themes';
import { RetryHub, type IPartServices } from '../../ui/data/PartServices';
import type { IPartSettings } from './partCatalog';

/**
 * The composition root every web part of the suite shares: it works out where it runs (SharePoint page,
 * full page, Teams tab or personal app), follows the SharePoint theme or the Teams theme live, and renders
 * one React root. Web part classes only say which element to render and which property pane to show.
 */
export abstract class SuiteWebPartBase<TProperties extends IPartSettings> extends BaseClientSideWebPart<TProperties> {
  private _host: HostKind = 'SharePointWebPart';
  private _subPageId: string | undefined = undefined;
  private _teamsEntity: ITeamsEntity | undefined = undefined;
  private _themeName: ThemeName = 'sharepoint';
  private _theme: ITheme = createTheme({});
  // The data layer (PnPjs) is a lazy chunk: the part's heading paints before it downloads.
  private readonly _retries: RetryHub = new RetryHub();
  private readonly _services: IPartServices = {
    dataSite: () => import(/* webpackChunkName: 'suite-data' */ '../../data/spfxServices').then((m) => m.spfxDataSite(this.context, this.properties.dataSiteUrl, this._retries)),
    retries: this._retries
  };

  /** Accessible name of the part's region. */
  protected abstract get partLabel(): string;

  /** The part's React element, rendered inside the shared PartHost. */
  protected abstract renderApp(): React.ReactElement;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      const context = await teams.teamsJs.app.getContext();
      // A channel, group chat or meeting tab has a team/chat; a personal app has neither.
      this._host = context.channel || context.team || context.chat ? 'TeamsTab' : 'TeamsPersonalApp';
      this._subPageId = context.page.subPageId || undefined;
      this._teamsEntity = {
        appId: context.app.appId?.toString() || SUITE_TEAMS_APP_ID,
        entityId: context.page.id,
        ...(context.channel?.id ? { channelId: context.channel.id } : {})
      };
      this._applyTeamsTheme(context.app.theme);
      teams.teamsJs.app.registerOnThemeChangeHandler((theme: string) => {
        this._applyTeamsTheme(theme);
        this.render();
      });
    } else if (this._isSinglePartAppPage()) {
      this._host = 'SharePointFullPage';
    }
  }

  public render(): void {
    const element = React.createElement(PartHost, { host: this._hostContext(), label: this.partLabel, services: this._services }, this.renderApp());
    ReactDom.render(element, this.domElement);
  }

  /** SharePoint calls this with the section's theme variant (supportsThemeVariants) and on site theme changes. */
  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    if (this._themeName !== 'sharepoint' || !theme) {
      return;
    }
    this._theme = createTheme({
      palette: theme.palette,
      semanticColors: theme.semanticColors,
      isInverted: theme.isInverted
    } as IPartialTheme);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  private _applyTeamsTheme(theme: string | undefined): void {
    this._themeName = themeNameFromTeams(theme);
    this._theme = teamsTheme(this._themeName);
  }

  /** Single part app pages carry the SingleWebPartAppPage layout in the legacy page context. */
  private _isSinglePartAppPage(): boolean {
    const legacy = this.context.pageContext.legacyPageContext as { pageLayoutType?: string } | undefined;
    return !!legacy && legacy.pageLayoutType === 'SingleWebPartAppPage';
  }

  private _hostContext(): IHostContext {
    const page = this.context.pageContext;
    return {
      host: this._host,
      user: {
        displayName: page.user.displayName,
        email: page.user.email,
        loginName: page.user.loginName
      },
      pageSiteUrl: page.web.absoluteUrl,
      locale: page.cultureInfo.currentUICultureName,
      themeName: this._themeName,
      theme: this._theme,
      instanceId: this.instanceId,
      subPageId: this._subPageId,
      teamsEntity: this._teamsEntity
    };
  }
}
