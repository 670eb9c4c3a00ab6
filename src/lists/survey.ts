import { defineList, ItemOf, NewItemOf } from './define';
import { f } from './fields';
import { WORKER_TYPES } from './people';

/**
 * Surveys: one questionnaire (JSON written by the web part: sections, questions, branching) reused by its
 * waves (baseline, 1, 3, 6 months), each with open and close days. Evaluation leads build them.
 */
export const SurveysList = defineList({
  key: 'surveys',
  title: 'Surveys',
  url: 'Lists/Surveys',
  description: 'Evaluation questionnaires and their waves, built by the evaluation leads.',
  prefix: 'svy',
  fields: {
    title: f.title({ displayName: 'Survey', required: true }),
    key: f.text({
      internalName: 'svyKey',
      displayName: 'Survey code',
      description: 'Stable code responses refer to; never change it once people have responded.',
      required: true,
      indexed: true,
      maxLength: 64
    }),
    description: f.note({ internalName: 'svyDescription', displayName: 'Description', lines: 4 }),
    questionnaire: f.note({ internalName: 'svyQuestionnaire', displayName: 'Questionnaire (JSON)', required: true, lines: 10 }),
    waves: f.note({ internalName: 'svyWaves', displayName: 'Waves (JSON)', required: true, lines: 4 }),
    forces: f.multiChoice({ internalName: 'svyForces', displayName: 'Forces (empty: all)', choices: ['Kent', 'Essex'], fillIn: true }),
    minGroupSize: f.number({ internalName: 'svyMinGroupSize', displayName: 'Smallest group reported', required: true, min: 2, max: 100, decimals: 0, defaultValue: 10 })
  },
  settings: {
    versioning: { enabled: true, majorVersionLimit: 100 }
  },
  permissions: {
    read: ['workforce'],
    contribute: ['evaluationLeads']
  },
  appOnlyRules: ['Which forces a survey is offered to is the app\'s choice: every workforce member can read every survey (it holds questions, no answers).']
});

/**
 * Responses: one item per person per survey wave, created by the respondent as a draft and saved on the
 * server as they go (nothing personal in browser storage on shared workstations), then submitted.
 * Item-level security: respondents read and edit only their own; evaluation leads hold Override List
 * Behaviors to read all. Confidential, not anonymous: SharePoint records who created every item.
 */
export const SurveyResponsesList = defineList({
  key: 'surveyResponses',
  title: 'Survey responses',
  url: 'Lists/SurveyResponses',
  description: 'Each person\u2019s answers to a survey wave, draft or submitted; readable only by them and the evaluation leads.',
  prefix: 'svr',
  fields: {
    title: f.title({ displayName: 'Survey wave' }),
    surveyKey: f.text({ internalName: 'svrSurveyKey', displayName: 'Survey code', required: true, indexed: true, maxLength: 64 }),
    waveId: f.text({ internalName: 'svrWaveId', displayName: 'Wave', required: true, indexed: true, maxLength: 64 }),
    upn: f.text({ internalName: 'svrUpn', displayName: 'Respondent', required: true, indexed: true }),
    status: f.choice({ internalName: 'svrStatus', displayName: 'Status', required: true, choices: ['draft', 'submitted'], defaultValue: 'draft' }),
    submittedAt: f.dateTime({ internalName: 'svrSubmittedAt', displayName: 'Submitted' }),
    answers: f.note({ internalName: 'svrAnswers', displayName: 'Answers (JSON)', lines: 10 }),
    force: f.text({ internalName: 'svrForce', displayName: 'Force', indexed: true }),
    department: f.text({ internalName: 'svrDepartment', displayName: 'Department' }),
    grade: f.text({ internalName: 'svrGrade', displayName: 'Grade or rank' }),
    workerType: f.choice({ internalName: 'svrWorkerType', displayName: 'Officer, staff, PCSO or special', choices: WORKER_TYPES }),
    role: f.text({ internalName: 'svrRole', displayName: 'Role' })
  },
  settings: {
    versioning: { enabled: true, majorVersionLimit: 20 },
    itemSecurity: { read: 'own', write: 'own' }
  },
  permissions: {
    read: [],
    contribute: ['workforce'],
    override: ['evaluationLeads']
  },
  appOnlyRules: [
    'One response per person per wave: the app creates one item per person and wave (its client id is the survey, wave and person) and results count each person\u2019s latest submitted answers before the wave closed; SharePoint cannot stop a second item.',
    'The unit columns are copied from the People list by the app when the response is created; SharePoint does not check them.',
    'A response is changeable until its wave closes in the app only; SharePoint lets the author edit their item at any time (results ignore submissions after the close day).',
    'Evaluation leads are also workforce contributors, and Override List Behaviors exempts them from item-level security for writing as well as reading: SharePoint lets a lead (and the site\u2019s owners, with Full Control) change anyone\u2019s response. The app only reads other people\u2019s responses; the version history (20 versions) keeps any change visible.'
  ]
});

