/**
 * A board meeting's state and the rules around it; pure.
 *
 * Rules (decisions):
 * - State comes from the meeting's record log alone: no record, or a re-opening last → open; a closure last →
 *   closed. The log is add-only (SharePoint enforces it), so a state once reached is never rewritten, only
 *   followed by the next record.
 * - A closed meeting refuses edits: its content, and decisions or actions logged against it. It may be
 *   re-opened, with a reason (required); the re-opening is a record of its own (who, when, why).
 * - Closing again after a re-opening is a re-issue: a new closure with its own snapshot, which names the
 *   closure it replaces (`reissueOf`). The earlier closure and its snapshot are kept; the paper uses the latest
 *   and says it was re-issued.
 * - Each record's client id is the meeting and its step in the log (`recordClientId`): a retried close (or
 *   two people closing at once) makes one closure. Should REST ever hold two records with one client id, the
 *   oldest counts (`recordLog`).
 * - The previous meeting of a meeting is the latest CLOSED meeting dated strictly before it (a meeting
 *   re-opened and not closed again is skipped: it has no current snapshot); none at the first board.
 * - "Since last board" for a meeting: the previous meeting's latest closure's register against this meeting's
 *   register (its own closure once closed; the live register, frozen now, while it is open).
 */
import { upnKey } from '../risks/fields';
import { isUpn } from '../risks/content';
import { sinceLastBoard, type IBoardDelta, type IDeltaOptions } from '../risks/delta';
import { takeSnapshot, type IRegisterSnapshot } from '../risks/snapshot';
import type { IRegisterOptions } from '../risks/register';
import type { IContentProblem } from '../risks/content';
import type { Day, Instant, IRegisterData } from '../risks/types';
import { isDay } from '../training/days';
import { PROTECTIVE_MARKINGS, type IBoardMeeting, type IMeetingContent, type IMeetingRecord, type IMeetingSnapshot, type MeetingRecordKind } from './types';

export type MeetingStatus = IBoardMeeting['status'];

/** A record as stored: with the client id that made it. */
export interface IStoredMeetingRecord extends IMeetingRecord {
  clientId: string | null;
}

/** The log as it counts: one record per client id (the oldest), oldest first. */
export function recordLog(records: readonly IStoredMeetingRecord[]): IMeetingRecord[] {
  const sorted = records.slice().sort((a, b) => a.id - b.id);
  const seen = new Set<string>();
  const out: IMeetingRecord[] = [];
  for (const r of sorted) {
    if (r.clientId !== null && r.clientId !== '') {
      if (seen.has(r.clientId)) continue;
      seen.add(r.clientId);
    }
    out.push({ id: r.id, kind: r.kind, at: r.at, by: r.by, reason: r.reason });
  }
  return out;
}

/** Closed when the newest record is a closure. */
export function statusOf(records: readonly IMeetingRecord[]): MeetingStatus {
  const last = records[records.length - 1];
  return last !== undefined && last.kind === 'closed' ? 'closed' : 'open';
}

/** Every closure, oldest first. */
export function closuresOf(records: readonly IMeetingRecord[]): IMeetingRecord[] {
  return records.filter((r) => r.kind === 'closed');
}

/** The newest closure, or null when the meeting was never closed. */
export function latestClosure(records: readonly IMeetingRecord[]): IMeetingRecord | null {
  const all = closuresOf(records);
  return all.length === 0 ? null : all[all.length - 1];
}

/** Every re-opening, oldest first. */
export function reopeningsOf(records: readonly IMeetingRecord[]): IMeetingRecord[] {
  return records.filter((r) => r.kind === 'reopened');
}

/** Closed now, by a closure that replaced an earlier one. */
export function isReissued(meeting: Pick<IBoardMeeting, 'records'>): boolean {
  return statusOf(meeting.records) === 'closed' && closuresOf(meeting.records).length > 1;
}

/** The closure a new closure replaces (the latest one, after a re-opening), or null for a first closure. */
export function reissueTarget(records: readonly IMeetingRecord[]): IMeetingRecord | null {
  return statusOf(records) === 'open' ? latestClosure(records) : null;
}

/** Why a meeting cannot be edited (content, decisions, actions) now, or null when it can. */
export function editRefusal(meeting: Pick<IBoardMeeting, 'records'>): 'closed' | null {
  return statusOf(meeting.records) === 'closed' ? 'closed' : null;
}

