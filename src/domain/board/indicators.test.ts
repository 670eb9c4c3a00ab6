/**
 * The live indicators from what the other parts publish, with a fixed clock (today 23 November 2026).
 */
import { valueForMoneyByForce, type IBenefitInputsLike } from '../benefits/perForce';
import { buildPublishedBenefits } from '../benefits/published';
import { assumptions, cost, licensed, responses } from '../benefits/testing';
import { ESSEX_LICENCE_EXAMPLE } from '../benefits/benchmarks';
import { buildSummary } from '../training/summary';
import { completion, learner, trainingModule } from '../training/testing';
import type { ICompletion, ILearner } from '../training/types';
import { ALL_FORCES, benefitsRealisation, poorOutputs, readinessModules, trainingReadiness } from './indicators';

const TODAY = '2026-11-23';

describe('training readiness', () => {
  const basics = trainingModule({ key: 'basics', mandatory: true });
  const policy = trainingModule({ key: 'aup', mandatory: true, policy: { version: 2, publishedOn: '2026-11-16' } });
  const optional = trainingModule({ key: 'prompts', mandatory: false });
  const retired = trainingModule({ key: 'old', mandatory: true, active: false });
  const modules = [basics, policy, optional, retired];

  const person = (force: 'Kent' | 'Essex', n: number): ILearner => learner({ upn: `${force.toLowerCase()}${n}@policing.example`, force });
  const kent = [1, 2, 3, 4].map((n) => person('Kent', n));
  const essex = [1, 2].map((n) => person('Essex', n));
  const done = (l: ILearner, moduleKey: string, extra: Partial<ICompletion> = {}): ICompletion => completion({ upn: l.upn, moduleKey, ...extra });
  const records = new Map<string, ICompletion[]>([
    // Kent: three have the basics; two attested the current policy, one only the superseded version.
    [kent[0].upn, [done(kent[0], 'basics'), done(kent[0], 'aup', { policyVersion: 2, completedOn: '2026-11-17' }), done(kent[0], 'prompts')]],
    [kent[1].upn, [done(kent[1], 'basics'), done(kent[1], 'aup', { policyVersion: 2, completedOn: '2026-11-18' })]],
    [kent[2].upn, [done(kent[2], 'basics'), done(kent[2], 'aup', { policyVersion: 1, completedOn: '2026-10-10' })]],
    // Essex: both have the basics, nobody the policy.
    [essex[0].upn, [done(essex[0], 'basics')]],
    [essex[1].upn, [done(essex[1], 'basics')]]
  ]);
  const rebuild = (force: 'Kent' | 'Essex', people: ILearner[], rebuiltAt: string): { force: string; rebuiltAt: string; summary: ReturnType<typeof buildSummary> } => ({
    force,
    rebuiltAt,
    summary: buildSummary(people, modules, records, '2026-11-22', 100)
  });

  it('counts the mandatory active modules only (all active ones when none is mandatory)', () => {
    expect(readinessModules(modules).map((m) => m.key)).toEqual(['basics', 'aup']);
    expect(readinessModules([optional, retired]).map((m) => m.key)).toEqual(['prompts']);
  });

  it('gives each force the share of its mandatory assignments done and in date, and all forces together', () => {
    const indicator = trainingReadiness({
      rebuilds: [rebuild('Kent', kent, '2026-11-22T19:30:00.000Z'), rebuild('Essex', essex, '2026-11-20T19:30:00.000Z')],
      modules,
      today: TODAY,
      source: 'Training summary'
    });
    expect(indicator).toEqual({
      key: 'trainingReadiness',
      topic: 'trainingReadiness',
      unit: 'percent',
      source: 'Training summary',
      // The older of the two rebuilds: every row is at least that recent.
      publishedAt: '2026-11-20T19:30:00.000Z',
      rows: [
        // Kent: 3 of 4 basics, 2 of 4 current attestations → 5 of 8.
        { force: 'Kent', value: 62.5, base: 8 },
        { force: 'Essex', value: 50, base: 4 },
        { force: ALL_FORCES, value: 58.3, base: 12 }
      ]
    });
  });

  it('says nothing was published for a force without a rebuild, and nothing at all without any', () => {
    const kentOnly = trainingReadiness({ rebuilds: [rebuild('Kent', kent, '2026-11-22T19:30:00.000Z')], modules, today: TODAY, source: 'Training summary' });
    expect(kentOnly.rows).toEqual([
      { force: 'Kent', value: 62.5, base: 8 },
      { force: 'Essex', value: null, base: null },
      { force: ALL_FORCES, value: 62.5, base: 8 }
    ]);
    expect(trainingReadiness({ rebuilds: [], modules, today: TODAY, source: 'Training summary' })).toMatchObject({ publishedAt: null, rows: [] });
  });

  it('judges run-out completions on the day asked', () => {
    const yearly = trainingModule({ key: 'basics', mandatory: true, refreshMonths: 1 });
    const summary = buildSummary(essex, [yearly], records, '2026-11-22', 100);
    const now = trainingReadiness({ rebuilds: [{ force: 'Essex', rebuiltAt: '2026-11-22T19:30:00.000Z', summary }], modules: [yearly], today: '2026-11-10', source: 's' });
    const later = trainingReadiness({ rebuilds: [{ force: 'Essex', rebuiltAt: '2026-11-22T19:30:00.000Z', summary }], modules: [yearly], today: '2026-11-23', source: 's' });
    expect(now.rows[1]).toEqual({ force: 'Essex', value: 100, base: 2 });
    expect(later.rows[1]).toEqual({ force: 'Essex', value: 0, base: 2 });
  });

  it('adds forces beyond the expected ones after them', () => {
    const met = [learner({ upn: 'met1@policing.example', force: 'Met' })];
    const indicator = trainingReadiness({ rebuilds: [rebuild('Kent', kent, '2026-11-22T19:30:00.000Z'), { force: 'Met', rebuiltAt: '2026-11-21T19:30:00.000Z', summary: buildSummary(met, modules, records, '2026-11-22', 1) }], modules, today: TODAY, source: 's' });
    expect(indicator.rows.map((r) => [r.force, r.value])).toEqual([
      ['Kent', 62.5],
      ['Essex', null],
      ['Met', 0],
      [ALL_FORCES, 50]
    ]);
  });
});

