import { ESSEX_LICENCE_EXAMPLE } from './benchmarks';
import { ratio } from './rational';
import { assumptions, cost, licensed, response, responses } from './testing';
import type { IFigure } from './types';
import type { IValueForMoneyInput, IValueForMoneyResult } from './valueForMoney';
import { breakEvenMinutesPerDay, costPerLicence, valueForMoney, yearlyTime } from './valueForMoney';

function input(overrides: Partial<IValueForMoneyInput> = {}): IValueForMoneyInput {
  return {
    responses: responses(10),
    costs: [cost()],
    licensedGroups: [licensed()],
    licence: ESSEX_LICENCE_EXAMPLE,
    assumptions: assumptions(),
    ...overrides
  };
}

function codes(result: IValueForMoneyResult): string[] {
  return result.problems.map((p) => (p.subject === undefined ? p.code : `${p.code}:${p.subject}`));
}

/** Every figure anywhere in a result, for checks that apply to all of them. */
function figures(x: unknown): IFigure[] {
  if (!x || typeof x !== 'object') return [];
  if ('unit' in x && 'exact' in x) return [x as IFigure];
  return Object.values(x as Record<string, unknown>).reduce<IFigure[]>((all, v) => all.concat(figures(v)), []);
}

describe('the must-demonstrate case: 26 net minutes a day, 500 licences at £119,000', () => {
  // Answers averaging 130 net minutes a week (÷ 5 working days = 26 a day); Band 4 staff at £25.00 an hour.
  const result = valueForMoney(input({ responses: [100, 160, 130, 90, 170].map((m) => response({ netMinutesPerWeek: m })) }));
  const totals = result.totals!;

  it('gives 26 min/day = 97.5 hours = 13 working days a year per user', () => {
    expect(result.respondents).toBe(5);
    expect(result.perUser?.netMinutesPerDay.value).toBe(26);
    expect(result.perUser?.hoursPerYear.value).toBe(97.5); // 26 × 225 ÷ 60
    expect(result.perUser?.workingDaysPerYear.value).toBe(13); // 97.5 ÷ 7.5
  });

  it('costs £238 a licence and breaks even at 2.54 minutes a day (2.538666… rounded half away from zero)', () => {
    expect(totals.annualLicenceCost.value).toBe(11_900_000);
    expect(totals.costPerLicence?.value).toBe(23_800);
    // £238 ÷ (£25 × 225) × 60 = 1,428,000 ÷ 562,500 = 2.5386…
    expect(result.groups[0].breakEvenMinutesPerDay?.value).toBe(2.54);
    expect(result.groups[0].breakEvenMinutesPerDay?.exact).toBeCloseTo(2.538667, 6);
    // Every licence is held by this group, so the overall figure is the same.
    expect(totals.breakEvenMinutesPerDay?.value).toBe(2.54);
  });

  it('values the time to the penny', () => {
    const group = result.groups[0];
    expect(group.hourlyCost?.value).toBe(2500);
    expect(group.valuePerUserPerYear?.value).toBe(243_750); // 97.5 h × £25 = £2,437.50
    expect(group.valuePerYear?.value).toBe(121_875_000); // × 500 = £1,218,750.00
    expect(totals.central.valuePerYear.value).toBe(121_875_000);
    expect(totals.valuePerLicence?.value).toBe(243_750);
    expect(totals.central.netValue.value).toBe(109_975_000); // £1,099,750.00
    expect(totals.central.returnRatio.value).toBe(10.24); // 1,218,750 ÷ 119,000 = 10.2416…
    expect(totals.central.paybackMonths?.value).toBe(1.17); // 12 × 119,000 ÷ 1,218,750 = 1.1717…
  });

  it('gives a ±20 % sensitivity band on the minutes', () => {
    expect(totals.low.netMinutesPerUserPerDay.value).toBe(20.8);
    expect(totals.high.netMinutesPerUserPerDay.value).toBe(31.2);
    expect(totals.low.valuePerYear.value).toBe(97_500_000);
    expect(totals.high.valuePerYear.value).toBe(146_250_000);
    expect(totals.low.netValue.value).toBe(85_600_000);
    expect(totals.high.netValue.value).toBe(134_350_000);
    expect(totals.low.returnRatio.value).toBe(8.19); // 8.1932…
    expect(totals.high.returnRatio.value).toBe(12.29); // 12.2899…
    expect(totals.low.paybackMonths?.value).toBe(1.46); // 1.4646…
    expect(totals.high.paybackMonths?.value).toBe(0.98); // 0.9764…
  });

  it('is complete, and every figure says what it rests on', () => {
    expect(result.problems).toEqual([]);
    expect(result.complete).toBe(true);
    const all = figures(result);
    expect(all.length).toBeGreaterThan(25);
    for (const f of all) expect(f.assumptions.length).toBeGreaterThan(0);
    expect(totals.central.valuePerYear.assumptions).toEqual(['responses', 'workingDaysPerWeek', 'workingDaysPerYear', 'hourlyCost', 'licensedUsers']);
    expect(totals.low.valuePerYear.assumptions).toContain('sensitivityPercent');
    expect(totals.central.valuePerYear.assumptions).not.toContain('sensitivityPercent');
    expect(result.perUser?.workingDaysPerYear.assumptions).toContain('hoursPerWorkingDay');
    expect(totals.central.netValue.assumptions).toContain('licenceCost');
    expect(result.assumptionsUsed.map((a) => a.key)).toEqual(['label', 'workingDaysPerWeek', 'workingDaysPerYear', 'hoursPerWorkingDay', 'sensitivityPercent']);
  });
});

