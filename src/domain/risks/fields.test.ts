import {
  actionFromFields,
  actionToFields,
  appetiteFromFields,
  appetiteToFields,
  assessmentFromFields,
  assessmentToFields,
  parseIds,
  parsePeople,
  raidFromFields,
  raidToFields,
  riskFromFields,
  riskToFields,
  RISK_FIELD_KEYS,
  ASSESSMENT_FIELD_KEYS,
  ACTION_FIELD_KEYS,
  RAID_FIELD_KEYS,
  APPETITE_FIELD_KEYS,
  serialiseIds,
  serialisePeople,
  type IRiskFields
} from './fields';
import { action, appetite, assessment, raid, risk, sc } from './testing';
import type { IRiskContent } from './types';

const contentOf = (r: IRiskContent): IRiskContent => riskFromFields(riskToFields(r));

describe('records of columns', () => {
  it('round-trips a risk\u2019s content', () => {
    const r = risk({ actionees: ['a@x.example', 'B@X.example'], escalation: 'forceExecutive', escalatedOn: '2026-11-02', escalationNote: 'Out of appetite.' });
    const content: Partial<typeof r> = { ...r };
    (['id', 'etag', 'createdAt', 'modifiedAt', 'author', 'editor'] as const).forEach((k) => delete content[k]);
    expect(contentOf(r)).toEqual({ ...content, actionees: ['a@x.example', 'b@x.example'] });
  });

  it('stores empty text as null, people and owners in lower case, scores as six numbers', () => {
    const f = riskToFields(risk({ cause: '  ', controls: '', ownerUpn: ' Kent.Board@Policing.Example ', current: sc(3, 4), target: null }));
    expect(f).toMatchObject({ cause: null, controls: null, ownerUpn: 'kent.board@policing.example', currentLikelihood: 3, currentImpact: 4, targetLikelihood: null, targetImpact: null });
  });

  it('lists every column of each record in its keys', () => {
    expect(RISK_FIELD_KEYS.slice().sort()).toEqual(Object.keys(riskToFields(risk())).sort());
    expect(ASSESSMENT_FIELD_KEYS.slice().sort()).toEqual(Object.keys(assessmentToFields(1, assessment(1, 'Kent', sc(1, 1)))).sort());
    expect(ACTION_FIELD_KEYS.slice().sort()).toEqual(Object.keys(actionToFields(action([1]))).sort());
    expect(RAID_FIELD_KEYS.slice().sort()).toEqual(Object.keys(raidToFields(raid())).sort());
    expect([...APPETITE_FIELD_KEYS, 'title'].sort()).toEqual(Object.keys(appetiteToFields(appetite('copilotGovernance', 9))).sort());
  });

  it('reads values the app would never write as their safest meaning', () => {
    const odd = { ...riskToFields(risk()), kind: 'hazard', category: 'weather', status: 'archived', escalation: 'sky', response: 'pray', proximity: 'soon', currentLikelihood: 7 } as unknown as IRiskFields;
    expect(riskFromFields(odd)).toMatchObject({ kind: 'threat', category: 'copilotGovernance', status: 'open', escalation: 'none', response: null, proximity: null, current: null });
  });

  it('round-trips assessments, actions, RAID items and appetite', () => {
    const a = assessment(7, 'Essex', sc(4, 5), { notes: 'Two incidents.' });
    expect(assessmentFromFields(assessmentToFields(7, a))).toEqual({ force: 'Essex', ownerUpn: a.ownerUpn, inherent: a.inherent, current: a.current, target: a.target, assessedOn: a.assessedOn, notes: 'Two incidents.' });
    const act = action([3, 5], { status: 'done', completedOn: '2026-11-20' });
    expect(actionFromFields(actionToFields(act))).toMatchObject({ riskIds: [3, 5], status: 'done', completedOn: '2026-11-20' });
    const item = raid({ type: 'decision', riskIds: [12], resolution: 'Agreed.' });
    expect(raidFromFields(raidToFields(item))).toMatchObject({ type: 'decision', riskIds: [12], resolution: 'Agreed.' });
    expect(appetiteFromFields(appetiteToFields(appetite('storageRecords', 6, 'Essex', { level: 'minimal' })))).toEqual({ category: 'storageRecords', force: 'Essex', maxScore: 6, level: 'minimal', rationale: '' });
    expect(appetiteToFields({ category: 'storageRecords', force: '  ', maxScore: 6, level: null, rationale: '' }).force).toBeNull();
  });
});

describe('id and people lists', () => {
  it('writes ids ;12;40; so that ;12; never matches 112', () => {
    expect(serialiseIds([12, 40, 12, 0, -3, 1.5])).toBe(';12;40;');
    expect(serialiseIds([])).toBeNull();
    expect(';112;'.indexOf(';12;')).toBe(-1);
  });

  it('reads ids however they were typed', () => {
    expect(parseIds(';12;40;')).toEqual([12, 40]);
    expect(parseIds('12, 40 7\n7')).toEqual([12, 40, 7]);
    expect(parseIds('R-12; x')).toEqual([]);
    expect(parseIds(null)).toEqual([]);
  });

  it('writes and reads people, normalised and without duplicates', () => {
    expect(serialisePeople(['A@x.example', 'a@x.example ', '', 'b@x.example'])).toBe('a@x.example; b@x.example');
    expect(serialisePeople([])).toBeNull();
    expect(parsePeople('a@x.example;B@x.example,\nc@x.example  a@x.example')).toEqual(['a@x.example', 'b@x.example', 'c@x.example']);
  });
});
