import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'SuiteStrings';
import { SuiteWebPartBase } from '../shared/SuiteWebPartBase';
import { LazyPart } from '../shared/LazyPart';
import { partDefinition, type IPartSettings } from '../shared/partCatalog';
import { toPropertyPane } from '../shared/propertyPane';

export interface ISolutionsCatalogueWebPartProps extends IPartSettings {}

export default class SolutionsCatalogueWebPart extends SuiteWebPartBase<ISolutionsCatalogueWebPartProps> {
  protected get partLabel(): string {
    return strings.SolutionsCatalogueTitle;
  }

  protected renderApp(): React.ReactElement {
    return React.createElement(LazyPart, { part: 'solutionsCatalogue', settings: this.properties });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return toPropertyPane(partDefinition('solutionsCatalogue').settings());
  }
}
