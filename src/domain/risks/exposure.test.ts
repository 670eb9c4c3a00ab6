import { appetiteCheck, appetiteFor, combinedScores, compareForces, divergenceOf, exposuresOf, isJoint, missingForces, assessmentsOf } from './exposure';
import { appetite, assessment, ESSEX_OWNER, jointRisk, KENT_OWNER, risk, sc } from './testing';

describe('exposures per force', () => {
  it('gives a single-force risk one exposure: its own scores and owner', () => {
    const r = risk({ force: 'Essex', ownerUpn: ESSEX_OWNER });
    expect(exposuresOf(r, [])).toEqual([{ force: 'Essex', ownerUpn: ESSEX_OWNER, inherent: r.inherent, current: r.current, target: r.target, assessmentId: null, assessedOn: null }]);
    expect(isJoint(r)).toBe(false);
  });

  it('gives a joint risk one exposure per force assessment, Kent then Essex then others, ignoring other risks\u2019', () => {
    const r = jointRisk({ id: 1 });
    const list = [assessment(1, 'Surrey', sc(1, 1), { id: 13 }), assessment(1, 'Essex', sc(4, 4), { id: 12 }), assessment(1, 'Kent', sc(3, 5), { id: 11 }), assessment(2, 'Kent', sc(5, 5), { id: 14 })];
    expect(exposuresOf(r, list).map((e) => [e.force, e.ownerUpn, e.current, e.assessmentId])).toEqual([
      ['Kent', KENT_OWNER, sc(3, 5), 11],
      ['Essex', ESSEX_OWNER, sc(4, 4), 12],
      ['Surrey', KENT_OWNER, sc(1, 1), 13]
    ]);
    expect(isJoint(jointRisk({ force: ' joint ' }))).toBe(true);
  });

  it('counts the oldest item when REST made two for one force', () => {
    const list = [assessment(1, 'Kent', sc(5, 5), { id: 30 }), assessment(1, 'kent', sc(2, 2), { id: 20 })];
    expect(assessmentsOf(1, list).map((a) => a.id)).toEqual([20]);
  });

  it('combines a joint risk at the worst force per measure', () => {
    const r = jointRisk({ id: 1 });
    const x = exposuresOf(r, [
      assessment(1, 'Kent', sc(3, 5), { id: 1, inherent: sc(4, 5), target: sc(1, 5) }),
      assessment(1, 'Essex', sc(4, 4), { id: 2, inherent: sc(5, 5), target: sc(2, 3) })
    ]);
    expect(combinedScores(x)).toEqual({ inherent: sc(5, 5), current: sc(4, 4), target: sc(2, 3) });
    expect(combinedScores([])).toEqual({ inherent: null, current: null, target: null });
  });

  it('lists the expected forces that have not assessed yet', () => {
    const r = jointRisk({ id: 1 });
    expect(missingForces(exposuresOf(r, [assessment(1, 'Kent', sc(3, 3))]))).toEqual(['Essex']);
    expect(missingForces(exposuresOf(r, []), ['Kent', 'Essex', 'Surrey'])).toEqual(['Kent', 'Essex', 'Surrey']);
  });

  it('orders forces Kent, Essex, then alphabetically', () => {
    expect(['Surrey', 'Joint', 'Essex', 'Avon', 'Kent'].sort(compareForces)).toEqual(['Kent', 'Essex', 'Avon', 'Joint', 'Surrey']);
  });
});

