declare interface ISuiteStrings {
  Loading: string;
  PartFailed: string;
  PropertyPaneDescription: string;
  SettingsGroupName: string;
  SuitePartFieldLabel: string;
  SuiteNoPartsAvailable: string;
  SuiteChoosePart: string;
  TrainingTrackerTitle: string;
  TrainingTrackerDescription: string;
  SolutionsCatalogueTitle: string;
  SolutionsCatalogueDescription: string;
  RiskRegisterTitle: string;
  RiskRegisterDescription: string;
  EvaluationSurveyTitle: string;
  EvaluationSurveyDescription: string;
  SuiteTitle: string;
  DataGroupName: string;
  DataSiteUrlLabel: string;
  DataSiteUrlDescription: string;
  DataSiteUrlNotAUrl: string;
  DataSiteUrlNotHttps: string;
  DataSiteUrlNotASite: string;
  SuiteDescription: string;
}

declare module 'SuiteStrings' {
  const strings: ISuiteStrings;
  export = strings;
}
