/**
 * The demo board cycle: planned (pure), seeded straight into the store on a small demo (a tenth of the
 * headcount) after the real set-up, and read back over REST through the suite's own repository as the
 * personas: twelve closed weekly meetings with their snapshots (one re-issued), this week's open; decisions
 * and actions logged at each; reports to triage; and the board can run this week's meeting from there.
 */
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { dataSite, spFromUrl, type DataSite } from '../../../src/data/sp';
import { BoardRepository } from '../../../src/data/BoardRepository';
import { RiskRepository } from '../../../src/data/RiskRepository';
import { liveRegister, paperDelta, sinceLastBoardFor, statusOf, type IBoardMeeting, type IMeetingSnapshot } from '../../../src/domain/board';
import { raidProblems, blocking } from '../../../src/domain/risks';
import { PERSONAS, personaUpn } from '../personas';
import { DATA_SITE_PATH, demoDirectory, demoSeed } from '../seed';
import { demoSetUp, type IDemoSetUpReport } from '../setup';
import { demoBoardPlan } from './board';
import { demoRiskPlan } from './risks';

const TODAY = '2026-11-23';
const NOW = new Date(`${TODAY}T09:00:00Z`);
const { users, people } = demoDirectory(0.1);
const OWNER = PERSONAS[0].upn;
const ESSEX_PC = personaUpn('officer', 'Essex');
const KENT_BOARD = personaUpn('board', 'Kent');
const ESSEX_BOARD = personaUpn('board', 'Essex');
const registerPlan = demoRiskPlan(TODAY);
const plan = demoBoardPlan(TODAY, registerPlan, people);

let emu: RunningEmulator;
let report: IDemoSetUpReport;
let meetings: IBoardMeeting[];
const snapshots = new Map<number, IMeetingSnapshot>();

const site = (upn: string): DataSite => {
  const url = `${emu.url}${DATA_SITE_PATH}`;
  return dataSite(spFromUrl(url, { headers: { 'X-Emulator-User': upn } }), url);
};
const board = (upn: string): BoardRepository => new BoardRepository(site(upn), { now: () => NOW });

beforeAll(async () => {
  emu = await startEmulator({
    users,
    defaultUser: OWNER,
    clock: { fixed: `${TODAY}T09:00:00Z` },
    seed: demoSeed,
    setUp: async (ctx) => {
      report = await demoSetUp(ctx, people, OWNER, TODAY);
    }
  });
  meetings = await board(ESSEX_PC).meetings();
  for (const m of meetings.filter((x) => x.status === 'closed')) snapshots.set(m.id, (await board(ESSEX_PC).snapshot(m)) as IMeetingSnapshot);
}, 120000);

afterAll(async () => {
  await emu.close();
});

describe('the plan', () => {
  it('is deterministic: twelve Thursday meetings after the register\u2019s weeks, and this week\u2019s', () => {
    expect(demoBoardPlan(TODAY, registerPlan, people)).toEqual(plan);
    expect(plan.meetings).toHaveLength(13);
    expect(plan.meetings.every((m) => new Date(`${m.meetingDate}T12:00:00Z`).getUTCDay() === 4)).toBe(true);
    expect(plan.meetings.slice(0, 12).map((m) => m.workedOn)).toEqual(registerPlan.meetings);
    expect(plan.meetings[12]).toMatchObject({ meetingDate: '2026-11-26', workedOn: null, log: [] });
  });

  it('has a decision and an action at every closed meeting, from the register\u2019s log or added', () => {
    plan.meetings.slice(0, 12).forEach((m, i) => {
      const types = [
        ...registerPlan.raid.filter((x) => x.steps[0].content.meetingDate === m.workedOn).map((x) => x.steps[0].content.type),
        ...plan.extraRaid.filter((x) => x.meeting === i).map((x) => x.steps[0].content.type)
      ];
      expect([m.meetingDate, types.indexOf('decision') >= 0, types.indexOf('action') >= 0]).toEqual([m.meetingDate, true, true]);
    });
    // Every added item is one the app could have saved, with its own reference.
    const refs = [...registerPlan.raid.map((x) => x.steps[0].content.reference), ...plan.extraRaid.map((x) => x.steps[0].content.reference)];
    expect(new Set(refs).size).toBe(refs.length);
    plan.extraRaid.forEach((x) => x.steps.forEach((s) => expect(blocking(raidProblems(s.content))).toEqual([])));
  });

  it('chairs alternate between the board personas, with generated members attending', () => {
    expect(plan.members.filter((m) => m.generated)).toHaveLength(4);
    expect(plan.meetings.slice(0, 4).map((m) => m.content.chairUpn)).toEqual([KENT_BOARD, ESSEX_BOARD, KENT_BOARD, ESSEX_BOARD]);
    const members = plan.members.map((m) => m.upn);
    plan.meetings.forEach((m) => expect(m.content.attendeeUpns.every((a) => members.indexOf(a) >= 0)).toBe(true));
  });
});

