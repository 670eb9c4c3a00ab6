/**
 * The solutions catalogue's domain: entries (use cases and FAQs), their lifecycle under content approval,
 * votes, poor-output reports and the champions' questions. Pure data; no SharePoint, no React.
 * Calendar days are `yyyy-mm-dd` (UK); instants are ISO strings (`…Z`) so the shapes serialise as they are.
 */
import type { CATALOGUE_DEPARTMENTS, CATALOGUE_PRODUCTS, CATALOGUE_ROLES, ENTRY_TYPES, HANDLING_LABELS, MEASURED_TASKS, POOR_OUTPUT_CATEGORIES, QUESTION_STATUSES, REPORT_STATUSES } from '../../lists/catalogue';

/** A calendar day, `yyyy-mm-dd`. */
export type Day = string;
/** An instant as an ISO string with `Z`. */
export type Instant = string;

export type EntryType = (typeof ENTRY_TYPES)[number];
export type HandlingLabel = (typeof HANDLING_LABELS)[number];
/** A survey task whose published net minutes can measure an entry. */
export type TaskKey = (typeof MEASURED_TASKS)[number];
export type KnownProduct = (typeof CATALOGUE_PRODUCTS)[number];
export type KnownDepartment = (typeof CATALOGUE_DEPARTMENTS)[number];
export type KnownRole = (typeof CATALOGUE_ROLES)[number];
export type PoorOutputCategory = (typeof POOR_OUTPUT_CATEGORIES)[number];
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/**
 * Where an entry is, as the app reads SharePoint's approval status together with its own columns:
 * - `draft`: saved by its author, not submitted (pending in SharePoint: only author and champions see it);
 * - `submitted`: waiting for a champion (pending in SharePoint);
 * - `approved`: published, visible to everyone;
 * - `rejected`: sent back with a champion's comment (visible to its author and champions only);
 * - `retired`: published once, withdrawn with a reason (still approved in SharePoint, so links keep working).
 */
export type EntryState = 'draft' | 'submitted' | 'approved' | 'rejected' | 'retired';

/** SharePoint's approval status as the domain needs it (`null` when the list has none: never for entries). */
export type Moderation = 'approved' | 'rejected' | 'pending' | 'draft' | 'scheduled';

export interface IPersonRef {
  /** Site user id (SharePoint's Author). */
  id: number;
  title: string;
  email: string;
}

/** What an author or champion edits: every column of an entry that is not the lifecycle's. */
export interface IEntryContent {
  type: EntryType;
  title: string;
  summary: string;
  problem: string;
  /** HTML of the steps (an FAQ's answer). Untrusted as stored: render only `sanitiseHowTo(howToHtml)`. */
  howToHtml: string;
  prompts: string[];
  products: string[];
  /** Empty: every department. */
  departments: string[];
  /** Empty: every role. */
  roles: string[];
  /** Originating force (Kent, Essex, Joint or another force). */
  force: string;
  /** Sign-in name of the person who keeps the entry current (lower case). */
  ownerUpn: string;
  handling: HandlingLabel;
  whenNotToUse: string;
  /** Code of the related training module (`prompt-writing`), or empty. */
  trainingModuleKey: string;
  /** The author's estimate of minutes saved each time it is used. */
  estimatedMinutesPerUse: number | null;
  /** The survey task whose published figures measure this entry, if any. */
  measuredTask: TaskKey | null;
}

/** A catalogue entry as stored, with what SharePoint stamps and the lifecycle columns. */
export interface ICatalogueEntry extends IEntryContent {
  id: number;
  /** Pass back on the next write; a stale one fails with a conflict. */
  etag: string;
  state: EntryState;
  moderation: Moderation | null;
  /** The champion's comment on the last approval or rejection. */
  moderationComment: string | null;
  reviewBy: Day | null;
  submittedAt: Instant | null;
  publishedOn: Day | null;
  retiredOn: Day | null;
  retiredReason: string;
  /** The question an FAQ was promoted from. */
  sourceQuestionId: number | null;
  createdAt: Instant;
  modifiedAt: Instant;
  author: IPersonRef | null;
  editor: IPersonRef | null;
}

/** One person's "this helped me" on one entry (their latest item counts). */
export interface IHelpfulVote {
  id: number;
  etag: string;
  entryId: number;
  upn: string;
  helpful: boolean;
  /** SharePoint's Author id: who really voted, whatever the voter column says. */
  authorId: number | null;
  modifiedAt: Instant;
}

export interface IPoorOutputReport {
  id: number;
  etag: string;
  entryId: number;
  entryTitle: string;
  summary: string;
  category: PoorOutputCategory;
  details: string;
  product: string;
  reporterUpn: string;
  force: string;
  department: string;
  status: ReportStatus;
  triageNote: string;
  riskRef: string;
  createdAt: Instant;
}

export interface IChampionQuestion {
  id: number;
  etag: string;
  /** The first line or so of the question (the list's Title). */
  title: string;
  question: string;
  askerUpn: string;
  force: string;
  department: string;
  status: QuestionStatus;
  answer: string;
  answeredBy: string;
  answeredAt: Instant | null;
  /** The FAQ entry the answer became. */
  promotedEntryId: number | null;
  createdAt: Instant;
}