describe('officers and staff at different costs in two forces', () => {
  // Essex rows for constables and officers generally; Kent has a sergeant row and only a force average
  // for everyone else. 400 of the 500 licences are assigned.
  const result = valueForMoney(
    input({
      responses: [
        ...[100, 150, 200].map((m) => response({ workerType: 'Officer', grade: 'Constable', netMinutesPerWeek: m })),
        ...[60, 90].map((m) => response({ netMinutesPerWeek: m })),
        ...[120, 80].map((m) => response({ force: 'Kent', workerType: 'Officer', grade: 'Sergeant', netMinutesPerWeek: m })),
        response({ force: 'Kent', grade: 'Band 6', netMinutesPerWeek: 50 }),
        response({ workerType: 'Officer', grade: 'Inspector', netMinutesPerWeek: 25 })
      ],
      costs: [
        cost({ workerType: 'Officer', grade: 'Constable', hourlyCostPence: 4200 }),
        cost({ workerType: 'Officer', grade: undefined, hourlyCostPence: 4400 }),
        cost({ hourlyCostPence: 2900 }),
        cost({ force: 'Kent', workerType: 'Officer', grade: 'Sergeant', hourlyCostPence: 4600 }),
        cost({ force: 'Kent', workerType: undefined, grade: undefined, hourlyCostPence: 3500 })
      ],
      licensedGroups: [
        licensed({ workerType: 'Officer', grade: 'Constable', licensedUsers: 200 }),
        licensed({ licensedUsers: 100 }),
        licensed({ force: 'Kent', workerType: 'Officer', grade: 'Sergeant', licensedUsers: 50 }),
        licensed({ force: 'Kent', grade: 'Band 6', licensedUsers: 40 }),
        licensed({ workerType: 'Officer', grade: 'Inspector', licensedUsers: 10 })
      ]
    })
  );
  const byLabel = new Map(result.groups.map((g) => [`${g.group.force}/${g.group.workerType}/${g.group.grade}`, g]));

  it.each([
    // label, respondents, min/day, cost level, £/h (p), £/user/year (p), £/group/year (p), break-even min/day
    ['Essex/Officer/Constable', 3, 30, 'grade', 4200, 472_500, 94_500_000, 1.51],
    ['Essex/Staff/Band 4', 2, 15, 'grade', 2900, 163_125, 16_312_500, 2.19],
    ['Kent/Officer/Sergeant', 2, 20, 'grade', 4600, 345_000, 17_250_000, 1.38],
    ['Kent/Staff/Band 6', 1, 10, 'force', 3500, 131_250, 5_250_000, 1.81],
    ['Essex/Officer/Inspector', 1, 5, 'workerType', 4400, 82_500, 825_000, 1.44]
  ])('%s', (label, respondents, minutes, level, hourly, perUser, perGroup, breakEven) => {
    const g = byLabel.get(label)!;
    expect(g.respondents).toBe(respondents);
    expect(g.time?.netMinutesPerDay.value).toBe(minutes);
    expect(g.cost?.level).toBe(level);
    expect(g.hourlyCost?.value).toBe(hourly);
    expect(g.valuePerUserPerYear?.value).toBe(perUser);
    expect(g.valuePerYear?.value).toBe(perGroup);
    expect(g.breakEvenMinutesPerDay?.value).toBe(breakEven);
  });

  it('adds the groups up to the penny', () => {
    const totals = result.totals!;
    expect(result.complete).toBe(true);
    expect(result.groups).toHaveLength(5);
    expect(totals.central.valuePerYear.value).toBe(134_137_500); // £1,341,375.00
    expect(totals.valuePerLicence?.value).toBe(268_275); // ÷ 500 licences, assigned or not
    expect(totals.central.netValue.value).toBe(122_237_500);
    expect(totals.central.returnRatio.value).toBe(11.27); // 11.2720…
    expect(totals.central.paybackMonths?.value).toBe(1.06); // 1.0645…
    // £119,000 × 60 ÷ (225 × Σ users × £/h = 225 × £15,440) = 2.0552…: the 100 unassigned licences raise it.
    expect(totals.breakEvenMinutesPerDay?.value).toBe(2.06);
  });

  it('averages every respondent for the per-user figures', () => {
    // 875 minutes a week over 9 respondents = 97.22… a week = 19.44… a day.
    expect(result.perUser?.netMinutesPerDay.value).toBe(19.44);
    expect(result.perUser?.hoursPerYear.value).toBe(72.92);
    expect(result.perUser?.workingDaysPerYear.value).toBe(9.72);
  });
});

