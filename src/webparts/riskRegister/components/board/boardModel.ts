/**
 * The board view's pure logic: the week's meeting day, the meeting form's draft and its problems, the
 * meetings list's rows, a decision, action or issue logged at a meeting (a RAID draft tied to it), the
 * triage of a poor-output report, and "since last board" grouped for reading. No SharePoint, no React,
 * no words (those are in `boardText.ts`).
 *
 * Decisions:
 * - The week's meeting defaults to the next Thursday, today when today is a Thursday (the board meets on
 *   Thursdays; on the day itself the meeting is today's).
 * - One meeting per day: the form refuses a day another meeting already has (the list's `appOnlyRules`
 *   say so; SharePoint would store a second one).
 * - The chair is always an attendee (the domain's `normaliseMeetingContent` adds them); the form offers
 *   the programme board's members and keeps anyone already on a meeting who has since left the group.
 * - A decision logged at the meeting is made there: closed on the meeting's day unless the board marks it
 *   "still to decide" (then it is a pending decision on the next agenda). Actions and issues start open.
 *   Everything logged carries the meeting's id and day, and is raised on the meeting's day.
 * - A report triaged into a risk becomes a PROPOSED risk (no score needed yet): the board accepts and
 *   scores it in the register, as with the starter risks. Its suggested reference follows the register's
 *   pattern (`J-CG-07`: force initial, topic code, next number).
 */
import { isUpn } from '../../../../domain/risks/content';
import { blankRisk } from '../../../../domain/risks/content';
import { sameForce } from '../../../../domain/risks/exposure';
import { upnKey } from '../../../../domain/risks/fields';
import { compareReferences } from '../../../../domain/risks/register';
import type { IBoardDelta, IDeltaCounts, IDeltaItem } from '../../../../domain/risks/delta';
import { JOINT, type Day, type IRaidItem, type IRisk, type RaidType, type RiskCategory } from '../../../../domain/risks/types';
import { RISK_CATEGORIES } from '../../../../lists/risks';
import { addDays } from '../../../../domain/training/days';
import { closuresOf, latestClosure, meetingProblems, normaliseMeetingContent, reopeningsOf, statusOf } from '../../../../domain/board/meetingState';
import type { IBoardMeeting, IMeetingContent, IMeetingRecord, IOutputReport, ProtectiveMarking, TriageOutcome } from '../../../../domain/board/types';
import { blankRaidDraft, nextRaidReference, raidContentOf, raidDraftProblems, type IFieldProblem, type IRaidDraft } from '../raid/raidModel';

export type { IFieldProblem };

/** A person the form offers: a member of the programme board group. */
export interface IBoardMember {
  upn: string;
  title: string;
}

// ---------------------------------------------------------------------------------------------------
// The week's meeting

const THURSDAY = 4;

/** The day of the week of a calendar day, 0 Sunday … 6 Saturday. */
export function weekdayOf(day: Day): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The next Thursday on or after today. */
export function nextThursday(today: Day): Day {
  return addDays(today, (THURSDAY - weekdayOf(today) + 7) % 7);
}

// ---------------------------------------------------------------------------------------------------
// The meeting form

export interface IMeetingDraft {
  /** `yyyy-mm-dd`, or the text typed while it is not a date. */
  meetingDate: string;
  chairUpn: string;
  attendeeUpns: string[];
  marking: ProtectiveMarking;
  notes: string;
}

export const MEETING_FORM_ORDER: readonly string[] = ['meetingDate', 'chairUpn', 'attendeeUpns', 'marking', 'notes'];

/** A new meeting: the next Thursday, chaired by the person creating it when they are on the board. */
export function blankMeetingDraft(today: Day, me: string, members: readonly IBoardMember[]): IMeetingDraft {
  const mine = members.some((m) => upnKey(m.upn) === upnKey(me));
  return { meetingDate: nextThursday(today), chairUpn: mine ? upnKey(me) : '', attendeeUpns: mine ? [upnKey(me)] : [], marking: 'OFFICIAL', notes: '' };
}

export function meetingDraftOf(c: IMeetingContent): IMeetingDraft {
  return { meetingDate: c.meetingDate, chairUpn: c.chairUpn, attendeeUpns: c.attendeeUpns.slice(), marking: c.marking, notes: c.notes };
}

