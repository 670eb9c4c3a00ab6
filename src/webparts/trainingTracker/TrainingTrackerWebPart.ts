import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'SuiteStrings';
import { SuiteWebPartBase } from '../shared/SuiteWebPartBase';
import { LazyPart } from '../shared/LazyPart';
import { partDefinition, type IPartSettings } from '../shared/partCatalog';
import { toPropertyPane } from '../shared/propertyPane';

export interface ITrainingTrackerWebPartProps extends IPartSettings {}

export default class TrainingTrackerWebPart extends SuiteWebPartBase<ITrainingTrackerWebPartProps> {
  protected get partLabel(): string {
    return strings.TrainingTrackerTitle;
  }

  protected renderApp(): React.ReactElement {
    return React.createElement(LazyPart, { part: 'trainingTracker', settings: this.properties });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return toPropertyPane(partDefinition('trainingTracker').settings());
  }
}