describe('money to the penny, half away from zero', () => {
  // 1 net minute a week = 0.2 a day × 225 days = 45 minutes = 0.75 h; at 14p an hour = 10.5p.
  it.each([
    [1, 14, 11], // banker's rounding would give 10
    [-1, 14, -11],
    [1, 10, 8], // 7.5p
    [133, 2901, 289_375] // 133 × 2901 × 225 ÷ 300 = 289,374.75p
  ])('%p min/week at %pp/h → %pp a year', (minutes, pence, expected) => {
    const result = valueForMoney(
      input({ responses: [response({ netMinutesPerWeek: minutes })], costs: [cost({ hourlyCostPence: pence })], licensedGroups: [licensed({ licensedUsers: 1 })] })
    );
    expect(result.groups[0].valuePerUserPerYear?.value).toBe(expected);
    expect(result.totals?.central.valuePerYear.value).toBe(expected);
  });

  it('rounds the total once from the exact sum, not by adding rounded groups', () => {
    // Two groups of one user each worth 10.5p: each shows 11p, the total is 21p (not 22p).
    const result = valueForMoney(
      input({
        responses: [response({ netMinutesPerWeek: 1 }), response({ force: 'Kent', netMinutesPerWeek: 1 })],
        costs: [cost({ hourlyCostPence: 14 }), cost({ force: 'Kent', hourlyCostPence: 14 })],
        licensedGroups: [licensed({ licensedUsers: 1 }), licensed({ force: 'Kent', licensedUsers: 1 })]
      })
    );
    expect(result.groups.map((g) => g.valuePerYear?.value)).toEqual([11, 11]);
    expect(result.totals?.central.valuePerYear.value).toBe(21);
  });
});