/**
 * Published results: aggregate snapshots an evaluation lead publishes (suppressed below the survey's
 * smallest group), readable by everyone because respondents cannot read each other's answers.
 */
export const SurveyResultsList = defineList({
  key: 'surveyResults',
  title: 'Survey results',
  url: 'Lists/SurveyResults',
  description: 'Aggregate results of survey waves, published by evaluation leads with small groups suppressed. Holds no names.',
  prefix: 'svs',
  fields: {
    title: f.title({ displayName: 'Snapshot', required: true }),
    surveyKey: f.text({ internalName: 'svsSurveyKey', displayName: 'Survey code', required: true, indexed: true, maxLength: 64 }),
    kind: f.choice({ internalName: 'svsKind', displayName: 'Published', required: true, choices: ['results', 'benefits'], defaultValue: 'results' }),
    waveId: f.text({ internalName: 'svsWaveId', displayName: 'Wave', maxLength: 64 }),
    publishedOn: f.date({ internalName: 'svsPublishedOn', displayName: 'Published on', required: true }),
    minGroupSize: f.number({ internalName: 'svsMinGroupSize', displayName: 'Smallest group reported', required: true, decimals: 0 }),
    aggregates: f.note({ internalName: 'svsAggregates', displayName: 'Aggregates (JSON)', required: true, lines: 10 })
  },
  settings: {
    versioning: { enabled: true, majorVersionLimit: 50 }
  },
  permissions: {
    read: ['workforce'],
    contribute: ['evaluationLeads']
  },
  appOnlyRules: []
});

/**
 * Value-for-money inputs an evaluation lead enters for a survey: the stated assumptions (working days,
 * day length), hourly costs by force, officer or staff and grade, and licence numbers and cost.
 */
export const BenefitInputsList = defineList({
  key: 'benefitInputs',
  title: 'Benefit inputs',
  url: 'Lists/BenefitInputs',
  description: 'Assumptions, hourly costs and licence costs behind the value-for-money figures, entered by evaluation leads.',
  prefix: 'bfi',
  fields: {
    title: f.title({ displayName: 'Inputs', required: true }),
    surveyKey: f.text({ internalName: 'bfiSurveyKey', displayName: 'Survey code', required: true, indexed: true, maxLength: 64 }),
    assumptions: f.note({ internalName: 'bfiAssumptions', displayName: 'Assumptions (JSON)', required: true, lines: 4 }),
    costs: f.note({ internalName: 'bfiCosts', displayName: 'Hourly costs (JSON)', required: true, lines: 10 }),
    licences: f.note({ internalName: 'bfiLicences', displayName: 'Licences (JSON)', required: true, lines: 4 })
  },
  settings: {
    versioning: { enabled: true, majorVersionLimit: 100 }
  },
  permissions: {
    read: ['workforce'],
    contribute: ['evaluationLeads']
  },
  appOnlyRules: []
});

export type SurveyItem = ItemOf<typeof SurveysList>;
export type NewSurvey = NewItemOf<typeof SurveysList>;
export type SurveyResponseItem = ItemOf<typeof SurveyResponsesList>;
export type NewSurveyResponse = NewItemOf<typeof SurveyResponsesList>;
export type SurveyResultItem = ItemOf<typeof SurveyResultsList>;
export type BenefitInputsItem = ItemOf<typeof BenefitInputsList>;
