/**
 * The governance risk register's domain (DOMAIN.md §3, issues 9 and 10): risks and opportunities with
 * per-force scores on joint risks, mitigating actions, the RAID log and risk appetite. Pure data; no
 * SharePoint, no React. Calendar days are `yyyy-mm-dd` (UK); instants are ISO strings (`…Z`), so every
 * shape serialises as it is (the board cycle freezes them into snapshots).
 */
import type {
  ACTION_STATUSES,
  APPETITE_LEVELS,
  ESCALATION_LEVELS,
  RAID_PRIORITIES,
  RAID_STATUSES,
  RAID_TYPES,
  RISK_CATEGORIES,
  RISK_KINDS,
  RISK_PROXIMITIES,
  RISK_RESPONSES,
  RISK_STATUSES
} from '../../lists/risks';

/** A calendar day, `yyyy-mm-dd`. */
export type Day = string;
/** An instant as an ISO string with `Z`. */
export type Instant = string;

export type RiskCategory = (typeof RISK_CATEGORIES)[number];
export type RiskKind = (typeof RISK_KINDS)[number];
export type RiskResponse = (typeof RISK_RESPONSES)[number];
export type RiskStatus = (typeof RISK_STATUSES)[number];
export type Proximity = (typeof RISK_PROXIMITIES)[number];
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type RaidType = (typeof RAID_TYPES)[number];
export type RaidStatus = (typeof RAID_STATUSES)[number];
export type RaidPriority = (typeof RAID_PRIORITIES)[number];
export type AppetiteLevel = (typeof APPETITE_LEVELS)[number];

/** The force value of a joint risk: its scores live in one assessment per participating force. */
export const JOINT = 'Joint';
/** The forces that score a joint risk unless said otherwise (a national rollout passes its own). */
export const DEFAULT_JOINT_FORCES: readonly string[] = ['Kent', 'Essex'];

/** A point on the 5×5 scale. */
export type Level = 1 | 2 | 3 | 4 | 5;

export interface IScore {
  likelihood: Level;
  impact: Level;
}

/** Which of the three scores: before controls, now (residual), and where the response should bring it. */
export type Measure = 'inherent' | 'current' | 'target';

export interface IScores {
  inherent: IScore | null;
  current: IScore | null;
  target: IScore | null;
}

export interface IPersonRef {
  /** Site user id. */
  id: number;
  title: string;
  email: string;
}

/** What SharePoint stamps on every stored item. */
export interface IStamped {
  id: number;
  /** Pass back on the next write; a stale one fails with a conflict. */
  etag: string;
  createdAt: Instant;
  modifiedAt: Instant;
  author: IPersonRef | null;
  editor: IPersonRef | null;
}

/**
 * What the board edits on a risk. On a single-force risk the scores are here; on a joint risk they are
 * `null` here and live in one `IAssessmentContent` per force.
 */
export interface IRiskContent extends IScores {
  /** The register's code, e.g. `J-CG-01`; unique (case-insensitive) by the app's check. */
  reference: string;
  title: string;
  kind: RiskKind;
  cause: string;
  event: string;
  effect: string;
  category: RiskCategory;
  /** Kent, Essex, Joint or another force. */
  force: string;
  /** Sign-in name of the one accountable owner (lower case). */
  ownerUpn: string;
  /** Sign-in names of the people carrying out its actions (lower case). */
  actionees: string[];
  proximity: Proximity | null;
  response: RiskResponse | null;
  controls: string;
  reviewDate: Day | null;
  status: RiskStatus;
  escalation: EscalationLevel;
  escalatedOn: Day | null;
  escalationNote: string;
  closedOn: Day | null;
  closureNote: string;
}

export interface IRisk extends IRiskContent, IStamped {}

/** One force's view of a joint risk: its owner and its three scores. */
export interface IAssessmentContent extends IScores {
  force: string;
  ownerUpn: string;
  assessedOn: Day | null;
  notes: string;
}

export interface IForceAssessment extends IAssessmentContent, IStamped {
  riskId: number;
}

export interface IActionContent {
  title: string;
  /** The risks it mitigates (at least one). */
  riskIds: number[];
  ownerUpn: string;
  force: string | null;
  dueDate: Day | null;
  status: ActionStatus;
  completedOn: Day | null;
  notes: string;
  /** The board meeting that agreed it (issue 10), if any. */
  meetingId: number | null;
}

export interface IRiskAction extends IActionContent, IStamped {}

export interface IRaidContent {
  /** e.g. `I-004`, `D-012`; unique by the app's check. */
  reference: string;
  type: RaidType;
  title: string;
  description: string;
  category: RiskCategory;
  force: string;
  ownerUpn: string;
  raisedOn: Day | null;
  dueDate: Day | null;
  status: RaidStatus;
  closedOn: Day | null;
  priority: RaidPriority | null;
  riskIds: number[];
  meetingId: number | null;
  meetingDate: Day | null;
  resolution: string;
}

export interface IRaidItem extends IRaidContent, IStamped {}

export interface IAppetiteContent {
  category: RiskCategory;
  /** `null`: every force (a row for one force overrides it for that force). */
  force: string | null;
  /** The highest acceptable CURRENT score, 1–25. */
  maxScore: number;
  level: AppetiteLevel | null;
  rationale: string;
}

export interface IAppetite extends IAppetiteContent, IStamped {}

/** Everything the register reads, as one value (the repository's `register()`; a snapshot's input). */
export interface IRegisterData {
  risks: IRisk[];
  assessments: IForceAssessment[];
  actions: IRiskAction[];
  raid: IRaidItem[];
  appetites: IAppetite[];
}