describe('the seeded board cycle, read over REST', () => {
  it('reports what it seeded: meetings, records, snapshot parts, added decisions and actions, reports', () => {
    expect(report.slices.map((s) => s.name)).toContain('board');
    expect(report.slices.filter((s) => s.name === 'board')[0].items).toBeGreaterThan(40);
  });

  it('holds twelve closed meetings and this week\u2019s open one, newest first', () => {
    expect(meetings.map((m) => [m.meetingDate, m.status])).toEqual([...plan.meetings].reverse().map((m) => [m.meetingDate, m.workedOn === null ? 'open' : 'closed']));
    const reissued = meetings.filter((m) => m.meetingDate === '2026-11-12')[0];
    expect(reissued.records.map((r) => [r.kind, r.by?.email])).toEqual([
      ['closed', KENT_BOARD],
      ['reopened', ESSEX_BOARD],
      ['closed', ESSEX_BOARD]
    ]);
    expect(reissued.records[1].reason).toContain('wrong owner');
    expect(statusOf(reissued.records)).toBe('closed');
  });

  it('reads every closure\u2019s snapshot back (parts, length and checksum), frozen as of its meeting', () => {
    expect(snapshots.size).toBe(12);
    for (const m of meetings.filter((x) => x.status === 'closed')) {
      const s = snapshots.get(m.id) as IMeetingSnapshot;
      expect([m.meetingDate, s.register.asOf, s.meeting.id, s.closedAt.slice(0, 10) >= m.meetingDate]).toEqual([m.meetingDate, m.meetingDate, m.id, true]);
      const logged = s.register.raid.filter((r) => r.meetingId === m.id);
      expect([m.meetingDate, logged.some((r) => r.type === 'decision'), logged.some((r) => r.type === 'action')]).toEqual([m.meetingDate, true, true]);
      expect(logged.every((r) => r.meetingDate === m.meetingDate)).toBe(true);
      expect(s.register.risks.length).toBeGreaterThan(0);
    }
  });

  it('keeps the re-issued meeting\u2019s first closure, with the minutes as first written', async () => {
    const reissued = meetings.filter((m) => m.meetingDate === '2026-11-12')[0];
    const latest = snapshots.get(reissued.id) as IMeetingSnapshot;
    const first = await board(ESSEX_PC).closureSnapshot(reissued, reissued.records[0].id);
    expect(latest.reissueOf).toEqual({ recordId: reissued.records[0].id, closedAt: reissued.records[0].at });
    expect(first.reissueOf).toBeNull();
    expect(latest.meeting.notes).toContain('Correction');
    expect(first.meeting.notes).not.toContain('Correction');
  });

  it('freezes the indicators as the sources stood: benefits from their publication, training not yet rebuilt', () => {
    for (const m of meetings.filter((x) => x.status === 'closed')) {
      const [training, benefits, reports] = (snapshots.get(m.id) as IMeetingSnapshot).indicators;
      expect(training).toMatchObject({ key: 'trainingReadiness', publishedAt: null, rows: [] });
      expect([m.meetingDate, benefits.publishedAt !== null]).toEqual([m.meetingDate, m.meetingDate > '2026-10-26']);
      expect(reports.key).toBe('poorOutputs');
    }
  });

  it('links the register\u2019s RAID items to their meetings', async () => {
    const raid = (await new RiskRepository(site(ESSEX_PC)).register()).raid;
    const byId = new Map(meetings.map((m) => [m.id, m.meetingDate]));
    const linked = raid.filter((r) => r.meetingId !== null);
    expect(linked.length).toBe(raid.length);
    linked.forEach((r) => expect([r.reference, r.meetingDate]).toEqual([r.reference, byId.get(r.meetingId as number)]));
    // The first decision of the register's plan was logged at the first meeting.
    expect(raid.filter((r) => r.reference === 'D-01')[0].meetingDate).toBe(plan.meetings[0].meetingDate);
  });

  it('shows changes between consecutive closures, and has reports waiting for triage', async () => {
    const byDate = (d: string): IMeetingSnapshot => snapshots.get(meetings.filter((m) => m.meetingDate === d)[0].id) as IMeetingSnapshot;
    const delta = paperDelta(byDate('2026-11-19'), byDate('2026-11-12'));
    expect(delta.previous?.asOf).toBe('2026-11-12');
    expect(delta.items.length).toBeGreaterThan(0);
    expect((await board(KENT_BOARD).reportsToTriage()).length).toBeGreaterThanOrEqual(3);
    const members = (await board(KENT_BOARD).boardMembers()).map((m) => m.upn);
    expect(members).toHaveLength(6);
    expect(members).toEqual(expect.arrayContaining([KENT_BOARD, ESSEX_BOARD]));
  });
});

