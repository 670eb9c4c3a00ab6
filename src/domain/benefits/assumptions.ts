import { isExactDecimal } from './rational';
import type { IAssumptions, IProblem } from './types';

/**
 * EXAMPLE ONLY — a starting point the UI may offer, labelled as such; never applied unless the lead
 * chooses it. 225 working days of 7.5 hours is the basis on which the UK cross-government Copilot
 * experiment's 26 minutes a day is "≈ 13 working days a year" (26 × 225 ÷ 60 = 97.5 h = 13 days).
 */
export const UK_POLICING_EXAMPLE_ASSUMPTIONS: Readonly<IAssumptions> = Object.freeze({
  label: 'Example only (UK public-sector working year) — replace with your force’s figures',
  workingDaysPerWeek: 5,
  workingDaysPerYear: 225,
  hoursPerWorkingDay: 7.5,
  sensitivityPercent: 20
});

type NumericAssumption = Exclude<keyof IAssumptions, 'label'>;

/** Inclusive bounds; the lower bound is exclusive where a zero would divide or mean nothing. */
const LIMITS: Record<NumericAssumption, { min: number; minExclusive: boolean; max: number }> = {
  workingDaysPerWeek: { min: 0, minExclusive: true, max: 7 },
  workingDaysPerYear: { min: 0, minExclusive: true, max: 366 },
  hoursPerWorkingDay: { min: 0, minExclusive: true, max: 24 },
  sensitivityPercent: { min: 0, minExclusive: false, max: 100 }
};

/** Every assumption that is missing, not a number, out of range or too finely divided to be exact. */
export function validateAssumptions(assumptions: IAssumptions): IProblem[] {
  const problems: IProblem[] = [];
  for (const key of Object.keys(LIMITS) as NumericAssumption[]) {
    const value: unknown = assumptions[key];
    const { min, minExclusive, max } = LIMITS[key];
    const ok =
      typeof value === 'number' && isExactDecimal(value) && (minExclusive ? value > min : value >= min) && value <= max;
    if (!ok) problems.push({ code: 'invalidAssumption', subject: key });
  }
  return problems;
}

export interface IAssumptionLine {
  key: keyof IAssumptions;
  value: string | number;
}

/** The assumptions as the UI lists them beside the results, in a fixed order. */
export function describeAssumptions(assumptions: IAssumptions): IAssumptionLine[] {
  return (['label', 'workingDaysPerWeek', 'workingDaysPerYear', 'hoursPerWorkingDay', 'sensitivityPercent'] as const).map((key) => ({
    key,
    value: assumptions[key]
  }));
}
