/**
 * The programme board's meetings on the data site (`src/lists/board.ts`): meetings, their add-only record
 * log (closures and re-openings), the frozen snapshots closures point at, the live indicators read from the
 * other parts, and the triage of poor-output reports into the risk register.
 *
 * Decisions:
 * - Who may do what is SharePoint's decision: the programme board edits meetings (never deletes them) and
 *   only ADDS records and snapshot parts; the workforce reads. `rights()` reads the effective permissions so
 *   the UI offers only what SharePoint will allow. This class has no delete.
 * - A meeting's state is read fresh (its item and its record log, by the indexed meeting id) before every
 *   write that depends on it: a closed meeting refuses edits and logged items with `MeetingClosedError`
 *   holding the meeting as it is now. SharePoint does not enforce that on the meeting's own item (see the
 *   list's app-only rules); the paper comes from the closure's snapshot only, which the board cannot edit.
 * - Closing writes the snapshot's parts first (each under a client id from a fresh snapshot key), then the
 *   closure record that names the key, part count, length and checksum: a reader never finds a closure whose
 *   parts are missing, and parts of a close that failed half-way are never referred to. The record's client
 *   id is the meeting and its step in the log (`recordClientId`), so a retried close — or two people closing
 *   at once — makes one closure; a close of a meeting already closed returns it unchanged.
 * - The snapshot freezes the register (through `RiskRepository.register()`), RAID and the indicators as
 *   read at the close; overdue is judged against the meeting's day (today, if the meeting is closed before
 *   its day).
 * - Every update carries the etag read; a stale one on a meeting is an `EditConflictError` saying what each
 *   side changed (as the register's), on a report a `ConflictError` with the report as it is now.
 * - Triage is idempotent: the risk or issue a report becomes is created under a client id derived from the
 *   report, so a retry after a failed report update finds it instead of making a second one.
 * - Reads are threshold-safe at any size: meetings, the record log and the reports in Id windows (or by an
 *   indexed column), one meeting's records by its indexed id, a snapshot's parts by their indexed key.
 */
import { PermissionKind } from '@pnp/sp/security';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { parsePublishedBenefits, type IPublishedBenefits } from '../domain/benefits/published';
import {
  benefitsRealisation,
  editRefusal,
  latestClosure,
  meetingProblems,
  meetingTitle,
  normaliseMeetingContent,
  packMeetingSnapshot,
  poorOutputs,
  previousMeeting,
  readMeetingSnapshot,
  recordClientId,
  recordLog,
  reissueTarget,
  reopenProblems,
  statusOf,
  takeMeetingSnapshot,
  trainingReadiness,
  compareMeetings,
  PROTECTIVE_MARKINGS,
  UNTRIAGED,
  type IBoardIndicator,
  type IBoardMeeting,
  type IBoardRights,
  type IBoardStore,
  type IMeetingContent,
  type IMeetingRecord,
  type IMeetingSnapshot,
  type IOutputReport,
  type IStoredMeetingRecord,
  type ProtectiveMarking,
  type TriageOutcome
} from '../domain/board';
import { blocking, parsePeople, serialisePeople, takeSnapshot, threeWay, type IContentProblem, type IPersonRef, type IRaidContent, type IRaidItem, type IStamped } from '../domain/risks';
import { dayInLondon } from '../domain/training/days';
import { BoardMeetingsList, BoardRecordsList, BoardSnapshotPartsList, MEETING_RECORD_KINDS, type BoardMeetingItem, type BoardRecordItem } from '../lists/board';
import { PoorOutputReportsList, type PoorOutputReportItem } from '../lists/catalogue';
import type { SystemFields } from '../lists/define';
import { fromWire, selectFor, DEFAULT_MAPPING_OPTIONS, type MappingOptions } from '../lists/mapping';
import { RisksList } from '../lists/risks';
import { SurveyResultsList, TrainingSummaryList } from '../lists';
import { memberUpn } from './championsDirectory';
import { ConflictError, NotFoundError, ValidationError, toDataError, type ValidationProblem } from './errors';
import { filterFor } from './odata';
import { collectPages, queryIndexed, readAllSideBySide, readNewest } from './paging';
import { GROUP_LABELS } from './provisioning/permissionPlan';
import { DEFAULT_GROUP_PREFIX } from './provisioning/setUpAction';
import { EditConflictError, RiskRepository } from './RiskRepository';
import { hasPermission, hasPermissions, listOf, type DataSite } from './sp';
import { SurveyRepository, snapshotFromItem } from './SurveyRepository';
import { TrainingRepository } from './TrainingRepository';
import { createItem, createItems, findByClientIds, randomClientId, updateItem, type WriteOptions } from './writes';

