import { defineList, ItemOf, NewItemOf } from './define';
import { f } from './fields';
import { KNOWN_FORCES } from './people';

/**
 * The solutions catalogue (DOMAIN.md §2, issue 8): use cases and FAQs, "this helped me" votes, poor-output
 * reports and the champions' questions. Four lists, because what people do with an entry (vote, report,
 * ask) must never be an edit of the entry: under content approval an edit by anyone without Approve Items
 * sends an approved entry back to pending (SHAREPOINT_REST "Content approval").
 */

/** Entry kinds. An FAQ's how-to column holds its answer. */
export const ENTRY_TYPES = ['useCase', 'faq'] as const;

/**
 * Data-handling labels: the most sensitive information an entry may be used with, following the
 * Government Security Classifications and typical force Copilot policy (DEMO_DATA "Handling rules").
 * - `green`: OFFICIAL information that is published or non-personal (policies, public statistics, templates);
 * - `amber`: internal OFFICIAL business information with care: no personal data, no operational or case
 *   detail, the output checked before use;
 * - `red`: the subject borders on material that must never go into Copilot (case material, intelligence,
 *   evidential, victim/witness/suspect data, vetting or misconduct): templates and public sources only.
 * Anything above OFFICIAL, and OFFICIAL-SENSITIVE unless a DPIA allows it, is never in scope of any entry.
 */
export const HANDLING_LABELS = ['green', 'amber', 'red'] as const;

/** Survey tasks whose published net minutes can measure an entry (mirrors the survey's task keys). */
export const MEASURED_TASKS = ['drafting', 'summarising', 'meetingNotes', 'searching', 'email', 'scheduling', 'spreadsheetAnalysis', 'presentations'] as const;

/** Products an entry uses; fill-in, so a new product needs no re-provisioning. */
export const CATALOGUE_PRODUCTS = [
  'Copilot Chat',
  'Copilot in Word',
  'Copilot in Outlook',
  'Copilot in Teams',
  'Copilot in Excel',
  'Copilot in PowerPoint',
  'Copilot in OneNote',
  'Teams',
  'SharePoint',
  'OneDrive',
  'Forms',
  'Power Automate',
  'Planner',
  'Loop'
] as const;

/** The departments of DEMO_DATA "Structure" (per force unless joint); fill-in for other forces' structures. */
export const CATALOGUE_DEPARTMENTS = [
  'Neighbourhood policing',
  'Response',
  'Contact management',
  'CID / local investigation',
  'Public protection',
  'Criminal justice and custody',
  'Operational support',
  'Intelligence and analysis',
  'Professional standards and vetting',
  'Corporate services',
  'Serious Crime Directorate',
  'Support Services'
] as const;

/** Broad roles an entry is written for (not job titles); fill-in. */
export const CATALOGUE_ROLES = [
  'Frontline officer',
  'Investigator',
  'Supervisor or manager',
  'Call handler or dispatcher',
  'Analyst',
  'Corporate or support staff',
  'Trainer',
  'Senior leader',
  'Any role'
] as const;

/**
 * Catalogue entries under content approval with drafts visible to their author and approvers only
 * (`DraftVersionVisibility` 2): a submission is invisible to every other reader until a champion approves
 * it. Everyone contributes (anyone submits); edit-own item security keeps one person's edit from sending
 * another's published entry back to pending; champions approve (Approve Items) and hold Override List
 * Behaviors so they can edit any entry, setting the approval status in the same request.
 */
