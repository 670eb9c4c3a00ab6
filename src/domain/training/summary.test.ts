import { addDays } from './days';
import { counts, moduleStatus, validUntil } from './status';
import { applyDeltas, buildSummary, compliance, priorState, unitOf, weeklyTrend, type ICompletionDelta, type IComplianceRow } from './summary';
import { completion, learner, trainingModule } from './testing';
import type { ICompletion, ILearner, ITrainingModule } from './types';

// A small, varied population: two forces, three departments, joiners, a leaver; five modules with and
// without refresh periods, a policy version and a knowledge check.
const MODULES: ITrainingModule[] = [
  trainingModule({ key: 'copilot', assignedOn: '2026-09-01' }),
  trainingModule({ key: 'aup', assignedOn: '2026-09-01', policy: { version: 1, publishedOn: '2026-09-01' } }),
  trainingModule({ key: 'infosec', assignedOn: '2025-01-01', refreshMonths: 12 }),
  trainingModule({ key: 'prompts', assignedOn: '2026-10-01', knowledgeCheck: { passMark: 70, maxAttempts: 3, questions: [] } }),
  trainingModule({ key: 'investigators', assignedOn: '2026-10-01', audience: { departments: ['CID'] } })
];

function population(): ILearner[] {
  const people: ILearner[] = [];
  const departments = ['CID', 'Response', 'Contact management'];
  for (let i = 0; i < 120; i++) {
    people.push(
      learner({
        upn: `p${i}@policing.example`,
        force: i % 2 ? 'Kent' : 'Essex',
        department: departments[i % 3],
        grade: i % 5 ? 'Constable' : 'Sergeant',
        workerType: i % 4 ? 'Officer' : 'Staff',
        startDate: i % 10 === 0 ? addDays('2026-10-01', i % 40) : '2010-01-01',
        leaveDate: i === 7 ? '2026-10-15' : undefined
      })
    );
  }
  return people;
}

/** Deterministic completions: who did what, when (some failed checks, some expired refreshers). */
function history(people: ILearner[]): ICompletion[] {
  const records: ICompletion[] = [];
  people.forEach((p, i) => {
    if (i % 3 !== 2) records.push(completion({ upn: p.upn, moduleKey: 'copilot', completedOn: addDays('2026-09-05', i % 50) }));
    if (i % 4 !== 3) records.push(completion({ upn: p.upn, moduleKey: 'aup', completedOn: addDays('2026-09-10', i % 30), policyVersion: 1 }));
    if (i % 2 === 0) records.push(completion({ upn: p.upn, moduleKey: 'infosec', completedOn: addDays('2025-11-01', i % 60) }));
    if (i % 5 !== 4) records.push(completion({ upn: p.upn, moduleKey: 'prompts', completedOn: addDays('2026-10-10', i % 20), score: i % 7 === 0 ? 50 : 85 }));
  });
  return records;
}

function byUpn(records: readonly ICompletion[]): Map<string, ICompletion[]> {
  const map = new Map<string, ICompletion[]>();
  for (const r of records) map.set(r.upn, [...(map.get(r.upn) ?? []), r]);
  return map;
}

/** The slow, obviously right answer: every learner's status computed from every record. */
function direct(people: ILearner[], modules: ITrainingModule[], records: ICompletion[], today: string, asOf: string): IComplianceRow[] {
  const rows = new Map<string, IComplianceRow>();
  const recordsByUpn = byUpn(records);
  for (const p of people) {
    for (const m of modules) {
      // Who is counted is fixed at the summary day (joiners and leavers wait for the next rebuild).
      const counted = moduleStatus(m, p, recordsByUpn.get(p.upn) ?? [], asOf);
      if (!counted) continue;
      const s = moduleStatus(m, { ...p, leaveDate: undefined }, recordsByUpn.get(p.upn) ?? [], today)!;
      const key = JSON.stringify({ force: p.force, moduleKey: m.key });
      const row = rows.get(key) ?? { group: { force: p.force, moduleKey: m.key }, applicable: 0, done: 0, dueSoon: 0, overdue: 0, upcoming: 0 };
      row.applicable += 1;
      row[s.state] += 1;
      rows.set(key, row);
    }
  }
  return [...rows.values()].sort((a, b) => JSON.stringify(a.group).localeCompare(JSON.stringify(b.group)));
}

