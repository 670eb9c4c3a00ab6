/**
 * The board cycle's repository against the emulator with the real set-up (groups, permission levels, lists):
 * the programme board runs meetings, logs decisions and actions, closes (the snapshot stored in parts before
 * the record that points at them, read back equal), re-opens with a reason and re-issues; a closed meeting
 * refuses edits; the workforce only reads; the board may add records but never edit or delete one, as
 * SharePoint enforces it (checked by direct REST too); indicators come from the published sources; reports
 * are triaged into a risk, an issue or no action. The clock is fixed (today 23 November 2026).
 */
import { RisksList, toWire } from '../lists';
import { BoardMeetingsList, BoardRecordsList, BoardSnapshotPartsList } from '../lists/board';
import { PoorOutputReportsList } from '../lists/catalogue';
import { SurveyResultsList, SurveysList } from '../lists/survey';
import { TrainingModulesList, TrainingSummaryList } from '../lists/training';
import { blankRisk, isJoint, type IRaidContent, type IRisk, type IRiskContent } from '../domain/risks';
import { buildAgenda, liveRegister, sinceLastBoardFor, type IBoardMeeting, type IMeetingContent, type IOutputReport } from '../domain/board';
import { valueForMoneyByForce, type IBenefitInputsLike } from '../domain/benefits/perForce';
import { buildPublishedBenefits, serialisePublishedBenefits } from '../domain/benefits/published';
import { assumptions, cost, licensed, responses } from '../domain/benefits/testing';
import { ESSEX_LICENCE_EXAMPLE } from '../domain/benefits/benchmarks';
import { copilotTemplate } from '../domain/survey/template';
import { buildSummary } from '../domain/training/summary';
import { completion, learner } from '../domain/training/testing';
import { BoardRepository, MeetingClosedError, recordsFromItems, triageClientId } from './BoardRepository';
import { ConflictError, ForbiddenError, NetworkError, ValidationError } from './errors';
import { EditConflictError, RiskRepository, riskValues } from './RiskRepository';
import { collectPages, scanByIdRange } from './paging';
import { listOf, type DataSite } from './sp';
import type { Transport } from './sendStage';
import { emulatorList, emulatorSite, EMULATOR_WEB, type RunningEmulatorLike } from './testing/emulator';
import { restAs, type RestCall } from './testing/rest';
import { startSuiteEmulator } from './testing/suiteEmulator';
import { summaryItems, TrainingRepository } from './TrainingRepository';
import { createItem, createItems } from './writes';

const OWNER = 'essex.owner@policing.example';
const KENT_BOARD = 'kent.board@policing.example';
const ESSEX_BOARD = 'essex.board@policing.example';
const PC = 'essex.pc@policing.example';
const NOW = new Date('2026-11-23T10:00:00Z');
const TODAY = '2026-11-23';

let emu: RunningEmulatorLike;

function board(upn: string, site?: DataSite): BoardRepository {
  return new BoardRepository(site ?? emulatorSite(emu, upn), { now: () => NOW });
}

function rest(upn: string): RestCall {
  return restAs(`${emu.url}${EMULATOR_WEB}`, upn);
}

const itemsOf = (url: string): string => `_api/web/getList('${encodeURIComponent(`${EMULATOR_WEB}/${url}`)}')/items`;

