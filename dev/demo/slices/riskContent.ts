import type { IScore, Level, Proximity, RaidPriority, RaidType, RiskCategory, RiskKind, RiskResponse } from '../../../src/domain/risks/types';

/**
 * Words of the demo risk register: risks each force carries on top of the joint starter set, and the
 * board's RAID log. `{force}`, `{hq}` and `{areas}` are replaced per force. Synthetic and plausible, built
 * from DEMO_DATA's programme risks and handling rules; no real incident is described.
 */

export type OwnerRole = 'board' | 'owner' | 'trainingLead' | 'evaluationLead';

export interface IRiskTemplate {
  key: string;
  category: RiskCategory;
  kind: RiskKind;
  /** Which forces carry it (each its own risk). */
  forces: ReadonlyArray<'Kent' | 'Essex'>;
  title: string;
  cause: string;
  event: string;
  effect: string;
  controls: string;
  response: RiskResponse;
  proximity: Proximity;
  inherent: IScore;
  /** The score when it was first raised; the demo's history moves it. */
  current: IScore;
  target: IScore;
  owner: OwnerRole;
  actions: readonly string[];
}

const s = (likelihood: Level, impact: Level): IScore => ({ likelihood, impact });
const BOTH = ['Kent', 'Essex'] as const;

export const FORCE_PLACES: Readonly<Record<'Kent' | 'Essex', { hq: string; areas: string }>> = {
  Kent: { hq: 'Maidstone', areas: 'divisions' },
  Essex: { hq: 'Chelmsford', areas: 'local policing areas' }
};

