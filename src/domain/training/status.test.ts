import { appliesTo, inAudience } from './applicability';
import { attempts, counts, licenceReadiness, moduleStatus, myTraining } from './status';
import { completion, learner, trainingModule } from './testing';

const TODAY = '2026-11-23';

describe('who a module applies to', () => {
  it.each([
    [{}, true],
    [{ forces: ['Essex'] }, true],
    [{ forces: ['Kent'] }, false],
    [{ forces: ['Kent', 'essex '] }, true],
    [{ departments: ['Contact management'], workerTypes: ['Staff' as const] }, true],
    [{ departments: ['Contact management'], workerTypes: ['Officer' as const] }, false],
    [{ grades: ['Band 4', 'Band 5'] }, true],
    [{ jobTitles: ['Detective'] }, false],
    [{ forces: [], departments: [] }, true]
  ])('audience %j → %s', (audience, expected) => {
    expect(inAudience(audience, learner())).toBe(expected);
  });

  it('never applies a retired module', () => {
    expect(appliesTo(trainingModule({ active: false }), learner(), TODAY)).toBe(false);
  });

  it('stops applying on the day a learner leaves, not before', () => {
    expect(appliesTo(trainingModule(), learner({ leaveDate: TODAY }), TODAY)).toBe(false);
    expect(appliesTo(trainingModule(), learner({ leaveDate: '2026-11-24' }), TODAY)).toBe(true);
  });
});

describe('due, due soon, overdue and done', () => {
  // Module assigned 2026-10-01, due within 30 days → due 2026-10-31 for existing staff.
  it.each([
    ['2026-10-20', 'dueSoon', '2026-10-31'],
    ['2026-10-01', 'upcoming', '2026-10-31'],
    ['2026-10-17', 'dueSoon', '2026-10-31'], // exactly 14 days before
    ['2026-10-16', 'upcoming', '2026-10-31'],
    ['2026-10-31', 'dueSoon', '2026-10-31'], // due today is not yet overdue
    ['2026-11-01', 'overdue', '2026-10-31']
  ])('on %s a learner who has not done it is %s (due %s)', (today, state, dueOn) => {
    const s = moduleStatus(trainingModule(), learner(), [], today);
    expect(s?.state).toBe(state);
    expect(s?.dueOn).toBe(dueOn);
  });

  it('gives a joiner the full period from their start date', () => {
    const s = moduleStatus(trainingModule(), learner({ startDate: '2026-11-20' }), [], TODAY);
    expect(s?.dueOn).toBe('2026-12-20');
    expect(s?.state).toBe('upcoming');
  });

  it('counts a completion as done, once and for all without a refresh period', () => {
    const s = moduleStatus(trainingModule(), learner(), [completion()], '2030-01-01');
    expect(s?.state).toBe('done');
    expect(s?.validUntil).toBeUndefined();
  });

  it('ignores other people\u2019s and other modules\u2019 records', () => {
    const others = [completion({ upn: 'kent.pc@policing.example' }), completion({ moduleKey: 'prompt-writing' })];
    expect(moduleStatus(trainingModule(), learner(), others, TODAY)?.state).toBe('overdue');
  });

  it('makes a refreshed module due again when the period runs out', () => {
    const m = trainingModule({ refreshMonths: 12 });
    const c = completion({ completedOn: '2025-11-30' });
    expect(moduleStatus(m, learner(), [c], '2026-11-29')?.state).toBe('done');
    const onExpiry = moduleStatus(m, learner(), [c], '2026-11-30');
    expect(onExpiry?.state).toBe('dueSoon');
    expect(onExpiry?.dueOn).toBe('2026-11-30');
    expect(moduleStatus(m, learner(), [c], '2026-12-01')?.state).toBe('overdue');
    // A fresh completion starts a new year.
    expect(moduleStatus(m, learner(), [c, completion({ completedOn: '2026-12-02' })], '2027-06-01')?.validUntil).toBe('2027-12-02');
  });

  it('needs a passed knowledge check where the module has one', () => {
    const m = trainingModule({ knowledgeCheck: { passMark: 80, maxAttempts: 3, questions: [] } });
    expect(counts(m, completion({ score: 79 }))).toBe(false);
    expect(counts(m, completion({ score: 80 }))).toBe(true);
    expect(counts(m, completion({ score: undefined }))).toBe(false);
    expect(moduleStatus(m, learner(), [completion({ score: 60 }), completion({ score: 90, completedOn: '2026-10-20' })], TODAY)?.state).toBe('done');
  });

  it('counts knowledge check attempts and stops at the limit', () => {
    const m = trainingModule({ knowledgeCheck: { passMark: 80, maxAttempts: 2, questions: [] } });
    expect(attempts(m, learner(), [])).toEqual({ used: 0, allowed: true });
    expect(attempts(m, learner(), [completion({ score: 50 })])).toEqual({ used: 1, allowed: true });
    expect(attempts(m, learner(), [completion({ score: 50 }), completion({ score: 70 })])).toEqual({ used: 2, allowed: false });
    expect(attempts(trainingModule({ knowledgeCheck: { passMark: 80, maxAttempts: undefined, questions: [] } }), learner(), [completion({ score: 1 })]).allowed).toBe(true);
  });
});