export function canClose(meeting: Pick<IBoardMeeting, 'records'>): boolean {
  return statusOf(meeting.records) === 'open';
}

export function canReopen(meeting: Pick<IBoardMeeting, 'records'>): boolean {
  return statusOf(meeting.records) === 'closed';
}

/** The client id of a meeting's record at a step of its log (0 for the first record). */
export function recordClientId(meetingId: number, step: number, kind: MeetingRecordKind): string {
  return `bmr:${meetingId}:${step}:${kind}`;
}

// ---------------------------------------------------------------------------------------------------
// Content

const error = (field: string, code: string): IContentProblem => ({ field, code, severity: 'error' });

/** Trimmed; sign-in names in lower case; the chair counted among the attendees; no one twice. */
export function normaliseMeetingContent(c: IMeetingContent): IMeetingContent {
  const chair = upnKey(c.chairUpn);
  const attendees = [...c.attendeeUpns.map(upnKey), ...(chair !== '' ? [chair] : [])].filter((u, i, all) => u !== '' && all.indexOf(u) === i);
  return { meetingDate: c.meetingDate.trim(), chairUpn: chair, attendeeUpns: attendees, marking: c.marking, notes: c.notes };
}

/**
 * What a meeting's content must be before it is written (codes as the register's: the UI's key is
 * `board.problem.<code>`): a real day, a chair who is a sign-in name, attendees who are, and a marking the
 * board may choose.
 */
export function meetingProblems(c: IMeetingContent): IContentProblem[] {
  const out: IContentProblem[] = [];
  if (c.meetingDate.trim() === '') out.push(error('meetingDate', 'required'));
  else if (!isDay(c.meetingDate.trim())) out.push(error('meetingDate', 'invalidDate'));
  if (c.chairUpn.trim() === '') out.push(error('chairUpn', 'required'));
  else if (!isUpn(c.chairUpn)) out.push(error('chairUpn', 'notASignInName'));
  if (c.attendeeUpns.some((a) => a.trim() !== '' && !isUpn(a))) out.push(error('attendeeUpns', 'notASignInName'));
  if ((PROTECTIVE_MARKINGS as readonly string[]).indexOf(c.marking) < 0) out.push(error('marking', 'invalidMarking'));
  return out;
}

/** A re-opening needs a reason. */
export function reopenProblems(reason: string): IContentProblem[] {
  return reason.trim() === '' ? [error('reason', 'required')] : [];
}

/** The list item's title (SharePoint's own views show it; the app shows the date, localised). */
export function meetingTitle(c: Pick<IMeetingContent, 'meetingDate'>): string {
  return `Programme board ${c.meetingDate}`;
}

// ---------------------------------------------------------------------------------------------------
// Order and "since last board"

/** Newest meeting day first; the same day: newest item first. */
export function compareMeetings(a: Pick<IBoardMeeting, 'meetingDate' | 'id'>, b: Pick<IBoardMeeting, 'meetingDate' | 'id'>): number {
  return b.meetingDate.localeCompare(a.meetingDate) || b.id - a.id;
}

/** The latest CLOSED meeting dated strictly before this one, or null (the first board). */
export function previousMeeting<M extends Pick<IBoardMeeting, 'id' | 'meetingDate' | 'records'>>(meetings: readonly M[], meeting: Pick<IBoardMeeting, 'meetingDate'>): M | null {
  const earlier = meetings.filter((m) => m.meetingDate < meeting.meetingDate && statusOf(m.records) === 'closed').sort(compareMeetings);
  return earlier[0] ?? null;
}

/** The register frozen now for an open meeting (overdue judged against `today`). */
export function liveRegister(data: IRegisterData, at: Instant, today: Day, options: Omit<IRegisterOptions, 'today'> = {}): IRegisterSnapshot {
  return takeSnapshot(data, at, { ...options, today });
}

/** "Since last board": the previous closure's register (null at the first board) against this register. */
export function sinceLastBoardFor(previous: IMeetingSnapshot | null, current: IRegisterSnapshot, options: IDeltaOptions = {}): IBoardDelta {
  return sinceLastBoard(previous === null ? null : previous.register, current, options);
}

/** "Since last board" as a closed meeting's paper shows it: both sides frozen. */
export function paperDelta(snapshot: IMeetingSnapshot, previous: IMeetingSnapshot | null, options: IDeltaOptions = {}): IBoardDelta {
  return sinceLastBoardFor(previous, snapshot.register, options);
}
