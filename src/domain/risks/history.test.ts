import { assessmentToFields, riskFromFields, riskToFields, type IAssessmentFields, type IRiskFields } from './fields';
import { diffRecords, diffRisks, isOwnChangeAlready, resolveRiskConflict, resolveThreeWay, riskHistory, sameValue, threeWay, threeWayRisk, type IVersion } from './history';
import { assessment, ESSEX_OWNER, jointRisk, KENT_OWNER, risk, sc } from './testing';
import type { IPersonRef, IRiskContent } from './types';

const RUTH: IPersonRef = { id: 11, title: 'Ruth Calder', email: KENT_OWNER };
const JAMES: IPersonRef = { id: 12, title: 'James Pike', email: ESSEX_OWNER };

function version<T>(major: number, at: string, by: IPersonRef | null, fields: T): IVersion<T> {
  return { label: `${major}.0`, versionId: major * 512, at, by, fields };
}

describe('differences between records', () => {
  it('lists changed columns in key order, treating empty text and null alike', () => {
    expect(diffRecords({ a: 'x', b: '', c: 1, d: null }, { a: 'y', b: null, c: 2, d: 'z' }, ['d', 'c', 'b', 'a'])).toEqual([
      { field: 'd', from: null, to: 'z' },
      { field: 'c', from: 1, to: 2 },
      { field: 'a', from: 'x', to: 'y' }
    ]);
    expect(sameValue('', null)).toBe(true);
    expect(sameValue(0, null)).toBe(false);
    expect(sameValue(' ', '')).toBe(false);
  });

  it('diffs a risk\u2019s content column by column, scores as their two numbers', () => {
    const a = risk({ id: 1 });
    const b = { ...a, current: sc(4, 4), controls: 'More controls.', actionees: ['x@y.example'] };
    expect(diffRisks(a, b)).toEqual([
      { field: 'actionees', from: null, to: 'x@y.example' },
      { field: 'currentLikelihood', from: 3, to: 4 },
      { field: 'controls', from: 'Controls.', to: 'More controls.' }
    ]);
    expect(diffRisks(a, { ...a })).toEqual([]);
  });
});

