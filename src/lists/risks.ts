import { defineList, ItemOf, NewItemOf } from './define';
import { f, NumberFieldDef } from './fields';
import { KNOWN_FORCES } from './people';

/**
 * The programme board's governance risk register (DOMAIN.md §3, issue 9), in five lists:
 * - **Risks**: one item per risk or opportunity (HM Treasury Orange Book / PRINCE2 register fields);
 * - **Risk force assessments**: on a JOINT risk, one item per force holding that force's owner and scores,
 *   so Essex re-scoring writes only Essex's item and can never conflict with (or change) Kent's;
 * - **Risk actions**: mitigating actions with owner, due date and status, linked to one or more risks;
 * - **RAID items**: the board's actions, issues, assumptions, dependencies and decisions;
 * - **Risk appetite**: per topic (and optionally per force), the highest acceptable current score.
 *
 * Change history (decision): SharePoint's own version history, not a history list. Every list here has
 * versioning on; the app reads `items(id)/versions` and diffs successive versions field by field. Versions
 * are written and stamped (editor, time) by SharePoint in the same operation as the change, so they can
 * neither be forgotten (a history list needs a second write that may fail) nor forged by a board member
 * (a history list is writable by everyone who contributes). The board's level, "Contribute without delete",
 * has View Versions but not Delete Versions, so the board cannot prune history; the workforce's Read has
 * View Versions, so everyone on the programme can see who changed what. Limits: the oldest versions beyond
 * `majorVersionLimit` are trimmed (500 here, about ten years of weekly edits), and score history over time
 * for the board cycle comes from its frozen snapshots (issue 10), not from versions alone.
 *
 * Permissions: the programme board adds and edits but never deletes (closing is a status); everyone on the
 * programme reads. Enforced by SharePoint through the permission plan (`programme` contributes without
 * delete; `workforce` reads).
 */

/** The board's seven standing topics, in agenda order. Stored as keys; labels are localised by the UI. */
export const RISK_CATEGORIES = [
  'copilotGovernance',
  'platformAssurance',
  'licensingFinance',
  'storageRecords',
  'nationalDevelopments',
  'trainingReadiness',
  'benefitsRealisation'
] as const;

/** A threat (downside) or an opportunity (upside). */
export const RISK_KINDS = ['threat', 'opportunity'] as const;

/**
 * Responses: threats are avoided, reduced, transferred, shared or accepted (the Orange Book's terminate,
 * treat, transfer, tolerate); opportunities are exploited, enhanced, shared or accepted.
 */
export const RISK_RESPONSES = ['avoid', 'reduce', 'transfer', 'share', 'accept', 'exploit', 'enhance'] as const;

/** `proposed`: raised, not yet accepted onto the register by the board; `open`: managed; `closed`: no longer managed. */
export const RISK_STATUSES = ['proposed', 'open', 'closed'] as const;

/** When the risk could materialise (PRINCE2 proximity), nearest first. */
export const RISK_PROXIMITIES = ['imminent', 'withinMonth', 'withinQuarter', 'withinYear', 'beyondYear'] as const;

/**
 * Where a risk is escalated above the programme board, lowest first: a force's chief officer group, the
 * Kent and Essex joint chief officers' collaboration board, the national programme.
 */
export const ESCALATION_LEVELS = ['none', 'forceExecutive', 'jointChiefOfficers', 'national'] as const;

export const ACTION_STATUSES = ['notStarted', 'inProgress', 'done', 'cancelled'] as const;

export const RAID_TYPES = ['action', 'issue', 'assumption', 'dependency', 'decision'] as const;
export const RAID_STATUSES = ['open', 'inProgress', 'closed'] as const;
export const RAID_PRIORITIES = ['high', 'medium', 'low'] as const;

/** The Orange Book's appetite levels, most cautious first. */
export const APPETITE_LEVELS = ['averse', 'minimal', 'cautious', 'open', 'eager'] as const;

const level = (internalName: string, displayName: string): NumberFieldDef<false> =>
  f.number({ internalName, displayName, description: '1 (lowest) to 5 (highest).', min: 1, max: 5, decimals: 0 });

const readers = { read: ['workforce'], contribute: ['programme'] } as const;

