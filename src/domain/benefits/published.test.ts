import { derivableEntries, suppress } from '../survey/suppression';
import { ESSEX_LICENCE_EXAMPLE } from './benchmarks';
import { valueForMoneyByForce, type IBenefitInputsLike } from './perForce';
import { buildPublishedBenefits, parsePublishedBenefits, serialisePublishedBenefits, type IPublishOptions, type IPublishedBenefits } from './published';
import { assumptions, cost, licensed, responses } from './testing';
import type { IBenefitResponse } from './types';

const OPTIONS: IPublishOptions = { surveyKey: 'copilot-evaluation', waveId: 'month1', provisional: false, computedOn: '2026-11-23', minGroupSize: 10 };

function inputs(overrides: Partial<IBenefitInputsLike> = {}): IBenefitInputsLike {
  return {
    assumptions: assumptions(),
    // Worker type averages only, so no group's grade appears in the published cost table.
    costs: [cost({ grade: undefined }), cost({ workerType: 'Officer', grade: undefined, hourlyCostPence: 3000 }), cost({ force: 'Kent', grade: undefined })],
    licences: {
      groups: [licensed(), licensed({ workerType: 'Officer', grade: 'Sergeant', licensedUsers: 40 }), licensed({ workerType: 'Officer', grade: 'Inspector', licensedUsers: 10 })],
      purchases: [{ force: 'Essex', ...ESSEX_LICENCE_EXAMPLE }]
    },
    ...overrides
  };
}

function publish(rs: IBenefitResponse[], ins: IBenefitInputsLike = inputs(), options: Partial<IPublishOptions> = {}): IPublishedBenefits {
  return buildPublishedBenefits(valueForMoneyByForce({ responses: rs, neverUse: [], withoutMinutes: [] }, ins), ins, { ...OPTIONS, ...options });
}

