import { UK_POLICING_EXAMPLE_ASSUMPTIONS } from './assumptions';
import {
  BENCHMARKS,
  CROSS_GOVERNMENT_MINUTES_PER_DAY,
  CROSS_GOVERNMENT_WORKING_DAYS_PER_YEAR,
  DBT_NET_PROMOTER_SCORE,
  DBT_SATISFIED_PERCENT,
  ESSEX_LICENCE_EXAMPLE
} from './benchmarks';
import { ratio } from './rational';
import { costPerLicence, yearlyTime } from './valueForMoney';

describe('benchmarks', () => {
  it('carries the published figures with their sources', () => {
    expect(CROSS_GOVERNMENT_MINUTES_PER_DAY).toMatchObject({ value: 26, unit: 'minutesPerDay', selfReported: true });
    expect(CROSS_GOVERNMENT_MINUTES_PER_DAY.source).toMatch(/cross-government.*Copilot/);
    expect(DBT_SATISFIED_PERCENT).toMatchObject({ value: 72, unit: 'percent' });
    expect(DBT_NET_PROMOTER_SCORE).toMatchObject({ value: 31, unit: 'score' });
    expect(DBT_SATISFIED_PERCENT.source).toMatch(/Department for Business and Trade/);
    expect(new Set(BENCHMARKS.map((b) => b.key)).size).toBe(BENCHMARKS.length);
    for (const b of BENCHMARKS) expect(b.source.length).toBeGreaterThan(10);
  });

  it('26 minutes a day is the experiment’s 13 working days a year under the example working year', () => {
    const time = yearlyTime(ratio(CROSS_GOVERNMENT_MINUTES_PER_DAY.value), UK_POLICING_EXAMPLE_ASSUMPTIONS);
    expect(time.hoursPerYear.value).toBe(97.5);
    expect(time.workingDaysPerYear.value).toBe(CROSS_GOVERNMENT_WORKING_DAYS_PER_YEAR.value);
  });

  it('the Essex purchase is £238 a licence', () => {
    expect(costPerLicence(ESSEX_LICENCE_EXAMPLE)?.value).toBe(23800);
  });
});
