import { defineList, ItemOf, NewItemOf } from './define';
import { f } from './fields';
import { WORKER_TYPES } from './people';

/**
 * Training modules: the mandatory package (and anything a force adds), managed by training leads in the
 * web part. Who a module applies to is a rule (the audience columns), never one row per person.
 */
export const TrainingModulesList = defineList({
  key: 'trainingModules',
  title: 'Training modules',
  url: 'Lists/TrainingModules',
  description: 'Modules of the Microsoft 365 and Copilot training package: content, audience, due rules, policy versions and knowledge checks.',
  prefix: 'trm',
  fields: {
    title: f.title({ displayName: 'Module', required: true }),
    key: f.text({
      internalName: 'trmKey',
      displayName: 'Module code',
      description: 'Stable code completions refer to; never change it once people have completed the module.',
      required: true,
      indexed: true,
      maxLength: 64
    }),
    description: f.note({ internalName: 'trmDescription', displayName: 'Description', lines: 6 }),
    contentUrl: f.url({ internalName: 'trmContentUrl', displayName: 'Content link' }),
    durationMinutes: f.number({ internalName: 'trmDurationMinutes', displayName: 'Duration (minutes)', min: 1, max: 600, decimals: 0 }),
    mandatory: f.boolean({ internalName: 'trmMandatory', displayName: 'Mandatory', defaultValue: true }),
    active: f.boolean({ internalName: 'trmActive', displayName: 'Active', defaultValue: true }),
    sortOrder: f.number({ internalName: 'trmSortOrder', displayName: 'Order', decimals: 0 }),
    forces: f.multiChoice({ internalName: 'trmForces', displayName: 'Forces (empty: all)', choices: ['Kent', 'Essex'], fillIn: true }),
    workerTypes: f.multiChoice({ internalName: 'trmWorkerTypes', displayName: 'Officer, staff, PCSO, special (empty: all)', choices: WORKER_TYPES }),
    departments: f.note({ internalName: 'trmDepartments', displayName: 'Departments (one per line; empty: all)', lines: 4 }),
    grades: f.note({ internalName: 'trmGrades', displayName: 'Grades or ranks (one per line; empty: all)', lines: 4 }),
    jobTitles: f.note({ internalName: 'trmJobTitles', displayName: 'Roles (one per line; empty: all)', lines: 4 }),
    dueWithinDays: f.number({ internalName: 'trmDueWithinDays', displayName: 'Due within (days)', required: true, min: 0, max: 730, decimals: 0, defaultValue: 30 }),
    assignedOn: f.date({ internalName: 'trmAssignedOn', displayName: 'Assigned on', required: true }),
    refreshMonths: f.number({ internalName: 'trmRefreshMonths', displayName: 'Refresh every (months)', min: 1, max: 60, decimals: 0 }),
    policyVersion: f.number({ internalName: 'trmPolicyVersion', displayName: 'Policy version', min: 1, decimals: 0 }),
    policyPublishedOn: f.date({ internalName: 'trmPolicyPublishedOn', displayName: 'Policy version published on' }),
    passMark: f.number({ internalName: 'trmPassMark', displayName: 'Knowledge check pass mark (%)', min: 1, max: 100, decimals: 0 }),
    maxAttempts: f.number({ internalName: 'trmMaxAttempts', displayName: 'Knowledge check attempts', min: 1, max: 20, decimals: 0 }),
    questions: f.note({
      internalName: 'trmQuestions',
      displayName: 'Knowledge check questions (JSON)',
      description: 'Written by the web part: questions, options and the correct answers.',
      lines: 10
    })
  },
  settings: {
    versioning: { enabled: true, majorVersionLimit: 100 }
  },
  permissions: {
    read: ['workforce'],
    contribute: ['trainingLeads']
  },
  appOnlyRules: ['Who a module applies to (forces, worker types, departments, grades, roles) is a rule the app evaluates: every workforce member can read every module.']
});

/**
 * Completions: one item per completion or knowledge-check attempt, created by the learner (so SharePoint
 * stamps them as its author). Item-level security: people read and edit only their own; managers and
 * training leads hold Override List Behaviors to read everyone's (the app scopes managers to their reports).
 * The unit columns and the prior state are written at completion time so the dashboard can apply recent
 * completions to the summary without reading anyone's history.
 */