export const CatalogueEntriesList = defineList({
  key: 'catalogueEntries',
  title: 'Catalogue entries',
  url: 'Lists/CatalogueEntries',
  description: 'Use cases and FAQs of the solutions catalogue: what to do, how, with which data, and what it saves. Published by champions.',
  prefix: 'cat',
  fields: {
    title: f.title({ displayName: 'Title', required: true }),
    type: f.choice({ internalName: 'catType', displayName: 'Type', required: true, choices: ENTRY_TYPES, defaultValue: 'useCase', indexed: true }),
    // Not required by the list: a draft may lack it; the app requires it (and the how-to) to submit.
    summary: f.note({ internalName: 'catSummary', displayName: 'Summary', lines: 3 }),
    problem: f.note({ internalName: 'catProblem', displayName: 'The problem it solves', lines: 4 }),
    howTo: f.note({
      internalName: 'catHowTo',
      displayName: 'How to (steps or answer)',
      description: 'The only rich-text column: sanitised by an allow-list before display, whoever wrote it.',
      lines: 12,
      richText: true
    }),
    prompts: f.note({
      internalName: 'catPrompts',
      displayName: 'Example prompts (JSON)',
      description: 'A JSON array of strings, written by the app: prompts may hold any character, line breaks included.',
      lines: 6
    }),
    products: f.multiChoice({ internalName: 'catProducts', displayName: 'Products', choices: CATALOGUE_PRODUCTS, fillIn: true }),
    departments: f.multiChoice({ internalName: 'catDepartments', displayName: 'Departments (empty: all)', choices: CATALOGUE_DEPARTMENTS, fillIn: true }),
    roles: f.multiChoice({ internalName: 'catRoles', displayName: 'Roles (empty: all)', choices: CATALOGUE_ROLES, fillIn: true }),
    force: f.choice({ internalName: 'catForce', displayName: 'Originating force', required: true, choices: KNOWN_FORCES, fillIn: true, indexed: true }),
    ownerUpn: f.text({
      internalName: 'catOwnerUpn',
      displayName: 'Owner or champion',
      description: 'Sign-in name of the person who keeps the entry current; overdue reviews are flagged to them.',
      indexed: true
    }),
    handling: f.choice({
      internalName: 'catHandling',
      displayName: 'Data-handling label',
      description: 'The most sensitive information the solution may be used with (green, amber, red), per the acceptable use policy.',
      required: true,
      choices: HANDLING_LABELS
    }),
    whenNotToUse: f.note({ internalName: 'catWhenNotToUse', displayName: 'When not to use it', lines: 4 }),
    trainingModuleKey: f.text({ internalName: 'catTrainingModule', displayName: 'Related training module code', maxLength: 64 }),
    minutesPerUse: f.number({ internalName: 'catMinutesPerUse', displayName: 'Estimated minutes saved per use', min: 0, max: 600, decimals: 0 }),
    measuredTask: f.choice({
      internalName: 'catMeasuredTask',
      displayName: 'Survey task that measures it',
      description: 'When the evaluation survey publishes net minutes per use for this task, the catalogue shows them (marked measured) instead of the estimate; the weekly figure is shown beside either.',
      choices: MEASURED_TASKS
    }),
    reviewBy: f.date({ internalName: 'catReviewBy', displayName: 'Review by' }),
    submittedAt: f.dateTime({ internalName: 'catSubmittedAt', displayName: 'Submitted for approval' }),
    publishedOn: f.date({ internalName: 'catPublishedOn', displayName: 'Published on' }),
    retiredOn: f.date({ internalName: 'catRetiredOn', displayName: 'Retired on' }),
    retiredReason: f.note({ internalName: 'catRetiredReason', displayName: 'Why it was retired', lines: 3 }),
    sourceQuestionId: f.number({ internalName: 'catSourceQuestion', displayName: 'Promoted from question', decimals: 0 })
  },
  settings: {
    versioning: { enabled: true, majorVersionLimit: 50 },
    contentApproval: { draftVisibility: 'approver' },
    itemSecurity: { read: 'all', write: 'own' }
  },
  permissions: {
    read: [],
    contribute: ['workforce'],
    approve: ['champions'],
    override: ['champions']
  },
  appOnlyRules: [
    'Draft, submitted, published and retired are the app\u2019s reading of SharePoint\u2019s approval status and the submitted/retired columns: a draft is pending in SharePoint, so champions can read it through REST; the app shows champions only what was submitted.',
    'Retired entries stay approved (so their links keep working); the app hides them from browsing. Anyone can read a retired entry through REST.',
    'Review-by dates are flagged by the app; SharePoint does not unpublish an entry whose review is overdue.',
    'How-to HTML is sanitised by the app on save and again on every display; SharePoint stores whatever a contributor sends through REST.',
    'The owner column is the app\u2019s record of who keeps an entry current; SharePoint\u2019s own Author is who submitted it.'
  ]
});

