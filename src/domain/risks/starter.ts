/**
 * Starter content: the risks most M365 and Copilot programmes in policing carry (DEMO_DATA "Programme
 * risks"), written as cause → event → effect with suggested scores, a response, the controls usually in
 * place and first actions, plus a suggested risk appetite per topic. An owner imports what fits
 * (`RiskRepository.importStarter`); every item can then be edited like any other.
 *
 * Decisions:
 * - Scores are SUGGESTIONS (estimates, marked so in DEMO_DATA): the plausible current score is the one
 *   given there; inherent (before the listed controls) and target (after the response) are set around it.
 *   The board re-scores them at its first meeting.
 * - Each starter risk has a stable code (`CG-01`…); the reference it is imported under is the code with a
 *   force prefix (`J-CG-01` for joint, `K-…` Kent, `E-…` Essex), and the client id is derived from that
 *   reference, so importing twice never makes two risks and a risk the board already holds under that
 *   reference is left alone.
 * - Suggested appetite follows the Orange Book's levels with a highest acceptable current score each:
 *   averse 4 (green only), minimal 6, cautious 9 (amber), open 12, eager 16.
 */
import { addDays } from '../training/days';
import { upnKey } from './fields';
import { JOINT, DEFAULT_JOINT_FORCES, type AppetiteLevel, type Day, type IAppetiteContent, type IAssessmentContent, type IRiskContent, type IScore, type Level, type Proximity, type RiskCategory, type RiskKind, type RiskResponse } from './types';

export interface IStarterRisk {
  /** Stable code, topic letters and a number. */
  code: string;
  kind: RiskKind;
  category: RiskCategory;
  title: string;
  cause: string;
  event: string;
  effect: string;
  inherent: IScore;
  current: IScore;
  target: IScore;
  response: RiskResponse;
  proximity: Proximity;
  controls: string;
  /** First mitigating actions a board usually agrees. */
  actions: readonly string[];
}

const s = (likelihood: Level, impact: Level): IScore => ({ likelihood, impact });