describe('published value for money', () => {
  it('keeps every figure of a large enough force and its groups, with the assumptions they rest on', () => {
    const p = publish([...responses(30), ...responses(12, { workerType: 'Officer', grade: 'Sergeant', netMinutesPerWeek: 60 })]);
    const essex = p.forces[0];
    expect(p).toMatchObject({ version: 1, surveyKey: 'copilot-evaluation', waveId: 'month1', provisional: false, computedOn: '2026-11-23', minGroupSize: 10 });
    expect(essex).toMatchObject({ force: 'Essex', suppressed: false, respondents: 42, hiddenGroups: 0, licence: ESSEX_LICENCE_EXAMPLE });
    expect(essex.groups.map((g) => [g.group.grade, g.respondents, g.licensedUsers, g.costLevel])).toEqual([
      ['Sergeant', 12, 40, 'workerType'],
      ['Band 4', 30, 500, 'workerType']
    ]);
    expect(essex.totals?.costPerLicence?.value).toBe(23_800);
    expect(essex.totals?.central?.valuePerYear.assumptions).toEqual(['responses', 'workingDaysPerWeek', 'workingDaysPerYear', 'hourlyCost', 'licensedUsers']);
    expect(p.all.groups).toEqual([]);
    expect(p.assumptions).toEqual(inputs().assumptions);
  });

  it('leaves out a group of fewer than the minimum, and one more so it cannot be worked out from the force total', () => {
    const rs = [
      ...responses(30),
      ...responses(12, { workerType: 'Officer', grade: 'Sergeant', netMinutesPerWeek: 60 }),
      ...responses(4, { workerType: 'Officer', grade: 'Inspector', netMinutesPerWeek: 300 })
    ];
    const p = publish(rs);
    const essex = p.forces[0];
    expect(essex.respondents).toBe(46);
    // The inspectors (4) are too few; the sergeants (12, the smallest other) go too, so 46 − 30 is two groups, not one.
    expect(essex.groups.map((g) => g.group.grade)).toEqual(['Band 4']);
    expect(essex.hiddenGroups).toBe(2);
    // Their answers still count in the force's figures.
    // Band 4: 500 × £2,437.50; sergeants: 12 min/day → 45 h × £30 = £1,350 × 40; inspectors: 60 min/day → 225 h × £30 = £6,750 × 10.
    expect(essex.totals?.central?.valuePerYear.value).toBe(121_875_000 + 40 * 135_000 + 10 * 675_000);
    const json = serialisePublishedBenefits(p);
    expect(json).not.toContain('Inspector');
    expect(json).not.toContain('Sergeant');
    // The rule it follows, checked independently: nothing withheld can be derived from what is shown.
    const table = { counts: [[12, 30, 4]], rowTotals: false, columnTotals: false, grandTotal: true };
    expect(derivableEntries(table, suppress(table, 10))).toEqual([]);
  });

  it('names no withheld group in its problems, merging them into counts; a lead’s live view may keep the names', () => {
    const rs = [...responses(30), ...responses(3, { workerType: 'Special', grade: 'Special' }), ...responses(2, { workerType: 'PCSO', grade: 'PCSO' })];
    const published = publish(rs);
    expect(published.forces[0].problems).toEqual([
      // Licensed groups without respondents are the lead's own inputs, not anyone's answers.
      { code: 'noResponses', subject: 'Essex/Officer/Inspector' },
      { code: 'noResponses', subject: 'Essex/Officer/Sergeant' },
      { code: 'missingCost', count: 2 },
      { code: 'noLicensedUsers', count: 2 }
    ]);
    expect(published.all.problems.filter((p) => p.subject !== undefined && /PCSO|Special/.test(p.subject))).toEqual([]);
    expect(serialisePublishedBenefits(published)).not.toMatch(/Special|PCSO/);

    const live = publish(rs, inputs(), { revealProblemSubjects: true });
    expect(live.forces[0].problems.map((p) => p.subject)).toEqual(
      expect.arrayContaining(['Essex/PCSO/PCSO', 'Essex/Special/Special'])
    );
    expect(live.forces[0].groups.map((g) => g.group.grade)).toEqual(['Band 4']);
  });

  it('keeps only the licence figures of a force with too few respondents, and withholds its partner too', () => {
    const ins = inputs({
      costs: [cost({ grade: undefined }), cost({ force: 'Kent', grade: undefined })],
      licences: {
        groups: [licensed(), licensed({ force: 'Kent', licensedUsers: 100 })],
        purchases: [
          { force: 'Essex', ...ESSEX_LICENCE_EXAMPLE },
          { force: 'Kent', licences: 100, annualCostPence: 2_380_000 }
        ]
      }
    });
    const p = publish([...responses(40), ...responses(6, { force: 'Kent' })], ins);
    const [essex, kent] = p.forces;
    for (const force of [essex, kent]) {
      expect(force.suppressed).toBe(true);
      expect(force.respondents).toBeUndefined();
      expect(force.perUser).toBeUndefined();
      expect(force.valuePerUserPerYear).toBeUndefined();
      expect(force.groups).toEqual([]);
      expect(force.totals?.central).toBeUndefined();
      expect(force.totals?.valuePerLicence).toBeUndefined();
      // From the lead's inputs alone: still shown.
      expect(force.totals?.costPerLicence?.value).toBe(23_800);
    }
    expect(kent.licence).toEqual({ licences: 100, annualCostPence: 2_380_000 });
    // All forces together are large enough.
    expect(p.all).toMatchObject({ suppressed: false, respondents: 46 });
    expect(p.all.totals?.central?.valuePerYear.value).toBe(600 * 243_750);
  });

  it('withholds everything drawn from answers when the whole wave is too small', () => {
    const p = publish(responses(9));
    expect(p.all.suppressed).toBe(true);
    expect(p.forces[0].suppressed).toBe(true);
    expect(p.all.respondents).toBeUndefined();
    expect(p.all.totals?.annualLicenceCost.value).toBe(11_900_000);
  });

  it('reads back exactly what it wrote', () => {
    const p = publish([...responses(30), ...responses(12, { workerType: 'Officer', grade: 'Sergeant', netMinutesPerWeek: -20 })]);
    const back = parsePublishedBenefits(serialisePublishedBenefits(p));
    expect(back).toEqual(p);
    expect(back?.forces[0].groups[0].time?.netMinutesPerDay.value).toBe(-4);
  });

  it.each([
    ['not JSON', '{"version": 1,'],
    ['another version', (p: IPublishedBenefits) => ({ ...p, version: 2 })],
    ['a figure of the wrong kind', (p: IPublishedBenefits) => ({ ...p, all: { ...p.all, perUser: { ...p.all.perUser, hoursPerYear: { value: '97.5' } } } })],
    ['an unknown unit', (p: IPublishedBenefits) => ({ ...p, forces: [{ ...p.forces[0], valuePerUserPerYear: { ...p.forces[0].valuePerUserPerYear, unit: 'euros' } }] })],
    ['a missing list', (p: IPublishedBenefits) => ({ ...p, forces: undefined })],
    ['a negative count', (p: IPublishedBenefits) => ({ ...p, all: { ...p.all, hiddenGroups: -1 } })],
    ['an unknown problem', (p: IPublishedBenefits) => ({ ...p, all: { ...p.all, problems: [{ code: 'everythingIsFine' }] } })],
    ['a bad day', (p: IPublishedBenefits) => ({ ...p, computedOn: '23/11/2026' })],
    ['an array', () => []]
  ])('refuses %s rather than showing half a result', (_name, change) => {
    const p = publish(responses(30));
    const json = typeof change === 'string' ? change : JSON.stringify(change(p));
    expect(parsePublishedBenefits(json)).toBeUndefined();
    expect(parsePublishedBenefits(serialisePublishedBenefits(p))).toBeDefined();
  });
});