const recordFilter = filterFor(BoardRecordsList);
const partFilter = filterFor(BoardSnapshotPartsList);
const reportFilter = filterFor(PoorOutputReportsList);
const resultFilter = filterFor(SurveyResultsList);

/** Surveys tried, newest first, for published value-for-money figures (one indexed request each). */
const SURVEYS_TRIED = 3;

// ---------------------------------------------------------------------------------------------------
// Errors

/**
 * The meeting is closed (now, as read just before the write): its content, decisions and actions can no
 * longer change. `meeting` (and `current`) is the meeting as it is now; re-open it to change it.
 */
export class MeetingClosedError extends ConflictError<IBoardMeeting> {
  public readonly meeting: IBoardMeeting;

  public constructor(meeting: IBoardMeeting) {
    super(meeting);
    this.name = 'MeetingClosedError';
    this.meeting = meeting;
  }
}

export type MeetingConflictError = EditConflictError<IBoardMeeting, IMeetingContent>;

function throwIfInvalid(problems: readonly IContentProblem[]): void {
  const errors = blocking(problems);
  if (errors.length === 0) return;
  throw new ValidationError(errors.map((p): ValidationProblem => ({ field: p.field, key: `board.problem.${p.code}`, detail: `${p.field}: ${p.code}` })));
}

// ---------------------------------------------------------------------------------------------------
// Wire ⇄ domain

function stamped(item: SystemFields): IStamped {
  return { id: item.id, etag: item.etag, createdAt: item.created.toISOString(), modifiedAt: item.modified.toISOString(), author: item.author, editor: item.editor };
}

const isMarking = (v: string): v is ProtectiveMarking => (PROTECTIVE_MARKINGS as readonly string[]).indexOf(v) >= 0;

/** The meeting's content as stored. A marking SharePoint holds that the app does not know reads as the stricter one. */
export function meetingContentFromItem(item: BoardMeetingItem): IMeetingContent {
  return {
    meetingDate: item.meetingDate,
    chairUpn: item.chairUpn,
    attendeeUpns: parsePeople(item.attendeeUpns),
    marking: isMarking(item.marking) ? item.marking : 'OFFICIAL-SENSITIVE',
    notes: item.notes ?? ''
  };
}

export function meetingFromItem(item: BoardMeetingItem, records: readonly IMeetingRecord[]): IBoardMeeting {
  const log = records.slice();
  return { ...meetingContentFromItem(item), ...stamped(item), status: statusOf(log), records: log };
}

export function recordFromItem(item: BoardRecordItem): IStoredMeetingRecord {
  // When and by whom are SharePoint's stamps (Created, Author): a board member cannot write them.
  return { id: item.id, kind: item.kind, at: item.created.toISOString(), by: item.author, reason: item.reason ?? '', clientId: item.clientId };
}

/** The records that count: a kind the app does not know (written through REST) is no step of the log. */
export function recordsFromItems(items: readonly BoardRecordItem[]): IStoredMeetingRecord[] {
  return items.filter((i) => (MEETING_RECORD_KINDS as readonly string[]).indexOf(i.kind) >= 0).map(recordFromItem);
}

export function reportFromItem(item: PoorOutputReportItem): IOutputReport {
  return {
    id: item.id,
    etag: item.etag,
    summary: item.title,
    entryId: item.entryId,
    entryTitle: item.entryTitle ?? '',
    category: item.category,
    details: item.details,
    product: item.product ?? '',
    force: item.force,
    department: item.department ?? '',
    reportedAt: item.created.toISOString(),
    status: item.status,
    triageNote: item.triageNote ?? '',
    riskRef: item.riskRef ?? ''
  };
}