/** What the draft writes: trimmed, the chair among the attendees, each person once. */
export function meetingContentOf(d: IMeetingDraft): IMeetingContent {
  return normaliseMeetingContent({ meetingDate: d.meetingDate.trim(), chairUpn: d.chairUpn, attendeeUpns: d.attendeeUpns, marking: d.marking, notes: d.notes.trim() });
}

/** Every problem that stops the draft being written, in the form's order. */
export function meetingDraftProblems(d: IMeetingDraft, meetings: readonly IBoardMeeting[], editingId: number | null): IFieldProblem[] {
  const content = meetingContentOf(d);
  const out: IFieldProblem[] = meetingProblems(content)
    .filter((p) => p.severity === 'error')
    .map((p) => ({ field: p.field, code: p.code }));
  if (!out.some((p) => p.field === 'meetingDate') && meetings.some((m) => m.id !== editingId && m.meetingDate === content.meetingDate)) {
    out.push({ field: 'meetingDate', code: 'dayTaken' });
  }
  const rank = (f: string): number => (MEETING_FORM_ORDER.indexOf(f) < 0 ? MEETING_FORM_ORDER.length : MEETING_FORM_ORDER.indexOf(f));
  return out.sort((a, b) => rank(a.field) - rank(b.field));
}

export function sameMeetingDraft(a: IMeetingDraft, b: IMeetingDraft): boolean {
  return JSON.stringify(meetingContentOf(a)) === JSON.stringify(meetingContentOf(b));
}

/** The people to choose from: the board's members, then anyone already on the meeting who is not one now. */
export function memberChoices(members: readonly IBoardMember[], draft: Pick<IMeetingDraft, 'chairUpn' | 'attendeeUpns'>): IBoardMember[] {
  const out = members.map((m) => ({ upn: upnKey(m.upn), title: m.title })).sort((a, b) => a.title.localeCompare(b.title) || a.upn.localeCompare(b.upn));
  for (const upn of [draft.chairUpn, ...draft.attendeeUpns].map(upnKey)) {
    if (upn !== '' && !out.some((m) => m.upn === upn)) out.push({ upn, title: upn });
  }
  return out;
}

/** A person's name as the board knows them, else their sign-in name. */
export function personTitle(upn: string, members: readonly IBoardMember[]): string {
  const key = upnKey(upn);
  const found = members.filter((m) => upnKey(m.upn) === key)[0];
  return found !== undefined && found.title.trim() !== '' ? found.title : upn;
}

// ---------------------------------------------------------------------------------------------------
// The meetings list

export interface IMeetingSummary {
  status: 'open' | 'closed';
  /** The latest closure (the one in force when closed). */
  closure: IMeetingRecord | null;
  closures: number;
  reopenings: IMeetingRecord[];
  /** Closed again after a re-opening. */
  reissued: boolean;
}

export function meetingSummary(m: Pick<IBoardMeeting, 'records'>): IMeetingSummary {
  const status = statusOf(m.records);
  const closures = closuresOf(m.records).length;
  return { status, closure: latestClosure(m.records), closures, reopenings: reopeningsOf(m.records), reissued: status === 'closed' && closures > 1 };
}

/** The open meeting to offer first: the soonest open one on or after today, else the latest open one. */
export function currentMeeting(meetings: readonly IBoardMeeting[], today: Day): IBoardMeeting | undefined {
  const open = meetings.filter((m) => statusOf(m.records) === 'open');
  const ahead = open.filter((m) => m.meetingDate >= today).sort((a, b) => a.meetingDate.localeCompare(b.meetingDate) || a.id - b.id);
  if (ahead.length > 0) return ahead[0];
  return open.sort((a, b) => b.meetingDate.localeCompare(a.meetingDate) || b.id - a.id)[0];
}

// ---------------------------------------------------------------------------------------------------
// Logging a decision, action or issue at the meeting

export type LogType = Extract<RaidType, 'decision' | 'action' | 'issue'>;

export const LOG_TYPES: readonly LogType[] = ['decision', 'action', 'issue'];