/** Written by the app on every register list: the rules SharePoint does not enforce. */
const SCORE_RULES = 'Scores, RAG bands, appetite and "escalation due" are the app\u2019s reading of the numbers; SharePoint stores any number from 1 to 5 a board member writes through REST.';

export const RisksList = defineList({
  key: 'risks',
  title: 'Risks',
  url: 'Lists/Risks',
  description: 'The programme board\u2019s risk register: risks and opportunities with cause, event, effect, owner, scores, response, controls and escalation. Closed, never deleted.',
  prefix: 'rsk',
  fields: {
    title: f.title({ displayName: 'Title', required: true }),
    reference: f.text({
      internalName: 'rskRef',
      displayName: 'Reference',
      description: 'The register\u2019s code (e.g. J-CG-01); imports match risks by it.',
      required: true,
      maxLength: 32,
      indexed: true
    }),
    kind: f.choice({ internalName: 'rskKind', displayName: 'Threat or opportunity', required: true, choices: RISK_KINDS, defaultValue: 'threat' }),
    cause: f.note({ internalName: 'rskCause', displayName: 'Cause', lines: 3 }),
    event: f.note({ internalName: 'rskEvent', displayName: 'Event', lines: 3 }),
    effect: f.note({ internalName: 'rskEffect', displayName: 'Effect', lines: 3 }),
    category: f.choice({ internalName: 'rskCategory', displayName: 'Topic', required: true, choices: RISK_CATEGORIES, indexed: true }),
    force: f.choice({
      internalName: 'rskForce',
      displayName: 'Force',
      description: 'Joint: each force scores it in Risk force assessments.',
      required: true,
      choices: KNOWN_FORCES,
      fillIn: true,
      indexed: true
    }),
    ownerUpn: f.text({ internalName: 'rskOwnerUpn', displayName: 'Owner', description: 'Sign-in name of the one accountable owner.', required: true, indexed: true }),
    actionees: f.note({ internalName: 'rskActionees', displayName: 'Actionees', description: 'Sign-in names separated by semicolons.', lines: 2 }),
    inherentLikelihood: level('rskInherentL', 'Inherent likelihood'),
    inherentImpact: level('rskInherentI', 'Inherent impact'),
    currentLikelihood: level('rskCurrentL', 'Current likelihood'),
    currentImpact: level('rskCurrentI', 'Current impact'),
    targetLikelihood: level('rskTargetL', 'Target likelihood'),
    targetImpact: level('rskTargetI', 'Target impact'),
    proximity: f.choice({ internalName: 'rskProximity', displayName: 'Proximity', choices: RISK_PROXIMITIES }),
    response: f.choice({ internalName: 'rskResponse', displayName: 'Response', choices: RISK_RESPONSES }),
    controls: f.note({ internalName: 'rskControls', displayName: 'Controls in place', lines: 4 }),
    reviewDate: f.date({ internalName: 'rskReviewDate', displayName: 'Next review' }),
    status: f.choice({ internalName: 'rskStatus', displayName: 'Status', required: true, choices: RISK_STATUSES, defaultValue: 'open', indexed: true }),
    escalation: f.choice({ internalName: 'rskEscalation', displayName: 'Escalated to', required: true, choices: ESCALATION_LEVELS, defaultValue: 'none' }),
    escalatedOn: f.date({ internalName: 'rskEscalatedOn', displayName: 'Escalated on' }),
    escalationNote: f.note({ internalName: 'rskEscalationNote', displayName: 'Why escalated', lines: 3 }),
    closedOn: f.date({ internalName: 'rskClosedOn', displayName: 'Closed on' }),
    closureNote: f.note({ internalName: 'rskClosureNote', displayName: 'Why closed', lines: 3 })
  },
  settings: { versioning: { enabled: true, majorVersionLimit: 500 } },
  permissions: readers,
  appOnlyRules: [
    'Reference codes are unique by the app\u2019s check (create and import look the code up first); SharePoint stores a duplicate written through REST.',
    'On a joint risk the scores live in Risk force assessments; the app ignores (and never writes) scores on the joint risk\u2019s own item.',
    SCORE_RULES,
    'The owner and actionee columns are written by the app; the version history\u2019s editor (stamped by SharePoint) is who made each change.'
  ]
});

/**
 * A joint risk as one force sees it: that force's owner and its inherent, current and target scores. One
 * item per risk and force (its client id derived from both), so two forces re-scoring at once write two
 * different items and never meet a conflict.
 */