/**
 * "This helped me": one item per person and entry (client id from both, so a retried or repeated vote
 * finds the item), toggled by updating it, never deleted. A list of its own so that using an entry is
 * never an edit of it. Everyone reads every vote, because the counts and "most helpful" need them.
 */
export const HelpfulVotesList = defineList({
  key: 'catalogueVotes',
  title: 'Catalogue helpful votes',
  url: 'Lists/CatalogueVotes',
  description: '"This helped me" votes on catalogue entries: one per person per entry, switched on and off.',
  prefix: 'ctv',
  fields: {
    title: f.title({ displayName: 'Entry' }),
    entryId: f.number({ internalName: 'ctvEntryId', displayName: 'Entry id', required: true, decimals: 0, indexed: true }),
    upn: f.text({ internalName: 'ctvUpn', displayName: 'Voter', required: true, indexed: true }),
    helpful: f.boolean({ internalName: 'ctvHelpful', displayName: 'Helped me', defaultValue: true })
  },
  settings: {
    versioning: { enabled: true, majorVersionLimit: 10 },
    itemSecurity: { read: 'all', write: 'own' }
  },
  permissions: {
    read: [],
    contribute: ['workforce']
  },
  appOnlyRules: [
    'One vote per person per entry: the app keeps one item per person and entry (its client id is the entry and person) and counts each person once, their latest item; SharePoint cannot stop a second item.',
    'The voter column is written by the app; counts use SharePoint\u2019s Author, which the voter cannot set.'
  ]
});

/** Poor-output categories, for the programme board's triage into the risk register. */
export const POOR_OUTPUT_CATEGORIES = ['inaccurate', 'madeUp', 'incomplete', 'outdatedPolicy', 'inappropriate', 'other'] as const;

/** Where a report is in the board's triage. */
export const REPORT_STATUSES = ['new', 'triaged', 'onRiskRegister', 'closed'] as const;

/**
 * Reports of a poor Copilot output against an entry. Item-level security: reporters read and edit only
 * their own; the programme board (triage into the risk register) and champions (to fix the entry) hold
 * Override List Behaviors and read all.
 */
export const PoorOutputReportsList = defineList({
  key: 'poorOutputReports',
  title: 'Poor output reports',
  url: 'Lists/PoorOutputReports',
  description: 'Where Copilot got it wrong when following a catalogue entry, for the programme board to triage into the risk register.',
  prefix: 'cpr',
  fields: {
    title: f.title({ displayName: 'Summary', required: true }),
    entryId: f.number({ internalName: 'cprEntryId', displayName: 'Entry id', required: true, decimals: 0, indexed: true }),
    entryTitle: f.text({ internalName: 'cprEntryTitle', displayName: 'Entry' }),
    category: f.choice({ internalName: 'cprCategory', displayName: 'What went wrong', required: true, choices: POOR_OUTPUT_CATEGORIES }),
    details: f.note({
      internalName: 'cprDetails',
      displayName: 'Details',
      description: 'Never personal or operational data: describe the problem, do not paste the output.',
      required: true,
      lines: 6
    }),
    product: f.text({ internalName: 'cprProduct', displayName: 'Product' }),
    reporterUpn: f.text({ internalName: 'cprReporterUpn', displayName: 'Reported by', required: true, indexed: true }),
    force: f.choice({ internalName: 'cprForce', displayName: 'Force', choices: KNOWN_FORCES, fillIn: true, indexed: true }),
    department: f.text({ internalName: 'cprDepartment', displayName: 'Department' }),
    status: f.choice({ internalName: 'cprStatus', displayName: 'Triage', required: true, choices: REPORT_STATUSES, defaultValue: 'new', indexed: true }),
    triageNote: f.note({ internalName: 'cprTriageNote', displayName: 'Triage note', lines: 4 }),
    riskRef: f.text({ internalName: 'cprRiskRef', displayName: 'Risk register reference', maxLength: 64 })
  },
  settings: {
    versioning: { enabled: true, majorVersionLimit: 20 },
    itemSecurity: { read: 'own', write: 'own' }
  },
  permissions: {
    read: [],
    contribute: ['workforce', 'programme'],
    override: ['programme', 'champions']
  },
  appOnlyRules: [
    'Only the programme board triages in the app; champions hold Override List Behaviors to read every report, which SharePoint also lets them edit.',
    'The reporter, force and department columns are written by the app; SharePoint\u2019s Author is who reported it.'
  ]
});

