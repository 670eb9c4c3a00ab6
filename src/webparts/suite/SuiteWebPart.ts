import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'SuiteStrings';
import { SuiteWebPartBase } from '../shared/SuiteWebPartBase';
import { releasedParts, type IPartSettings, type PartKey } from '../shared/partCatalog';
import { SuiteApp } from './components/SuiteApp';
import { partTitle } from './partTitles';
import { toPropertyPane } from '../shared/propertyPane';
import { settingsOnSwitch, suiteSettings } from './suiteSettings';

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
    return toPropertyPane(suiteSettings(this.properties.part));
  }

  /** Choosing another part drops the previous part's settings and shows the new part's (its views). */
  protected onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
    super.onPropertyPaneFieldChanged(propertyPath, oldValue, newValue);
    if (propertyPath !== 'part' || oldValue === newValue) return;
    const kept = settingsOnSwitch(this.properties as unknown as Record<string, unknown>);
    for (const key of Object.keys(this.properties)) if (!(key in kept)) delete (this.properties as unknown as Record<string, unknown>)[key];
    this.context.propertyPane.refresh();
  }
}