export const RiskAssessmentsList = defineList({
  key: 'riskAssessments',
  title: 'Risk force assessments',
  url: 'Lists/RiskAssessments',
  description: 'Each force\u2019s owner and scores for a joint risk: one item per risk and force.',
  prefix: 'rfa',
  fields: {
    title: f.title({ displayName: 'Risk and force' }),
    riskId: f.number({ internalName: 'rfaRiskId', displayName: 'Risk id', required: true, decimals: 0, indexed: true }),
    force: f.choice({ internalName: 'rfaForce', displayName: 'Force', required: true, choices: KNOWN_FORCES, fillIn: true, indexed: true }),
    ownerUpn: f.text({ internalName: 'rfaOwnerUpn', displayName: 'Force owner', required: true }),
    inherentLikelihood: level('rfaInherentL', 'Inherent likelihood'),
    inherentImpact: level('rfaInherentI', 'Inherent impact'),
    currentLikelihood: level('rfaCurrentL', 'Current likelihood'),
    currentImpact: level('rfaCurrentI', 'Current impact'),
    targetLikelihood: level('rfaTargetL', 'Target likelihood'),
    targetImpact: level('rfaTargetI', 'Target impact'),
    assessedOn: f.date({ internalName: 'rfaAssessedOn', displayName: 'Assessed on' }),
    notes: f.note({ internalName: 'rfaNotes', displayName: 'Force commentary', lines: 4 })
  },
  settings: { versioning: { enabled: true, majorVersionLimit: 500 } },
  permissions: readers,
  appOnlyRules: [
    'One assessment per risk and force: the app keeps one item per risk and force (its client id is both) and reads the oldest if REST ever made a second.',
    'The app offers each force\u2019s re-score as a write of that force\u2019s item only; SharePoint lets any board member edit any force\u2019s assessment (the version history shows who did).',
    SCORE_RULES
  ]
});

/** Mitigating actions: what is being done about one or more risks, by whom, by when. */
export const RiskActionsList = defineList({
  key: 'riskActions',
  title: 'Risk actions',
  url: 'Lists/RiskActions',
  description: 'Mitigating actions on the register\u2019s risks, with owner, due date and status.',
  prefix: 'rac',
  fields: {
    title: f.title({ displayName: 'Action', required: true }),
    riskIds: f.text({
      internalName: 'racRiskIds',
      displayName: 'Risk ids',
      description: 'Ids of the risks it mitigates, written ;12;40; so that substringof(\';12;\') finds exactly risk 12.',
      required: true
    }),
    ownerUpn: f.text({ internalName: 'racOwnerUpn', displayName: 'Owner', required: true, indexed: true }),
    force: f.choice({ internalName: 'racForce', displayName: 'Force', choices: KNOWN_FORCES, fillIn: true }),
    dueDate: f.date({ internalName: 'racDueDate', displayName: 'Due', indexed: true }),
    status: f.choice({ internalName: 'racStatus', displayName: 'Status', required: true, choices: ACTION_STATUSES, defaultValue: 'notStarted', indexed: true }),
    completedOn: f.date({ internalName: 'racCompletedOn', displayName: 'Completed on' }),
    notes: f.note({ internalName: 'racNotes', displayName: 'Progress notes', lines: 4 }),
    meetingId: f.number({ internalName: 'racMeetingId', displayName: 'Agreed at meeting', decimals: 0, indexed: true })
  },
  settings: { versioning: { enabled: true, majorVersionLimit: 100 } },
  permissions: readers,
  appOnlyRules: ['"Overdue" is the app\u2019s comparison of the due date with today; SharePoint does not change an action\u2019s status.']
});

