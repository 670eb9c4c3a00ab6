import { QUESTION_IDS } from '../survey/template';
import { copilotAnswers, response as surveyResponse, taskMinutes, unit } from '../survey/testing';
import { ESSEX_LICENCE_EXAMPLE } from './benchmarks';
import { benefitAnswers, valueForMoneyByForce, type IBenefitAnswers, type IBenefitInputsLike, type IBenefitProblem } from './perForce';
import { assumptions, cost, licensed, response, responses } from './testing';
import type { IBenefitResponse } from './types';
import { breakEvenMinutesPerDay } from './valueForMoney';

function inputs(overrides: Partial<IBenefitInputsLike> = {}): IBenefitInputsLike {
  return {
    assumptions: assumptions(),
    costs: [cost()],
    licences: { groups: [licensed()], purchases: [{ force: 'Essex', ...ESSEX_LICENCE_EXAMPLE }] },
    ...overrides
  };
}

function answers(rs: IBenefitResponse[]): IBenefitAnswers {
  return { responses: rs, neverUse: [], withoutMinutes: [] };
}

function codes(problems: readonly IBenefitProblem[]): string[] {
  return problems.map((p) => (p.subject === undefined ? p.code : `${p.code}:${p.subject}`));
}

describe('from counted responses to benefit responses', () => {
  it('takes net minutes a week (saved minus checking over the tasks answered) and the unit', () => {
    const counted = [
      surveyResponse({ answers: copilotAnswers(taskMinutes({ drafting: [100, 10], email: [50, 10] })), unit: unit({ force: 'Kent', workerType: 'Officer', grade: 'Constable' }) }),
      // Checking outweighs the saving: a real cost, kept negative.
      surveyResponse({ answers: copilotAnswers(taskMinutes({ spreadsheetAnalysis: [10, 40] })) })
    ];
    expect(benefitAnswers(counted)).toEqual({
      responses: [
        { force: 'Kent', workerType: 'Officer', grade: 'Constable', netMinutesPerWeek: 130 },
        { force: 'Essex', workerType: 'Staff', grade: 'Band 4', netMinutesPerWeek: -30 }
      ],
      neverUse: [],
      withoutMinutes: []
    });
  });

  it('counts someone who never uses Copilot as saving nothing, and leaves out a user who gave no task minutes', () => {
    const counted = [
      surveyResponse({ answers: { [QUESTION_IDS.frequency]: 'never' }, unit: unit({ force: 'Kent' }) }),
      surveyResponse({ answers: copilotAnswers() })
    ];
    expect(benefitAnswers(counted)).toEqual({
      responses: [{ force: 'Kent', workerType: 'Staff', grade: 'Band 4', netMinutesPerWeek: 0 }],
      neverUse: ['Kent'],
      withoutMinutes: ['Essex']
    });
  });
});

describe('the must-demonstrate case per force', () => {
  // Ten respondents whose net minutes a week average 130 (26 a day over 5 days), every one of them a licence holder's group.
  const weekly = [100, 160, 130, 90, 170, 130, 120, 140, 125, 135];
  const counted = weekly.map((m, i) => surveyResponse({ respondentUpn: `p${i}@essex.example`, answers: copilotAnswers(taskMinutes({ drafting: [m + 20, 20] })) }));
  const byForce = valueForMoneyByForce(benefitAnswers(counted), inputs());
  const essex = byForce.forces[0];

  it('shows 26 minutes a day, 97.5 hours and 13.00 working days a year per user (225 days, 7.5-hour day)', () => {
    expect(byForce.forces.map((f) => f.force)).toEqual(['Essex']);
    expect(essex.result.respondents).toBe(10);
    expect(essex.result.perUser?.netMinutesPerDay.value).toBe(26);
    expect(essex.result.perUser?.hoursPerYear.value).toBe(97.5);
    expect(essex.result.perUser?.workingDaysPerYear).toMatchObject({ value: 13, decimals: 2, unit: 'workingDaysPerYear' });
    expect(essex.result.perUser?.workingDaysPerYear.assumptions).toEqual(['responses', 'workingDaysPerWeek', 'workingDaysPerYear', 'hoursPerWorkingDay']);
  });

  it('sets the force against its own purchase: £238.00 a licence; £30 an hour breaks even at 2.12 minutes a day', () => {
    expect(essex.licence).toEqual({ licences: 500, annualCostPence: 11_900_000 });
    expect(essex.result.totals?.costPerLicence?.value).toBe(23_800);
    // 238 × 60 ÷ (30 × 225) = 14,280 ÷ 6,750 = 2.1155… → 2.12
    const breakEven = breakEvenMinutesPerDay(essex.licence!, 3000, inputs().assumptions);
    expect(breakEven?.value).toBe(2.12);
    expect(breakEven?.exact).toBeCloseTo(2.115556, 6);
  });

  it('values a licensed user at their group’s rate: 97.5 h × £25.00 = £2,437.50 a year', () => {
    expect(essex.valuePerUserPerYear).toMatchObject({ value: 243_750, decimals: 0, unit: 'pence' });
    expect(essex.valuePerUserPerYear?.assumptions).toEqual(['responses', 'workingDaysPerWeek', 'workingDaysPerYear', 'hourlyCost', 'licensedUsers']);
    expect(essex.problems).toEqual([]);
    expect(essex.result.complete).toBe(true);
  });

  it('gives the same figures for all forces when there is one force', () => {
    expect(byForce.all.force).toBeUndefined();
    expect(byForce.all.licence).toEqual(essex.licence);
    expect(byForce.all.result.totals).toEqual(essex.result.totals);
    expect(byForce.all.problems).toEqual([]);
  });
});