describe('stated assumptions change the answer', () => {
  it('takes a four-day week, 220 days and a 7.4-hour day as entered', () => {
    const a = assumptions({ workingDaysPerWeek: 4, workingDaysPerYear: 220, hoursPerWorkingDay: 7.4 });
    const result = valueForMoney(input({ assumptions: a }));
    expect(result.perUser?.netMinutesPerDay.value).toBe(32.5); // 130 ÷ 4
    expect(result.perUser?.hoursPerYear.value).toBe(119.17); // 32.5 × 220 ÷ 60 = 119.1666…
    expect(result.perUser?.workingDaysPerYear.value).toBe(16.1); // ÷ 7.4 = 16.1036…
    expect(result.groups[0].valuePerUserPerYear?.value).toBe(297_917); // 119.1666… h × £25 = £2,979.166…
  });

  it('has no band at 0 %', () => {
    const totals = valueForMoney(input({ assumptions: assumptions({ sensitivityPercent: 0 }) })).totals!;
    expect(totals.low.valuePerYear.value).toBe(totals.central.valuePerYear.value);
    expect(totals.high.valuePerYear.value).toBe(totals.central.valuePerYear.value);
  });

  it('returns nothing but the problem when the assumptions are invalid', () => {
    const result = valueForMoney(input({ assumptions: assumptions({ workingDaysPerWeek: 0 }) }));
    expect(codes(result)).toEqual(['invalidAssumption:workingDaysPerWeek']);
    expect(result).toMatchObject({ complete: false, respondents: 0, perUser: undefined, groups: [], totals: undefined });
  });
});

describe('break-even minutes a day', () => {
  it.each([
    [2500, 225, 2.54, 2.538667], // the example
    [2900, 220, 2.24, 2.238245], // DEMO_DATA: £238 at £29/h over 220 days ≈ 2 minutes a day
    [4200, 225, 1.51, 1.511111],
    [2300, 225, 2.76, 2.759420]
  ])('£238 at %pp/h over %p days → %p', (pence, days, rounded, exact) => {
    const figure = breakEvenMinutesPerDay(ESSEX_LICENCE_EXAMPLE, pence, assumptions({ workingDaysPerYear: days }));
    expect(figure?.value).toBe(rounded);
    expect(figure?.exact).toBeCloseTo(exact, 6);
    expect(figure?.decimals).toBe(2);
    expect(figure?.assumptions).toEqual(['licenceCost', 'hourlyCost', 'workingDaysPerYear']);
  });

  it('is exactly worth the licence: break-even minutes valued back give £238', () => {
    // 2.5386… min × 225 days ÷ 60 × £25 = £238.00 exactly (in fractions).
    const t = yearlyTime(ratio(1_428_000, 562_500), assumptions());
    expect(t.hoursPerYear.exact * 2500).toBeCloseTo(23_800, 6);
  });

  it.each([0, -2500, 2500.5, NaN])('is undefined for an hourly cost of %p', (pence) => {
    expect(breakEvenMinutesPerDay(ESSEX_LICENCE_EXAMPLE, pence, assumptions())).toBeUndefined();
  });

  it('is undefined with no licences or invalid assumptions', () => {
    expect(breakEvenMinutesPerDay({ licences: 0, annualCostPence: 11_900_000 }, 2500, assumptions())).toBeUndefined();
    expect(breakEvenMinutesPerDay(ESSEX_LICENCE_EXAMPLE, 2500, assumptions({ workingDaysPerYear: 0 }))).toBeUndefined();
  });

  it('cost per licence rounds to the penny', () => {
    expect(costPerLicence({ licences: 3, annualCostPence: 100 })?.value).toBe(33);
    expect(costPerLicence({ licences: 8, annualCostPence: 100 })?.value).toBe(13); // 12.5p
    expect(costPerLicence({ licences: 0, annualCostPence: 100 })).toBeUndefined();
  });
});

