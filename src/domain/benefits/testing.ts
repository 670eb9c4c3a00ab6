import { UK_POLICING_EXAMPLE_ASSUMPTIONS } from './assumptions';
import type { IAssumptions, IBenefitResponse, ICostEntry, ILicensedGroup } from './types';

/** Builders for tests: a sensible default overridden by what the test cares about. */
export function assumptions(overrides: Partial<IAssumptions> = {}): IAssumptions {
  return { ...UK_POLICING_EXAMPLE_ASSUMPTIONS, label: 'Test wave', ...overrides };
}

export function response(overrides: Partial<IBenefitResponse> = {}): IBenefitResponse {
  return { force: 'Essex', workerType: 'Staff', grade: 'Band 4', netMinutesPerWeek: 130, ...overrides };
}

/** `count` identical responses. */
export function responses(count: number, overrides: Partial<IBenefitResponse> = {}): IBenefitResponse[] {
  return Array.from({ length: count }, () => response(overrides));
}

export function cost(overrides: Partial<ICostEntry> = {}): ICostEntry {
  return { force: 'Essex', workerType: 'Staff', grade: 'Band 4', hourlyCostPence: 2500, ...overrides };
}

export function licensed(overrides: Partial<ILicensedGroup> = {}): ILicensedGroup {
  return { force: 'Essex', workerType: 'Staff', grade: 'Band 4', licensedUsers: 500, ...overrides };
}