async function tick(): Promise<void> {
  await fetch(`${emu.url}/_emulator/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: 60000 }) });
}

/** A site recording every write it sends, in order: the list a write is for is found in its path or body. */
function recordingSite(upn: string): { site: DataSite; writes: string[] } {
  const writes: string[] = [];
  const transport: Transport = (url, init) => {
    const method = (new Headers(init.headers).get('X-HTTP-Method') ?? init.method ?? 'GET').toUpperCase();
    const path = decodeURIComponent(new URL(url).pathname);
    const body = typeof init.body === 'string' ? decodeURIComponent(init.body) : '';
    if (method !== 'GET' && !path.endsWith('/_api/contextinfo')) {
      // A $batch names its parts' lists in its body; a part that only reads (a client id look-up) is not a write.
      const parts = path.endsWith('/$batch') ? body.split(/--batch_|--changeset_/).filter((p) => /^(POST|MERGE|PATCH|DELETE) /m.test(p)) : [`${method} ${path}`];
      for (const part of parts) {
        if (/Lists\/BoardSnapshotParts/.test(part)) writes.push('part');
        else if (/Lists\/BoardRecords/.test(part)) writes.push('record');
        else if (/Lists\/BoardMeetings/.test(part)) writes.push('meeting');
      }
    }
    return fetch(url, init);
  };
  return { site: emulatorSite(emu, upn, { transport }), writes };
}

/** Drops the connection after the next write to a list commits (the lost-answer case), once. */
function dropNextWriteTo(upn: string, listName: string): { site: DataSite; dropped: () => boolean } {
  const state = { armed: true };
  emu.faults.set({ dropAfterCommitRate: 1, pathPattern: listName });
  const site = emulatorSite(emu, upn, {
    transport: (url, init) => {
      const hit = state.armed && (init?.method ?? 'GET').toUpperCase() === 'POST' && decodeURIComponent(new URL(url).pathname).indexOf(listName) >= 0;
      if (hit) state.armed = false;
      const answer = fetch(url, init);
      return hit ? answer.finally(() => emu.faults.reset()) : answer;
    }
  });
  return { site, dropped: () => !state.armed };
}

function content(meetingDate: string, overrides: Partial<IMeetingContent> = {}): IMeetingContent {
  return { meetingDate, chairUpn: 'Kent.Board@policing.example', attendeeUpns: [ESSEX_BOARD], marking: 'OFFICIAL-SENSITIVE', notes: '', ...overrides };
}

function raidItem(overrides: Partial<IRaidContent>): IRaidContent {
  return {
    reference: 'D-01',
    type: 'decision',
    title: 'Lift restricted search for the first 50 reviewed sites',
    description: '',
    category: 'copilotGovernance',
    force: 'Joint',
    ownerUpn: KENT_BOARD,
    raisedOn: '2026-11-19',
    dueDate: null,
    status: 'closed',
    closedOn: '2026-11-19',
    priority: null,
    riskIds: [],
    meetingId: null,
    meetingDate: null,
    resolution: 'Agreed.',
    ...overrides
  };
}

function riskContent(reference: string, overrides: Partial<IRiskContent> = {}): IRiskContent {
  return {
    ...blankRisk('Kent', KENT_BOARD, 'copilotGovernance'),
    reference,
    title: `Risk ${reference}`,
    cause: 'Broad legacy permissions.',
    event: 'Copilot surfaces files people should not see.',
    effect: 'A data breach.',
    response: 'reduce',
    controls: 'Permissions review under way. '.repeat(6),
    inherent: { likelihood: 4, impact: 4 },
    current: { likelihood: 3, impact: 3 },
    target: { likelihood: 2, impact: 2 },
    reviewDate: '2026-12-07',
    ...overrides
  };
}

async function seedTraining(): Promise<void> {
  const owner = emulatorSite(emu, OWNER);
  await createItem(owner, TrainingModulesList, { title: 'How to use Copilot', key: 'copilot-basics', mandatory: true, active: true, dueWithinDays: 30, assignedOn: '2026-09-01', sortOrder: 1 });
  await createItem(owner, TrainingModulesList, { title: 'Prompt clinic', key: 'prompts', mandatory: false, active: true, dueWithinDays: 30, assignedOn: '2026-09-01', sortOrder: 2 });
  const modules = await new TrainingRepository(owner).modules();
  const people = [
    ...[1, 2, 3, 4].map((n) => learner({ upn: `kent${n}@policing.example`, force: 'Kent' })),
    ...[1, 2, 3, 4, 5].map((n) => learner({ upn: `essex${n}@policing.example`, force: 'Essex' }))
  ];
  // Kent: 3 of 4 trained; Essex: 2 of 5.
  const done = ['kent1', 'kent2', 'kent3', 'essex1', 'essex2'].map((u) => `${u}@policing.example`);
  const records = new Map(done.map((upn) => [upn, [completion({ upn, moduleKey: 'copilot-basics', completedOn: '2026-10-15' })]]));
  const { items, markers } = summaryItems(buildSummary(people, modules, records, '2026-11-22', 10), 'rebuild-2026-11-22');
  const written = await createItems(owner, TrainingSummaryList, [...items, ...markers]);
  if (written.some((o) => !o.ok)) throw new Error('summary not seeded');
}

async function seedBenefits(): Promise<void> {
  const owner = emulatorSite(emu, OWNER);
  await createItem(owner, SurveysList, {
    title: 'Copilot evaluation 2026',
    key: 'copilot-2026',
    questionnaire: JSON.stringify(copilotTemplate('copilot-2026')),
    waves: JSON.stringify([{ id: 'month1', questionnaireId: 'copilot-2026', kind: 'month1', opensOn: '2026-10-05', closesOn: '2026-10-23' }]),
    minGroupSize: 10
  });
  const inputs: IBenefitInputsLike = {
    assumptions: assumptions(),
    costs: [cost({ grade: undefined }), cost({ force: 'Kent', grade: undefined })],
    licences: { groups: [licensed(), licensed({ force: 'Kent' })], purchases: [{ force: 'Essex', ...ESSEX_LICENCE_EXAMPLE }, { force: 'Kent', ...ESSEX_LICENCE_EXAMPLE }] }
  };
  const published = buildPublishedBenefits(
    valueForMoneyByForce({ responses: [...responses(30, { netMinutesPerWeek: 130 }), ...responses(20, { force: 'Kent', netMinutesPerWeek: 60 })], neverUse: [], withoutMinutes: [] }, inputs),
    inputs,
    { surveyKey: 'copilot-2026', waveId: 'month1', provisional: false, computedOn: '2026-10-26', minGroupSize: 10 }
  );
  await createItem(owner, SurveyResultsList, { title: 'copilot-2026 benefits month1', surveyKey: 'copilot-2026', kind: 'benefits', waveId: 'month1', publishedOn: '2026-10-26', minGroupSize: 10, aggregates: serialisePublishedBenefits(published) });
}

async function seedReports(): Promise<void> {
  const pc = emulatorSite(emu, PC);
  const report = (details: string, force: string | null, status: 'new' | 'triaged'): Parameters<typeof createItem<typeof PoorOutputReportsList>>[2] => ({
    title: details.slice(0, 60),
    entryId: 12,
    entryTitle: 'Summarise a long email thread',
    category: 'inaccurate',
    details,
    product: 'Outlook',
    reporterUpn: PC,
    force,
    department: 'Response',
    status
  });
  for (const r of [
    report('The summary said burglary rose, but the published figures show a fall.', 'Essex', 'new'),
    report('The minutes missed two of the actions agreed at the end of the meeting.', 'Kent', 'new'),
    report('The answer used last year\u2019s travel claim rates.', 'Essex', 'triaged'),
    report('Copilot quoted a section of a policy that does not exist.', null, 'new')
  ]) {
    await createItem(pc, PoorOutputReportsList, r);
    await tick();
  }
}

let cgRisk: IRisk;

beforeAll(async () => {
  emu = await startSuiteEmulator({ upn: OWNER, title: 'Priya Nair' }, [
    { upn: KENT_BOARD, title: 'Ruth Calder', groups: ['workforce', 'programme'] },
    { upn: ESSEX_BOARD, title: 'James Pike', groups: ['workforce', 'programme'] },
    { upn: PC, title: 'Daniel Okafor', groups: ['workforce'] }
  ]);
  await fetch(`${emu.url}/_emulator/clock`, { method: 'POST', body: JSON.stringify({ fixed: '2026-11-23T08:00:00Z' }) });
  cgRisk = (await new RiskRepository(emulatorSite(emu, KENT_BOARD), { now: () => NOW }).createRisk(riskContent('K-CG-01'))).risk;
  // A register large enough that its snapshot takes several parts.
  emulatorList(emu, RisksList).bulkInsert(
    Array.from({ length: 240 }, (_x, i) => ({
      values: { ...toWire(RisksList, riskValues(riskContent(`K-PA-${String(i + 1).padStart(3, '0')}`, { category: 'platformAssurance' }))) },
      authorId: 1,
      created: '2026-10-01T09:00:00Z'
    }))
  );
  await seedTraining();
  await seedBenefits();
  await seedReports();
}, 60000);

afterAll(async () => {
  await emu.close();
});

afterEach(() => {
  emu.faults.reset();
});

/** The meetings the tests share (they run in order). */
let nov19: IBoardMeeting;
let firstClosureId: number;

const firstClosureOf = <T extends { id: number }>(items: T[]): T => items.filter((i) => i.id === firstClosureId)[0];

describe('rights and members, from SharePoint', () => {
  it('lets the board run meetings and triage; the workforce neither; the owner both', async () => {
    expect(await board(KENT_BOARD).rights()).toEqual({ canRun: true, canTriage: true });
    expect(await board(PC).rights()).toEqual({ canRun: false, canTriage: false });
    expect(await board(OWNER).rights()).toEqual({ canRun: true, canTriage: true });
  });

  it('lists the programme board group\u2019s members to choose the chair and attendees from', async () => {
    expect(await board(ESSEX_BOARD).boardMembers()).toEqual([
      { id: expect.any(Number), title: 'James Pike', email: expect.any(String), upn: ESSEX_BOARD },
      { id: expect.any(Number), title: 'Ruth Calder', email: expect.any(String), upn: KENT_BOARD }
    ]);
  });
});

describe('creating and editing a meeting', () => {
  it('creates the week\u2019s meeting, open, its content normalised; a retried create is the same meeting', async () => {
    const made = await board(KENT_BOARD).createMeeting(content('2026-11-19'), 'client-nov19');
    expect(made).toMatchObject({ meetingDate: '2026-11-19', chairUpn: KENT_BOARD, attendeeUpns: [ESSEX_BOARD, KENT_BOARD], marking: 'OFFICIAL-SENSITIVE', status: 'open', records: [], author: { title: 'Ruth Calder' } });
    const again = await board(KENT_BOARD).createMeeting(content('2026-11-19'), 'client-nov19');
    expect(again.id).toBe(made.id);
    expect(emulatorList(emu, BoardMeetingsList).itemCount).toBe(1);
    nov19 = made;
  });

  it('refuses a second meeting on the same day, and invalid content, before writing', async () => {
    await expect(board(ESSEX_BOARD).createMeeting(content('2026-11-19'))).rejects.toMatchObject({ problems: [{ field: 'meetingDate', key: 'board.problem.dayTaken' }] });
    await expect(board(ESSEX_BOARD).createMeeting(content('2026-11-31'))).rejects.toMatchObject({ problems: [{ field: 'meetingDate', key: 'board.problem.invalidDate' }] });
    await expect(board(ESSEX_BOARD).createMeeting(content('2026-11-26', { chairUpn: 'Ruth Calder' }))).rejects.toBeInstanceOf(ValidationError);
    expect(emulatorList(emu, BoardMeetingsList).itemCount).toBe(1);
  });

  it('edits an open meeting with its etag; a stale etag says what each side changed', async () => {
    await tick();
    const edited = await board(ESSEX_BOARD).updateMeeting(nov19, { ...nov19, notes: 'Restricted search: review progress.' });
    expect(edited).toMatchObject({ notes: 'Restricted search: review progress.', editor: { title: 'James Pike' } });
    expect(edited.etag).not.toBe(nov19.etag);
    const stale = board(KENT_BOARD).updateMeeting(nov19, { ...nov19, marking: 'OFFICIAL' });
    await expect(stale).rejects.toBeInstanceOf(EditConflictError);
    const error = (await stale.catch((e: unknown) => e)) as EditConflictError<IBoardMeeting, IMeetingContent>;
    expect(error.theirChanges.map((c) => c.field)).toEqual(['notes']);
    expect(error.myChanges.map((c) => c.field)).toEqual(['marking']);
    expect(error.conflicts).toEqual([]);
    expect(error.merged).toMatchObject({ marking: 'OFFICIAL', notes: 'Restricted search: review progress.' });
    // eslint-disable-next-line require-atomic-updates -- RATIONALE: tests run one after another; the next ones continue from this state
    nov19 = edited;
  });

  it('never lets the workforce add or edit a meeting, through the repository or by REST', async () => {
    await expect(board(PC).createMeeting(content('2026-11-26'))).rejects.toBeInstanceOf(ForbiddenError);
    const add = await rest(PC)('POST', itemsOf(BoardMeetingsList.url), { body: { Title: 'Sneaked in', bmtDate: '2026-11-26T00:00:00Z', bmtChairUpn: PC, bmtMarking: 'OFFICIAL' } });
    expect(add.status).toBe(403);
    const merge = await rest(PC)('POST', `${itemsOf(BoardMeetingsList.url)}(${nov19.id})`, { xHttpMethod: 'MERGE', body: { bmtNotes: 'Hijacked' } });
    expect(merge.status).toBe(403);
    // Everyone on the programme reads the meetings.
    expect((await board(PC).meetings()).map((m) => m.id)).toEqual([nov19.id]);
    // And the board never deletes one.
    const del = await rest(KENT_BOARD)('POST', `${itemsOf(BoardMeetingsList.url)}(${nov19.id})`, { xHttpMethod: 'DELETE' });
    expect(del.status).toBe(403);
  });
});

describe('running the meeting and closing it', () => {
  it('logs a decision and an action against the open meeting, as RAID items carrying its id and day', async () => {
    const decision = await board(KENT_BOARD).logRaid(nov19, raidItem({}), 'client-d01');
    const action = await board(ESSEX_BOARD).logRaid(
      nov19,
      raidItem({ reference: 'A-01', type: 'action', title: 'Publish the site review schedule', status: 'open', closedOn: null, dueDate: '2026-12-03', resolution: '', ownerUpn: ESSEX_BOARD, riskIds: [cgRisk.id] })
    );
    expect(decision).toMatchObject({ reference: 'D-01', meetingId: nov19.id, meetingDate: '2026-11-19' });
    expect(action).toMatchObject({ reference: 'A-01', type: 'action', meetingId: nov19.id, meetingDate: '2026-11-19', riskIds: [cgRisk.id] });
    // The agenda of the open meeting lists them as logged here.
    const data = await new RiskRepository(emulatorSite(emu, PC)).register();
    const agenda = buildAgenda(liveRegister(data, NOW.toISOString(), TODAY), null, { meetingId: nov19.id });
    expect(agenda.topics[0].loggedHere.map((r) => r.reference)).toEqual(['D-01', 'A-01']);
  });

  it('closes: the snapshot\u2019s parts are written before the record that points at them, and read back equal', async () => {
    // Re-score a risk at the meeting first: the closure freezes the new score.
    const risks = new RiskRepository(emulatorSite(emu, KENT_BOARD), { now: () => NOW });
    // eslint-disable-next-line require-atomic-updates -- RATIONALE: tests run one after another; the next ones continue from this state
    cgRisk = await risks.updateRisk(cgRisk, { ...cgRisk, current: { likelihood: 4, impact: 4 } });
    await tick();
    const { site, writes } = recordingSite(KENT_BOARD);
    const closed = await board(KENT_BOARD, site).closeMeeting(nov19, 'Closed at 12:30.');
    expect(closed.status).toBe('closed');
    expect(closed.records).toEqual([{ id: expect.any(Number), kind: 'closed', at: expect.stringMatching(/^2026-11-23T08:/), by: expect.objectContaining({ title: 'Ruth Calder' }), reason: 'Closed at 12:30.' }]);
    firstClosureId = closed.records[0].id;
    // Parts first, then the one record; the meeting's own item is not written.
    const firstRecord = writes.indexOf('record');
    expect(writes.filter((w) => w === 'record')).toEqual(['record']);
    expect(writes.slice(0, firstRecord).length).toBeGreaterThan(1);
    expect(writes.slice(0, firstRecord).every((w) => w === 'part')).toBe(true);
    expect(writes).not.toContain('meeting');

    const records = await collectPages(scanByIdRange(emulatorSite(emu, PC), BoardRecordsList));
    const record = records.filter((r) => r.id === firstClosureId)[0];
    expect(record.snapshotParts).toBeGreaterThan(2);
    const parts = (await collectPages(scanByIdRange(emulatorSite(emu, PC), BoardSnapshotPartsList))).filter((p) => p.snapshotKey === record.snapshotKey);
    expect(parts.map((p) => p.part).sort((a, b) => a - b)).toEqual(Array.from({ length: record.snapshotParts as number }, (_x, i) => i + 1));
    expect(parts.every((p) => p.content.length <= 60000)).toBe(true);
    expect(parts.map((p) => p.content.length).reduce((a, b) => a + b, 0)).toBe(record.snapshotLength);

    const snapshot = await board(PC).snapshot(closed);
    expect(snapshot).toBeDefined();
    expect(snapshot?.meeting).toEqual({ id: nov19.id, meetingDate: '2026-11-19', chairUpn: KENT_BOARD, attendeeUpns: [ESSEX_BOARD, KENT_BOARD], marking: 'OFFICIAL-SENSITIVE', notes: 'Restricted search: review progress.' });
    expect(snapshot).toMatchObject({ closedAt: NOW.toISOString(), closedByUpn: KENT_BOARD, reissueOf: null });
    // Overdue judged against the meeting's day; the re-score and both logged items are in it.
    expect(snapshot?.register.asOf).toBe('2026-11-19');
    expect(snapshot?.register.risks.filter((r) => r.id === cgRisk.id)[0]).toMatchObject({ currentScore: 16, rag: 'red' });
    expect(snapshot?.register.risks).toHaveLength(241);
    expect(snapshot?.register.raid.filter((r) => r.meetingId === nov19.id).map((r) => r.reference)).toEqual(['D-01', 'A-01']);
    expect(snapshot?.indicators).toEqual(await board(PC).indicators());
    expect(Object.isFrozen(snapshot?.register.risks)).toBe(true);
  });

  it('refuses edits to the closed meeting and anything logged against it', async () => {
    await expect(board(ESSEX_BOARD).updateMeeting(nov19, { ...nov19, notes: 'After the fact' })).rejects.toBeInstanceOf(MeetingClosedError);
    const refused = (await board(ESSEX_BOARD)
      .logRaid(nov19, raidItem({ reference: 'D-02' }))
      .catch((e: unknown) => e)) as MeetingClosedError;
    expect(refused).toBeInstanceOf(MeetingClosedError);
    expect(refused).toBeInstanceOf(ConflictError);
    expect(refused.meeting.status).toBe('closed');
    expect((await new RiskRepository(emulatorSite(emu, PC)).register()).raid.map((r) => r.reference)).not.toContain('D-02');
  });

  it('closes once: a retried close, with the meeting as first read, returns it closed and adds nothing', async () => {
    const before = emulatorList(emu, BoardRecordsList).itemCount;
    const again = await board(ESSEX_BOARD).closeMeeting(nov19);
    expect(again.status).toBe('closed');
    expect(again.records.map((r) => r.id)).toEqual([firstClosureId]);
    expect(emulatorList(emu, BoardRecordsList).itemCount).toBe(before);
  });

  it('never lets the board edit or delete a closure or a snapshot part, while it may add one, by REST', async () => {
    const records = itemsOf(BoardRecordsList.url);
    const merge = await rest(KENT_BOARD)('POST', `${records}(${firstClosureId})`, { xHttpMethod: 'MERGE', body: { brcReason: 'Rewritten' } });
    expect(merge.status).toBe(403);
    const del = await rest(ESSEX_BOARD)('POST', `${records}(${firstClosureId})`, { xHttpMethod: 'DELETE' });
    expect(del.status).toBe(403);
    const part = (await collectPages(scanByIdRange(emulatorSite(emu, PC), BoardSnapshotPartsList)))[0];
    const mergePart = await rest(KENT_BOARD)('POST', `${itemsOf(BoardSnapshotPartsList.url)}(${part.id})`, { xHttpMethod: 'MERGE', body: { bspContent: '{}' } });
    expect(mergePart.status).toBe(403);
    const delPart = await rest(KENT_BOARD)('POST', `${itemsOf(BoardSnapshotPartsList.url)}(${part.id})`, { xHttpMethod: 'DELETE' });
    expect(delPart.status).toBe(403);
    // Add only: a new record is accepted (for another meeting here, so the log under test is unchanged).
    const add = await rest(KENT_BOARD)('POST', records, { body: { Title: 'Added by REST', brcMeetingId: 99999, brcKind: 'reopened', brcReason: 'test' } });
    expect(add.status).toBe(201);
    // The workforce adds nothing.
    const pcAdd = await rest(PC)('POST', records, { body: { Title: 'Sneaked in', brcMeetingId: nov19.id, brcKind: 'reopened' } });
    expect(pcAdd.status).toBe(403);
    // And the closure is as it was written.
    expect((await board(PC).snapshot(nov19))?.closedAt).toBe(NOW.toISOString());
    // A record of a kind the app does not know (SharePoint may store any choice written through REST) is no step.
    const item = firstClosureOf(await collectPages(scanByIdRange(emulatorSite(emu, PC), BoardRecordsList)));
    expect(recordsFromItems([{ ...item, kind: 'deleted' as 'closed' }])).toEqual([]);
    expect(recordsFromItems([item]).map((r) => r.id)).toEqual([firstClosureId]);
  });
});

describe('re-opening and re-issuing', () => {
  it('needs a reason, and records who re-opened it, when and why', async () => {
    await expect(board(ESSEX_BOARD).reopenMeeting(nov19, '  ')).rejects.toMatchObject({ problems: [{ field: 'reason', key: 'board.problem.required' }] });
    await tick();
    const reopened = await board(ESSEX_BOARD).reopenMeeting(nov19, 'The action owner was minuted wrongly.');
    expect(reopened.status).toBe('open');
    expect(reopened.records.map((r) => [r.kind, r.by?.title, r.reason])).toEqual([
      ['closed', 'Ruth Calder', 'Closed at 12:30.'],
      ['reopened', 'James Pike', 'The action owner was minuted wrongly.']
    ]);
    // An open meeting has no current snapshot; the earlier closure is still kept.
    expect(await board(PC).snapshot(reopened)).toBeUndefined();
    expect((await board(PC).closureSnapshot(reopened, firstClosureId)).closedAt).toBe(NOW.toISOString());
    // Re-opening an open meeting adds nothing.
    expect((await board(KENT_BOARD).reopenMeeting(reopened, 'Again')).records).toHaveLength(2);
    // eslint-disable-next-line require-atomic-updates -- RATIONALE: tests run one after another; the next ones continue from this state
    nov19 = await board(ESSEX_BOARD).updateMeeting(reopened, { ...reopened, notes: 'Action A-01 owner corrected.' });
  });

  it('closes again as a re-issue that names the closure it replaces, keeping the earlier one', async () => {
    await tick();
    // The answer to the closure's write is lost; the repository finds the record by its client id.
    const recordsBefore = emulatorList(emu, BoardRecordsList).itemCount;
    const lossy = dropNextWriteTo(ESSEX_BOARD, 'BoardRecords');
    const reissued = await board(ESSEX_BOARD, lossy.site).closeMeeting(nov19);
    expect(lossy.dropped()).toBe(true);
    expect(emulatorList(emu, BoardRecordsList).itemCount).toBe(recordsBefore + 1);
    expect(reissued.records.map((r) => r.kind)).toEqual(['closed', 'reopened', 'closed']);
    const snapshot = await board(PC).snapshot(reissued);
    expect(snapshot?.reissueOf).toEqual({ recordId: firstClosureId, closedAt: reissued.records[0].at });
    expect(snapshot?.meeting.notes).toBe('Action A-01 owner corrected.');
    const earlier = await board(PC).closureSnapshot(reissued, firstClosureId);
    expect(earlier.meeting.notes).toBe('Restricted search: review progress.');
    expect(earlier.reissueOf).toBeNull();
    // eslint-disable-next-line require-atomic-updates -- RATIONALE: tests run one after another; the next ones continue from this state
    nov19 = reissued;
  });

  it('leaves the meeting open, and refers to no part, when the closure cannot be written; a retry closes it', async () => {
    const opened = await board(KENT_BOARD).createMeeting(content('2026-11-12'));
    const partsBefore = emulatorList(emu, BoardSnapshotPartsList).itemCount;
    // Every write of the record is lost before it commits (paths are URL-encoded: match the list's name).
    emu.faults.set({ dropBeforeCommitRate: 1, pathPattern: 'BoardRecords' });
    await expect(board(KENT_BOARD).closeMeeting(opened)).rejects.toBeInstanceOf(NetworkError);
    emu.faults.reset();
    const still = await board(PC).latest(opened.id);
    expect(still?.status).toBe('open');
    expect(emulatorList(emu, BoardSnapshotPartsList).itemCount).toBeGreaterThan(partsBefore);
    const closed = await board(KENT_BOARD).closeMeeting(opened);
    expect(closed.records.map((r) => r.kind)).toEqual(['closed']);
    expect((await board(PC).snapshot(closed))?.meeting.meetingDate).toBe('2026-11-12');
  });
});

describe('the previous meeting and "since last board"', () => {
  it('picks the latest CLOSED meeting dated before; none at the first board', async () => {
    const meetings = await board(PC).meetings();
    expect(meetings.map((m) => [m.meetingDate, m.status])).toEqual([
      ['2026-11-19', 'closed'],
      ['2026-11-12', 'closed']
    ]);
    const nov12 = meetings[1];
    expect(await board(PC).previousSnapshot(nov12)).toBeNull();
    expect((await board(PC).previousSnapshot(nov19))?.meeting.meetingDate).toBe('2026-11-12');

    const nov26 = await board(KENT_BOARD).createMeeting(content('2026-11-26'));
    const previous = await board(PC).previousSnapshot(nov26);
    // The re-issued closure of the 19th, not its first.
    expect(previous?.meeting).toMatchObject({ meetingDate: '2026-11-19', notes: 'Action A-01 owner corrected.' });
    expect(previous?.reissueOf?.recordId).toBe(firstClosureId);

    // Re-opened and not closed again, the 19th is skipped: the 26th compares with the 12th.
    const reopened = await board(KENT_BOARD).reopenMeeting(nov19, 'Attendance corrected.');
    expect((await board(PC).previousSnapshot(nov26))?.meeting.meetingDate).toBe('2026-11-12');
    // eslint-disable-next-line require-atomic-updates -- RATIONALE: tests run one after another; the next ones continue from this state
    nov19 = await board(KENT_BOARD).closeMeeting(reopened);
    expect((await board(PC).previousSnapshot(nov26))?.meeting.meetingDate).toBe('2026-11-19');

    // A change since the 19th shows at the 26th.
    const risks = new RiskRepository(emulatorSite(emu, ESSEX_BOARD), { now: () => NOW });
    await risks.updateRisk(cgRisk, { ...cgRisk, current: { likelihood: 3, impact: 4 } });
    const live = liveRegister(await risks.register(), NOW.toISOString(), TODAY);
    const delta = sinceLastBoardFor(await board(PC).previousSnapshot(nov26), live);
    expect(delta.items.filter((x) => x.kind === 'rescored').map((x) => [x.reference, x.fromScore, x.toScore, x.direction])).toEqual([['K-CG-01', 16, 12, 'down']]);
  });
});

describe('indicators from the published sources', () => {
  it('reads training readiness, benefits realisation and poor outputs, each with its source and publication', async () => {
    const [training, benefits, reports] = await board(KENT_BOARD).indicators();
    expect(training).toMatchObject({ key: 'trainingReadiness', topic: 'trainingReadiness', unit: 'percent', source: 'Training summary', publishedAt: expect.stringMatching(/^2026-11-23T/) });
    expect(training.rows).toEqual([
      { force: 'Kent', value: 75, base: 4 },
      { force: 'Essex', value: 40, base: 5 },
      { force: 'All', value: 55.6, base: 9 }
    ]);
    expect(benefits).toMatchObject({ key: 'benefitsRealisation', unit: 'minutesPerWeek', source: 'Copilot evaluation 2026 \u2014 month1', publishedAt: expect.stringMatching(/^2026-11-23T/) });
    expect(benefits.rows).toEqual([
      { force: 'Kent', value: 60, base: 20 },
      { force: 'Essex', value: 130, base: 30 },
      { force: 'All', value: 102, base: 50 }
    ]);
    expect(reports).toMatchObject({ key: 'poorOutputs', topic: 'copilotGovernance', unit: 'count', source: 'Poor output reports' });
    expect(reports.rows).toEqual([
      { force: 'Kent', value: 1, base: 1 },
      { force: 'Essex', value: 1, base: 2 },
      { force: 'All', value: 3, base: 4 }
    ]);
  });
});

describe('triage of poor-output reports', () => {
  let reports: IOutputReport[];

  it('lists the reports not triaged yet, newest first', async () => {
    reports = await board(KENT_BOARD).reportsToTriage();
    expect(reports.map((r) => [r.force, r.status, r.details.slice(0, 20)])).toEqual([
      [null, 'new', 'Copilot quoted a sec'],
      ['Kent', 'new', 'The minutes missed t'],
      ['Essex', 'new', 'The summary said bur']
    ]);
    expect(reports[0]).toMatchObject({ entryId: 12, entryTitle: 'Summarise a long email thread', product: 'Outlook', department: 'Response', triageNote: '', riskRef: '' });
  });

  it('triages into a new risk, once, and records the reference on the report with its etag', async () => {
    const report = reports[0];
    const risk = riskContent('K-CG-02', { title: 'Copilot invents policy content', category: 'copilotGovernance' });
    await expect(board(PC).triageReport(report, { kind: 'risk', content: risk })).rejects.toBeInstanceOf(ForbiddenError);
    await board(KENT_BOARD).triageReport(report, { kind: 'risk', content: risk });
    const stored = (await collectPages(scanByIdRange(emulatorSite(emu, KENT_BOARD), PoorOutputReportsList))).filter((r) => r.id === report.id)[0];
    expect(stored).toMatchObject({ status: 'onRiskRegister', riskRef: 'K-CG-02', triageNote: 'Copilot invents policy content' });
    // Again with the report as first read: the risk is found by its client id, the stale report refused.
    await expect(board(KENT_BOARD).triageReport(report, { kind: 'risk', content: risk })).rejects.toBeInstanceOf(ConflictError);
    const register = await new RiskRepository(emulatorSite(emu, PC)).register();
    expect(register.risks.filter((r) => r.reference === 'K-CG-02')).toHaveLength(1);
    expect(isJoint(register.risks.filter((r) => r.reference === 'K-CG-02')[0])).toBe(false);
    expect((await board(KENT_BOARD).reportsToTriage()).map((r) => r.id)).not.toContain(report.id);
  });

  it('triages into a new issue on the RAID log', async () => {
    const report = reports[1];
    await board(ESSEX_BOARD).triageReport(report, { kind: 'issue', content: raidItem({ reference: 'I-01', type: 'action', title: 'Recaps miss late actions', status: 'open', closedOn: null, resolution: '', category: 'copilotGovernance', force: 'Kent' }) });
    const raid = (await new RiskRepository(emulatorSite(emu, PC)).register()).raid.filter((r) => r.reference === 'I-01');
    expect(raid.map((r) => [r.type, r.title])).toEqual([['issue', 'Recaps miss late actions']]);
    const stored = (await collectPages(scanByIdRange(emulatorSite(emu, KENT_BOARD), PoorOutputReportsList))).filter((r) => r.id === report.id)[0];
    expect(stored).toMatchObject({ status: 'onRiskRegister', riskRef: 'I-01', triageNote: 'Recaps miss late actions' });
    const raw = await listOf(emulatorSite(emu, PC), { url: 'Lists/RaidItems' }).items.select('raidClientId', 'raidRef')();
    expect((raw as Array<{ raidClientId: string; raidRef: string }>).filter((r) => r.raidRef === 'I-01')[0].raidClientId).toBe(triageClientId(report.id));
  });

  it('closes a report with no action, a note required', async () => {
    const report = reports[2];
    await expect(board(KENT_BOARD).triageReport(report, { kind: 'noAction', note: ' ' })).rejects.toMatchObject({ problems: [{ field: 'note', key: 'board.problem.required' }] });
    await board(KENT_BOARD).triageReport(report, { kind: 'noAction', note: 'The published figures were misread by the user, not Copilot.' });
    const stored = (await collectPages(scanByIdRange(emulatorSite(emu, KENT_BOARD), PoorOutputReportsList))).filter((r) => r.id === report.id)[0];
    expect(stored).toMatchObject({ status: 'closed', triageNote: 'The published figures were misread by the user, not Copilot.', riskRef: null });
    expect(await board(KENT_BOARD).reportsToTriage()).toEqual([]);
  });
});

describe('threshold-safe reads', () => {
  it('reads meetings, a meeting\u2019s log and a snapshot when the record and part lists hold more than 5,000 items', async () => {
    const bulk = (n: number, values: (i: number) => Record<string, unknown>): Array<{ values: Record<string, unknown>; authorId: number; created: string }> =>
      Array.from({ length: n }, (_x, i) => ({ values: values(i), authorId: 1, created: '2026-10-01T09:00:00Z' }));
    emulatorList(emu, BoardRecordsList).bulkInsert(bulk(5100, (i) => toWire(BoardRecordsList, { title: `Old ${i}`, meetingId: 50000 + i, kind: 'reopened', reason: 'old' })));
    emulatorList(emu, BoardSnapshotPartsList).bulkInsert(bulk(5100, (i) => toWire(BoardSnapshotPartsList, { title: `Old ${i}`, snapshotKey: `old-${i % 10}`, meetingId: 50000, part: i + 1, content: '{}' })));
    const meetings = await board(PC).meetings();
    expect(meetings.map((m) => m.meetingDate)).toEqual(['2026-11-26', '2026-11-19', '2026-11-12']);
    const snapshot = await board(PC).snapshot(meetings[1]);
    expect(snapshot?.meeting.meetingDate).toBe('2026-11-19');
    // The raw query the app never makes hits the threshold.
    const raw = await rest(PC)('GET', `${itemsOf(BoardSnapshotPartsList.url)}?$filter=${encodeURIComponent('bspMeetingId eq 50000')}`);
    expect(raw.status).toBe(500);
  });
});

describe('two people closing at once', () => {
  it('makes one closure in the log, whose snapshot reads back', async () => {
    const meeting = await board(KENT_BOARD).createMeeting(content('2026-12-03'));
    const [kent, essex] = await Promise.all([board(KENT_BOARD).closeMeeting(meeting), board(ESSEX_BOARD).closeMeeting(meeting)]);
    expect(kent.records).toHaveLength(1);
    expect(essex.records).toHaveLength(1);
    const now = await board(PC).latest(meeting.id);
    expect(now?.records.map((r) => r.kind)).toEqual(['closed']);
    expect((await board(PC).snapshot(meeting))?.meeting.meetingDate).toBe('2026-12-03');
  });
});