/** A RAID draft tied to the meeting: its id and day, raised that day; a decision made there is closed that day. */
export function blankLogDraft(type: LogType, meeting: Pick<IBoardMeeting, 'id' | 'meetingDate'>, items: readonly IRaidItem[], ownerUpn: string): IRaidDraft {
  const d = blankRaidDraft(type, items, ownerUpn, meeting.meetingDate);
  return { ...d, meetingId: meeting.id, meetingDate: meeting.meetingDate, status: type === 'decision' ? 'closed' : 'open', closedOn: type === 'decision' ? meeting.meetingDate : '' };
}

/**
 * A new type keeps what was typed; the reference follows the type unless the person typed their own
 * (`referenceTyped`: the form tracks it, as the log it numbers from may be read again meanwhile).
 */
export function changeLogType(d: IRaidDraft, type: LogType, meeting: Pick<IBoardMeeting, 'meetingDate'>, items: readonly IRaidItem[], referenceTyped: boolean): IRaidDraft {
  const decided = type === 'decision';
  return {
    ...d,
    type,
    reference: referenceTyped ? d.reference : nextRaidReference(type, items),
    status: decided ? 'closed' : 'open',
    closedOn: decided ? meeting.meetingDate : ''
  };
}

/** Marks a decision made at the meeting (closed that day) or still to decide (open). */
export function setDecided(d: IRaidDraft, decided: boolean, meeting: Pick<IBoardMeeting, 'meetingDate'>): IRaidDraft {
  return { ...d, status: decided ? 'closed' : 'open', closedOn: decided ? meeting.meetingDate : '' };
}

/** The log as the form knows it: as read, with what this form logged since (the read may not have caught up). */
export function knownItems(read: readonly IRaidItem[], logged: readonly IRaidItem[]): IRaidItem[] {
  return [...read, ...logged.filter((l) => !read.some((r) => r.id === l.id))];
}

export function logDraftProblems(d: IRaidDraft, items: readonly IRaidItem[]): IFieldProblem[] {
  return raidDraftProblems(d, items, null);
}

export { raidContentOf as logContentOf };

// ---------------------------------------------------------------------------------------------------
// Triage of poor-output reports

export type TriageKind = TriageOutcome['kind'];

export interface ITriageDraft {
  kind: TriageKind | '';
  reference: string;
  title: string;
  category: RiskCategory;
  force: string;
  ownerUpn: string;
  note: string;
}

export const TRIAGE_FORM_ORDER: readonly string[] = ['kind', 'reference', 'title', 'category', 'force', 'ownerUpn', 'note'];

/** The register's topic codes, as in its references (`J-CG-01`). */
export const TOPIC_CODES: Readonly<Record<RiskCategory, string>> = {
  copilotGovernance: 'CG',
  platformAssurance: 'PA',
  licensingFinance: 'LF',
  storageRecords: 'SR',
  nationalDevelopments: 'ND',
  trainingReadiness: 'TR',
  benefitsRealisation: 'BR'
};

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The next free risk reference for a force and topic: `J-CG-07` after `J-CG-06`. */
export function nextRiskReference(force: string, category: RiskCategory, risks: ReadonlyArray<Pick<IRisk, 'reference'>>): string {
  const initial = sameForce(force, JOINT) ? 'J' : force.trim().charAt(0).toUpperCase() || 'J';
  const prefix = `${initial}-${TOPIC_CODES[category]}-`;
  const highest = risks.reduce((max, r) => {
    const ref = r.reference.trim().toUpperCase();
    if (ref.indexOf(prefix) !== 0) return max;
    const n = Number(ref.slice(prefix.length));
    return Number.isInteger(n) ? Math.max(max, n) : max;
  }, 0);
  return `${prefix}${pad2(highest + 1)}`;
}

/** The force a report's risk or issue is for: the reporter's, else the joint programme. */
export function reportForce(report: Pick<IOutputReport, 'force'>): string {
  return report.force !== null && report.force.trim() !== '' ? report.force : JOINT;
}

export function blankTriageDraft(report: IOutputReport, ownerUpn: string): ITriageDraft {
  return { kind: '', reference: '', title: report.summary, category: 'copilotGovernance', force: reportForce(report), ownerUpn: upnKey(ownerUpn), note: '' };
}

/** The reference to suggest when the outcome or its force or topic change (empty for "no action"). */
export function suggestedTriageReference(d: ITriageDraft, risks: readonly IRisk[], raid: readonly IRaidItem[]): string {
  if (d.kind === 'risk') return nextRiskReference(d.force, d.category, risks);
  if (d.kind === 'issue') return nextRaidReference('issue', raid);
  return '';
}