export const FORCE_RISKS: readonly IRiskTemplate[] = [
  {
    key: 'sharedWorkstations',
    category: 'copilotGovernance',
    kind: 'threat',
    forces: BOTH,
    title: 'Copilot chat history seen on shared workstations',
    cause: 'Report-writing rooms and custody suites in {force} use shared workstations with long sessions.',
    event: 'The next user opens Copilot and sees the previous officer\u2019s prompts and answers.',
    effect: 'Personal or operational details disclosed inside the force; loss of trust in the tool.',
    controls: 'Session time-outs on shared devices; guidance to sign out of Copilot Chat.',
    response: 'reduce',
    proximity: 'imminent',
    inherent: s(4, 4),
    current: s(3, 4),
    target: s(2, 3),
    owner: 'owner',
    actions: ['Shorten session time-outs on shared workstations', 'Add "sign out" to the shared device checklist']
  },
  {
    key: 'meetingRecaps',
    category: 'copilotGovernance',
    kind: 'threat',
    forces: BOTH,
    title: 'Meeting recaps record sensitive case discussion',
    cause: 'Teams meetings with Copilot recaps are used for tasking and case reviews in {force}.',
    event: 'A recap or transcript captures names, intelligence or tactics and is shared widely.',
    effect: 'Sensitive information copied to places it should not be; a data protection breach.',
    controls: 'Recaps off by default for meetings labelled OFFICIAL-SENSITIVE.',
    response: 'reduce',
    proximity: 'withinMonth',
    inherent: s(4, 4),
    current: s(3, 4),
    target: s(2, 3),
    owner: 'board',
    actions: ['Turn recaps off for tasking and case review meetings', 'Brief chairs on when to stop transcription']
  },
  {
    key: 'thinChampions',
    category: 'copilotGovernance',
    kind: 'threat',
    forces: BOTH,
    title: 'Too few champions in some departments',
    cause: 'Champions volunteer on top of their role; some {areas} have none.',
    event: 'Questions go unanswered and unsafe habits spread.',
    effect: 'Misuse, low adoption and frustration in the departments without support.',
    controls: 'Champions directory by department; "ask a champion" box answered within a week.',
    response: 'reduce',
    proximity: 'withinQuarter',
    inherent: s(4, 3),
    current: s(3, 3),
    target: s(2, 2),
    owner: 'board',
    actions: ['Recruit a champion in every department without one']
  },
  {
    key: 'sensitiveNoDpia',
    category: 'copilotGovernance',
    kind: 'threat',
    forces: BOTH,
    title: 'Copilot used on OFFICIAL-SENSITIVE work without a DPIA',
    cause: 'Teams handling OFFICIAL-SENSITIVE material see colleagues saving time with Copilot.',
    event: 'Copilot is used on material the DPIA does not cover.',
    effect: 'Unlawful processing and a forced pause of the use case.',
    controls: 'DPIA scope published; sensitivity labels block Copilot on the highest labels.',
    response: 'avoid',
    proximity: 'withinMonth',
    inherent: s(3, 5),
    current: s(3, 4),
    target: s(1, 4),
    owner: 'board',
    actions: ['Publish what the DPIA covers in plain words']
  },
  {
    key: 'unmanagedDevices',
    category: 'platformAssurance',
    kind: 'threat',
    forces: BOTH,
    title: 'Copilot used from personal devices',
    cause: 'Web access to Microsoft 365 was opened for flexible working in {force}.',
    event: 'Copilot answers containing police information are opened on unmanaged personal devices.',
    effect: 'Information leaves the force\u2019s control; an information security incident.',
    controls: 'Conditional access review under way.',
    response: 'reduce',
    proximity: 'withinMonth',
    inherent: s(4, 4),
    current: s(3, 4),
    target: s(1, 4),
    owner: 'owner',
    actions: ['Block Copilot from unmanaged devices in conditional access']
  },
  {
    key: 'auditRetention',
    category: 'platformAssurance',
    kind: 'threat',
    forces: BOTH,
    title: 'Copilot audit records are not kept long enough',
    cause: 'Standard audit keeps records for 180 days; professional standards investigations take longer.',
    event: 'An investigation needs Copilot activity older than the audit keeps.',
    effect: 'Misconduct cannot be proved or disproved.',
    controls: 'Audit export to the security platform agreed in principle.',
    response: 'reduce',
    proximity: 'withinQuarter',
    inherent: s(3, 4),
    current: s(3, 4),
    target: s(1, 3),
    owner: 'owner',
    actions: ['Export Copilot audit records to long-term storage']
  },
  {
    key: 'legacyShares',
    category: 'platformAssurance',
    kind: 'threat',
    forces: BOTH,
    title: 'Migrated file shares keep their open permissions',
    cause: 'Old file shares from {hq} were moved to SharePoint with their permissions as they were.',
    event: 'Copilot surfaces their contents to the whole force.',
    effect: 'Oversharing of old HR and operational documents.',
    controls: 'Migrated sites excluded from Copilot search until reviewed.',
    response: 'reduce',
    proximity: 'imminent',
    inherent: s(4, 5),
    current: s(3, 5),
    target: s(1, 4),
    owner: 'owner',
    actions: ['Review permissions on the migrated sites', 'Delete duplicate copies of migrated HR folders']
  },
  {
    key: 'keyPerson',
    category: 'platformAssurance',
    kind: 'threat',
    forces: BOTH,
    title: 'One administrator holds the platform knowledge',
    cause: 'Copilot configuration in {force} is known to one platform engineer.',
    event: 'They leave or are off long-term.',
    effect: 'Changes stall and incidents take longer to fix.',
    controls: 'Runbook started.',
    response: 'reduce',
    proximity: 'withinYear',
    inherent: s(3, 4),
    current: s(3, 3),
    target: s(2, 2),
    owner: 'owner',
    actions: ['Finish the platform runbook', 'Train a second administrator']
  },
  {
    key: 'budgetUnconfirmed',
    category: 'licensingFinance',
    kind: 'threat',
    forces: BOTH,
    title: 'Licence budget not confirmed for next year',
    cause: 'The medium-term financial plan for {force} has not settled Copilot costs.',
    event: 'The budget for renewal is not approved in time.',
    effect: 'Licences withdrawn mid-rollout; benefits lost.',
    controls: 'Business case with benefit evidence in preparation.',
    response: 'reduce',
    proximity: 'withinQuarter',
    inherent: s(3, 4),
    current: s(3, 4),
    target: s(2, 3),
    owner: 'board',
    actions: ['Submit the renewal business case to the finance board']
  },
  {
    key: 'leaverLicences',
    category: 'licensingFinance',
    kind: 'threat',
    forces: BOTH,
    title: 'Licences stay with leavers and volunteers',
    cause: 'Leaver processes do not remove Copilot licences; some were given to special constables.',
    event: 'Paid licences sit unused on leavers\u2019 and volunteers\u2019 accounts.',
    effect: 'Wasted spend.',
    controls: 'Monthly licence report.',
    response: 'reduce',
    proximity: 'withinMonth',
    inherent: s(4, 2),
    current: s(4, 2),
    target: s(1, 2),
    owner: 'owner',
    actions: ['Add licence removal to the leaver process']
  },
  {
    key: 'renewalPrice',
    category: 'licensingFinance',
    kind: 'threat',
    forces: ['Essex'],
    title: 'Renewal price above the \u00a3119,000 budget',
    cause: 'The 500 licences cost \u00a3119,000 a year (\u00a3238 each) under the current deal.',
    event: 'The renewal price rises above the budget line.',
    effect: 'Fewer licences or cuts elsewhere.',
    controls: 'Price held nationally until 2029.',
    response: 'share',
    proximity: 'withinYear',
    inherent: s(3, 3),
    current: s(2, 3),
    target: s(2, 2),
    owner: 'board',
    actions: ['Confirm the renewal price with the national commercial team']
  },
  {
    key: 'transcripts',
    category: 'storageRecords',
    kind: 'threat',
    forces: BOTH,
    title: 'Meeting transcripts kept longer than allowed',
    cause: 'Transcripts are stored in organisers\u2019 OneDrive with no retention policy.',
    event: 'Transcripts are kept indefinitely.',
    effect: 'Breach of retention rules; more to search at disclosure.',
    controls: 'Draft retention policy for transcripts.',
    response: 'reduce',
    proximity: 'withinQuarter',
    inherent: s(4, 3),
    current: s(4, 3),
    target: s(2, 2),
    owner: 'board',
    actions: ['Apply a retention policy to transcripts']
  },
  {
    key: 'storageGrowth',
    category: 'storageRecords',
    kind: 'threat',
    forces: BOTH,
    title: 'Storage fills with AI drafts',
    cause: 'Every Copilot draft saved as a new document in OneDrive and SharePoint.',
    event: 'Storage grows faster than planned.',
    effect: 'Extra storage cost and harder searches.',
    controls: 'Storage reports by site.',
    response: 'accept',
    proximity: 'withinYear',
    inherent: s(3, 2),
    current: s(3, 2),
    target: s(2, 2),
    owner: 'owner',
    actions: ['Publish guidance on keeping only final versions']
  },
  {
    key: 'recordsCapacity',
    category: 'storageRecords',
    kind: 'threat',
    forces: BOTH,
    title: 'Records team cannot label sites before rollout',
    cause: 'The records team in {force} is small and the rollout reaches new departments every month.',
    event: 'Sites are opened to Copilot before they are labelled.',
    effect: 'Unlabelled information found and reused; retention not applied.',
    controls: 'Rollout order follows labelling progress.',
    response: 'reduce',
    proximity: 'withinMonth',
    inherent: s(4, 4),
    current: s(4, 3),
    target: s(2, 3),
    owner: 'board',
    actions: ['Agree the labelling order with the rollout plan', 'Borrow two analysts to label sites']
  },
  {
    key: 'pauseExtended',
    category: 'nationalDevelopments',
    kind: 'threat',
    forces: BOTH,
    title: 'National pause extended to other criminal-justice uses',
    cause: 'The national pause on AI for court statements (June 2026) is under review.',
    event: 'It is widened to case summaries or charging advice.',
    effect: 'Catalogue entries withdrawn; expected savings lost.',
    controls: 'Criminal-justice entries marked red in the catalogue.',
    response: 'accept',
    proximity: 'withinQuarter',
    inherent: s(3, 3),
    current: s(3, 3),
    target: s(3, 2),
    owner: 'board',
    actions: ['Check the catalogue against any new national instruction within a week']
  },
  {
    key: 'transparency',
    category: 'nationalDevelopments',
    kind: 'threat',
    forces: BOTH,
    title: 'New duty to publish how AI is used',
    cause: 'National guidance on algorithmic transparency is expected for policing.',
    event: 'Forces must publish records of AI use they do not keep.',
    effect: 'Rushed work and reputational risk if records are incomplete.',
    controls: 'Catalogue entries record what each use case does.',
    response: 'reduce',
    proximity: 'withinYear',
    inherent: s(3, 3),
    current: s(3, 3),
    target: s(2, 2),
    owner: 'board',
    actions: ['Draft the algorithmic transparency record for Copilot']
  },
  {
    key: 'nationalTenant',
    category: 'nationalDevelopments',
    kind: 'threat',
    forces: ['Kent'],
    title: 'National tenant changes affect joint working',
    cause: 'National programmes propose changes to how policing tenants share information.',
    event: 'Cross-tenant settings change without local notice.',
    effect: 'Joint sites with Essex stop working for a time.',
    controls: 'Programme lead on the national change board.',
    response: 'share',
    proximity: 'beyondYear',
    inherent: s(2, 4),
    current: s(2, 4),
    target: s(2, 3),
    owner: 'owner',
    actions: []
  },
  {
    key: 'shiftPatterns',
    category: 'trainingReadiness',
    kind: 'threat',
    forces: BOTH,
    title: 'Shift patterns leave no time for online training',
    cause: 'Response and custody teams in {force} work four-on, four-off with little protected time.',
    event: 'Frontline officers do not complete the mandatory package.',
    effect: 'They wait for licences or use Copilot untrained.',
    controls: 'Training tracker shows completion by team.',
    response: 'reduce',
    proximity: 'withinMonth',
    inherent: s(4, 3),
    current: s(4, 3),
    target: s(2, 2),
    owner: 'trainingLead',
    actions: ['Book protected training time on each shift', 'Split the package into short sessions']
  },
  {
    key: 'notRoleSpecific',
    category: 'trainingReadiness',
    kind: 'threat',
    forces: BOTH,
    title: 'Training is not specific to roles',
    cause: 'One package for every role; the forces learned it must be more structured and role-specific.',
    event: 'Staff finish the training without knowing what they may do in their own job.',
    effect: 'Low confidence, low use and mistakes.',
    controls: 'Role examples added to the prompt writing module.',
    response: 'reduce',
    proximity: 'withinQuarter',
    inherent: s(4, 3),
    current: s(3, 3),
    target: s(2, 2),
    owner: 'trainingLead',
    actions: ['Write role examples for call handlers and investigators']
  },
  {
    key: 'managersBlind',
    category: 'trainingReadiness',
    kind: 'threat',
    forces: ['Essex'],
    title: 'Managers cannot see who in their team is trained',
    cause: 'Training records were held by the learning system only.',
    event: 'Managers cannot follow up overdue training.',
    effect: 'Completion stalls.',
    controls: 'Team view in the training tracker.',
    response: 'reduce',
    proximity: 'withinMonth',
    inherent: s(4, 3),
    current: s(3, 3),
    target: s(1, 2),
    owner: 'trainingLead',
    actions: ['Show managers their team\u2019s training status']
  },
  {
    key: 'championsTraining',
    category: 'trainingReadiness',
    kind: 'opportunity',
    forces: ['Kent'],
    title: 'Champions run short drop-in sessions',
    cause: 'Champions in Kent offered to run 20-minute drop-ins at {hq} and in the {areas}.',
    event: 'Drop-ins reach people who skip online training.',
    effect: 'Faster completion and better habits.',
    controls: 'Champion rota.',
    response: 'enhance',
    proximity: 'withinMonth',
    inherent: s(2, 3),
    current: s(3, 3),
    target: s(4, 3),
    owner: 'trainingLead',
    actions: ['Publish the drop-in timetable']
  },
  {
    key: 'lowResponse',
    category: 'benefitsRealisation',
    kind: 'threat',
    forces: BOTH,
    title: 'Too few survey responses to report by department',
    cause: 'Survey fatigue, and results for groups under ten people are suppressed.',
    event: 'Most departments in {force} cannot be reported.',
    effect: 'Benefits cannot be shown where they happen.',
    controls: 'Minimum group size of ten; reminders through champions.',
    response: 'reduce',
    proximity: 'withinQuarter',
    inherent: s(4, 3),
    current: s(3, 3),
    target: s(2, 2),
    owner: 'evaluationLead',
    actions: ['Ask managers to give ten minutes in team meetings for the survey']
  },
  {
    key: 'doubleCounting',
    category: 'benefitsRealisation',
    kind: 'threat',
    forces: BOTH,
    title: 'Benefits counted twice with other programmes',
    cause: 'Other change programmes claim the same time savings.',
    event: 'The same hours are reported by two programmes.',
    effect: 'Overstated value for money.',
    controls: 'Benefits register shared with the change portfolio office.',
    response: 'reduce',
    proximity: 'withinYear',
    inherent: s(3, 3),
    current: s(3, 3),
    target: s(1, 3),
    owner: 'evaluationLead',
    actions: ['Reconcile claimed savings with the portfolio office']
  },
  {
    key: 'spreadsheets',
    category: 'benefitsRealisation',
    kind: 'threat',
    forces: BOTH,
    title: 'Spreadsheet work is slower with Copilot',
    cause: 'Evaluations found spreadsheet analysis slower and less accurate with Copilot.',
    event: 'Analysts in {force} spend longer checking than they save.',
    effect: 'Negative net time saved for analysis tasks.',
    controls: 'Catalogue steers spreadsheet use to explaining formulas only.',
    response: 'accept',
    proximity: 'withinQuarter',
    inherent: s(3, 2),
    current: s(3, 2),
    target: s(2, 2),
    owner: 'evaluationLead',
    actions: []
  },
  {
    key: 'minutesAutomation',
    category: 'benefitsRealisation',
    kind: 'opportunity',
    forces: BOTH,
    title: 'Meeting notes and actions drafted automatically',
    cause: 'Programme and department meetings in {force} spend time writing notes.',
    event: 'Copilot drafts notes and actions for checking.',
    effect: 'About 30 minutes saved per meeting.',
    controls: 'Catalogue entry with the approved prompt.',
    response: 'exploit',
    proximity: 'withinMonth',
    inherent: s(3, 3),
    current: s(3, 3),
    target: s(5, 3),
    owner: 'evaluationLead',
    actions: ['Promote the meeting notes entry to all department heads']
  },
  {
    key: 'promptInjection',
    category: 'platformAssurance',
    kind: 'threat',
    forces: BOTH,
    title: 'Hidden instructions in documents mislead Copilot',
    cause: 'Staff summarise documents from partners and the public with Copilot.',
    event: 'Text hidden in a document steers the summary or asks Copilot to reveal other files.',
    effect: 'Misleading summaries and possible disclosure.',
    controls: 'Guidance to treat external documents as untrusted.',
    response: 'reduce',
    proximity: 'withinQuarter',
    inherent: s(3, 4),
    current: s(2, 4),
    target: s(2, 3),
    owner: 'owner',
    actions: ['Add external documents to the information security briefing']
  },
  {
    key: 'supplierOutage',
    category: 'platformAssurance',
    kind: 'threat',
    forces: BOTH,
    title: 'Copilot unavailable when teams rely on it',
    cause: 'Teams in {force} build Copilot into daily routines such as shift briefings.',
    event: 'A service outage lasts a working day.',
    effect: 'Briefings and minutes delayed; manual fallback needed.',
    controls: 'Templates still work without Copilot.',
    response: 'accept',
    proximity: 'withinYear',
    inherent: s(3, 2),
    current: s(3, 2),
    target: s(3, 2),
    owner: 'owner',
    actions: []
  },
  {
    key: 'foiRequests',
    category: 'storageRecords',
    kind: 'threat',
    forces: BOTH,
    title: 'Freedom of information requests for prompts and outputs',
    cause: 'Public interest in how police use AI.',
    event: '{force} receives FOI requests for Copilot prompts, outputs or usage.',
    effect: 'Heavy search effort and risk of releasing sensitive content.',
    controls: 'FOI team briefed; usage reports available.',
    response: 'reduce',
    proximity: 'withinQuarter',
    inherent: s(4, 3),
    current: s(3, 3),
    target: s(2, 2),
    owner: 'board',
    actions: ['Prepare a standard FOI answer on Copilot use']
  },
  {
    key: 'nationalFunding',
    category: 'nationalDevelopments',
    kind: 'threat',
    forces: BOTH,
    title: 'National funding for the programme ends early',
    cause: 'Part of the rollout is funded through national enabling programmes.',
    event: 'National funding is withdrawn or cut.',
    effect: '{force} must fund the remaining rollout locally.',
    controls: 'Local contingency in the financial plan.',
    response: 'accept',
    proximity: 'beyondYear',
    inherent: s(2, 4),
    current: s(2, 4),
    target: s(2, 3),
    owner: 'board',
    actions: []
  },
  {
    key: 'accessibility',
    category: 'trainingReadiness',
    kind: 'threat',
    forces: BOTH,
    title: 'Training and Copilot not accessible to all staff',
    cause: 'Some staff use screen readers or have dyslexia; the training videos lack transcripts.',
    event: 'They cannot complete the package or use Copilot as intended.',
    effect: 'Unfair treatment and a breach of the public sector equality duty.',
    controls: 'Accessibility review of the package booked.',
    response: 'reduce',
    proximity: 'withinMonth',
    inherent: s(3, 4),
    current: s(3, 3),
    target: s(1, 3),
    owner: 'trainingLead',
    actions: ['Add transcripts to every training video']
  }
];