describe('edge cases come back as explicit problems', () => {
  it('zero users: no respondents, nothing valued, never paying back', () => {
    const result = valueForMoney(input({ responses: [] }));
    expect(codes(result)).toEqual(['noResponses:Essex/Staff/Band 4', 'noRespondents', 'noNetSaving']);
    expect(result.complete).toBe(false);
    expect(result.perUser).toBeUndefined();
    expect(result.groups[0]).toMatchObject({ respondents: 0, licensedUsers: 500, time: undefined, valuePerYear: undefined });
    expect(result.groups[0].breakEvenMinutesPerDay?.value).toBe(2.54); // still known: it needs no answers
    const totals = result.totals!;
    expect(totals.central.valuePerYear.value).toBe(0);
    expect(totals.central.netValue.value).toBe(-11_900_000);
    expect(totals.central.returnRatio.value).toBe(0);
    expect(totals.central.paybackMonths).toBeUndefined();
  });

  it('zero net minutes: valued at nothing, a finding rather than a gap', () => {
    const result = valueForMoney(input({ responses: responses(10, { netMinutesPerWeek: 0 }) }));
    expect(codes(result)).toEqual(['noNetSaving']);
    expect(result.complete).toBe(true);
    expect(result.totals?.central.valuePerYear.value).toBe(0);
    expect(result.totals?.low.valuePerYear.value).toBe(0);
    expect(result.totals?.high.valuePerYear.value).toBe(0);
    expect(result.totals?.central.paybackMonths).toBeUndefined();
  });

  it('negative net minutes (checking costs more than it saves): a negative value, kept, with the band in order', () => {
    const result = valueForMoney(input({ responses: responses(4, { netMinutesPerWeek: -50 }) }));
    const totals = result.totals!;
    expect(codes(result)).toEqual(['noNetSaving']);
    expect(result.perUser?.netMinutesPerDay.value).toBe(-10);
    expect(result.groups[0].valuePerUserPerYear?.value).toBe(-93_750); // −37.5 h × £25
    expect(totals.central.valuePerYear.value).toBe(-46_875_000);
    expect(totals.central.netValue.value).toBe(-58_775_000);
    expect(totals.central.returnRatio.value).toBe(-3.94); // −3.939…
    expect(totals.central.paybackMonths).toBeUndefined();
    expect(totals.low.netMinutesPerUserPerDay.value).toBe(-12);
    expect(totals.high.netMinutesPerUserPerDay.value).toBe(-8);
    expect(totals.low.valuePerYear.value).toBe(-56_250_000);
    expect(totals.high.valuePerYear.value).toBe(-37_500_000);
  });

  it('a mix of gains and losses averages out', () => {
    const result = valueForMoney(input({ responses: [-50, 50, 150, 250].map((m) => response({ netMinutesPerWeek: m })) }));
    expect(result.perUser?.netMinutesPerDay.value).toBe(20); // 400 ÷ 4 ÷ 5
  });

  it('missing cost: left out of the £ value (not zero), no cross-force fallback', () => {
    const result = valueForMoney(
      input({
        responses: [...responses(10), ...responses(3, { force: 'Kent', workerType: 'Officer', grade: 'Constable' })],
        costs: [cost(), cost({ workerType: undefined, grade: undefined, hourlyCostPence: 3000 })],
        licensedGroups: [licensed({ licensedUsers: 400 }), licensed({ force: 'Kent', workerType: 'Officer', grade: 'Constable', licensedUsers: 100 })]
      })
    );
    expect(codes(result)).toEqual(['missingCost:Kent/Officer/Constable']);
    expect(result.complete).toBe(false);
    const kent = result.groups.find((g) => g.group.force === 'Kent')!;
    expect(kent).toMatchObject({ respondents: 3, cost: undefined, hourlyCost: undefined, valuePerYear: undefined, breakEvenMinutesPerDay: undefined });
    expect(kent.time?.netMinutesPerDay.value).toBe(26); // the time is still known
    expect(result.totals?.central.valuePerYear.value).toBe(97_500_000); // Essex only: 400 × £2,437.50
    expect(result.totals?.breakEvenMinutesPerDay).toBeUndefined();
  });

  it('zero licences: no per-licence figures', () => {
    const result = valueForMoney(input({ licence: { licences: 0, annualCostPence: 11_900_000 } }));
    expect(codes(result)).toEqual(['noLicences']);
    expect(result.totals?.costPerLicence).toBeUndefined();
    expect(result.totals?.valuePerLicence).toBeUndefined();
    expect(result.groups[0].breakEvenMinutesPerDay).toBeUndefined();
    expect(result.totals?.central.valuePerYear.value).toBe(121_875_000);
  });

  it.each([
    { licences: 500, annualCostPence: 0 },
    { licences: 500, annualCostPence: 11_900_000.5 },
    { licences: -1, annualCostPence: 11_900_000 },
    { licences: 2.5, annualCostPence: 11_900_000 }
  ])('invalid licence cost %j: no totals', (licence) => {
    const result = valueForMoney(input({ licence }));
    expect(codes(result)).toEqual(['invalidLicenceCost']);
    expect(result.totals).toBeUndefined();
    expect(result.groups[0].valuePerYear?.value).toBe(121_875_000);
  });

  it('respondents without licensed users are reported and add nothing', () => {
    const result = valueForMoney(input({ licensedGroups: [] }));
    expect(codes(result)).toEqual(['noLicensedUsers:Essex/Staff/Band 4', 'noNetSaving']);
    expect(result.groups[0].valuePerUserPerYear?.value).toBe(243_750);
    expect(result.groups[0].valuePerYear).toBeUndefined();
    expect(result.totals?.breakEvenMinutesPerDay).toBeUndefined();
  });

  it('invalid responses and licensed groups are reported by position and left out', () => {
    const result = valueForMoney(
      input({
        responses: [response({ netMinutesPerWeek: NaN }), response({ netMinutesPerWeek: 20000 }), response({ force: ' ' }), ...responses(2)],
        licensedGroups: [licensed(), licensed({ force: 'Kent', licensedUsers: -3 }), licensed({ force: 'Kent', licensedUsers: 1.5 })]
      })
    );
    expect(codes(result)).toEqual([
      'invalidResponse:0',
      'invalidResponse:1',
      'invalidResponse:2',
      'invalidLicensedGroup:Kent/Staff/Band 4',
      'invalidLicensedGroup:Kent/Staff/Band 4'
    ]);
    expect(result.respondents).toBe(2);
    expect(result.totals?.central.valuePerYear.value).toBe(121_875_000);
  });

  it('reports a bad cost table alongside the results', () => {
    const result = valueForMoney(input({ costs: [cost(), cost({ hourlyCostPence: 9999 }), cost({ force: 'Kent', hourlyCostPence: 0 })] }));
    expect(codes(result)).toEqual(['duplicateCostEntry:Essex/Staff/Band 4', 'invalidCostEntry:Kent/Staff/Band 4']);
    expect(result.groups[0].hourlyCost?.value).toBe(2500); // the first row wins
  });

  it('adds licensed users listed twice for the same group (matching ignores case)', () => {
    const result = valueForMoney(input({ licensedGroups: [licensed({ licensedUsers: 300 }), licensed({ force: 'ESSEX', grade: 'band 4', licensedUsers: 200 })] }));
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0].licensedUsers).toBe(500);
  });
});

