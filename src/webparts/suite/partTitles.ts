import * as strings from 'SuiteStrings';
import type { PartKey } from '../shared/partCatalog';

const titles: Record<PartKey, string> = {
  trainingTracker: strings.TrainingTrackerTitle,
  solutionsCatalogue: strings.SolutionsCatalogueTitle,
  riskRegister: strings.RiskRegisterTitle,
  evaluationSurvey: strings.EvaluationSurveyTitle
};

export function partTitle(key: PartKey): string {
  return titles[key];
}