/** Sentences added to a risk's controls as the weeks go by. */
export const CONTROL_PROGRESS: readonly string[] = [
  'Weekly report reviewed at the programme board.',
  'Guidance published on the intranet.',
  'Champions briefed.',
  'Information security signed off the change.',
  'Pilot group confirmed the control works.',
  'Audit sample found no repeat.',
  'Included in the induction pack.'
];

export const CLOSURE_NOTES: readonly string[] = [
  'Controls in place and tested; residual score within target for four weeks.',
  'Superseded by a joint risk covering both forces.',
  'The cause no longer applies after the configuration change.',
  'Merged into the oversharing risk.',
  'Target reached; monitored through the monthly report.'
];

export const ESCALATION_NOTES: readonly string[] = [
  'Above appetite for two meetings; chief officers asked to decide on funding.',
  'Above appetite; needs a decision beyond the board\u2019s authority.',
  'National dependency: raised with the national programme.'
];

export interface IRaidTemplate {
  type: RaidType;
  category: RiskCategory;
  force: 'Kent' | 'Essex' | 'Joint';
  title: string;
  description: string;
  /** The meeting it was logged at: 0 the first of the twelve, 11 the last. */
  meeting: number;
  priority: RaidPriority | null;
  /** What happened: resolution of an issue, rationale of a decision, outcome of an action. */
  resolution: string;
  /** Closed (or decided) at a later meeting, if so: meetings after it was logged. */
  closedAfter: number | null;
  /** Actions and issues: due this many days after logging. */
  dueInDays: number | null;
}