interface IMeetingFields {
  meetingDate: string;
  chairUpn: string;
  attendeeUpns: string | null;
  marking: ProtectiveMarking;
  notes: string | null;
}

const MEETING_FIELD_KEYS: ReadonlyArray<keyof IMeetingFields> = ['meetingDate', 'chairUpn', 'attendeeUpns', 'marking', 'notes'];

export function meetingToFields(c: IMeetingContent): IMeetingFields {
  return { meetingDate: c.meetingDate, chairUpn: c.chairUpn, attendeeUpns: serialisePeople(c.attendeeUpns), marking: c.marking, notes: c.notes.trim() === '' ? null : c.notes };
}

function meetingFromFields(f: IMeetingFields): IMeetingContent {
  return { meetingDate: f.meetingDate, chairUpn: f.chairUpn, attendeeUpns: parsePeople(f.attendeeUpns), marking: f.marking, notes: f.notes ?? '' };
}

/** The client id under which a report's risk or issue is created: a retried triage finds it. */
export function triageClientId(reportId: number): string {
  return `board-triage:${reportId}`;
}

// ---------------------------------------------------------------------------------------------------
// The repository

export interface IBoardRepositoryOptions {
  /** The clock (tests pin it). */
  now?: () => Date;
  write?: WriteOptions;
  mapping?: MappingOptions;
  /** Prefix of the suite's group titles, when set-up was run with another one. */
  groupPrefix?: string;
  /** Forces that always have an indicator row (default Kent and Essex). */
  forces?: readonly string[];
}

interface IClosure {
  record: BoardRecordItem;
  meetingId: number;
}

export class BoardRepository implements IBoardStore {
  private readonly site: DataSite;
  private readonly now: () => Date;
  private readonly write: WriteOptions;
  private readonly mapping: MappingOptions;
  private readonly groupPrefix: string;
  private readonly forces: readonly string[] | undefined;
  private readonly risks: RiskRepository;

  public constructor(site: DataSite, options: IBoardRepositoryOptions = {}) {
    this.site = site;
    this.now = options.now ?? (() => new Date());
    this.mapping = options.mapping ?? DEFAULT_MAPPING_OPTIONS;
    this.write = { mapping: this.mapping, ...options.write };
    this.groupPrefix = options.groupPrefix ?? DEFAULT_GROUP_PREFIX;
    this.forces = options.forces;
    this.risks = new RiskRepository(site, { now: this.now, write: this.write, mapping: this.mapping });
  }

  private today(): string {
    return dayInLondon(this.now());
  }

  /** Four effective-permission GETs (one per list), side by side. */
  public async rights(): Promise<IBoardRights> {
    const [editMeetings, addRecords, [editReports, readAllReports], addRisks] = await Promise.all([
      hasPermission(this.site, BoardMeetingsList, PermissionKind.EditListItems),
      hasPermission(this.site, BoardRecordsList, PermissionKind.AddListItems),
      hasPermissions(this.site, PoorOutputReportsList, [PermissionKind.EditListItems, PermissionKind.CancelCheckout]),
      hasPermission(this.site, RisksList, PermissionKind.AddListItems)
    ]);
    const canRun = editMeetings && addRecords;
    return { canRun, canTriage: canRun && editReports && readAllReports && addRisks };
  }

  // ---- meetings: reads ---------------------------------------------------------------------------------

  /** Every meeting with its record log, newest meeting day first: two lists read side by side in Id windows. */
  public async meetings(): Promise<IBoardMeeting[]> {
    const opts = { mapping: this.mapping };
    const [items, records] = await Promise.all([readAllSideBySide(this.site, BoardMeetingsList, opts), readAllSideBySide(this.site, BoardRecordsList, opts)]);
    const byMeeting = new Map<number, BoardRecordItem[]>();
    records.forEach((r) => byMeeting.set(r.meetingId, [...(byMeeting.get(r.meetingId) ?? []), r]));
    return items.map((item) => meetingFromItem(item, recordLog(recordsFromItems(byMeeting.get(item.id) ?? [])))).sort(compareMeetings);
  }