describe('national scale', () => {
  it('stays exact with about 240,000 users, 20,000 answers in tenths of a minute and awkward costs', () => {
    // 19,998 answers alternating 129.9 and 130.1 within each of three grades: every mean is 130 a week.
    const answers = Array.from({ length: 19_998 }, (_, i) => response({ grade: `B${i % 3}`, netMinutesPerWeek: i % 2 ? 130.1 : 129.9 }));
    const result = valueForMoney(
      input({
        responses: answers,
        costs: [cost({ grade: undefined, hourlyCostPence: 2937 })],
        licensedGroups: [0, 1, 2].map((g) => licensed({ grade: `B${g}`, licensedUsers: 80_001 })),
        licence: { licences: 240_003, annualCostPence: 7_113_489_123 }
      })
    );
    expect(result.complete).toBe(true);
    expect(result.perUser?.netMinutesPerDay.value).toBe(26);
    // 97.5 h × £29.37 = £2,863.575 a user; × 80,001 = 22,908,886,357.5p; × 3 = 68,726,659,072.5p.
    expect(result.groups.map((g) => g.valuePerUserPerYear?.value)).toEqual([286_358, 286_358, 286_358]);
    expect(result.groups.map((g) => g.valuePerYear?.value)).toEqual([22_908_886_358, 22_908_886_358, 22_908_886_358]);
    expect(result.totals?.central.valuePerYear.value).toBe(68_726_659_073);
    expect(result.totals?.costPerLicence?.value).toBe(29_639); // 7,113,489,123 ÷ 240,003 = 29,639.17…
    expect(result.totals?.central.netValue.value).toBe(61_613_169_950); // 68,726,659,072.5 − 7,113,489,123 = …949.5
  });
});
