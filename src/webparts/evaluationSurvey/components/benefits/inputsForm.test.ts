import { UK_POLICING_EXAMPLE_ASSUMPTIONS } from '../../../../domain/benefits/assumptions';
import { problemText, fieldProblemText, figureText } from './benefitsText';
import {
  addRespondentGroups,
  emptyForm,
  formFromAssumptions,
  formFromInputs,
  formToInputs,
  penceToPounds,
  poundsToPence,
  type IInputsForm
} from './inputsForm';

function filled(overrides: Partial<IInputsForm> = {}): IInputsForm {
  return {
    ...formFromAssumptions(emptyForm(), { ...UK_POLICING_EXAMPLE_ASSUMPTIONS, label: 'Essex, month 1' }),
    costs: [{ id: 'c1', force: 'Essex', workerType: '', grade: '', pounds: '30' }],
    purchases: [{ id: 'p1', force: 'Essex', licences: '500', pounds: '£119,000' }],
    groups: [{ id: 'g1', force: 'Essex', workerType: 'Staff', grade: 'Band 4', users: '500' }],
    ...overrides
  };
}

function fields(form: IInputsForm): string[] {
  return formToInputs(form).problems.map((p) => `${p.field}:${p.code}`);
}

describe('money as typed', () => {
  it.each([
    ['30', 3000],
    ['30.5', 3050],
    ['£30.50', 3050],
    [' £ 119,000 ', 11_900_000],
    ['1,234,567.89', 123_456_789],
    ['0', 0]
  ])('reads %s as %i pence', (text, pence) => {
    expect(poundsToPence(text)).toBe(pence);
  });

  it.each(['', '30.555', '-5', '30p', '1,23', '3O', '£', '1e3'])('refuses %p', (text) => {
    expect(poundsToPence(text)).toBeUndefined();
  });

  it('writes pence back as pounds without floating point', () => {
    expect([3000, 3050, 11_900_000, 7, 0].map(penceToPounds)).toEqual(['30.00', '30.50', '119000.00', '0.07', '0.00']);
  });
});

describe('the inputs form', () => {
  it('turns what was typed into inputs in whole pence', () => {
    expect(formToInputs(filled())).toEqual({
      inputs: {
        assumptions: { label: 'Essex, month 1', workingDaysPerWeek: 5, workingDaysPerYear: 225, hoursPerWorkingDay: 7.5, sensitivityPercent: 20 },
        costs: [{ force: 'Essex', hourlyCostPence: 3000 }],
        licences: { groups: [{ force: 'Essex', workerType: 'Staff', grade: 'Band 4', licensedUsers: 500 }], purchases: [{ force: 'Essex', licences: 500, annualCostPence: 11_900_000 }] }
      },
      problems: []
    });
  });

  it('round-trips saved inputs', () => {
    const inputs = formToInputs(filled()).inputs!;
    expect(formToInputs(formFromInputs(inputs)).inputs).toEqual(inputs);
  });

  it('starts empty: nothing defaulted, every assumption asked for', () => {
    expect(fields(emptyForm())).toEqual(['label:required', 'workingDaysPerWeek:required', 'workingDaysPerYear:required', 'hoursPerWorkingDay:required', 'sensitivityPercent:required']);
  });

  it('uses the domain’s limits for the assumptions, in the order the fields appear', () => {
    expect(fields(filled({ workingDaysPerWeek: '8', workingDaysPerYear: 'lots', hoursPerWorkingDay: '0', sensitivityPercent: '100' }))).toEqual([
      'workingDaysPerWeek:outOfRange',
      'workingDaysPerYear:notANumber',
      'hoursPerWorkingDay:outOfRange'
    ]);
  });

  it('finds what is wrong with each cost row, including a row repeated', () => {
    expect(
      fields(
        filled({
          costs: [
            { id: 'a', force: 'Essex', workerType: '', grade: '', pounds: '30' },
            { id: 'b', force: ' essex', workerType: '', grade: '', pounds: '31' },
            { id: 'c', force: '', workerType: 'Staff', grade: '', pounds: '0' },
            { id: 'd', force: 'Kent', workerType: '', grade: 'Band 4', pounds: '28.555' }
          ]
        })
      )
    ).toEqual(['costs.b.force:duplicateCost', 'costs.c.force:required', 'costs.c.pounds:notPositive', 'costs.d.pounds:notMoney', 'costs.d.grade:gradeNeedsWorkerType']);
  });

  it('finds what is wrong with each licence purchase and licensed group', () => {
    expect(
      fields(
        filled({
          purchases: [
            { id: 'a', force: 'Essex', licences: '0', pounds: '0' },
            { id: 'b', force: 'ESSEX', licences: '1.5', pounds: '' }
          ],
          groups: [
            { id: 'a', force: 'Essex', workerType: 'Staff', grade: 'Band 4', users: '500' },
            { id: 'b', force: 'Essex', workerType: 'Staff', grade: ' band 4', users: '-1' },
            { id: 'c', force: '', workerType: '', grade: '', users: '' }
          ]
        })
      )
    ).toEqual([
      'purchases.a.licences:atLeastOne',
      'purchases.a.pounds:notPositive',
      'purchases.b.force:duplicatePurchase',
      'purchases.b.licences:notWhole',
      'purchases.b.pounds:required',
      'groups.b.users:notWhole',
      'groups.b.force:duplicateGroup',
      'groups.c.force:required',
      'groups.c.workerType:required',
      'groups.c.users:required'
    ]);
  });

  it('adds each respondent group not yet listed, with the number left for the lead', () => {
    const { form, added } = addRespondentGroups(filled(), [
      { force: 'Essex', workerType: 'Staff', grade: 'band 4 ' },
      { force: 'Essex', workerType: 'Officer', grade: 'Sergeant' },
      { force: 'Essex', workerType: 'Officer', grade: 'Sergeant' },
      { force: '', workerType: 'Staff', grade: '' }
    ]);
    expect(added).toBe(1);
    expect(form.groups.slice(1).map((g) => [g.force, g.workerType, g.grade, g.users])).toEqual([['Essex', 'Officer', 'Sergeant', '']]);
  });
});

