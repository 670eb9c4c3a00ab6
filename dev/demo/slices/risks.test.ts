/**
 * The demo risk register: planned (pure), seeded straight into the store on a small demo (a tenth of the
 * headcount) after the real set-up, and read back over REST through the suite's own repository as the
 * personas. Every version must be one the app could have saved; the history must read as the board made it;
 * the board must be able to carry on from the demo (etags, ids) as from a real register.
 */
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { dataSite, spFromUrl, type DataSite } from '../../../src/data/sp';
import { RiskRepository } from '../../../src/data/RiskRepository';
import {
  blocking,
  buildRegister,
  forceView,
  heatMap,
  overdueActions,
  parseSnapshot,
  riskProblems,
  serialiseSnapshot,
  sinceLastBoard,
  takeSnapshot,
  actionProblems,
  raidProblems,
  assessmentProblems,
  type IRegisterData
} from '../../../src/domain/risks';
import { RISK_CATEGORIES } from '../../../src/lists';
import { PERSONAS, personaUpn } from '../personas';
import { DATA_SITE_PATH, demoDirectory, demoSeed } from '../seed';
import { demoSetUp, type IDemoSetUpReport } from '../setup';
import { boardMeetings, demoRiskPlan, registerAsOf } from './risks';

const TODAY = '2026-11-23';
const { users, people } = demoDirectory(0.1);
const OWNER = PERSONAS[0].upn;
const ESSEX_PC = personaUpn('officer', 'Essex');
const KENT_BOARD = personaUpn('board', 'Kent');
const ESSEX_BOARD = personaUpn('board', 'Essex');
const plan = demoRiskPlan(TODAY);

let emu: RunningEmulator;
let report: IDemoSetUpReport;
let stored: IRegisterData;

const site = (upn: string): DataSite => {
  const url = `${emu.url}${DATA_SITE_PATH}`;
  return dataSite(spFromUrl(url, { headers: { 'X-Emulator-User': upn } }), url);
};
const repo = (upn: string): RiskRepository => new RiskRepository(site(upn), { now: () => new Date(`${TODAY}T09:00:00Z`) });

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
  stored = await repo(ESSEX_PC).register();
}, 60000);

afterAll(async () => {
  await emu.close();
});