describe('benefits realisation', () => {
  const inputs: IBenefitInputsLike = {
    assumptions: assumptions(),
    costs: [cost({ grade: undefined }), cost({ force: 'Kent', grade: undefined })],
    licences: { groups: [licensed(), licensed({ force: 'Kent' })], purchases: [{ force: 'Essex', ...ESSEX_LICENCE_EXAMPLE }, { force: 'Kent', ...ESSEX_LICENCE_EXAMPLE }] }
  };
  const publish = (rs: ReturnType<typeof responses>): ReturnType<typeof buildPublishedBenefits> =>
    buildPublishedBenefits(valueForMoneyByForce({ responses: rs, neverUse: [], withoutMinutes: [] }, inputs), inputs, { surveyKey: 'copilot', waveId: 'month1', provisional: false, computedOn: '2026-10-26', minGroupSize: 10 });

  it('shows net minutes saved a week per licensed user, per force and for all, from the published figures', () => {
    const p = publish([...responses(30, { netMinutesPerWeek: 130 }), ...responses(20, { force: 'Kent', netMinutesPerWeek: 60 })]);
    const indicator = benefitsRealisation({ published: p, publishedAt: '2026-10-26T10:00:00.000Z', source: 'Copilot evaluation \u2014 month1' });
    expect(indicator).toMatchObject({ key: 'benefitsRealisation', topic: 'benefitsRealisation', unit: 'minutesPerWeek', source: 'Copilot evaluation \u2014 month1', publishedAt: '2026-10-26T10:00:00.000Z' });
    expect(indicator.rows).toEqual([
      { force: 'Kent', value: 60, base: 20 },
      { force: 'Essex', value: 130, base: 30 },
      { force: ALL_FORCES, value: 102, base: 50 }
    ]);
  });

  it('never estimates a force withheld as too small to publish', () => {
    const p = publish([...responses(30, { netMinutesPerWeek: 130 }), ...responses(4, { force: 'Kent', netMinutesPerWeek: 60 })]);
    const rows = benefitsRealisation({ published: p, publishedAt: '2026-10-26T10:00:00.000Z', source: 's' }).rows;
    expect(rows[0]).toEqual({ force: 'Kent', value: null, base: null });
    // Essex is withheld too, as the complement (else Kent = all forces − Essex); all forces together are shown.
    expect(p.forces.map((f) => [f.force, f.suppressed])).toEqual([
      ['Essex', true],
      ['Kent', true]
    ]);
    expect(rows[1]).toEqual({ force: 'Essex', value: null, base: null });
    expect(rows[2]).toEqual({ force: ALL_FORCES, value: 121.8, base: 34 });
  });

  it('says nothing was published yet', () => {
    expect(benefitsRealisation({ published: undefined, publishedAt: '2026-10-26T10:00:00.000Z', source: 'Copilot evaluation' })).toMatchObject({ publishedAt: null, rows: [] });
  });
});

describe('poor outputs', () => {
  it('counts reports not yet triaged per force, every report as the base, and the newest report as the time', () => {
    const indicator = poorOutputs({
      reports: [
        { force: 'Kent', status: 'new', reportedAt: '2026-11-20T10:00:00.000Z' },
        { force: 'Kent', status: 'triaged', reportedAt: '2026-11-02T10:00:00.000Z' },
        { force: 'kent', status: 'new', reportedAt: '2026-11-21T10:00:00.000Z' },
        { force: 'Essex', status: 'onRiskRegister', reportedAt: '2026-11-03T10:00:00.000Z' },
        { force: null, status: 'new', reportedAt: '2026-11-22T08:00:00.000Z' }
      ],
      source: 'Poor output reports'
    });
    expect(indicator).toEqual({
      key: 'poorOutputs',
      topic: 'copilotGovernance',
      unit: 'count',
      source: 'Poor output reports',
      publishedAt: '2026-11-22T08:00:00.000Z',
      rows: [
        { force: 'Kent', value: 2, base: 3 },
        // No report to triage is an answer (0), not "nothing published".
        { force: 'Essex', value: 0, base: 1 },
        // A report without a force counts in all forces only.
        { force: ALL_FORCES, value: 3, base: 5 }
      ]
    });
  });

  it('has zero rows, and no time, when nothing was reported', () => {
    expect(poorOutputs({ reports: [], source: 's', forces: ['Kent'] })).toMatchObject({
      publishedAt: null,
      rows: [
        { force: 'Kent', value: 0, base: 0 },
        { force: ALL_FORCES, value: 0, base: 0 }
      ]
    });
  });
});