describe('two forces, each with its own purchase', () => {
  const rs = [
    ...responses(12, { force: 'Essex', workerType: 'Staff', grade: 'Band 4', netMinutesPerWeek: 130 }),
    ...responses(10, { force: 'Kent', workerType: 'Officer', grade: 'Constable', netMinutesPerWeek: 50 }),
    ...responses(10, { force: 'Kent', workerType: 'Staff', grade: 'Band 5', netMinutesPerWeek: 200 })
  ];
  const byForce = valueForMoneyByForce(
    answers(rs),
    inputs({
      costs: [cost(), { force: 'Kent', workerType: 'Officer', hourlyCostPence: 3100 }, { force: 'Kent', hourlyCostPence: 2200 }],
      licences: {
        groups: [
          licensed(),
          licensed({ force: 'Kent', workerType: 'Officer', grade: 'Constable', licensedUsers: 300 }),
          licensed({ force: 'Kent', workerType: 'Staff', grade: 'Band 5', licensedUsers: 100 })
        ],
        purchases: [
          { force: 'Kent', licences: 400, annualCostPence: 9_520_000 },
          { force: 'Essex', ...ESSEX_LICENCE_EXAMPLE }
        ]
      }
    })
  );
  const [essex, kent] = byForce.forces;

  it('works each force out from its own responses, costs, groups and purchase', () => {
    expect(byForce.forces.map((f) => f.force)).toEqual(['Essex', 'Kent']);
    expect(essex.result.respondents).toBe(12);
    expect(kent.result.respondents).toBe(20);
    expect(kent.licence).toEqual({ licences: 400, annualCostPence: 9_520_000 });
    // Kent officers at the worker type rate, Kent staff at the force average.
    expect(kent.result.groups.map((g) => [g.group.grade, g.cost?.level, g.hourlyCost?.value])).toEqual([
      ['Constable', 'workerType', 3100],
      ['Band 5', 'force', 2200]
    ]);
    // Constables: 10 min/day × 225 ÷ 60 = 37.5 h × £31 = £1,162.50; Band 5: 40 min/day → 150 h × £22 = £3,300.
    expect(kent.result.groups.map((g) => g.valuePerUserPerYear?.value)).toEqual([116_250, 330_000]);
    // Mean minutes are over respondents (125 a week = 25 a day); £ per user weighs each group by its licence holders.
    expect(kent.result.perUser?.netMinutesPerDay.value).toBe(25);
    // (300 × £1,162.50 + 100 × £3,300) ÷ 400 = (348,750 + 330,000) ÷ 400 = £1,696.875 → £1,696.88
    expect(kent.valuePerUserPerYear?.value).toBe(169_688);
    expect(kent.valuePerUserPerYear?.exact).toBe(169_687.5);
  });

  it('adds licences and annual costs for all forces, and totals the value exactly', () => {
    expect(byForce.all.licence).toEqual({ licences: 900, annualCostPence: 21_420_000 });
    expect(byForce.all.result.respondents).toBe(32);
    const all = byForce.all.result.totals!;
    expect(all.costPerLicence?.value).toBe(23_800);
    // Essex £1,218,750 + Kent £678,750 = £1,897,500
    expect(essex.result.totals?.central.valuePerYear.value).toBe(121_875_000);
    expect(kent.result.totals?.central.valuePerYear.value).toBe(67_875_000);
    expect(all.central.valuePerYear.value).toBe(189_750_000);
    expect(all.central.netValue.value).toBe(189_750_000 - 21_420_000);
    // Value per licensed user over the 900: £1,897,500 ÷ 900 = £2,108.33…
    expect(byForce.all.valuePerUserPerYear?.value).toBe(210_833);
    expect(byForce.all.problems).toEqual([]);
  });
});