/** The board's RAID log: actions, issues, assumptions, dependencies and decisions, logged against meetings. */
export const RaidItemsList = defineList({
  key: 'raidItems',
  title: 'RAID items',
  url: 'Lists/RaidItems',
  description: 'The programme board\u2019s actions, issues, assumptions, dependencies and decisions, linked to risks and meetings.',
  prefix: 'raid',
  fields: {
    title: f.title({ displayName: 'Title', required: true }),
    reference: f.text({ internalName: 'raidRef', displayName: 'Reference', required: true, maxLength: 32, indexed: true }),
    type: f.choice({ internalName: 'raidType', displayName: 'Type', required: true, choices: RAID_TYPES, indexed: true }),
    description: f.note({ internalName: 'raidDescription', displayName: 'Description', lines: 4 }),
    category: f.choice({ internalName: 'raidCategory', displayName: 'Topic', required: true, choices: RISK_CATEGORIES, indexed: true }),
    force: f.choice({ internalName: 'raidForce', displayName: 'Force', required: true, choices: KNOWN_FORCES, fillIn: true }),
    ownerUpn: f.text({ internalName: 'raidOwnerUpn', displayName: 'Owner', required: true, indexed: true }),
    raisedOn: f.date({ internalName: 'raidRaisedOn', displayName: 'Raised on' }),
    dueDate: f.date({ internalName: 'raidDueDate', displayName: 'Due' }),
    status: f.choice({ internalName: 'raidStatus', displayName: 'Status', required: true, choices: RAID_STATUSES, defaultValue: 'open', indexed: true }),
    closedOn: f.date({ internalName: 'raidClosedOn', displayName: 'Closed on' }),
    priority: f.choice({ internalName: 'raidPriority', displayName: 'Priority', choices: RAID_PRIORITIES }),
    riskIds: f.text({ internalName: 'raidRiskIds', displayName: 'Linked risk ids', description: 'Written ;12;40; (see Risk actions).' }),
    meetingId: f.number({ internalName: 'raidMeetingId', displayName: 'Meeting', description: 'The board meeting it was logged at (issue 10).', decimals: 0, indexed: true }),
    meetingDate: f.date({ internalName: 'raidMeetingDate', displayName: 'Meeting date' }),
    resolution: f.note({ internalName: 'raidResolution', displayName: 'Resolution or rationale', lines: 4 })
  },
  settings: { versioning: { enabled: true, majorVersionLimit: 100 } },
  permissions: readers,
  appOnlyRules: [
    'Reference codes are unique by the app\u2019s check only.',
    '"Overdue" is the app\u2019s comparison of the due date with today.'
  ]
});

/**
 * Risk appetite: the highest current score the board accepts in a topic, for every force (force empty) or
 * one force (which then overrides the all-forces row for that force's risks and assessments).
 */
export const RiskAppetiteList = defineList({
  key: 'riskAppetite',
  title: 'Risk appetite',
  url: 'Lists/RiskAppetite',
  description: 'The board\u2019s risk appetite: the highest acceptable current score per topic, optionally per force.',
  prefix: 'rap',
  fields: {
    title: f.title({ displayName: 'Title' }),
    category: f.choice({ internalName: 'rapCategory', displayName: 'Topic', required: true, choices: RISK_CATEGORIES, indexed: true }),
    force: f.choice({ internalName: 'rapForce', displayName: 'Force (empty: every force)', choices: KNOWN_FORCES, fillIn: true }),
    maxScore: f.number({ internalName: 'rapMaxScore', displayName: 'Highest acceptable current score', required: true, min: 1, max: 25, decimals: 0 }),
    level: f.choice({ internalName: 'rapLevel', displayName: 'Appetite', choices: APPETITE_LEVELS }),
    rationale: f.note({ internalName: 'rapRationale', displayName: 'Rationale', lines: 4 })
  },
  settings: { versioning: { enabled: true, majorVersionLimit: 100 } },
  permissions: readers,
  appOnlyRules: [
    'One row per topic and force: the app keeps one item per pair (its client id is both) and reads the oldest if REST ever made a second.',
    'The out-of-appetite flag is computed by the app; SharePoint does not stop a score above appetite.'
  ]
});

export type RiskItem = ItemOf<typeof RisksList>;
export type NewRiskItem = NewItemOf<typeof RisksList>;
export type RiskAssessmentItem = ItemOf<typeof RiskAssessmentsList>;
export type NewRiskAssessmentItem = NewItemOf<typeof RiskAssessmentsList>;
export type RiskActionItem = ItemOf<typeof RiskActionsList>;
export type NewRiskActionItem = NewItemOf<typeof RiskActionsList>;
export type RaidItem = ItemOf<typeof RaidItemsList>;
export type NewRaidItem = NewItemOf<typeof RaidItemsList>;
export type RiskAppetiteItem = ItemOf<typeof RiskAppetiteList>;
export type NewRiskAppetiteItem = NewItemOf<typeof RiskAppetiteList>;
