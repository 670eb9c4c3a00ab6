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
  TrainingMyTitle: string;
  TrainingProgress: string;
  TrainingLicenceReady: string;
  TrainingLicenceNotReady: string;
  TrainingNothingApplies: string;
  TrainingGroupOverdue: string;
  TrainingGroupDueSoon: string;
  TrainingGroupUpcoming: string;
  TrainingGroupDone: string;
  TrainingMandatory: string;
  TrainingOptional: string;
  TrainingDueOn: string;
  TrainingWasDueOn: string;
  TrainingCompletedOn: string;
  TrainingValidUntil: string;
  TrainingDuration: string;
  TrainingOpenContent: string;
  TrainingOpenContentOf: string;
  TrainingRecord: string;
  TrainingRecordOf: string;
  TrainingDialogTitle: string;
  TrainingAttestVersion: string;
  TrainingAttestModule: string;
  TrainingAttestRequired: string;
  TrainingCheckIntro: string;
  TrainingCheckAttemptsLeft: string;
  TrainingCheckAnswerAll: string;
  TrainingCheckFailed: string;
  TrainingCheckNoAttemptsLeft: string;
  TrainingSubmit: string;
  TrainingCancel: string;
  TrainingSaving: string;
  TrainingSaved: string;
  SetUpNeeded: string;
  SetUpRun: string;
  SetUpRunning: string;
  SetUpDone: string;
  SetUpMembersWarning: string;
  SetUpAskOwner: string;
  ErrorConflict: string;
  ErrorForbidden: string;
  ErrorNotFound: string;
  ErrorThreshold: string;
  ErrorBusy: string;
  ErrorNetwork: string;
  ErrorValidation: string;
  ErrorBadRequest: string;
  ErrorAborted: string;
  ErrorUnexpected: string;
  ErrorDataSiteNotConfigured: string;
  TrainingNotInDirectory: string;
  TrainingLoading: string;
  ExportDownload: string;
  ExportDownloadOf: string;
  ExportCopy: string;
  ExportCopyOf: string;
  ExportDownloaded: string;
  ExportCopied: string;
  ExportCopyFailed: string;
  // --- Training: module management (leads) ---
  // --- end module management ---
  // --- Training: my team and reminders (managers) ---
  // --- end my team ---
  // --- Training: compliance dashboard ---
  // --- end dashboard ---
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