export const RAID_TEMPLATES: readonly IRaidTemplate[] = [
  { type: 'decision', category: 'copilotGovernance', force: 'Joint', title: 'Restricted SharePoint search during the rollout', description: 'Copilot searches only approved sites until the permissions review ends.', meeting: 0, priority: null, resolution: 'Agreed: oversharing risk above appetite; lift site by site.', closedAfter: 0, dueInDays: null },
  { type: 'decision', category: 'trainingReadiness', force: 'Joint', title: 'Licences only after the mandatory package', description: 'No Copilot licence until all seven modules are complete.', meeting: 0, priority: null, resolution: 'Agreed unanimously.', closedAfter: 0, dueInDays: null },
  { type: 'assumption', category: 'licensingFinance', force: 'Joint', title: 'Licence prices hold until 2029', description: 'The strategic partnership price holds for the life of the programme.', meeting: 0, priority: null, resolution: '', closedAfter: null, dueInDays: null },
  { type: 'dependency', category: 'platformAssurance', force: 'Joint', title: 'Conditional access changes by the joint IT service', description: 'Blocking unmanaged devices needs the joint IT change board.', meeting: 1, priority: 'high', resolution: '', closedAfter: null, dueInDays: null },
  { type: 'action', category: 'copilotGovernance', force: 'Kent', title: 'Publish the acceptable use policy v2', description: 'Add "never put into Copilot" examples.', meeting: 1, priority: 'high', resolution: 'Published on the intranet.', closedAfter: 2, dueInDays: 14 },
  { type: 'issue', category: 'copilotGovernance', force: 'Essex', title: 'HR folder found through Copilot', description: 'A call handler reported an HR folder in a Copilot answer.', meeting: 2, priority: 'high', resolution: 'Site permissions fixed; linked to the oversharing risk.', closedAfter: 1, dueInDays: 7 },
  { type: 'decision', category: 'nationalDevelopments', force: 'Joint', title: 'Follow the national pause on criminal-justice documents', description: 'Retire catalogue entries touching statements and case files.', meeting: 2, priority: null, resolution: 'Agreed; champions to check entries monthly.', closedAfter: 0, dueInDays: null },
  { type: 'action', category: 'trainingReadiness', force: 'Essex', title: 'Protected training time for response teams', description: 'Agree one hour per shift cycle with operational commanders.', meeting: 2, priority: 'medium', resolution: '', closedAfter: null, dueInDays: 21 },
  { type: 'assumption', category: 'benefitsRealisation', force: 'Joint', title: 'Self-reported minutes need an optimism-bias factor', description: 'Benefits apply a realisation factor to self-reported savings.', meeting: 3, priority: null, resolution: '', closedAfter: null, dueInDays: null },
  { type: 'issue', category: 'storageRecords', force: 'Kent', title: 'Transcripts kept in personal OneDrive', description: 'No retention on meeting transcripts.', meeting: 3, priority: 'medium', resolution: '', closedAfter: null, dueInDays: 28 },
  { type: 'decision', category: 'licensingFinance', force: 'Essex', title: 'Reassign licences unused for 60 days', description: 'Unused licences go to the next trained person on the waiting list.', meeting: 3, priority: null, resolution: 'Agreed; first reassignment at month end.', closedAfter: 0, dueInDays: null },
  { type: 'dependency', category: 'storageRecords', force: 'Joint', title: 'Retention labels from the information management team', description: 'Labels for Copilot interactions need the joint records policy.', meeting: 4, priority: 'high', resolution: '', closedAfter: null, dueInDays: null },
  { type: 'action', category: 'platformAssurance', force: 'Kent', title: 'Export Copilot audit records', description: 'Set up export to long-term storage for investigations.', meeting: 4, priority: 'medium', resolution: '', closedAfter: null, dueInDays: 35 },
  { type: 'issue', category: 'trainingReadiness', force: 'Kent', title: 'Training completion stalled at 61%', description: 'Response and custody teams well below target.', meeting: 5, priority: 'high', resolution: '', closedAfter: null, dueInDays: 21 },
  { type: 'decision', category: 'benefitsRealisation', force: 'Joint', title: 'Add a comparison group to the month 3 survey', description: 'Include unlicensed staff to test self-reported savings.', meeting: 5, priority: null, resolution: 'Agreed; evaluation leads to design it.', closedAfter: 0, dueInDays: null },
  { type: 'action', category: 'copilotGovernance', force: 'Essex', title: 'Recruit champions for control room and custody', description: 'Two departments have no champion.', meeting: 5, priority: 'medium', resolution: 'Four volunteers found.', closedAfter: 3, dueInDays: 21 },
  { type: 'issue', category: 'copilotGovernance', force: 'Kent', title: 'Made-up policy reference in a Copilot answer', description: 'Reported through the catalogue: a flexible working policy section that does not exist.', meeting: 6, priority: 'medium', resolution: 'Policy library cleaned; linked to the home-made agents risk.', closedAfter: 2, dueInDays: 14 },
  { type: 'dependency', category: 'nationalDevelopments', force: 'Joint', title: 'National responsible AI checklist v2', description: 'Local use cases to be mapped when the new checklist is issued.', meeting: 6, priority: 'medium', resolution: '', closedAfter: null, dueInDays: null },
  { type: 'action', category: 'licensingFinance', force: 'Joint', title: 'Renewal business case to both finance boards', description: 'Usage and benefit evidence for the renewal.', meeting: 7, priority: 'high', resolution: '', closedAfter: null, dueInDays: 28 },
  { type: 'decision', category: 'storageRecords', force: 'Joint', title: 'Transcripts kept for 30 days unless declared a record', description: 'Default retention for meeting transcripts.', meeting: 7, priority: null, resolution: 'Agreed subject to the DPO\u2019s advice.', closedAfter: 0, dueInDays: null },
  { type: 'issue', category: 'platformAssurance', force: 'Essex', title: 'Copilot reachable from personal phones', description: 'Found in a security test.', meeting: 8, priority: 'high', resolution: '', closedAfter: null, dueInDays: 14 },
  { type: 'action', category: 'storageRecords', force: 'Essex', title: 'Label the migrated HR sites', description: 'OFFICIAL-SENSITIVE labels on every migrated HR site.', meeting: 8, priority: 'high', resolution: '', closedAfter: null, dueInDays: 10 },
  { type: 'assumption', category: 'trainingReadiness', force: 'Joint', title: 'Two hours of self-led learning lifts satisfaction', description: 'Based on the Department for Business and Trade evaluation.', meeting: 8, priority: null, resolution: '', closedAfter: null, dueInDays: null },
  { type: 'decision', category: 'platformAssurance', force: 'Joint', title: 'Block Copilot on unmanaged devices', description: 'Conditional access to require managed devices for Copilot.', meeting: 9, priority: null, resolution: 'Agreed; go-live after the joint IT change board.', closedAfter: 0, dueInDays: null },
  { type: 'action', category: 'benefitsRealisation', force: 'Kent', title: 'Reconcile savings with the portfolio office', description: 'Avoid double counting with other programmes.', meeting: 9, priority: 'medium', resolution: '', closedAfter: null, dueInDays: 21 },
  { type: 'issue', category: 'licensingFinance', force: 'Kent', title: '40 licences on leavers\u2019 accounts', description: 'Found in the monthly licence report.', meeting: 10, priority: 'medium', resolution: 'Licences removed and reassigned.', closedAfter: 1, dueInDays: 7 },
  { type: 'action', category: 'trainingReadiness', force: 'Kent', title: 'Drop-in sessions timetable', description: 'Champions run 20-minute drop-ins.', meeting: 10, priority: 'low', resolution: '', closedAfter: null, dueInDays: 14 },
  { type: 'decision', category: 'copilotGovernance', force: 'Joint', title: 'Lift restricted search for the first 50 reviewed sites', description: 'The permissions review has finished 50 sites.', meeting: 11, priority: null, resolution: '', closedAfter: null, dueInDays: 7 },
  { type: 'issue', category: 'nationalDevelopments', force: 'Joint', title: 'National guidance on AI transparency published in draft', description: 'Forces asked to comment within four weeks.', meeting: 11, priority: 'medium', resolution: '', closedAfter: null, dueInDays: 28 },
  { type: 'decision', category: 'benefitsRealisation', force: 'Essex', title: 'Redeploy saved hours to victim contact', description: 'Proposal from the Essex benefits lead.', meeting: 11, priority: null, resolution: '', closedAfter: null, dueInDays: 14 }
];
