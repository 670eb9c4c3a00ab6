import { actionProblems, appetiteProblems, assessmentProblems, blankRisk, blocking, isReference, isUpn, raidProblems, responsesFor, riskProblems } from './content';
import { action, assessment, jointRisk, raid, risk, sc } from './testing';
import type { IRiskContent } from './types';

const codes = (c: IRiskContent): string[] => riskProblems(c).map((p) => `${p.severity}:${p.field}:${p.code}`);

describe('risk rules', () => {
  it('accepts a complete single-force risk and a joint risk without scores', () => {
    expect(codes(risk())).toEqual([]);
    expect(codes(jointRisk())).toEqual([]);
  });

  it('requires a reference, title, force and one owner who is a sign-in name', () => {
    expect(codes({ ...risk(), reference: ' ', title: '', force: '', ownerUpn: '' })).toEqual(['error:reference:required', 'error:title:required', 'error:force:required', 'error:ownerUpn:required']);
    expect(codes({ ...risk(), ownerUpn: 'Ruth Calder' })).toEqual(['error:ownerUpn:notASignInName']);
    expect(codes({ ...risk(), ownerUpn: 'a@x.example; b@x.example' })).toEqual(['error:ownerUpn:notASignInName']);
    expect(codes({ ...risk(), actionees: ['a@x.example', 'Bob', 'Carol'] })).toEqual(['error:actionees:notASignInName']);
    expect(codes({ ...risk(), reference: '#1' })).toEqual(['error:reference:referenceFormat']);
    expect(codes({ ...risk(), reference: 'R'.repeat(33) })).toEqual(['error:reference:referenceFormat']);
    expect(codes({ ...risk(), title: 'x'.repeat(256) })).toEqual(['error:title:tooLong']);
  });

  it('matches responses to the kind', () => {
    expect(responsesFor('threat')).toEqual(['avoid', 'reduce', 'transfer', 'share', 'accept']);
    expect(responsesFor('opportunity')).toEqual(['exploit', 'enhance', 'share', 'accept']);
    expect(codes({ ...risk(), response: 'exploit' })).toEqual(['error:response:responseForKind']);
    expect(codes({ ...risk(), kind: 'opportunity', response: 'avoid' })).toEqual(['error:response:responseForKind']);
    expect(codes({ ...risk(), kind: 'opportunity', response: 'share' })).toEqual([]);
  });

  it('needs a current score on an open single-force risk, and none on a joint risk\u2019s own item', () => {
    expect(codes({ ...risk(), current: null })).toEqual(['error:current:currentRequired']);
    expect(codes({ ...risk(), current: null, status: 'proposed' })).toEqual([]);
    expect(codes({ ...jointRisk(), current: sc(3, 3) })).toEqual(['error:current:jointScoresOnAssessments']);
  });

  it('warns when a threat\u2019s current score is above its inherent one, or its target above its current one', () => {
    expect(codes({ ...risk(), inherent: sc(2, 2), current: sc(3, 3), target: sc(4, 4) })).toEqual(['warning:current:currentAboveInherent', 'warning:target:targetAboveCurrent']);
    expect(codes({ ...risk(), kind: 'opportunity', response: 'exploit', inherent: sc(2, 2), current: sc(3, 3), target: sc(4, 4) })).toEqual([]);
    expect(blocking(riskProblems({ ...risk(), inherent: sc(2, 2), current: sc(3, 3) }))).toEqual([]);
  });

  it('checks days, a closed risk\u2019s closing day, and warns of an escalation without a day', () => {
    expect(codes({ ...risk(), reviewDate: '2026-02-30' })).toEqual(['error:reviewDate:invalidDate']);
    expect(codes({ ...risk(), status: 'closed' })).toEqual(['error:closedOn:required']);
    expect(codes({ ...risk(), status: 'closed', closedOn: '2026-11-20' })).toEqual([]);
    expect(codes({ ...risk(), escalation: 'national' })).toEqual(['warning:escalatedOn:escalatedOnMissing']);
  });

  it('starts a form from a blank proposed-to-be risk', () => {
    const blank = blankRisk('Essex', 'essex.board@policing.example', 'storageRecords');
    expect(blank).toMatchObject({ force: 'Essex', category: 'storageRecords', status: 'open', kind: 'threat', escalation: 'none', current: null });
    expect(codes(blank)).toEqual(['error:reference:required', 'error:title:required', 'error:current:currentRequired']);
  });
});

describe('other items\u2019 rules', () => {
  it('checks assessments', () => {
    expect(assessmentProblems(assessment(1, 'Kent', sc(3, 3)))).toEqual([]);
    expect(assessmentProblems({ ...assessment(1, '', sc(5, 5)), ownerUpn: 'nobody', inherent: sc(2, 2) }).map((p) => p.code)).toEqual(['required', 'notASignInName', 'currentAboveInherent']);
    expect(assessmentProblems({ ...assessment(1, 'Kent', sc(2, 2)), target: sc(3, 3) }, 'opportunity')).toEqual([]);
  });

  it('checks actions: a title, an owner, at least one risk, a completion day when done', () => {
    expect(actionProblems(action([1]))).toEqual([]);
    expect(actionProblems({ ...action([]), title: '', status: 'done', dueDate: 'tomorrow' }).map((p) => `${p.field}:${p.code}`)).toEqual(['title:required', 'riskIds:required', 'dueDate:invalidDate', 'completedOn:required']);
  });

  it('checks RAID items and appetite', () => {
    expect(raidProblems(raid())).toEqual([]);
    expect(raidProblems({ ...raid(), reference: '', ownerUpn: 'x', status: 'closed' }).map((p) => `${p.field}:${p.code}`)).toEqual(['reference:required', 'ownerUpn:notASignInName', 'closedOn:required']);
    expect(appetiteProblems({ category: 'licensingFinance', force: null, maxScore: 12, level: 'open', rationale: '' })).toEqual([]);
    expect([0, 26, 2.5].map((maxScore) => appetiteProblems({ category: 'licensingFinance', force: null, maxScore, level: null, rationale: '' }).length)).toEqual([1, 1, 1]);
  });

  it('knows a sign-in name and a reference', () => {
    expect(['a@b.c', 'ruth.calder@kent.police.uk', 'Ruth', 'a@b', 'a b@c.d'].map(isUpn)).toEqual([true, true, false, false, false]);
    expect(['J-CG-01', 'R 12', 'k/2026/3', '-1', '', ' R-1 '].map(isReference)).toEqual([true, true, true, false, false, true]);
  });
});