describe('training summary', () => {
  const people = population();
  const records = history(people);
  const asOf = '2026-11-01';
  const summary = buildSummary(people, MODULES, byUpn(records), asOf, records.length);

  it.each(['2026-11-01', '2026-11-23', '2026-12-31', '2027-03-01'])('gives the same compliance as a full scan on %s, with no writes since the rebuild', (today) => {
    expect(compliance(summary, MODULES, today, { groupBy: ['force', 'moduleKey'] })).toEqual(direct(people, MODULES, records, today, asOf));
  });

  it('is small: one cell per unit and module, not one row per person', () => {
    expect(summary.cells.length).toBeLessThan(people.length);
    expect(summary.cells.reduce((n, c) => n + c.applicable, 0)).toBeGreaterThan(people.length * 3);
  });

  it('filters and groups by any dimension', () => {
    const rows = compliance(summary, MODULES, '2026-11-23', { groupBy: ['department'], where: { force: 'Essex', moduleKey: 'investigators' } });
    expect(rows.map((r) => r.group.department)).toEqual(['CID']);
    expect(rows[0].applicable).toBe(people.filter((p) => p.force === 'Essex' && p.department === 'CID' && p.leaveDate === undefined).length);
  });

  it('makes everyone who attested to version 1 due again when version 2 is published', () => {
    const v2 = MODULES.map((m) => (m.key === 'aup' ? { ...m, policy: { version: 2, publishedOn: '2026-11-20' } } : m));
    const [row] = compliance(summary, v2, '2026-11-23', { groupBy: ['moduleKey'], where: { moduleKey: 'aup' } });
    expect(row.done).toBe(0);
    expect(row.dueSoon + row.overdue + row.upcoming).toBe(row.applicable);
  });

  describe('with completions since the rebuild', () => {
    const today = '2026-11-23';
    let nextId = records.length;
    const deltas: ICompletionDelta[] = [];
    const later: ICompletion[] = [];

    /** What the app does when a learner completes: record the prior state with the new completion. */
    const complete = (p: ILearner, c: ICompletion): void => {
      const m = MODULES.filter((x) => x.key === c.moduleKey)[0];
      const mine = [...records, ...later].filter((r) => r.upn === p.upn);
      const prior = priorState(m, p, mine, c.completedOn)!;
      later.push(c);
      nextId += 1;
      deltas.push({ id: nextId, completion: c, unit: unitOf(p), prior, counts: counts(m, c), validUntil: validUntil(m, c) });
    };

    beforeAll(() => {
      const current = people.filter((p) => p.leaveDate === undefined);
      // Overdue people catch up, an expired refresher is renewed, a failed then passed check, and a
      // duplicate completion from a second tab.
      complete(current[2], completion({ upn: current[2].upn, moduleKey: 'copilot', completedOn: '2026-11-10' }));
      complete(current[2], completion({ upn: current[2].upn, moduleKey: 'copilot', completedOn: '2026-11-10' }));
      complete(current[3], completion({ upn: current[3].upn, moduleKey: 'aup', completedOn: '2026-11-12', policyVersion: 1 }));
      complete(current[1], completion({ upn: current[1].upn, moduleKey: 'infosec', completedOn: '2026-11-15' }));
      complete(current[0], completion({ upn: current[0].upn, moduleKey: 'infosec', completedOn: '2026-11-16' }));
      complete(current[4], completion({ upn: current[4].upn, moduleKey: 'prompts', completedOn: '2026-11-17', score: 40 }));
      complete(current[4], completion({ upn: current[4].upn, moduleKey: 'prompts', completedOn: '2026-11-18', score: 90 }));
    });

    it('matches a rebuild, duplicates and failed attempts included', () => {
      const combined = applyDeltas(summary, deltas);
      const rebuilt = buildSummary(people, MODULES, byUpn([...records, ...later]), asOf, nextId);
      expect(compliance(combined, MODULES, today, { groupBy: ['force', 'moduleKey'] })).toEqual(
        compliance(rebuilt, MODULES, today, { groupBy: ['force', 'moduleKey'] })
      );
      expect(combined.maxRecordId).toBe(nextId);
      // And the deltas really moved people: more done than the summary alone says.
      const done = (x: typeof summary): number => compliance(x, MODULES, today, { groupBy: [] }).reduce((n, r) => n + r.done, 0);
      expect(done(combined)).toBe(done(summary) + 5);
    });

    it('ignores deltas the summary already holds', () => {
      const again = applyDeltas(applyDeltas(summary, deltas), deltas);
      expect(compliance(again, MODULES, today, { groupBy: ['moduleKey'] })).toEqual(compliance(applyDeltas(summary, deltas), MODULES, today, { groupBy: ['moduleKey'] }));
    });
  });

  it('counts everyone once when a policy version published after the rebuild is attested to', () => {
    // Version 2 of the acceptable-use policy comes out after the rebuild; people who attested to version 1
    // and people who never attested both attest to version 2, one of them twice (a second tab).
    const v2 = MODULES.map((m) => (m.key === 'aup' ? { ...m, policy: { version: 2, publishedOn: '2026-11-20' } } : m));
    const aup = v2.filter((m) => m.key === 'aup')[0];
    const current = people.filter((p) => p.leaveDate === undefined);
    const attested = new Set(records.filter((r) => r.moduleKey === 'aup').map((r) => r.upn));
    const chosen = [...current.filter((p) => attested.has(p.upn)).slice(0, 5), ...current.filter((p) => !attested.has(p.upn)).slice(0, 5)];
    expect(chosen.filter((p) => !attested.has(p.upn))).toHaveLength(5);
    const later: ICompletion[] = [];
    const deltas: ICompletionDelta[] = [];
    let id = records.length;
    for (const p of [...chosen, chosen[0]]) {
      const c = completion({ upn: p.upn, moduleKey: 'aup', completedOn: '2026-11-21', policyVersion: 2 });
      const prior = priorState(aup, p, [...records, ...later].filter((r) => r.upn === p.upn), c.completedOn)!;
      later.push(c);
      deltas.push({ id: ++id, completion: c, unit: unitOf(p), prior, counts: counts(aup, c), validUntil: validUntil(aup, c) });
    }
    const today = '2026-11-23';
    const combined = compliance(applyDeltas(summary, deltas), v2, today, { groupBy: ['force', 'moduleKey'] });
    const rebuilt = compliance(buildSummary(people, v2, byUpn([...records, ...later]), asOf, id), v2, today, { groupBy: ['force', 'moduleKey'] });
    expect(combined).toEqual(rebuilt);
    const aupRows = combined.filter((r) => r.group.moduleKey === 'aup');
    expect(aupRows.reduce((n, r) => n + r.done, 0)).toBe(10);
    expect(aupRows.reduce((n, r) => n + r.applicable, 0)).toBe(compliance(summary, v2, today, { groupBy: ['moduleKey'], where: { moduleKey: 'aup' } })[0].applicable);
  });

  it('counts completions week by week, cumulatively', () => {
    const trend = weeklyTrend(summary, '2026-10-26', 4, { moduleKey: 'copilot' });
    expect(trend.map((t) => t.week)).toEqual(['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26']);
    for (let i = 1; i < trend.length; i++) expect(trend[i].completed).toBeGreaterThanOrEqual(trend[i - 1].completed);
    const doneCopilot = compliance(summary, MODULES, asOf, { groupBy: ['moduleKey'], where: { moduleKey: 'copilot' } })[0].done;
    expect(trend[3].completed).toBeLessThanOrEqual(doneCopilot);
  });
});