describe('the demo register plan', () => {
  it('holds ≈ 80 risks for Kent, Essex and the joint programme, across all seven topics each', () => {
    expect(plan.risks.length).toBeGreaterThanOrEqual(75);
    expect(plan.risks.length).toBeLessThanOrEqual(85);
    for (const force of ['Kent', 'Essex', 'Joint']) {
      const topics = new Set(plan.risks.filter((r) => r.steps[0].content.force === force).map((r) => r.steps[0].content.category));
      expect({ force, topics }).toEqual({ force, topics: new Set(RISK_CATEGORIES) });
    }
    expect(new Set(plan.risks.map((r) => r.reference.toLowerCase())).size).toBe(plan.risks.length);
    expect(new Set(plan.risks.map((r) => r.clientId)).size).toBe(plan.risks.length);
  });

  it('is the same every time', () => {
    expect(JSON.stringify(demoRiskPlan(TODAY))).toBe(JSON.stringify(plan));
  });

  it('spans the twelve weekly meetings before today, every version one the app could have saved', () => {
    expect(plan.meetings).toEqual(boardMeetings(TODAY));
    expect(plan.meetings[0]).toBe('2026-09-02');
    expect(plan.meetings[11]).toBe('2026-11-18');
    expect(boardMeetings('2026-11-25')[11]).toBe('2026-11-18');
    expect(boardMeetings('2026-11-26')[11]).toBe('2026-11-25');
    for (const r of plan.risks) {
      for (const s of r.steps) expect({ ref: r.reference, at: s.at, problems: blocking(riskProblems(s.content)) }).toEqual({ ref: r.reference, at: s.at, problems: [] });
      for (const a of r.assessments) for (const s of a.steps) expect(blocking(assessmentProblems(s.content))).toEqual([]);
      for (const a of r.actions) for (const s of a.steps) expect(blocking(actionProblems({ ...s.content, riskIds: [1] }))).toEqual([]);
      const times = [...r.steps, ...r.assessments.flatMap((a) => a.steps), ...r.actions.flatMap((a) => a.steps)].map((s) => s.at);
      expect(times.every((t) => t >= '2026-09-02' && t < `${TODAY}T00:00:00Z`)).toBe(true);
      // Each item's versions are in time order, and its dependants come after it.
      for (const steps of [r.steps, ...r.assessments.map((a) => a.steps), ...r.actions.map((a) => a.steps)]) {
        expect(steps.map((s) => s.at)).toEqual(steps.map((s) => s.at).slice().sort());
        expect(steps[0].at >= r.steps[0].at).toBe(true);
      }
    }
    for (const x of plan.raid) expect(x.steps.map((s) => s.at)).toEqual(x.steps.map((s) => s.at).slice().sort());
    for (const x of plan.raid) for (const s of x.steps) expect(blocking(raidProblems({ ...s.content, riskIds: [1] }))).toEqual([]);
  });

  it('gives each risk several versions, re-scored both ways, by the board members who may write', () => {
    const raisedLast = plan.risks.filter((r) => r.steps[0].at.slice(0, 10) === plan.meetings[11]);
    expect(raisedLast.length).toBe(4);
    expect(plan.risks.filter((r) => raisedLast.indexOf(r) < 0).every((r) => r.steps.length >= 2)).toBe(true);
    const versions = plan.risks.reduce((n, r) => n + r.steps.length + r.assessments.reduce((m, a) => m + a.steps.length, 0), 0);
    expect(versions).toBeGreaterThan(350);
    const moves = plan.risks.flatMap((r) => [r.steps.map((s) => s.content.current), ...r.assessments.map((a) => a.steps.map((s) => s.content.current))]).flatMap((scores) =>
      scores.slice(1).map((s, i) => {
        const before = scores[i];
        return s === null || before === null ? 0 : Math.sign(s.likelihood * s.impact - before.likelihood * before.impact);
      })
    );
    expect(moves.filter((m) => m > 0).length).toBeGreaterThan(20);
    expect(moves.filter((m) => m < 0).length).toBeGreaterThan(20);
    const writers = new Set(plan.risks.flatMap((r) => [...r.steps, ...r.assessments.flatMap((a) => a.steps)].map((s) => s.by)));
    expect(writers).toEqual(new Set([KENT_BOARD, ESSEX_BOARD, personaUpn('owner', 'Kent'), personaUpn('owner', 'Essex')]));
    // Each force re-scores its own assessment of a joint risk.
    for (const r of plan.risks) for (const a of r.assessments) expect(a.steps.slice(1).every((s) => s.by === personaUpn('board', a.force as 'Kent' | 'Essex'))).toBe(true);
  });

  it('has a few closed, some escalated, some out of appetite with escalation due, some overdue reviews and actions', () => {
    const register = buildRegister(registerAsOf(plan, `${TODAY}T23:59:59Z`), { today: TODAY });
    const count = (f: (e: (typeof register)[number]) => boolean): number => register.filter(f).length;
    expect(count((e) => e.risk.status === 'closed')).toBeGreaterThanOrEqual(3);
    expect(count((e) => e.risk.status === 'closed')).toBeLessThanOrEqual(8);
    expect(count((e) => e.risk.status === 'proposed')).toBe(2);
    expect(count((e) => e.risk.escalation !== 'none')).toBeGreaterThanOrEqual(5);
    expect(count((e) => e.appetite.outOfAppetite)).toBeGreaterThanOrEqual(5);
    expect(count((e) => e.appetite.escalationDue)).toBeGreaterThanOrEqual(1);
    expect(count((e) => e.reviewOverdue)).toBeGreaterThanOrEqual(3);
    expect(count((e) => e.divergence !== null && e.divergence.highlighted)).toBeGreaterThanOrEqual(2);
    const actions = registerAsOf(plan, `${TODAY}T23:59:59Z`).actions;
    expect(overdueActions(actions, TODAY).length).toBeGreaterThanOrEqual(5);
    expect(actions.filter((a) => a.status === 'done').length).toBeGreaterThanOrEqual(20);
    expect(new Set(plan.raid.map((x) => x.steps[0].content.type))).toEqual(new Set(['action', 'issue', 'assumption', 'dependency', 'decision']));
    expect(plan.raid.filter((x) => x.steps[x.steps.length - 1].content.type === 'decision' && x.steps[x.steps.length - 1].content.status === 'open').length).toBeGreaterThanOrEqual(1);
  });

  it('shows changes since the last board from the plan at two meetings (what the board cycle will freeze)', () => {
    const week = (day: string): ReturnType<typeof takeSnapshot> => takeSnapshot(registerAsOf(plan, `${day}T23:59:59Z`), `${day}T13:00:00.000Z`, { today: day });
    const previous = week(plan.meetings[10]);
    const current = week(plan.meetings[11]);
    const delta = sinceLastBoard(previous, current);
    expect(delta.totals.new).toBe(4);
    expect(delta.totals.rescoredUp + delta.totals.rescoredDown + delta.totals.rescoredMoved).toBeGreaterThan(3);
    expect(delta.totals.outOfAppetite).toBeGreaterThan(0);
    expect(parseSnapshot(serialiseSnapshot(current))).toEqual(current);
  });
});