export const TrainingCompletionsList = defineList({
  key: 'trainingCompletions',
  title: 'Training completions',
  url: 'Lists/TrainingCompletions',
  description: 'Each completion, attestation and knowledge check attempt, recorded by the learner.',
  prefix: 'trc',
  fields: {
    title: f.title({ displayName: 'Module' }),
    moduleKey: f.text({ internalName: 'trcModuleKey', displayName: 'Module code', required: true, indexed: true, maxLength: 64 }),
    upn: f.text({ internalName: 'trcUpn', displayName: 'Learner', required: true, indexed: true }),
    completedOn: f.date({ internalName: 'trcCompletedOn', displayName: 'Completed on', required: true, indexed: true }),
    policyVersion: f.number({ internalName: 'trcPolicyVersion', displayName: 'Policy version attested', decimals: 0 }),
    attestation: f.note({ internalName: 'trcAttestation', displayName: 'Attestation', lines: 3 }),
    score: f.number({ internalName: 'trcScore', displayName: 'Knowledge check score (%)', min: 0, max: 100, decimals: 0 }),
    counts: f.boolean({ internalName: 'trcCounts', displayName: 'Counts as completed' }),
    validUntil: f.date({ internalName: 'trcValidUntil', displayName: 'Valid until' }),
    force: f.text({ internalName: 'trcForce', displayName: 'Force', indexed: true }),
    department: f.text({ internalName: 'trcDepartment', displayName: 'Department' }),
    grade: f.text({ internalName: 'trcGrade', displayName: 'Grade or rank' }),
    workerType: f.text({ internalName: 'trcWorkerType', displayName: 'Officer or staff' }),
    prior: f.note({ internalName: 'trcPrior', displayName: 'State before (JSON)', lines: 2 })
  },
  settings: {
    versioning: { enabled: true, majorVersionLimit: 20 },
    itemSecurity: { read: 'own', write: 'own' }
  },
  permissions: {
    read: [],
    contribute: ['workforce'],
    override: ['managers', 'trainingLeads']
  },
  appOnlyRules: [
    'Managers see only their reports\' completions in the app (by the People list\'s manager UPN); SharePoint lets every member of the managers group read every completion.',
    'The learner, force and unit columns are copied by the app at completion time; SharePoint does not check that they match the author.'
  ]
});

/**
 * The compliance summary a training lead rebuilds: one item per force and module holding the histogram
 * cells (JSON), who rebuilt it and when (SharePoint's own Author and Modified). Only leads write it.
 */
export const TrainingSummaryList = defineList({
  key: 'trainingSummary',
  title: 'Training summary',
  url: 'Lists/TrainingSummary',
  description: 'Compliance counts by unit and module, rebuilt by training leads from the completions. Holds no names.',
  prefix: 'trs',
  fields: {
    title: f.title({ displayName: 'Scope', required: true }),
    force: f.text({ internalName: 'trsForce', displayName: 'Force', indexed: true }),
    moduleKey: f.text({ internalName: 'trsModuleKey', displayName: 'Module code', indexed: true, maxLength: 64 }),
    asOf: f.date({ internalName: 'trsAsOf', displayName: 'Counted on', required: true }),
    maxRecordId: f.number({ internalName: 'trsMaxRecordId', displayName: 'Last completion included', required: true, decimals: 0 }),
    rebuildId: f.text({ internalName: 'trsRebuildId', displayName: 'Rebuild', required: true, indexed: true, maxLength: 64 }),
    cells: f.note({ internalName: 'trsCells', displayName: 'Counts (JSON)', required: true, lines: 6 })
  },
  permissions: {
    read: ['workforce'],
    contribute: ['trainingLeads'],
    // Counts, not evidence: a rebuild prunes the rebuilds before the last two.
    delete: ['trainingLeads']
  },
  appOnlyRules: ['Which forces and units a person may see summarised is the app\'s choice: every workforce member can read every summary (it holds counts, no names).']
});

export type TrainingModuleItem = ItemOf<typeof TrainingModulesList>;
export type NewTrainingModule = NewItemOf<typeof TrainingModulesList>;
export type TrainingCompletionItem = ItemOf<typeof TrainingCompletionsList>;
export type NewTrainingCompletion = NewItemOf<typeof TrainingCompletionsList>;
export type TrainingSummaryItem = ItemOf<typeof TrainingSummaryList>;
export type NewTrainingSummary = NewItemOf<typeof TrainingSummaryList>;