describe('policy attestation', () => {
  const v1 = trainingModule({ key: 'acceptable-use', policy: { version: 1, publishedOn: '2026-10-01' } });
  const v2 = trainingModule({ key: 'acceptable-use', policy: { version: 2, publishedOn: '2026-11-16' } });
  const attested = completion({ moduleKey: 'acceptable-use', policyVersion: 1, completedOn: '2026-10-10' });

  it('counts an attestation to the current version', () => {
    expect(moduleStatus(v1, learner(), [attested], TODAY)?.state).toBe('done');
  });

  it('makes the attestation due again when a new version is published, due from its publication', () => {
    const s = moduleStatus(v2, learner(), [attested], TODAY);
    expect(s?.state).toBe('upcoming');
    expect(s?.dueOn).toBe('2026-12-16');
  });

  it('refuses an attestation without a version, and accepts one to the new version', () => {
    expect(moduleStatus(v1, learner(), [completion({ moduleKey: 'acceptable-use' })], TODAY)?.state).toBe('overdue');
    expect(moduleStatus(v2, learner(), [attested, completion({ moduleKey: 'acceptable-use', policyVersion: 2, completedOn: TODAY })], TODAY)?.state).toBe('done');
  });
});

describe('my training and licence readiness', () => {
  const modules = [
    trainingModule({ key: 'copilot-basics' }),
    trainingModule({ key: 'prompt-writing', mandatory: false, assignedOn: '2026-11-01' }),
    trainingModule({ key: 'data-protection', assignedOn: '2026-11-20' }),
    trainingModule({ key: 'kent-only', audience: { forces: ['Kent'] } })
  ];

  it('lists what applies, mandatory first then by due day', () => {
    const list = myTraining(modules, learner(), [], TODAY);
    expect(list.map((s) => s.moduleKey)).toEqual(['copilot-basics', 'data-protection', 'prompt-writing']);
    expect(list.map((s) => s.state)).toEqual(['overdue', 'upcoming', 'dueSoon']);
  });

  it('is ready for a licence only when every mandatory module is done', () => {
    expect(licenceReadiness(modules, learner(), [], TODAY)).toEqual({ ready: false, outstanding: ['copilot-basics', 'data-protection'] });
    const done = [completion(), completion({ moduleKey: 'data-protection' })];
    expect(licenceReadiness(modules, learner(), done, TODAY)).toEqual({ ready: true, outstanding: [] });
  });

  it('never counts a leaver as ready', () => {
    expect(licenceReadiness(modules, learner({ leaveDate: '2026-11-01' }), [completion(), completion({ moduleKey: 'data-protection' })], TODAY).ready).toBe(false);
  });
});
