import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'SuiteStrings';
import { SuiteWebPartBase } from '../shared/SuiteWebPartBase';
import { LazyPart } from '../shared/LazyPart';
import { partDefinition, type IPartSettings } from '../shared/partCatalog';
import { toPropertyPane } from '../shared/propertyPane';

export interface IRiskRegisterWebPartProps extends IPartSettings {}

export default class RiskRegisterWebPart extends SuiteWebPartBase<IRiskRegisterWebPartProps> {
  protected get partLabel(): string {
    return strings.RiskRegisterTitle;
  }

  protected renderApp(): React.ReactElement {
    return React.createElement(LazyPart, { part: 'riskRegister', settings: this.properties });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return toPropertyPane(partDefinition('riskRegister').settings());
  }
}