/** Changes the draft; a reference still as suggested follows the outcome, force and topic. */
export function changeTriage(d: ITriageDraft, patch: Partial<ITriageDraft>, risks: readonly IRisk[], raid: readonly IRaidItem[]): ITriageDraft {
  const next = { ...d, ...patch };
  if (patch.reference === undefined && (d.reference === '' || d.reference === suggestedTriageReference(d, risks, raid))) next.reference = suggestedTriageReference(next, risks, raid);
  return next;
}

export function triageProblems(d: ITriageDraft, risks: readonly IRisk[], raid: readonly IRaidItem[]): IFieldProblem[] {
  const out: IFieldProblem[] = [];
  if (d.kind === '') return [{ field: 'kind', code: 'required' }];
  if (d.kind === 'noAction') return d.note.trim() === '' ? [{ field: 'note', code: 'required' }] : [];
  const ref = d.reference.trim();
  if (ref === '') out.push({ field: 'reference', code: 'required' });
  else if (!/^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/.test(ref) || ref.length > 32) out.push({ field: 'reference', code: 'referenceFormat' });
  else {
    const taken = (d.kind === 'risk' ? risks.map((r) => r.reference) : raid.map((r) => r.reference)).some((x) => x.trim().toLowerCase() === ref.toLowerCase());
    if (taken) out.push({ field: 'reference', code: 'referenceTaken' });
  }
  if (d.title.trim() === '') out.push({ field: 'title', code: 'required' });
  else if (d.title.trim().length > 255) out.push({ field: 'title', code: 'tooLong' });
  if (d.force.trim() === '') out.push({ field: 'force', code: 'required' });
  if (d.ownerUpn.trim() === '') out.push({ field: 'ownerUpn', code: 'required' });
  else if (!isUpn(d.ownerUpn)) out.push({ field: 'ownerUpn', code: 'notASignInName' });
  return out;
}

/** What triage writes. A risk or an issue describes the report; an issue is logged against the meeting. */
export function triageOutcomeOf(d: ITriageDraft, report: IOutputReport, meeting: Pick<IBoardMeeting, 'id' | 'meetingDate'>): TriageOutcome {
  if (d.kind === 'noAction' || d.kind === '') return { kind: 'noAction', note: d.note.trim() };
  const owner = upnKey(d.ownerUpn);
  if (d.kind === 'risk') {
    return {
      kind: 'risk',
      content: { ...blankRisk(d.force, owner, d.category), reference: d.reference.trim(), title: d.title.trim(), event: report.details.trim(), status: 'proposed' }
    };
  }
  return {
    kind: 'issue',
    content: {
      reference: d.reference.trim(),
      type: 'issue',
      title: d.title.trim(),
      description: report.details.trim(),
      category: d.category,
      force: d.force,
      ownerUpn: owner,
      raisedOn: meeting.meetingDate,
      dueDate: null,
      status: 'open',
      closedOn: null,
      priority: null,
      riskIds: [],
      meetingId: meeting.id,
      meetingDate: meeting.meetingDate,
      resolution: ''
    }
  };
}

// ---------------------------------------------------------------------------------------------------
// "Since last board", for reading

export interface IDeltaTopic {
  topic: RiskCategory;
  items: IDeltaItem[];
  counts: IDeltaCounts;
}

/** The seven topics in agenda order, each with its changes (topics with none included, `items` empty). */
export function deltaByTopic(delta: IBoardDelta): IDeltaTopic[] {
  return RISK_CATEGORIES.map((topic) => ({ topic, items: delta.items.filter((i) => i.category === topic), counts: delta.byTopic[topic] }));
}

/** How many changes a count set holds (an exposure still out of appetite from before is not a change). */
export function changeCount(c: IDeltaCounts): number {
  return c.new + c.removed + c.closed + c.reopened + c.rescoredUp + c.rescoredDown + c.rescoredMoved + c.escalated + c.deescalated + c.newlyOutOfAppetite + c.backInAppetite + c.raidNew + c.raidClosed;
}

/** Items in reference order (the paper's and the agenda's tables). */
export function byReference<T extends { reference: string; id: number }>(items: readonly T[]): T[] {
  return items.slice().sort((a, b) => compareReferences(a.reference, b.reference) || a.id - b.id);
}
