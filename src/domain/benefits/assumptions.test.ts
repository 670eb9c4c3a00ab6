import { describeAssumptions, UK_POLICING_EXAMPLE_ASSUMPTIONS, validateAssumptions } from './assumptions';
import { assumptions } from './testing';
import type { IAssumptions } from './types';

describe('stated assumptions', () => {
  it('offers a clearly labelled example, frozen so nobody edits the shared copy', () => {
    expect(UK_POLICING_EXAMPLE_ASSUMPTIONS).toEqual({
      label: expect.stringMatching(/^Example only/),
      workingDaysPerWeek: 5,
      workingDaysPerYear: 225,
      hoursPerWorkingDay: 7.5,
      sensitivityPercent: 20
    });
    expect(Object.isFrozen(UK_POLICING_EXAMPLE_ASSUMPTIONS)).toBe(true);
    expect(validateAssumptions(UK_POLICING_EXAMPLE_ASSUMPTIONS)).toEqual([]);
  });

  it.each<[Partial<IAssumptions>, string]>([
    [{ workingDaysPerWeek: 0 }, 'workingDaysPerWeek'],
    [{ workingDaysPerWeek: 8 }, 'workingDaysPerWeek'],
    [{ workingDaysPerYear: 0 }, 'workingDaysPerYear'],
    [{ workingDaysPerYear: 367 }, 'workingDaysPerYear'],
    [{ workingDaysPerYear: NaN }, 'workingDaysPerYear'],
    [{ hoursPerWorkingDay: -7.5 }, 'hoursPerWorkingDay'],
    [{ hoursPerWorkingDay: 25 }, 'hoursPerWorkingDay'],
    [{ hoursPerWorkingDay: 1 / 3 }, 'hoursPerWorkingDay'],
    [{ sensitivityPercent: -1 }, 'sensitivityPercent'],
    [{ sensitivityPercent: 101 }, 'sensitivityPercent']
  ])('rejects %j', (overrides, field) => {
    expect(validateAssumptions(assumptions(overrides))).toEqual([{ code: 'invalidAssumption', subject: field }]);
  });

  it('rejects a missing value (from untyped storage) rather than defaulting it', () => {
    const partial = { label: 'x', workingDaysPerWeek: 5, workingDaysPerYear: 225, sensitivityPercent: 0 } as unknown as IAssumptions;
    expect(validateAssumptions(partial)).toEqual([{ code: 'invalidAssumption', subject: 'hoursPerWorkingDay' }]);
  });

  it.each<Partial<IAssumptions>>([{ workingDaysPerWeek: 4.5 }, { workingDaysPerYear: 366 }, { hoursPerWorkingDay: 7.4 }, { sensitivityPercent: 0 }, { sensitivityPercent: 100 }])(
    'accepts %j',
    (overrides) => {
      expect(validateAssumptions(assumptions(overrides))).toEqual([]);
    }
  );

  it('lists every assumption for display, in a fixed order', () => {
    expect(describeAssumptions(assumptions())).toEqual([
      { key: 'label', value: 'Test wave' },
      { key: 'workingDaysPerWeek', value: 5 },
      { key: 'workingDaysPerYear', value: 225 },
      { key: 'hoursPerWorkingDay', value: 7.5 },
      { key: 'sensitivityPercent', value: 20 }
    ]);
  });
});