describe('what is missing is said, never zero', () => {
  it('a force without a purchase has no figures against licence cost and is left out of all forces', () => {
    const byForce = valueForMoneyByForce(
      answers([...responses(10), ...responses(10, { force: 'Kent' })]),
      inputs({ costs: [cost(), cost({ force: 'Kent' })], licences: { groups: [licensed(), licensed({ force: 'Kent', licensedUsers: 50 })], purchases: [{ force: 'Essex', ...ESSEX_LICENCE_EXAMPLE }] } })
    );
    const kent = byForce.forces[1];
    expect(kent.licence).toBeUndefined();
    expect(kent.result.totals).toBeUndefined();
    expect(codes(kent.problems)).toEqual(['noLicencePurchase:Kent']);
    // The groups are still valued, so the lead sees what the force would be worth.
    expect(kent.result.groups[0].valuePerYear?.value).toBe(50 * 243_750);
    expect(codes(byForce.all.problems)).toEqual(['forceLeftOut:Kent']);
    expect(byForce.all.result.respondents).toBe(10);
    expect(byForce.all.result.totals?.central.valuePerYear.value).toBe(121_875_000);
  });

  it('with no purchase at all, all forces still counts everyone but has no licence figures', () => {
    const byForce = valueForMoneyByForce(answers(responses(10)), inputs({ licences: { groups: [licensed()], purchases: [] } }));
    expect(codes(byForce.all.problems)).toEqual(['noLicencePurchase']);
    expect(byForce.all.result.respondents).toBe(10);
    expect(byForce.all.result.totals).toBeUndefined();
  });

  it('uses the first of two purchases for a force and says so; force names match ignoring case and spaces', () => {
    const byForce = valueForMoneyByForce(
      answers(responses(10)),
      inputs({
        licences: {
          groups: [licensed({ force: ' essex' })],
          purchases: [
            { force: 'ESSEX ', ...ESSEX_LICENCE_EXAMPLE },
            { force: 'Essex', licences: 1, annualCostPence: 100 }
          ]
        }
      })
    );
    expect(byForce.forces).toHaveLength(1);
    expect(byForce.forces[0].force).toBe('Essex');
    expect(byForce.forces[0].licence).toEqual(ESSEX_LICENCE_EXAMPLE);
    expect(codes(byForce.forces[0].problems)).toEqual(['duplicateLicencePurchase:Essex']);
    expect(byForce.forces[0].result.totals?.central.valuePerYear.value).toBe(121_875_000);
  });

  it('reports a group without an hourly cost and responses without a force', () => {
    const byForce = valueForMoneyByForce(
      answers([...responses(10), ...responses(3, { grade: 'Band 9', workerType: 'Other' }), response({ force: '' })]),
      inputs()
    );
    expect(codes(byForce.forces[0].problems)).toEqual(['missingCost:Essex/Other/Band 9', 'noLicensedUsers:Essex/Other/Band 9']);
    expect(codes(byForce.all.problems)).toEqual(['responsesWithoutForce:1', 'missingCost:Essex/Other/Band 9', 'noLicensedUsers:Essex/Other/Band 9']);
    expect(byForce.all.result.respondents).toBe(13);
  });

  it('counts the never-users and the respondents without minutes per force', () => {
    const byForce = valueForMoneyByForce({ responses: responses(10), neverUse: ['Essex', 'Kent'], withoutMinutes: ['Essex', 'Essex'] }, inputs());
    expect(byForce.forces.map((f) => [f.force, f.neverUse, f.withoutMinutes])).toEqual([
      ['Essex', 1, 2],
      ['Kent', 1, 0]
    ]);
    // Kent has no purchase: it is left out of all forces, and so are its counts.
    expect([byForce.all.neverUse, byForce.all.withoutMinutes]).toEqual([1, 2]);
  });
});