export const STARTER_RISKS: readonly IStarterRisk[] = [
  {
    code: 'CG-01',
    kind: 'threat',
    category: 'copilotGovernance',
    title: 'Copilot surfaces files people should not see',
    cause: 'Years of broad SharePoint and Teams permissions, "everyone" sharing links and unlabelled sites.',
    event: 'Copilot finds and summarises HR, professional standards or operational files for people who could technically open them but should not.',
    effect: 'A data breach, loss of staff trust, misconduct or vetting information exposed, and a possible report to the ICO.',
    inherent: s(5, 5),
    current: s(4, 5),
    target: s(2, 4),
    response: 'reduce',
    proximity: 'imminent',
    controls: 'Permissions review of the 200 most-used sites; restricted SharePoint search during rollout; sensitivity labels on HR and PSD sites; oversharing reports run weekly.',
    actions: ['Finish the permissions review of the most-used sites', 'Label HR, vetting and PSD sites as OFFICIAL-SENSITIVE', 'Publish "what to do if Copilot shows you something you should not see"']
  },
  {
    code: 'CG-02',
    kind: 'threat',
    category: 'copilotGovernance',
    title: 'Personal data or intelligence typed into prompts',
    cause: 'Users are used to pasting text into tools and do not all know what must never go into Copilot.',
    event: 'Victim, witness or suspect details, intelligence or vetting information are pasted into a prompt.',
    effect: 'Processing without a lawful basis or DPIA, a data protection breach, and material that may have to be disclosed.',
    inherent: s(4, 5),
    current: s(3, 5),
    target: s(2, 4),
    response: 'reduce',
    proximity: 'imminent',
    controls: 'Acceptable use policy; mandatory data protection and responsible AI modules before a licence is given; data loss prevention on prompts; catalogue entries carry a data-handling label.',
    actions: ['Turn on data loss prevention for Copilot prompts', 'Add "never put into Copilot" examples to the acceptable use module']
  },
  {
    code: 'CG-03',
    kind: 'threat',
    category: 'copilotGovernance',
    title: 'A made-up answer reaches an intelligence or briefing product',
    cause: 'Copilot can produce confident but wrong text, and busy staff may not check every line.',
    event: 'A hallucinated fact, name or policy reference is copied into an intelligence report or shift briefing.',
    effect: 'Wrong operational decisions, harm to people, and Copilot use paused as happened in another force.',
    inherent: s(4, 5),
    current: s(3, 5),
    target: s(2, 4),
    response: 'reduce',
    proximity: 'withinMonth',
    controls: 'Human review rule in the acceptable use policy; "limitations of AI outputs" training module; intelligence products excluded from the catalogue; poor-output reports triaged by the board.',
    actions: ['Brief intelligence supervisors on checking AI-assisted drafts', 'Add a "how this was checked" line to briefing templates']
  },
  {
    code: 'CG-04',
    kind: 'threat',
    category: 'copilotGovernance',
    title: 'AI-drafted evidence undermines a prosecution',
    cause: 'Officers under time pressure may use Copilot to draft statements or case files.',
    event: 'A statement or other evidential document drafted with AI is challenged in court.',
    effect: 'A failed prosecution, a miscarriage of justice and national reputational damage.',
    inherent: s(3, 5),
    current: s(2, 5),
    target: s(1, 5),
    response: 'avoid',
    proximity: 'withinQuarter',
    controls: 'Force policy forbids AI for evidential material; the national pause on AI for court statements and criminal-justice documents (June 2026) is in force; catalogue entries for case files retired.',
    actions: ['Remind criminal justice units of the national pause', 'Check the catalogue for entries touching case files every month']
  },
  {
    code: 'CG-05',
    kind: 'threat',
    category: 'copilotGovernance',
    title: 'Home-made agents give out-of-date policy answers',
    cause: 'Staff can build agents over their own document sets without testing or an owner.',
    event: 'An agent answers from a superseded policy or procedure.',
    effect: 'Staff act on wrong guidance; complaints and rework.',
    inherent: s(4, 3),
    current: s(3, 3),
    target: s(2, 2),
    response: 'reduce',
    proximity: 'withinQuarter',
    controls: 'Agent creation limited to approved makers; policy library has one current version per policy.',
    actions: ['Publish the agent approval checklist', 'Archive superseded policy versions from the policy library']
  },
  {
    code: 'PA-01',
    kind: 'threat',
    category: 'platformAssurance',
    title: 'Sharing between the forces is not covered by the agreements',
    cause: 'The collaboration and data-sharing agreements predate Copilot and shared Teams workspaces.',
    event: 'Copilot or shared sites make one force\u2019s information available to the other without a documented basis.',
    effect: 'Unlawful processing, challenge by the ICO and delays while agreements are redrawn.',
    inherent: s(3, 4),
    current: s(2, 4),
    target: s(1, 4),
    response: 'reduce',
    proximity: 'withinQuarter',
    controls: 'Joint information governance group reviewing the section 22A agreements; joint sites limited to the joint directorates.',
    actions: ['Update the data-sharing agreement schedule for M365 and Copilot']
  },
  {
    code: 'PA-02',
    kind: 'threat',
    category: 'platformAssurance',
    title: 'New Copilot features switched on before they are assessed',
    cause: 'Microsoft releases new Copilot capabilities every month, some on by default.',
    event: 'A feature that processes data in a new way reaches users before a DPIA or security review.',
    effect: 'Unassessed processing, user confusion and a rushed switch-off.',
    inherent: s(4, 4),
    current: s(3, 4),
    target: s(2, 3),
    response: 'reduce',
    proximity: 'withinMonth',
    controls: 'Message centre reviewed weekly by the platform team; targeted release ring for the platform team only.',
    actions: ['Agree a feature-assessment checklist with information security']
  },
  {
    code: 'LF-01',
    kind: 'threat',
    category: 'licensingFinance',
    title: 'Paid licences go unused',
    cause: 'Licences were allocated by role rather than by need, and some holders have not been trained.',
    event: 'Fewer than half of the Copilot seats are used in a month.',
    effect: 'Poor value for money (each licence costs about \u00a3238 a year) and a weaker case for renewal.',
    inherent: s(4, 4),
    current: s(4, 3),
    target: s(2, 3),
    response: 'reduce',
    proximity: 'withinQuarter',
    controls: 'Monthly usage report; licences reassigned after 60 days without use.',
    actions: ['Reassign licences unused for 60 days', 'Target champions at the departments with the lowest use']
  },
  {
    code: 'LF-02',
    kind: 'threat',
    category: 'licensingFinance',
    title: 'Prices rise or we are locked in after 2029',
    cause: 'Public bodies buy Copilot under a strategic partnership arrangement that ends in 2029.',
    event: 'The price changes sharply or moving away becomes impractical.',
    effect: 'Budget pressure and loss of negotiating position.',
    inherent: s(3, 4),
    current: s(3, 3),
    target: s(2, 3),
    response: 'share',
    proximity: 'beyondYear',
    controls: 'Procurement through the national arrangement; usage and benefit evidence kept for negotiation.',
    actions: ['Feed usage and benefit evidence to the national commercial team']
  },
  {
    code: 'SR-01',
    kind: 'threat',
    category: 'storageRecords',
    title: 'Prompts, outputs and recaps are kept without retention rules',
    cause: 'Copilot interactions, meeting recaps and transcripts are new kinds of record.',
    event: 'They are kept indefinitely, or deleted when they are police information that must be kept (MoPI).',
    effect: 'Breach of MoPI and data protection, and records missing or excessive at disclosure.',
    inherent: s(4, 4),
    current: s(3, 4),
    target: s(2, 3),
    response: 'reduce',
    proximity: 'withinQuarter',
    controls: 'Retention policies drafted for Copilot interactions and transcripts; records manager on the board.',
    actions: ['Apply retention labels to Copilot interactions', 'Decide the retention period for meeting transcripts']
  },
  {
    code: 'SR-02',
    kind: 'threat',
    category: 'storageRecords',
    title: 'AI-assisted material is missed at disclosure',
    cause: 'Drafts, prompts and outputs that shaped an investigation are not recorded as such.',
    event: 'Material relevant to a case is not revealed under the disclosure rules.',
    effect: 'Cases collapse or are delayed; a disclosure failure is reported.',
    inherent: s(3, 5),
    current: s(2, 5),
    target: s(1, 5),
    response: 'reduce',
    proximity: 'withinYear',
    controls: 'Policy to record AI use; criminal-justice documents paused nationally.',
    actions: ['Agree with the CPS liaison how AI use is recorded on case files']
  },
  {
    code: 'ND-01',
    kind: 'threat',
    category: 'nationalDevelopments',
    title: 'National standards change and local settings fall behind',
    cause: 'National guidance on AI in policing is still developing (NPCC covenant, national AI centre).',
    event: 'A new national standard makes local configurations or uses non-compliant.',
    effect: 'Rework, paused use cases and loss of confidence.',
    inherent: s(3, 4),
    current: s(3, 4),
    target: s(2, 3),
    response: 'reduce',
    proximity: 'withinYear',
    controls: 'Programme lead attends the national working group; catalogue entries reviewed every twelve months.',
    actions: ['Map local use cases against the NPCC responsible AI checklist']
  },
  {
    code: 'ND-02',
    kind: 'opportunity',
    category: 'nationalDevelopments',
    title: 'National shared prompts and guidance save local effort',
    cause: 'The national AI centre and other forces publish tested prompts and guidance.',
    event: 'We adopt national assets instead of writing our own.',
    effect: 'Less local effort and consistent practice across forces.',
    inherent: s(2, 3),
    current: s(3, 3),
    target: s(4, 3),
    response: 'exploit',
    proximity: 'withinYear',
    controls: 'Champions watch national channels; the catalogue can hold national entries.',
    actions: ['Import the first national prompt library into the catalogue']
  },
  {
    code: 'TR-01',
    kind: 'threat',
    category: 'trainingReadiness',
    title: 'Mandatory training completion stays below target',
    cause: 'Shift patterns, abstractions and a long online package.',
    event: 'Completion of the mandatory package stays below the target before licences are issued.',
    effect: 'Licences held back or given to untrained people; higher misuse risk.',
    inherent: s(4, 4),
    current: s(4, 3),
    target: s(2, 3),
    response: 'reduce',
    proximity: 'withinMonth',
    controls: 'Training tracker with compliance by force and department; licences only after the package is complete.',
    actions: ['Protected training time on each shift pattern', 'Send managers their team\u2019s overdue list weekly']
  },
  {
    code: 'TR-02',
    kind: 'threat',
    category: 'trainingReadiness',
    title: 'Staff see Copilot as a way to cut jobs',
    cause: 'Budget pressure and public talk about AI replacing work.',
    event: 'Staff associations and unions oppose the rollout or advise members not to use it.',
    effect: 'Low adoption, grievances and lost benefits.',
    inherent: s(3, 4),
    current: s(3, 3),
    target: s(2, 2),
    response: 'reduce',
    proximity: 'withinQuarter',
    controls: 'Staff associations briefed; time saved is redeployed, not cut, and the board says so.',
    actions: ['Quarterly briefing with staff associations and unions']
  },
  {
    code: 'BR-01',
    kind: 'threat',
    category: 'benefitsRealisation',
    title: 'Reported time savings are overstated',
    cause: 'Benefits rely on self-reported minutes with no comparison group.',
    event: 'The evaluation overstates time saved.',
    effect: 'Decisions on renewal and wider rollout rest on weak evidence.',
    inherent: s(4, 3),
    current: s(4, 3),
    target: s(2, 3),
    response: 'reduce',
    proximity: 'withinQuarter',
    controls: 'Survey asks for time saved net of checking; an optimism-bias factor is applied.',
    actions: ['Add a comparison group of unlicensed staff to the next survey wave']
  },
  {
    code: 'BR-02',
    kind: 'threat',
    category: 'benefitsRealisation',
    title: 'Objections to the environmental cost of AI',
    cause: 'Public and staff concern about the energy use of AI.',
    event: 'Objections are raised publicly or by the police and crime commissioner\u2019s office.',
    effect: 'Reputational damage and pressure to limit use.',
    inherent: s(2, 3),
    current: s(2, 2),
    target: s(2, 2),
    response: 'accept',
    proximity: 'beyondYear',
    controls: 'Supplier sustainability commitments recorded; use focused on tasks with clear benefit.',
    actions: []
  },
  {
    code: 'BR-03',
    kind: 'opportunity',
    category: 'benefitsRealisation',
    title: 'Time saved goes back to the front line',
    cause: 'Copilot saves time on drafting, summarising and meeting notes.',
    event: 'Saved hours are redeployed to visible policing and victim contact.',
    effect: 'Better service and a benefits case the public understands.',
    inherent: s(2, 4),
    current: s(3, 4),
    target: s(4, 4),
    response: 'enhance',
    proximity: 'withinYear',
    controls: 'Benefits realisation plan names where saved time goes.',
    actions: ['Agree with departments where saved hours are redeployed']
  }
];

