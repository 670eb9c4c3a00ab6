/** Every list of the suite, in provisioning order (a lookup's target comes before the lookup). */
import { ListDefinition } from './define';
import { PeopleList } from './people';
import { SuiteSettingsList } from './suiteSettings';
import { TrainingCompletionsList, TrainingModulesList, TrainingSummaryList } from './training';
import { BenefitInputsList, SurveyResponsesList, SurveyResultsList, SurveysList } from './survey';
import { CatalogueEntriesList, ChampionQuestionsList, HelpfulVotesList, PoorOutputReportsList } from './catalogue';
import { RaidItemsList, RiskActionsList, RiskAppetiteList, RiskAssessmentsList, RisksList } from './risks';
import { BoardMeetingsList, BoardRecordsList, BoardSnapshotPartsList } from './board';

export const ALL_LISTS: readonly ListDefinition[] = [
  SuiteSettingsList,
  PeopleList,
  TrainingModulesList,
  TrainingCompletionsList,
  TrainingSummaryList,
  SurveysList,
  SurveyResponsesList,
  SurveyResultsList,
  BenefitInputsList,
  CatalogueEntriesList,
  HelpfulVotesList,
  PoorOutputReportsList,
  ChampionQuestionsList,
  RisksList,
  RiskAssessmentsList,
  RiskActionsList,
  RaidItemsList,
  RiskAppetiteList,
  BoardMeetingsList,
  BoardRecordsList,
  BoardSnapshotPartsList
];

export * from './fields';
export * from './groups';
export * from './define';
export * from './mapping';
export * from './fieldXml';
export * from './people';
export * from './suiteSettings';
export * from './training';
export * from './survey';
export * from './catalogue';
export * from './risks';
export * from './board';
export * from './schemaVersion';
