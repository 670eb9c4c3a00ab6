import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'SuiteStrings';
import { SuiteWebPartBase } from '../shared/SuiteWebPartBase';
import { releasedParts, type IPartSettings, type PartKey } from '../shared/partCatalog';
import { SuiteApp } from './components/SuiteApp';
import { partTitle } from './partTitles';
import { toPropertyPane } from '../shared/propertyPane';
import { suiteSettings } from './suiteSettings';

export interface ISuiteWebPartProps extends IPartSettings {
  part?: PartKey;
}

/** Hosts any released part; it backs the suite's one Teams channel tab, configured when the tab is added. */
export default class SuiteWebPart extends SuiteWebPartBase<ISuiteWebPartProps> {
  protected get partLabel(): string {
    return this.properties.part ? partTitle(this.properties.part) : strings.SuiteTitle;
  }

  protected renderApp(): React.ReactElement {
    return React.createElement(SuiteApp, { part: this.properties.part, settings: this.properties, available: releasedParts().map((p) => p.key) });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return toPropertyPane(suiteSettings());
  }
}
