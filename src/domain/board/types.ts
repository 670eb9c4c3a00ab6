/**
 * The board cycle (issue 10): the weekly programme board's meetings, what a closure freezes, and the live
 * indicators the board reads from the other parts. This file is the contract between the data layer
 * (`src/data/BoardRepository.ts`) and the screens (`src/webparts/riskRegister/components/board/`).
 *
 * Decisions:
 * - The frozen record of a meeting is its closure: an item in an add-only list (the board may add items
 *   but never edit or delete them: SharePoint enforces it) holding the meeting as it stood, the register
 *   and RAID snapshot and the indicators shown. The board paper is generated from that record only, so
 *   editing anything afterwards never changes a closed meeting's paper.
 * - A meeting's state is derived from its record log: closed when its latest record is a closure.
 *   Re-opening appends a `reopened` record (who, when, why); closing again appends a new closure, and
 *   the earlier one is kept (the paper says it was re-issued).
 * - Decisions and actions are logged against a meeting as RAID items with the meeting's id and date.
 */
import type { RiskCategory, Day, Instant, IPersonRef, IStamped, IRaidContent, IRiskContent } from '../risks/types';
import type { IRegisterSnapshot } from '../risks/snapshot';

export const PROTECTIVE_MARKINGS = ['OFFICIAL', 'OFFICIAL-SENSITIVE'] as const;
export type ProtectiveMarking = (typeof PROTECTIVE_MARKINGS)[number];

/** What the board edits on a meeting while it is open. */
export interface IMeetingContent {
  /** The UK day of the meeting. */
  meetingDate: Day;
  chairUpn: string;
  attendeeUpns: string[];
  /** Chosen by the board; printed on every page of the paper. */
  marking: ProtectiveMarking;
  notes: string;
}

export type MeetingRecordKind = 'closed' | 'reopened';

/** One entry of a meeting's add-only record log, oldest first. */
export interface IMeetingRecord {
  /** The record item's id. */
  id: number;
  kind: MeetingRecordKind;
  at: Instant;
  by: IPersonRef | null;
  /** Why it was re-opened (required), or an optional note on a closure. */
  reason: string;
}

export interface IBoardMeeting extends IMeetingContent, IStamped {
  status: 'open' | 'closed';
  records: IMeetingRecord[];
}

export type IndicatorKey = 'trainingReadiness' | 'benefitsRealisation' | 'poorOutputs';
export type IndicatorUnit = 'percent' | 'minutesPerWeek' | 'count';

export interface IIndicatorRow {
  /** A force name, or 'All' for the two forces together. */
  force: string;
  /** null: nothing published for this force. */
  value: number | null;
  /** Optional denominator or context, e.g. people counted or responses. */
  base: number | null;
}

/** A live indicator: says where it comes from and when that was published. */
export interface IBoardIndicator {
  key: IndicatorKey;
  topic: RiskCategory;
  unit: IndicatorUnit;
  /** Where it comes from, as a reader would name it (a list title, a survey's title and wave). */
  source: string;
  /** When the source was published or rebuilt; null when nothing is published yet. */
  publishedAt: Instant | null;
  rows: IIndicatorRow[];
}

export const MEETING_SNAPSHOT_SCHEMA = 1;

/** What a closure freezes. Plain JSON, deeply frozen when taken and parsed. */
export interface IMeetingSnapshot {
  schema: typeof MEETING_SNAPSHOT_SCHEMA;
  meeting: IMeetingContent & { id: number };
  closedAt: Instant;
  closedByUpn: string;
  /** The register and RAID (decisions and actions logged at the meeting are RAID items with its id). */
  register: IRegisterSnapshot;
  indicators: IBoardIndicator[];
  /** The closure this one replaces after a re-opening, or null. */
  reissueOf: { recordId: number; closedAt: Instant } | null;
}

export interface IBoardRights {
  /** Programme board: create and edit meetings, log decisions and actions, close and re-open. */
  canRun: boolean;
  /** Triage poor-output reports from the catalogue into a risk or an issue. */
  canTriage: boolean;
}

/** A poor-output report from the catalogue, as the board triages it. */
export interface IOutputReport {
  id: number;
  etag: string;
  summary: string;
  entryId: number;
  entryTitle: string;
  category: string;
  details: string;
  product: string;
  force: string | null;
  department: string;
  reportedAt: Instant;
  status: string;
  triageNote: string;
  riskRef: string;
}

export type TriageOutcome =
  | { kind: 'risk'; content: IRiskContent }
  | { kind: 'issue'; content: IRaidContent }
  | { kind: 'noAction'; note: string };

/** The data layer the board screens use (implemented by `BoardRepository`). */
export interface IBoardStore {
  rights(): Promise<IBoardRights>;
  /** Every meeting with its record log, newest meeting date first. */
  meetings(): Promise<IBoardMeeting[]>;
  /** Members of the programme board group: attendees and chair are chosen from them. */
  boardMembers(): Promise<Array<IPersonRef & { upn: string }>>;
  createMeeting(content: IMeetingContent, clientId?: string): Promise<IBoardMeeting>;
  /** Refuses a closed meeting (`MeetingClosedError`); etag conflicts as elsewhere. */
  updateMeeting(meeting: IBoardMeeting, content: IMeetingContent): Promise<IBoardMeeting>;
  /** Logs a decision, action or issue against an open meeting (RAID item with its id and date). */
  logRaid(meeting: IBoardMeeting, content: IRaidContent, clientId?: string): Promise<import('../risks/types').IRaidItem>;
  /** Freezes the register, RAID and indicators into an add-only closure record. */
  closeMeeting(meeting: IBoardMeeting, note?: string): Promise<IBoardMeeting>;
  /** Appends a re-opening record; the reason is required. */
  reopenMeeting(meeting: IBoardMeeting, reason: string): Promise<IBoardMeeting>;
  /** The latest closure's snapshot of a closed meeting. */
  snapshot(meeting: IBoardMeeting): Promise<IMeetingSnapshot | undefined>;
  /** The snapshot of the latest closed meeting dated before this one, or null at the first board. */
  previousSnapshot(meeting: IBoardMeeting): Promise<IMeetingSnapshot | null>;
  /** The live indicators, read now from the published sources. */
  indicators(): Promise<IBoardIndicator[]>;
  /** Poor-output reports not triaged yet, newest first. */
  reportsToTriage(): Promise<IOutputReport[]>;
  triageReport(report: IOutputReport, outcome: TriageOutcome): Promise<void>;
}