describe('running this week\u2019s meeting from the demo', () => {
  it('re-scores, logs a decision and an action, closes, and the next meeting sees the change since last board', async () => {
    const open = meetings.filter((m) => m.status === 'open')[0];
    const previous = await board(ESSEX_BOARD).previousSnapshot(open);
    expect(previous?.meeting.meetingDate).toBe('2026-11-19');
    const risks = new RiskRepository(site(KENT_BOARD), { now: () => NOW });
    const data = await risks.register();
    const target = data.risks.filter((r) => r.status === 'open' && r.force === 'Kent' && r.current !== null && r.current.likelihood < 5)[0];
    const rescored = await risks.updateRisk(target, { ...target, current: { likelihood: ((target.current?.likelihood ?? 1) + 1) as 2, impact: target.current?.impact ?? 3 } });
    const raidBase = { description: '', category: 'copilotGovernance' as const, force: 'Joint', ownerUpn: KENT_BOARD, raisedOn: '2026-11-26', riskIds: [rescored.id], meetingId: null, meetingDate: null, priority: null };
    await board(KENT_BOARD).logRaid(open, { ...raidBase, reference: 'D-90', type: 'decision', title: 'Accept the higher score until the review ends', dueDate: null, status: 'closed', closedOn: '2026-11-26', resolution: 'Agreed.' });
    await board(KENT_BOARD).logRaid(open, { ...raidBase, reference: 'A-90', type: 'action', title: 'Report the review\u2019s progress next week', dueDate: '2026-12-03', status: 'open', closedOn: null, resolution: '' });
    const live = sinceLastBoardFor(previous, liveRegister(await risks.register(), NOW.toISOString(), TODAY));
    expect(live.items.filter((x) => x.kind === 'rescored' && x.id === rescored.id).map((x) => x.direction)).toEqual(['up']);
    const closed = await board(KENT_BOARD).closeMeeting(open);
    const paper = (await board(ESSEX_PC).snapshot(closed)) as IMeetingSnapshot;
    expect(paper.register.raid.filter((r) => r.meetingId === open.id).map((r) => r.reference)).toEqual(['D-90', 'A-90']);
    expect(paperDelta(paper, previous).items.filter((x) => x.kind === 'rescored' && x.id === rescored.id)).toHaveLength(1);

    const next = await board(KENT_BOARD).createMeeting({ meetingDate: '2026-12-03', chairUpn: ESSEX_BOARD, attendeeUpns: [KENT_BOARD], marking: 'OFFICIAL-SENSITIVE', notes: '' });
    expect((await board(KENT_BOARD).previousSnapshot(next))?.meeting.id).toBe(open.id);
  });
});
