// Default (fallback) locale of the suite. SharePoint falls back to en-us when a page's locale has no file,
// so this file holds the suite's primary English text, written in British English (en-GB).
define([], function () {
  return {
    Loading: 'Loading…',
    PartFailed: 'This part stopped working. Reload the page to try again; if it keeps happening, tell your site owner.',
    PropertyPaneDescription: 'Settings for this part of the M365 Adoption Suite.',
    SettingsGroupName: 'Settings',
    SuitePartFieldLabel: 'Part to show',
    SuiteNoPartsAvailable: 'No parts of the suite are available in this version yet.',
    SuiteChoosePart: 'Choose which part of the suite to show in the settings pane.',
    TrainingTrackerTitle: 'Training tracker',
    TrainingTrackerDescription: 'Mandatory, role-specific Microsoft 365 and Copilot training: my training, compliance and licence readiness.',
    SolutionsCatalogueTitle: 'Solutions catalogue',
    SolutionsCatalogueDescription: 'Use cases, prompts, FAQs and the business champions\u2019 support desk.',
    RiskRegisterTitle: 'Governance risk register',
    RiskRegisterDescription: 'Programme risks on a 5\u00d75 scale, RAID and the weekly board cycle.',
    EvaluationSurveyTitle: 'Evaluation survey',
    EvaluationSurveyDescription: 'Survey waves, net time saved, benefits and value for money.',
    SuiteTitle: 'M365 Adoption Suite',
    DataGroupName: 'Data',
    DataSiteUrlLabel: 'Data site URL (optional)',
    DataSiteUrlDescription: 'Leave empty to use the suite\u2019s data site set for the whole organisation. Set it only to point this part at another site, for example a test site.',
    DataSiteUrlNotAUrl: 'Enter a full web address, starting with https://, or leave the box empty.',
    DataSiteUrlNotHttps: 'The address must start with https://.',
    DataSiteUrlNotASite: 'Enter the address of a site, such as https://contoso.sharepoint.com/sites/m365-programme, without a page or list after it.',
    SuiteDescription: 'Shows one part of the suite; used for the Teams channel tab.'
  };
});