/** Where a question to the champions is. */
export const QUESTION_STATUSES = ['open', 'answered'] as const;

/**
 * "Ask a champion": a colleague's question with their force and department. Item-level security: askers
 * read only their own questions (and so the answers to them); champions hold Override List Behaviors to read
 * and answer every question.
 */
export const ChampionQuestionsList = defineList({
  key: 'championQuestions',
  title: 'Champion questions',
  url: 'Lists/ChampionQuestions',
  description: 'Questions colleagues ask the business champions, with the answers; answered questions can become FAQ entries.',
  prefix: 'chq',
  fields: {
    title: f.title({ displayName: 'Question (short)', required: true }),
    question: f.note({ internalName: 'chqQuestion', displayName: 'Question', required: true, lines: 6 }),
    askerUpn: f.text({ internalName: 'chqAskerUpn', displayName: 'Asked by', required: true, indexed: true }),
    force: f.choice({ internalName: 'chqForce', displayName: 'Asker\u2019s force', required: true, choices: KNOWN_FORCES, fillIn: true, indexed: true }),
    department: f.text({ internalName: 'chqDepartment', displayName: 'Asker\u2019s department' }),
    status: f.choice({ internalName: 'chqStatus', displayName: 'Status', required: true, choices: QUESTION_STATUSES, defaultValue: 'open', indexed: true }),
    answer: f.note({ internalName: 'chqAnswer', displayName: 'Answer', lines: 8 }),
    answeredBy: f.text({ internalName: 'chqAnsweredBy', displayName: 'Answered by' }),
    answeredAt: f.dateTime({ internalName: 'chqAnsweredAt', displayName: 'Answered' }),
    promotedEntryId: f.number({ internalName: 'chqPromotedEntry', displayName: 'FAQ entry', decimals: 0 })
  },
  settings: {
    versioning: { enabled: true, majorVersionLimit: 20 },
    itemSecurity: { read: 'own', write: 'own' }
  },
  permissions: {
    read: [],
    // Champions are named as well as the workforce: answering edits others' items, whichever groups they are in.
    contribute: ['workforce', 'champions'],
    override: ['champions']
  },
  appOnlyRules: [
    'Only champions answer in the app; SharePoint lets an asker edit their own question, answer columns included (the version history shows who wrote what).',
    'The asker, force and department columns are written by the app; SharePoint\u2019s Author is who asked.'
  ]
});

export type CatalogueEntryItem = ItemOf<typeof CatalogueEntriesList>;
export type NewCatalogueEntry = NewItemOf<typeof CatalogueEntriesList>;
export type HelpfulVoteItem = ItemOf<typeof HelpfulVotesList>;
export type PoorOutputReportItem = ItemOf<typeof PoorOutputReportsList>;
export type ChampionQuestionItem = ItemOf<typeof ChampionQuestionsList>;
