import { parseSnapshot, serialiseSnapshot, SnapshotFormatError, takeSnapshot, SNAPSHOT_SCHEMA } from './snapshot';
import { action, appetite, assessment, jointRisk, raid, risk, sc, TODAY } from './testing';
import type { IRegisterData } from './types';

const TAKEN = '2026-11-23T11:30:00.000Z';

function data(): IRegisterData {
  const joint = jointRisk({ id: 2, reference: 'J-CG-1' });
  return {
    risks: [risk({ id: 1, reference: 'K-CG-1', current: sc(3, 4), reviewDate: '2026-11-01' }), joint],
    assessments: [assessment(2, 'Kent', sc(3, 5), { id: 21 }), assessment(2, 'Essex', sc(2, 2), { id: 22 })],
    actions: [action([1], { id: 31, dueDate: '2026-11-10' }), action([2], { id: 32, dueDate: '2026-12-10' })],
    raid: [raid({ id: 41, type: 'decision', dueDate: '2026-11-20' })],
    appetites: [appetite('copilotGovernance', 9, null, { id: 51 }), appetite('copilotGovernance', 14, 'Kent', { id: 52 })]
  };
}

describe('taking a snapshot', () => {
  const snapshot = takeSnapshot(data(), TAKEN, { today: TODAY });

  it('freezes what the board saw: scores, bands, appetite applied, flags, per force', () => {
    expect(snapshot).toMatchObject({ schema: SNAPSHOT_SCHEMA, takenAt: TAKEN, asOf: TODAY });
    expect(snapshot.bands.map((b) => b.rag)).toEqual(['green', 'amber', 'redAmber', 'red']);
    // In reference order: J-CG-1, K-CG-1.
    const [joint, single] = snapshot.risks;
    expect(single).toMatchObject({ id: 1, reference: 'K-CG-1', currentScore: 12, rag: 'redAmber', outOfAppetite: false, reviewOverdue: true, actionIds: [31] });
    expect(single.exposures).toEqual([{ force: 'Kent', ownerUpn: single.ownerUpn, inherent: sc(4, 4), current: sc(3, 4), target: sc(2, 3), currentScore: 12, rag: 'redAmber', maxScore: 14, outOfAppetite: false }]);
    expect(joint).toMatchObject({ id: 2, currentScore: 15, rag: 'red', outOfAppetite: true, escalationDue: true, divergent: true, combined: { current: sc(3, 5) } });
    expect(joint.exposures.map((x) => [x.force, x.currentScore, x.maxScore, x.outOfAppetite])).toEqual([
      ['Kent', 15, 14, true],
      ['Essex', 4, 9, false]
    ]);
    expect(joint.outOfAppetite).toBe(true);
    expect(snapshot.actions.map((a) => [a.id, a.overdue])).toEqual([
      [31, true],
      [32, false]
    ]);
    expect(snapshot.raid[0]).toMatchObject({ id: 41, type: 'decision', overdue: true });
    expect(snapshot.appetites).toEqual([
      { category: 'copilotGovernance', force: null, maxScore: 9, level: null },
      { category: 'copilotGovernance', force: 'Kent', maxScore: 14, level: null }
    ]);
  });

  it('is deeply frozen: nothing downstream can change a closed meeting\u2019s view', () => {
    expect(Object.isFrozen(snapshot)).toBe(true);
    expect(Object.isFrozen(snapshot.risks[1].exposures[0].current)).toBe(true);
    expect(() => {
      (snapshot.risks as unknown as Array<{ title: string }>)[0].title = 'changed';
    }).toThrow(TypeError);
  });

  it('copies rather than refers: changing the register afterwards does not change it', () => {
    const input = data();
    const frozen = takeSnapshot(input, TAKEN, { today: TODAY });
    input.risks[0].title = 'Renamed later';
    (input.risks[0].current as { likelihood: number }).likelihood = 5;
    input.actions[0].riskIds.push(99);
    expect(frozen.risks.filter((r) => r.id === 1)[0]).toMatchObject({ title: 'Risk 1', currentScore: 12 });
    expect(frozen.actions[0].riskIds).toEqual([1]);
  });

  it('serialises to JSON and reads back equal (and frozen)', () => {
    const text = serialiseSnapshot(snapshot);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(snapshot)));
    const back = parseSnapshot(text);
    expect(back).toEqual(snapshot);
    expect(Object.isFrozen(back.risks[0])).toBe(true);
  });
});

describe('reading a stored snapshot', () => {
  const good = JSON.parse(serialiseSnapshot(takeSnapshot(data(), TAKEN, { today: TODAY }))) as Record<string, unknown>;
  const broken = (patch: (s: Record<string, unknown>) => void): string => {
    const copy = JSON.parse(JSON.stringify(good)) as Record<string, unknown>;
    patch(copy);
    return JSON.stringify(copy);
  };
  const problem = (text: string): string => {
    try {
      parseSnapshot(text);
      return 'parsed';
    } catch (e) {
      expect(e).toBeInstanceOf(SnapshotFormatError);
      return (e as SnapshotFormatError).problem;
    }
  };

  it.each([
    ['not JSON', '{', 'not JSON'],
    ['not an object', '[]', 'not an object'],
    ['another schema', broken((s) => (s.schema = 2)), 'schema 2 is not 1'],
    ['a bad instant', broken((s) => (s.takenAt = 'yesterday')), 'takenAt is not an instant'],
    ['a bad day', broken((s) => (s.asOf = '23/11/2026')), 'asOf is not a day'],
    ['bands with a gap', broken((s) => ((s.bands as Array<{ max: number }>)[0].max = 3)), 'bands do not cover 1–25'],
    ['no risks list', broken((s) => delete s.risks), 'risks is not a list'],
    ['an unknown topic', broken((s) => ((s.risks as Array<Record<string, unknown>>)[0].category = 'weather')), 'risks[0] has an unknown topic'],
    ['an unknown status', broken((s) => ((s.risks as Array<Record<string, unknown>>)[1].status = 'gone')), 'risks[1] has an unknown status'],
    ['a score off the scale', broken((s) => ((s.risks as Array<{ exposures: Array<Record<string, unknown>> }>)[0].exposures[0].current = { likelihood: 6, impact: 1 })), 'risks[0].exposures[0].current is not a score'],
    ['a RAID item without a type', broken((s) => delete (s.raid as Array<Record<string, unknown>>)[0].type), 'raid[0] lacks id, type, status or topic'],
    ['an action without risks', broken((s) => delete (s.actions as Array<Record<string, unknown>>)[0].riskIds), 'actions[0] lacks id or risk ids']
  ])('refuses %s', (_name, text, expected) => {
    expect(problem(text)).toBe(expected);
  });
});