describe('appetite', () => {
  const appetites = [appetite('copilotGovernance', 9), appetite('copilotGovernance', 12, 'Essex'), appetite('copilotGovernance', 6, 'Joint'), appetite('storageRecords', 6, 'Kent')];

  it('applies the force\u2019s own row, else the all-forces row, else none', () => {
    expect(appetiteFor(appetites, 'copilotGovernance', 'Essex', false)?.maxScore).toBe(12);
    expect(appetiteFor(appetites, 'copilotGovernance', 'Kent', false)?.maxScore).toBe(9);
    expect(appetiteFor(appetites, 'storageRecords', 'Kent', false)?.maxScore).toBe(6);
    expect(appetiteFor(appetites, 'storageRecords', 'Essex', false)).toBeNull();
    expect(appetiteFor(appetites, 'benefitsRealisation', 'Kent', false)).toBeNull();
  });

  it('applies the stricter of the force\u2019s row and the Joint row to a joint risk', () => {
    expect(appetiteFor(appetites, 'copilotGovernance', 'Essex', true)?.maxScore).toBe(6);
    expect(appetiteFor(appetites, 'copilotGovernance', 'Kent', true)?.maxScore).toBe(6);
    expect(appetiteFor([appetite('copilotGovernance', 9), appetite('copilotGovernance', 4, 'Essex'), appetite('copilotGovernance', 8, 'Joint')], 'copilotGovernance', 'Essex', true)?.maxScore).toBe(4);
  });

  it('flags a threat above appetite, due for escalation until escalated', () => {
    const r = risk({ current: sc(3, 4) });
    const check = appetiteCheck(r, exposuresOf(r, []), appetites);
    expect(check).toEqual({ perForce: [{ force: 'Kent', current: 12, maxScore: 9, outOfAppetite: true }], outOfAppetite: true, outForces: ['Kent'], escalationDue: true });
    const escalated = risk({ current: sc(3, 4), escalation: 'forceExecutive' });
    expect(appetiteCheck(escalated, exposuresOf(escalated, []), appetites)).toMatchObject({ outOfAppetite: true, escalationDue: false });
  });

  it('keeps a score equal to appetite within it', () => {
    const r = risk({ current: sc(3, 3) });
    expect(appetiteCheck(r, exposuresOf(r, []), appetites).outOfAppetite).toBe(false);
  });

  it('never flags an opportunity, a closed risk, an unscored exposure or a topic without appetite', () => {
    const cases = [
      risk({ kind: 'opportunity', current: sc(5, 5), response: 'exploit' }),
      risk({ status: 'closed', closedOn: '2026-11-01', current: sc(5, 5) }),
      risk({ current: null }),
      risk({ category: 'benefitsRealisation', current: sc(5, 5) })
    ];
    expect(cases.map((r) => appetiteCheck(r, exposuresOf(r, []), appetites).outOfAppetite)).toEqual([false, false, false, false]);
    const proposed = risk({ status: 'proposed', current: sc(5, 5) });
    expect(appetiteCheck(proposed, exposuresOf(proposed, []), appetites).outOfAppetite).toBe(true);
  });

  it('checks a joint risk per force', () => {
    const r = jointRisk({ id: 5 });
    const x = exposuresOf(r, [assessment(5, 'Kent', sc(2, 3), { id: 1 }), assessment(5, 'Essex', sc(3, 3), { id: 2 })]);
    const check = appetiteCheck(r, x, [appetite('copilotGovernance', 9), appetite('copilotGovernance', 6, 'Essex')]);
    expect(check.perForce).toEqual([
      { force: 'Kent', current: 6, maxScore: 9, outOfAppetite: false },
      { force: 'Essex', current: 9, maxScore: 6, outOfAppetite: true }
    ]);
    expect(check.outForces).toEqual(['Essex']);
  });
});

describe('difference between forces', () => {
  const joint = jointRisk({ id: 9 });
  const of = (kent: Parameters<typeof sc> | null, essex: Parameters<typeof sc> | null): ReturnType<typeof divergenceOf> =>
    divergenceOf(exposuresOf(joint, [assessment(9, 'Kent', kent === null ? null : sc(...kent), { id: 1 }), assessment(9, 'Essex', essex === null ? null : sc(...essex), { id: 2 })]));

  it('is highlighted when the RAG bands differ, however close the scores', () => {
    expect(of([2, 2], [1, 5])).toEqual({ highest: { force: 'Essex', score: 5, rag: 'amber' }, lowest: { force: 'Kent', score: 4, rag: 'green' }, difference: 1, ragDiffers: true, highlighted: true });
  });

  it('is highlighted at five points apart within one band, not at four', () => {
    expect(of([5, 5], [4, 5])).toMatchObject({ difference: 5, ragDiffers: false, highlighted: true });
    expect(of([3, 3], [1, 5])).toMatchObject({ difference: 4, ragDiffers: false, highlighted: false });
  });

  it('takes its own threshold', () => {
    const x = exposuresOf(joint, [assessment(9, 'Kent', sc(3, 3), { id: 1 }), assessment(9, 'Essex', sc(1, 5), { id: 2 })]);
    expect(divergenceOf(x, { threshold: 3 })?.highlighted).toBe(true);
    expect(divergenceOf(x)?.highlighted).toBe(false);
    expect(divergenceOf(x, { measure: 'inherent' })).toMatchObject({ difference: 0, highlighted: false });
  });

  it('is equal scores in the same band: nothing to highlight', () => {
    expect(of([3, 4], [4, 3])).toMatchObject({ difference: 0, ragDiffers: false, highlighted: false });
  });

  it('needs two forces scored', () => {
    expect(of([3, 4], null)).toBeNull();
    expect(of(null, null)).toBeNull();
  });
});