  private async recordItems(meetingId: number): Promise<BoardRecordItem[]> {
    return collectPages(queryIndexed(this.site, BoardRecordsList, recordFilter.eq('meetingId', meetingId), { mapping: this.mapping }));
  }

  private async meetingItem(id: number): Promise<BoardMeetingItem | undefined> {
    const spec = selectFor(BoardMeetingsList);
    try {
      let q = listOf(this.site, BoardMeetingsList).items.getById(id).select(...spec.select);
      if (spec.expand.length > 0) q = q.expand(...spec.expand);
      return fromWire(BoardMeetingsList, await q(), this.mapping);
    } catch (e) {
      const error = await toDataError(e);
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }

  /** A meeting as stored now, with its record log (two requests side by side), or undefined. */
  public async latest(id: number): Promise<IBoardMeeting | undefined> {
    const [item, records] = await Promise.all([this.meetingItem(id), this.recordItems(id)]);
    return item === undefined ? undefined : meetingFromItem(item, recordLog(recordsFromItems(records)));
  }

  private async mustLatest(id: number): Promise<IBoardMeeting> {
    const meeting = await this.latest(id);
    if (meeting === undefined) throw new NotFoundError();
    return meeting;
  }

  /** The meeting as it is now, refused (`MeetingClosedError`) when it is closed. */
  private async openMeeting(id: number): Promise<IBoardMeeting> {
    const fresh = await this.mustLatest(id);
    if (editRefusal(fresh) !== null) throw new MeetingClosedError(fresh);
    return fresh;
  }

  /** Members of the programme board group (people, not nested groups), by name. */
  public async boardMembers(): Promise<Array<IPersonRef & { upn: string }>> {
    type Wire = { Id: number; Title: string; Email: string | null; LoginName: string; UserPrincipalName?: string | null; PrincipalType: number };
    let members: Wire[];
    try {
      members = (await this.site.sp.web.siteGroups
        .getByName(`${this.groupPrefix} ${GROUP_LABELS.programme}`)
        .users.select('Id', 'Title', 'Email', 'LoginName', 'UserPrincipalName', 'PrincipalType')()) as Wire[];
    } catch (e) {
      throw await toDataError(e);
    }
    return members
      .filter((m) => m.PrincipalType === 1 && memberUpn(m) !== '')
      .map((m) => ({ id: m.Id, title: m.Title || memberUpn(m), email: (m.Email ?? '').trim(), upn: memberUpn(m) }))
      .sort((a, b) => a.title.localeCompare(b.title) || a.upn.localeCompare(b.upn));
  }

  // ---- meetings: writes --------------------------------------------------------------------------------

  /** Another meeting already held on the day (the check SharePoint does not make). */
  private async assertDayFree(day: string, exceptId?: number): Promise<void> {
    const items = await readAllSideBySide(this.site, BoardMeetingsList, { keys: ['meetingDate'], mapping: this.mapping });
    if (items.some((m) => m.meetingDate === day && m.id !== exceptId)) {
      throw new ValidationError([{ field: 'meetingDate', key: 'board.problem.dayTaken', detail: `meetingDate: dayTaken (${day})` }]);
    }
  }

  /** Creates the week's meeting (open). `clientId` makes a retried create one meeting. */
  public async createMeeting(content: IMeetingContent, clientId?: string): Promise<IBoardMeeting> {
    throwIfInvalid(meetingProblems(content));
    const c = normaliseMeetingContent(content);
    const cid = clientId ?? (this.write.newId ?? randomClientId)();
    // A retried create (its client id already made the meeting) is not refused for its own day.
    if (clientId === undefined || (await findByClientIds(this.site, BoardMeetingsList, [cid], this.write)).size === 0) await this.assertDayFree(c.meetingDate);
    const created = await createItem(this.site, BoardMeetingsList, { ...meetingToFields(c), title: meetingTitle(c), clientId: cid }, this.write);
    return this.mustLatest(created.id);
  }

  /** Writes an open meeting's content with the etag read; refuses a closed meeting (`MeetingClosedError`). */
  public async updateMeeting(meeting: IBoardMeeting, content: IMeetingContent): Promise<IBoardMeeting> {
    throwIfInvalid(meetingProblems(content));
    const c = normaliseMeetingContent(content);
    await this.openMeeting(meeting.id);
    if (c.meetingDate !== meeting.meetingDate) await this.assertDayFree(c.meetingDate, meeting.id);
    try {
      await updateItem(this.site, BoardMeetingsList, { id: meeting.id, etag: meeting.etag, patch: { ...meetingToFields(c), title: meetingTitle(c) } }, this.write);
    } catch (e) {
      if (e instanceof ConflictError && e.current !== null) {
        const current = e.current as BoardMeetingItem;
        const latest = meetingFromItem(current, meeting.records);
        const diff = threeWay(meetingToFields(meeting), meetingToFields(c), meetingToFields(latest), MEETING_FIELD_KEYS as ReadonlyArray<keyof IMeetingFields & string>);
        throw new EditConflictError<IBoardMeeting, IMeetingContent>(latest, diff, meetingFromFields(diff.merged), e);
      }
      throw e;
    }
    return this.mustLatest(meeting.id);
  }

  /** Logs a decision, action or issue against an open meeting: a RAID item carrying its id and day. */
  public async logRaid(meeting: IBoardMeeting, content: IRaidContent, clientId?: string): Promise<IRaidItem> {
    const fresh = await this.openMeeting(meeting.id);
    return this.risks.createRaidItem({ ...content, meetingId: fresh.id, meetingDate: fresh.meetingDate }, clientId);
  }

  /** Who is signed in, by sign-in name (the snapshot says who closed; the record's Author is SharePoint's). */
  private async currentUpn(): Promise<string> {
    try {
      const me = (await this.site.sp.web.currentUser.select('LoginName', 'UserPrincipalName', 'Email')()) as { LoginName: string; UserPrincipalName?: string | null; Email: string | null };
      return memberUpn(me);
    } catch (e) {
      throw await toDataError(e);
    }
  }

  /**
   * Closes an open meeting: freezes the register, RAID and indicators into a snapshot, writes its parts, then
   * the closure record. Safe to retry: a meeting already closed is returned as it is.
   */
  public async closeMeeting(meeting: IBoardMeeting, note: string = ''): Promise<IBoardMeeting> {
    const fresh = await this.mustLatest(meeting.id);
    if (fresh.status === 'closed') return fresh;
    const step = fresh.records.length;
    const [data, indicators, closedByUpn] = await Promise.all([this.risks.register(), this.indicators(), this.currentUpn()]);
    const closedAt = this.now().toISOString();
    const today = this.today();
    const asOf = fresh.meetingDate < today ? fresh.meetingDate : today;
    const earlier = reissueTarget(fresh.records);
    const snapshot = takeMeetingSnapshot({
      meeting: { id: fresh.id, meetingDate: fresh.meetingDate, chairUpn: fresh.chairUpn, attendeeUpns: fresh.attendeeUpns, marking: fresh.marking, notes: fresh.notes },
      closedAt,
      closedByUpn,
      register: takeSnapshot(data, closedAt, { today: asOf }),
      indicators,
      reissueOf: earlier === null ? null : { recordId: earlier.id, closedAt: earlier.at }
    });
    const packed = packMeetingSnapshot(snapshot);
    const snapshotKey = `bsn:${fresh.id}:${step}:${(this.write.newId ?? randomClientId)()}`.slice(0, 64);
    const outcomes = await createItems(
      this.site,
      BoardSnapshotPartsList,
      packed.contents.map((content, i) => ({
        title: `${meetingTitle(fresh)} \u2014 part ${i + 1} of ${packed.parts}`,
        snapshotKey,
        meetingId: fresh.id,
        part: i + 1,
        content,
        clientId: `${snapshotKey}:${i + 1}`.slice(0, 64)
      })),
      this.write
    );
    const failed = outcomes.filter((o) => !o.ok)[0];
    // No record is written: the meeting stays open, and the parts written are never referred to.
    if (failed !== undefined && !failed.ok) throw failed.error;
    await createItem(
      this.site,
      BoardRecordsList,
      {
        title: `${meetingTitle(fresh)} \u2014 closed`,
        meetingId: fresh.id,
        kind: 'closed',
        reason: note.trim() === '' ? null : note.trim(),
        snapshotKey,
        snapshotParts: packed.parts,
        snapshotLength: packed.length,
        snapshotChecksum: packed.checksum,
        reissueOf: earlier === null ? null : earlier.id,
        clientId: recordClientId(fresh.id, step, 'closed')
      },
      this.write
    );
    return this.mustLatest(fresh.id);
  }

  /** Re-opens a closed meeting, recording who, when and why (the reason is required). An open meeting is returned as it is. */
  public async reopenMeeting(meeting: IBoardMeeting, reason: string): Promise<IBoardMeeting> {
    throwIfInvalid(reopenProblems(reason));
    const fresh = await this.mustLatest(meeting.id);
    if (fresh.status === 'open') return fresh;
    const step = fresh.records.length;
    await createItem(
      this.site,
      BoardRecordsList,
      { title: `${meetingTitle(fresh)} \u2014 re-opened`, meetingId: fresh.id, kind: 'reopened', reason: reason.trim(), clientId: recordClientId(fresh.id, step, 'reopened') },
      this.write
    );
    return this.mustLatest(fresh.id);
  }

  // ---- snapshots ---------------------------------------------------------------------------------------

  private async readClosure(closure: IClosure): Promise<IMeetingSnapshot> {
    const r = closure.record;
    if (r.kind !== 'closed' || r.snapshotKey === null || r.snapshotParts === null || r.snapshotLength === null || r.snapshotChecksum === null) {
      throw new NotFoundError();
    }
    const parts = await collectPages(queryIndexed(this.site, BoardSnapshotPartsList, partFilter.eq('snapshotKey', r.snapshotKey), { mapping: this.mapping }));
    return readMeetingSnapshot(
      parts.filter((p) => p.meetingId === closure.meetingId).map((p) => ({ part: p.part, content: p.content })),
      { parts: r.snapshotParts, length: r.snapshotLength, checksum: r.snapshotChecksum }
    );
  }

  /** The latest closure's snapshot of a closed meeting (undefined while it is open or never closed). */
  public async snapshot(meeting: IBoardMeeting): Promise<IMeetingSnapshot | undefined> {
    const items = await this.recordItems(meeting.id);
    const log = recordLog(recordsFromItems(items));
    const closure = latestClosure(log);
    if (statusOf(log) !== 'closed' || closure === null) return undefined;
    const record = items.filter((i) => i.id === closure.id)[0];
    return this.readClosure({ record, meetingId: meeting.id });
  }

  /** The snapshot of any closure (an earlier one kept after a re-issue too), by its record id. */
  public async closureSnapshot(meeting: IBoardMeeting, recordId: number): Promise<IMeetingSnapshot> {
    const record = (await this.recordItems(meeting.id)).filter((i) => i.id === recordId)[0];
    if (record === undefined) throw new NotFoundError();
    return this.readClosure({ record, meetingId: meeting.id });
  }

  /** The snapshot of the latest closed meeting dated before this one, or null at the first board. */
  public async previousSnapshot(meeting: IBoardMeeting): Promise<IMeetingSnapshot | null> {
    const previous = previousMeeting(await this.meetings(), meeting);
    if (previous === null) return null;
    return (await this.snapshot(previous)) ?? null;
  }

  // ---- indicators --------------------------------------------------------------------------------------

  private async trainingIndicator(): Promise<IBoardIndicator> {
    const training = new TrainingRepository(this.site, { mapping: this.mapping });
    const [rebuilds, modules] = await Promise.all([training.latestSummaries(), training.modules()]);
    return trainingReadiness({
      rebuilds: rebuilds.filter((r) => r.rebuiltAt !== null).map((r) => ({ force: r.force, rebuiltAt: (r.rebuiltAt as Date).toISOString(), summary: r.summary })),
      modules,
      today: this.today(),
      source: TrainingSummaryList.title,
      forces: this.forces
    });
  }

  /** The newest published value-for-money figures of the newest surveys that have any. */
  private async benefitsIndicator(): Promise<IBoardIndicator> {
    const surveys = (await new SurveyRepository(this.site, { mapping: this.mapping }).surveys()).filter((s) => s.problem === undefined).slice(0, SURVEYS_TRIED);
    for (const survey of surveys) {
      const filter = resultFilter.and(resultFilter.eq('surveyKey', survey.key), resultFilter.eq('kind', 'benefits'));
      const [item] = await readNewest(this.site, SurveyResultsList, 1, { filter, mapping: this.mapping });
      if (item === undefined) continue;
      const published: IPublishedBenefits | undefined = parsePublishedBenefits(snapshotFromItem(item).aggregatesJson);
      if (published === undefined) continue;
      return benefitsRealisation({ published, publishedAt: item.created.toISOString(), source: `${survey.title} \u2014 ${published.waveId}`, forces: this.forces });
    }
    return benefitsRealisation({ published: undefined, publishedAt: null, source: surveys[0]?.title ?? SurveyResultsList.title, forces: this.forces });
  }

  private async poorOutputsIndicator(): Promise<IBoardIndicator> {
    const items = await readAllSideBySide(this.site, PoorOutputReportsList, { keys: ['status', 'force'], mapping: this.mapping });
    return poorOutputs({
      reports: items.map((i) => ({ force: i.force, status: i.status, reportedAt: i.created.toISOString() })),
      source: PoorOutputReportsList.title,
      forces: this.forces
    });
  }

  /** The live indicators, read now from what the training, survey and catalogue parts publish (side by side). */
  public async indicators(): Promise<IBoardIndicator[]> {
    return Promise.all([this.trainingIndicator(), this.benefitsIndicator(), this.poorOutputsIndicator()]);
  }

  // ---- poor-output reports -----------------------------------------------------------------------------

  /** Reports not triaged yet, newest first: by the indexed status column. */
  public async reportsToTriage(): Promise<IOutputReport[]> {
    const items = await collectPages(queryIndexed(this.site, PoorOutputReportsList, reportFilter.eq('status', UNTRIAGED), { mapping: this.mapping }));
    return items.map(reportFromItem).sort((a, b) => b.id - a.id);
  }

  /**
   * Triages a report into a new risk, a new issue (RAID) or no action (a note is required), then writes the
   * report's status, note and register reference with its etag (`ConflictError` when someone triaged it since).
   */
  public async triageReport(report: IOutputReport, outcome: TriageOutcome): Promise<void> {
    let patch: { status: 'onRiskRegister' | 'closed'; triageNote: string | null; riskRef?: string | null };
    if (outcome.kind === 'noAction') {
      if (outcome.note.trim() === '') throw new ValidationError([{ field: 'note', key: 'board.problem.required', detail: 'note: required' }]);
      patch = { status: 'closed', triageNote: outcome.note.trim() };
    } else if (outcome.kind === 'risk') {
      const { risk } = await this.risks.createRisk(outcome.content, [], triageClientId(report.id));
      patch = { status: 'onRiskRegister', triageNote: report.triageNote.trim() !== '' ? report.triageNote : risk.title, riskRef: risk.reference };
    } else {
      const issue = await this.risks.createRaidItem({ ...outcome.content, type: 'issue' }, triageClientId(report.id));
      patch = { status: 'onRiskRegister', triageNote: report.triageNote.trim() !== '' ? report.triageNote : issue.title, riskRef: issue.reference };
    }
    await updateItem(this.site, PoorOutputReportsList, { id: report.id, etag: report.etag, patch }, this.write);
  }
}