describe('the seeded demo register, read back through the repository', () => {
  it('seeds every item once, and seeds nothing twice', () => {
    const slice = report.slices.filter((x) => x.name === 'risks')[0];
    const expected = plan.risks.reduce((n, r) => n + 1 + r.assessments.length + r.actions.length, 0) + plan.raid.length + plan.appetites.length;
    expect(slice.items).toBe(expected);
    expect(stored.risks).toHaveLength(plan.risks.length);
    expect(stored.assessments).toHaveLength(plan.risks.reduce((n, r) => n + r.assessments.length, 0));
    // The board slice (issue 10) logs a few more decisions and actions at its meetings.
    const planned = new Set(registerAsOf(plan, `${TODAY}T23:59:59Z`).raid.map((r) => r.reference));
    expect(stored.raid.filter((r) => planned.has(r.reference))).toHaveLength(plan.raid.length);
    expect(stored.appetites).toHaveLength(9);
  });

  it('holds exactly the plan\u2019s final register, ids included', () => {
    const planned = registerAsOf(plan, `${TODAY}T23:59:59Z`);
    // SharePoint stamps the people; the plan knows them only by sign-in name.
    const strip = <T extends { author: unknown; editor: unknown }>(x: T): Partial<T> => {
      const rest: Partial<T> = { ...x };
      delete rest.author;
      delete rest.editor;
      return rest;
    };
    expect(stored.risks.map(strip)).toEqual(planned.risks.map(strip));
    expect(stored.assessments.map(strip)).toEqual(planned.assessments.map(strip));
    expect(stored.actions.map(strip)).toEqual(planned.actions.map(strip));
    // The board slice links the plan's RAID items to its meetings (a version of their own) and adds its own.
    const unlinked = <T extends { author: unknown; editor: unknown; etag: string; meetingId: number | null; meetingDate: string | null }>(x: T): Partial<T> => {
      const rest = strip(x);
      delete rest.etag;
      delete rest.meetingId;
      delete rest.meetingDate;
      return rest;
    };
    const references = new Set(planned.raid.map((r) => r.reference));
    expect(stored.raid.filter((r) => references.has(r.reference)).map(unlinked)).toEqual(planned.raid.map(unlinked));
    expect(stored.raid.filter((r) => references.has(r.reference)).every((r) => r.meetingId !== null)).toBe(true);
    expect(stored.appetites.map(strip)).toEqual(planned.appetites.map(strip));
  });

  it('reads each risk\u2019s history as the board made it: who, when, what', async () => {
    const joint = plan.risks.filter((r) => r.assessments.some((a) => a.steps.length >= 3))[0];
    const id = stored.risks.filter((r) => r.reference === joint.reference)[0].id;
    const detail = await repo(ESSEX_PC).detail(id, { history: true });
    const history = detail?.history ?? [];
    // Every planned version changes something, so each is one history entry.
    expect(history.length).toBe(joint.steps.length + joint.assessments.reduce((n, a) => n + a.steps.length, 0));
    const created = history[history.length - 1];
    expect(created).toMatchObject({ subject: 'risk', created: true, at: new Date(joint.steps[0].at).toISOString() });
    const rescores = history.filter((e) => e.subject === 'assessment' && !e.created);
    expect(rescores.length).toBeGreaterThan(0);
    for (const e of rescores) expect(e.by?.email).toBe(personaUpn('board', e.force as 'Kent' | 'Essex'));
    expect(rescores.every((e) => e.scoreChanges.length > 0 || e.changes.length > 0)).toBe(true);
  });

  it('lets the board carry on: an Essex re-score of a joint risk writes Essex\u2019s item only', async () => {
    const joint = stored.risks.filter((r) => r.force === 'Joint' && r.status === 'open')[0];
    const mine = stored.assessments.filter((a) => a.riskId === joint.id && a.force === 'Essex')[0];
    const kent = stored.assessments.filter((a) => a.riskId === joint.id && a.force === 'Kent')[0];
    const rescored = await repo(ESSEX_BOARD).rescoreForce(mine, { inherent: mine.inherent, current: { likelihood: 1, impact: 1 }, target: mine.target });
    expect(rescored.current).toEqual({ likelihood: 1, impact: 1 });
    const after = await repo(ESSEX_PC).register();
    expect(after.assessments.filter((a) => a.id === kent.id)[0]).toEqual(kent);
    const essexMap = heatMap(buildRegister(after, { today: TODAY }), 'current', forceView('Essex'));
    expect(essexMap.rows[4][0].riskIds).toContain(joint.id);
  });
});