describe('words for the benefits view', () => {
  it('gives each field problem its own message', () => {
    expect(fieldProblemText({ field: 'workingDaysPerYear', code: 'outOfRange' })).toBe('Enter a number above 0 and no more than 366.');
    expect(fieldProblemText({ field: 'costs.c1.pounds', code: 'notMoney' })).toBe('Enter pounds and pence, such as 30 or 30.50.');
    expect(fieldProblemText({ field: 'groups.g1.workerType', code: 'required' })).toBe('Choose officer, staff, PCSO, special or other.');
    expect(fieldProblemText({ field: 'label', code: 'required' })).toBe('Enter a label, such as “Essex evaluation, month 3”.');
  });

  it('says which group a problem is about, or how many withheld groups, never a bare code', () => {
    const a = UK_POLICING_EXAMPLE_ASSUMPTIONS;
    expect(problemText({ code: 'missingCost', subject: 'Essex/Staff/Band 4' }, a, 'en-GB')).toBe(
      'Essex · Staff · Band 4: no hourly cost for the grade, the worker type or the force, so this group is left out of the £ value rather than valued at zero.'
    );
    expect(problemText({ code: 'noLicensedUsers', count: 2 }, a, 'en-GB')).toBe(
      '2 groups not shown (too few respondents): no licensed users are listed, so their time is not turned into a £ value.'
    );
    expect(problemText({ code: 'duplicateCostEntry', subject: 'Kent/*/*' }, a, 'en-GB')).toBe('The hourly costs have the same row more than once: Kent · Any (average) · any grade. The first is used.');
    expect(problemText({ code: 'invalidAssumption', subject: 'hoursPerWorkingDay' }, a, 'en-GB')).toBe('The assumption “Hours per working day” is missing or outside its allowed range.');
  });

  it('formats money with pence and figures with the decimals the engine rounded to', () => {
    expect(figureText({ value: 23_800, exact: 23_800, decimals: 0, unit: 'pence', assumptions: [] }, 'en-GB')).toBe('£238.00');
    expect(figureText({ value: 13, exact: 13, decimals: 2, unit: 'workingDaysPerYear', assumptions: [] }, 'en-GB')).toBe('13.00 working days');
    expect(figureText({ value: -4.5, exact: -4.5, decimals: 2, unit: 'minutesPerDay', assumptions: [] }, 'en-GB')).toBe('-4.50 minutes');
    expect(figureText(undefined, 'en-GB')).toBe('Not available');
  });
});
