/**
 * Published figures shown as benchmark lines beside a force's own results. Each carries its source so
 * the UI can cite it; none of them is used in any calculation.
 */
export type BenchmarkUnit = 'minutesPerDay' | 'workingDaysPerYear' | 'percent' | 'score' | 'outOf10';

export interface IBenchmark {
  key: string;
  value: number;
  unit: BenchmarkUnit;
  /** Who published it (the UI names them in the user's language). */
  publisher: 'crossGovernment' | 'dbt';
  /** Who measured it, how and when (English, as cited). */
  source: string;
  /** Self-reported figures overstate measured ones; the UI says so. */
  selfReported: boolean;
}

const CROSS_GOVERNMENT =
  'UK cross-government Microsoft 365 Copilot experiment (about 20,000 licences, late 2024), self-reported';
const DBT = 'Department for Business and Trade (DBT) Microsoft 365 Copilot evaluation';

export const CROSS_GOVERNMENT_MINUTES_PER_DAY: IBenchmark = {
  key: 'crossGovernmentMinutesPerDay',
  value: 26,
  unit: 'minutesPerDay',
  publisher: 'crossGovernment',
  source: CROSS_GOVERNMENT,
  selfReported: true
};

/** As the experiment reported it ("≈ 13 working days a year"). */
export const CROSS_GOVERNMENT_WORKING_DAYS_PER_YEAR: IBenchmark = {
  key: 'crossGovernmentWorkingDaysPerYear',
  value: 13,
  unit: 'workingDaysPerYear',
  publisher: 'crossGovernment',
  source: CROSS_GOVERNMENT,
  selfReported: true
};

export const CROSS_GOVERNMENT_WOULD_NOT_GO_BACK_PERCENT: IBenchmark = {
  key: 'crossGovernmentWouldNotGoBack',
  value: 82,
  unit: 'percent',
  publisher: 'crossGovernment',
  source: CROSS_GOVERNMENT,
  selfReported: true
};

export const DBT_SATISFIED_PERCENT: IBenchmark = {
  key: 'dbtSatisfied',
  value: 72,
  unit: 'percent',
  publisher: 'dbt',
  source: DBT,
  selfReported: true
};

export const DBT_NET_PROMOTER_SCORE: IBenchmark = {
  key: 'dbtNetPromoterScore',
  value: 31,
  unit: 'score',
  publisher: 'dbt',
  source: DBT,
  selfReported: true
};

export const BENCHMARKS: readonly IBenchmark[] = [
  CROSS_GOVERNMENT_MINUTES_PER_DAY,
  CROSS_GOVERNMENT_WORKING_DAYS_PER_YEAR,
  CROSS_GOVERNMENT_WOULD_NOT_GO_BACK_PERCENT,
  DBT_SATISFIED_PERCENT,
  DBT_NET_PROMOTER_SCORE
];

/** Essex Police's licence purchase (source document): 500 licences for £119,000 a year = £238 each. */
export const ESSEX_LICENCE_EXAMPLE = Object.freeze({ licences: 500, annualCostPence: 11_900_000 });