export interface IStarterAppetite {
  category: RiskCategory;
  level: AppetiteLevel;
  rationale: string;
}

/** The highest acceptable current score suggested for each appetite level. */
export const APPETITE_LEVEL_SCORES: Readonly<Record<AppetiteLevel, number>> = { averse: 4, minimal: 6, cautious: 9, open: 12, eager: 16 };

export const STARTER_APPETITE: readonly IStarterAppetite[] = [
  { category: 'copilotGovernance', level: 'cautious', rationale: 'New technology handling police information: some risk to learn, none with people\u2019s data.' },
  { category: 'platformAssurance', level: 'minimal', rationale: 'The platform holds both forces\u2019 information; security and lawful basis come first.' },
  { category: 'licensingFinance', level: 'open', rationale: 'Licences can be reassigned; the cost of trying is bounded.' },
  { category: 'storageRecords', level: 'minimal', rationale: 'MoPI and disclosure duties leave little room.' },
  { category: 'nationalDevelopments', level: 'cautious', rationale: 'Stay close to national direction without waiting for it.' },
  { category: 'trainingReadiness', level: 'open', rationale: 'Training can catch up; licences wait for it.' },
  { category: 'benefitsRealisation', level: 'open', rationale: 'Benefits are uncertain by nature; the evidence is what matters.' }
];