describe('a risk\u2019s history from its versions', () => {
  const base = riskToFields(risk({ id: 1, current: sc(3, 4) }));
  const v1 = version<IRiskFields>(1, '2026-09-01T09:00:00.000Z', RUTH, base);
  const v2 = version<IRiskFields>(2, '2026-09-15T09:00:00.000Z', JAMES, { ...base, currentLikelihood: 4, controls: 'Weekly oversharing report.' });
  const v3 = version<IRiskFields>(3, '2026-09-20T09:00:00.000Z', RUTH, { ...v2.fields });
  const v4 = version<IRiskFields>(4, '2026-10-01T09:00:00.000Z', RUTH, { ...v2.fields, currentLikelihood: 2, currentImpact: 3, status: 'closed', closedOn: '2026-10-01' });

  it('lists who changed what, newest first, leaving out saves that changed nothing', () => {
    const history = riskHistory(1, [v3, v1, v4, v2]);
    expect(history.map((e) => [e.version, e.by?.title, e.created, e.changes.map((c) => c.field)])).toEqual([
      ['4.0', 'Ruth Calder', false, ['currentLikelihood', 'currentImpact', 'status', 'closedOn']],
      ['2.0', 'James Pike', false, ['currentLikelihood', 'controls']],
      ['1.0', 'Ruth Calder', true, expect.arrayContaining(['reference', 'title', 'currentLikelihood', 'currentImpact'])]
    ]);
    expect(history[0].scoreChanges).toEqual([{ force: 'Kent', measure: 'current', from: sc(4, 4), to: sc(2, 3), direction: 'down' }]);
    expect(history[1].scoreChanges).toEqual([{ force: 'Kent', measure: 'current', from: sc(3, 4), to: sc(4, 4), direction: 'up' }]);
    // The creation lists what it was created with, every score included.
    expect(history[2].changes.filter((c) => c.field === 'title')).toEqual([{ field: 'title', from: null, to: base.title }]);
    expect(history[2].scoreChanges.map((s) => [s.measure, s.from, s.to])).toEqual([
      ['inherent', null, sc(4, 4)],
      ['current', null, sc(3, 4)],
      ['target', null, sc(2, 3)]
    ]);
    expect(history.every((e) => e.subject === 'risk' && e.itemId === 1 && e.force === null && !e.baseline)).toBe(true);
  });

  it('shows the oldest version SharePoint still keeps as a baseline when the first was trimmed', () => {
    const history = riskHistory(1, [v2, v4]);
    expect(history.map((e) => [e.version, e.created, e.baseline, e.changes.length, e.scoreChanges.length])).toEqual([
      ['4.0', false, false, 4, 1],
      ['2.0', false, true, 0, 0]
    ]);
  });

  it('merges each force\u2019s assessment of a joint risk, with score changes per force', () => {
    const joint = riskToFields(jointRisk({ id: 5 }));
    const kent0 = assessmentToFields(5, assessment(5, 'Kent', sc(4, 5), { id: 51 }));
    const essex0 = assessmentToFields(5, assessment(5, 'Essex', sc(4, 4), { id: 52 }));
    const history = riskHistory(
      5,
      [version(1, '2026-09-01T09:00:00.000Z', RUTH, joint), version(2, '2026-10-05T09:00:00.000Z', RUTH, { ...joint, controls: 'Labels on HR sites.' })],
      [
        { itemId: 51, versions: [version<IAssessmentFields>(1, '2026-09-01T09:00:00.000Z', RUTH, kent0)] },
        {
          itemId: 52,
          versions: [
            version<IAssessmentFields>(1, '2026-09-01T09:00:00.000Z', RUTH, essex0),
            version<IAssessmentFields>(2, '2026-10-12T09:00:00.000Z', JAMES, { ...essex0, currentLikelihood: 5, currentImpact: 5, notes: 'Two incidents.' })
          ]
        }
      ]
    );
    expect(history.map((e) => `${e.by?.title} ${e.subject}${e.force !== null ? `:${e.force}` : ''} ${e.created ? 'created' : e.changes.map((c) => c.field).join(',')}`)).toEqual([
      'James Pike assessment:Essex currentLikelihood,currentImpact,notes',
      'Ruth Calder risk controls',
      'Ruth Calder assessment:Essex created',
      'Ruth Calder assessment:Kent created',
      'Ruth Calder risk created'
    ]);
    expect(history[0].scoreChanges).toEqual([{ force: 'Essex', measure: 'current', from: sc(4, 4), to: sc(5, 5), direction: 'up' }]);
    // The joint item holds no scores: its own versions carry no score changes.
    expect(history.filter((e) => e.subject === 'risk').every((e) => e.scoreChanges.length === 0)).toBe(true);
  });
});

