import type * as React from 'react';
import * as strings from 'SuiteStrings';
import type { ISettingsPage } from './settings';
import { trainingSettings } from '../trainingTracker/settings';
import { surveySettings } from '../evaluationSurvey/settings';
import { catalogueSettings } from '../solutionsCatalogue/settings';
import { riskRegisterSettings } from '../riskRegister/settings';
import { dataSiteSettings } from './commonSettings';

/** The four parts of the suite. The Suite web part shows any released one. */
export type PartKey = 'trainingTracker' | 'solutionsCatalogue' | 'riskRegister' | 'evaluationSurvey';

/** Settings every part understands; each part's issue adds its own. */
export interface IPartSettings {
  /** Absolute URL of the suite's data site, overriding the tenant-wide setting for this instance. */
  dataSiteUrl?: string;
}

export interface IPartAppProps {
  settings: IPartSettings;
}

export type PartAppLoader = () => Promise<{ default: React.ComponentType<IPartAppProps> }>;

export interface IPartDefinition {
  key: PartKey;
  /** The web part manifest id: also the Teams tab's componentId. */
  componentId: string;
  /** Released parts are shown in the toolbox, get a Teams personal tab and are offered by the Suite part. */
  released: boolean;
  load: PartAppLoader;
  /** The part's settings (property pane and workbench panel), described once. */
  settings: () => ISettingsPage;
}

// Each part's UI is a lazy chunk, so a page with one part downloads only that part's code
// beyond the shared web part classes.
export const PART_CATALOG: readonly IPartDefinition[] = [
  {
    key: 'trainingTracker',
    componentId: 'cae6ee39-acd9-4ba1-ae68-d3b2b6f30902',
    released: true,
    load: () => import(/* webpackChunkName: 'training-tracker-app' */ '../trainingTracker/components/TrainingTrackerApp'),
    settings: () => ({ description: strings.TrainingTrackerDescription, groups: [trainingSettings(), dataSiteSettings()] })
  },
  {
    key: 'solutionsCatalogue',
    componentId: '64fd769b-4096-4879-8bc0-93e7c0927c73',
    released: true,
    load: () => import(/* webpackChunkName: 'solutions-catalogue-app' */ '../solutionsCatalogue/components/SolutionsCatalogueApp'),
    settings: () => ({ description: strings.SolutionsCatalogueDescription, groups: [catalogueSettings(), dataSiteSettings()] })
  },
  {
    key: 'riskRegister',
    componentId: '691d2702-d16f-4b09-bd3c-8f19bc78ba16',
    released: true,
    load: () => import(/* webpackChunkName: 'risk-register-app' */ '../riskRegister/components/RiskRegisterApp'),
    settings: () => ({ description: strings.RiskRegisterDescription, groups: [riskRegisterSettings(), dataSiteSettings()] })
  },
  {
    key: 'evaluationSurvey',
    componentId: '4072559d-e26a-4698-af4e-f6475116d0b5',
    released: true,
    load: () => import(/* webpackChunkName: 'evaluation-survey-app' */ '../evaluationSurvey/components/EvaluationSurveyApp'),
    settings: () => ({ description: strings.EvaluationSurveyDescription, groups: [surveySettings(), dataSiteSettings()] })
  }
];

export const SUITE_COMPONENT_ID: string = '105cd1d2-ad35-4e93-bad7-1af8ae419ab9';

export function partDefinition(key: PartKey): IPartDefinition {
  const found = PART_CATALOG.filter((p) => p.key === key)[0];
  if (!found) {
    throw new Error(`Unknown part ${key}`);
  }
  return found;
}

export function releasedParts(): IPartDefinition[] {
  return PART_CATALOG.filter((p) => p.released);
}