export function starterAppetite(): IAppetiteContent[] {
  return STARTER_APPETITE.map((a) => ({ category: a.category, force: null, maxScore: APPETITE_LEVEL_SCORES[a.level], level: a.level, rationale: a.rationale }));
}

/** The reference a starter risk is imported under for a force: `J-CG-01`, `K-CG-01`, `E-CG-01`. */
export function starterReference(code: string, force: string): string {
  const prefix = force.trim().toLowerCase() === JOINT.toLowerCase() ? 'J' : force.trim().charAt(0).toUpperCase();
  return `${prefix}-${code}`;
}

export interface IStarterOptions {
  force: string;
  ownerUpn: string;
  today: Day;
  /** Days until the first review (default 28: the board re-scores within a month). */
  reviewInDays?: number;
  jointForces?: readonly string[];
}

export interface IStarterItem {
  code: string;
  content: IRiskContent;
  /** Joint risks: one per force, with the suggested scores. */
  assessments: IAssessmentContent[];
  actions: readonly string[];
}

/** The starter risks as register content for one force (or Joint), owned by the importer until reassigned. */
export function starterContent(options: IStarterOptions, codes?: readonly string[]): IStarterItem[] {
  const joint = options.force.trim().toLowerCase() === JOINT.toLowerCase();
  const owner = upnKey(options.ownerUpn);
  return STARTER_RISKS.filter((r) => codes === undefined || codes.indexOf(r.code) >= 0).map((r) => ({
    code: r.code,
    content: {
      reference: starterReference(r.code, options.force),
      title: r.title,
      kind: r.kind,
      cause: r.cause,
      event: r.event,
      effect: r.effect,
      category: r.category,
      force: joint ? JOINT : options.force,
      ownerUpn: owner,
      actionees: [],
      inherent: joint ? null : { ...r.inherent },
      current: joint ? null : { ...r.current },
      target: joint ? null : { ...r.target },
      proximity: r.proximity,
      response: r.response,
      controls: r.controls,
      reviewDate: addDays(options.today, options.reviewInDays ?? 28),
      status: 'proposed',
      escalation: 'none',
      escalatedOn: null,
      escalationNote: '',
      closedOn: null,
      closureNote: ''
    },
    assessments: joint
      ? (options.jointForces ?? DEFAULT_JOINT_FORCES).map((force) => ({ force, ownerUpn: owner, inherent: { ...r.inherent }, current: { ...r.current }, target: { ...r.target }, assessedOn: options.today, notes: '' }))
      : [],
    actions: r.actions
  }));
}