describe('conflicts: what you read, what you want, what is stored', () => {
  const read = risk({ id: 1, title: 'Old title', controls: 'Old controls.', current: sc(3, 4) });

  it('merges cleanly when the two people changed different columns', () => {
    const theirs: IRiskContent = { ...read, controls: 'Their controls.' };
    const mine: IRiskContent = { ...read, title: 'My title' };
    const result = threeWayRisk(read, mine, theirs);
    expect(result.clean).toBe(true);
    expect(result.theirChanges).toEqual([{ field: 'controls', from: 'Old controls.', to: 'Their controls.' }]);
    expect(result.myChanges).toEqual([{ field: 'title', from: 'Old title', to: 'My title' }]);
    expect(riskFromFields(result.merged)).toMatchObject({ title: 'My title', controls: 'Their controls.' });
  });

  it('reports columns both changed differently, keeping theirs until you choose', () => {
    const theirs: IRiskContent = { ...read, controls: 'Their controls.' };
    const mine: IRiskContent = { ...read, controls: 'My controls.', title: 'My title' };
    const result = threeWayRisk(read, mine, theirs);
    expect(result.conflicts).toEqual([{ field: 'controls', base: 'Old controls.', mine: 'My controls.', theirs: 'Their controls.' }]);
    expect(riskFromFields(result.merged)).toMatchObject({ title: 'My title', controls: 'Their controls.' });
    expect(resolveRiskConflict(read, mine, theirs)).toMatchObject({ title: 'My title', controls: 'Their controls.' });
    expect(resolveRiskConflict(read, mine, theirs, { controls: 'mine' })).toMatchObject({ title: 'My title', controls: 'My controls.' });
    expect(resolveRiskConflict(read, mine, theirs, {}, 'mine')).toMatchObject({ controls: 'My controls.' });
  });

  it('is no conflict when both made the same change', () => {
    const same: IRiskContent = { ...read, controls: 'Same.' };
    expect(threeWayRisk(read, same, { ...same }).conflicts).toEqual([]);
  });

  it('never splits a score: likelihood and impact come from the same person', () => {
    const theirs: IRiskContent = { ...read, current: sc(3, 5) };
    const mine: IRiskContent = { ...read, current: sc(4, 4) };
    const result = threeWayRisk(read, mine, theirs);
    expect(result.conflicts.map((c) => c.field)).toEqual(['currentLikelihood', 'currentImpact']);
    expect(riskFromFields(result.merged).current).toEqual(sc(3, 5));
    expect(resolveRiskConflict(read, mine, theirs, { currentImpact: 'mine' }).current).toEqual(sc(4, 4));
    // Only one of them re-scored: theirs is kept whole, and yours whole.
    expect(riskFromFields(threeWayRisk(read, { ...read, title: 'T' }, theirs).merged).current).toEqual(sc(3, 5));
    expect(riskFromFields(threeWayRisk(read, mine, { ...read, title: 'T' }).merged)).toMatchObject({ current: sc(4, 4), title: 'T' });
  });

  it('works on any records, with or without groups', () => {
    const result = threeWay({ a: 1, b: 'x' }, { a: 2, b: 'x' }, { a: 1, b: 'y' }, ['a', 'b']);
    expect(result).toEqual({ theirChanges: [{ field: 'b', from: 'x', to: 'y' }], myChanges: [{ field: 'a', from: 1, to: 2 }], conflicts: [], merged: { a: 2, b: 'y' }, clean: true });
    const clash = threeWay({ a: 1 }, { a: 2 }, { a: 3 }, ['a']);
    expect(resolveThreeWay(clash, { a: 2 }, { a: 'mine' })).toEqual({ a: 2 });
    expect(resolveThreeWay(clash, { a: 2 }, {})).toEqual({ a: 3 });
  });
});

describe('a conflict with one\u2019s own lost save', () => {
  const change = (field: string, from: string, to: string): { field: string; from: string; to: string } => ({ field, from, to });

  it('is recognised when what is stored changed exactly the fields being saved, to the same values', () => {
    const mine = [change('controls', 'Old.', 'New.'), change('title', 'A', 'B')];
    expect(isOwnChangeAlready({ myChanges: mine, theirChanges: [...mine].reverse(), conflicts: [] })).toBe(true);
  });

  it('is not when someone changed anything else, anything differently, or nothing is being saved', () => {
    const mine = [change('controls', 'Old.', 'New.')];
    expect(isOwnChangeAlready({ myChanges: mine, theirChanges: [...mine, change('title', 'A', 'C')], conflicts: [] })).toBe(false);
    expect(isOwnChangeAlready({ myChanges: mine, theirChanges: [change('controls', 'Old.', 'Other.')], conflicts: [{}] })).toBe(false);
    expect(isOwnChangeAlready({ myChanges: mine, theirChanges: [change('title', 'A', 'C')], conflicts: [] })).toBe(false);
    expect(isOwnChangeAlready({ myChanges: [], theirChanges: [], conflicts: [] })).toBe(false);
  });
});
