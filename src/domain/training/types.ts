/**
 * The training domain: modules, who they apply to, completions and the compliance they add up to.
 * Pure data; no SharePoint, no React. Dates are calendar days (`yyyy-mm-dd`, UK local) unless named *At.
 */

/** A calendar day, `yyyy-mm-dd`. */
export type Day = string;

export type WorkerType = 'Officer' | 'Staff' | 'PCSO' | 'Special' | 'Other';

/** The attributes of a person that decide what applies to them and where they are counted. */
export interface ILearner {
  upn: string;
  force: string;
  department: string;
  grade: string;
  workerType: WorkerType;
  jobTitle: string;
  /** Joined the force (or the rollout). */
  startDate: Day | undefined;
  /** Left: nothing applies from this day on. */
  leaveDate: Day | undefined;
}

/**
 * Who a module applies to. Each dimension that lists values must match (AND across dimensions, OR within
 * one); an empty or missing dimension matches everyone. Matching ignores case and surrounding spaces.
 */
export interface IAudience {
  forces?: readonly string[];
  departments?: readonly string[];
  workerTypes?: readonly WorkerType[];
  grades?: readonly string[];
  jobTitles?: readonly string[];
}

export interface IQuestion {
  id: string;
  text: string;
  options: readonly string[];
  /** Index of the correct option. */
  answer: number;
}

export interface IKnowledgeCheck {
  /** Percentage of correct answers needed to pass, 1–100. */
  passMark: number;
  /** Attempts allowed per completion cycle; undefined means unlimited. */
  maxAttempts: number | undefined;
  questions: readonly IQuestion[];
}

export interface ITrainingModule {
  /** Stable code (never shown, never renamed): completions refer to it. */
  key: string;
  title: string;
  description: string;
  /** Where the learning content is (a course, a video, the policy document). */
  contentUrl: string | undefined;
  durationMinutes: number | undefined;
  mandatory: boolean;
  /** Retired modules apply to nobody. */
  active: boolean;
  audience: IAudience;
  /** Due this many days after the later of joining and the module (or policy version) being assigned. */
  dueWithinDays: number;
  /** The day the module was assigned (published). */
  assignedOn: Day;
  /** Recertify every N months after completing; undefined means once is enough. */
  refreshMonths: number | undefined;
  /**
   * Policy modules carry the version people attest to. Publishing a new version (with its own date)
   * makes the attestation due again for everyone it applies to.
   */
  policy: { version: number; publishedOn: Day } | undefined;
  knowledgeCheck: IKnowledgeCheck | undefined;
}

/** A learner's record of completing a module (one list item, created by the learner). */
export interface ICompletion {
  upn: string;
  moduleKey: string;
  completedOn: Day;
  /** The policy version attested to, for policy modules. */
  policyVersion: number | undefined;
  /** Knowledge check score in percent, where the module has a check. */
  score: number | undefined;
}

export type ModuleState = 'done' | 'overdue' | 'dueSoon' | 'upcoming';

export interface IModuleStatus {
  moduleKey: string;
  state: ModuleState;
  /** When it is (or was) due; for done modules, when it next falls due (refresh or never). */
  dueOn: Day | undefined;
  /** Done until this day (exclusive), when a refresh period applies. */
  validUntil: Day | undefined;
  /** The completion that makes it done, if any. */
  completion: ICompletion | undefined;
}

export interface IStatusOptions {
  /** Due within this many days counts as "due soon". Default 14. */
  dueSoonDays?: number;
}
