import { groupLabel, indexCostTable, resolveHourlyCost, validateCostTable } from './costs';
import { cost } from './testing';
import type { ICostEntry, IGroupKey } from './types';

const TABLE: ICostEntry[] = [
  cost({ force: 'Essex', workerType: 'Officer', grade: 'Constable', hourlyCostPence: 4200 }),
  cost({ force: 'Essex', workerType: 'Officer', grade: undefined, hourlyCostPence: 4400 }),
  cost({ force: 'Essex', workerType: undefined, grade: undefined, hourlyCostPence: 3600 }),
  cost({ force: 'Kent', workerType: 'Staff', grade: 'Band 4', hourlyCostPence: 2900 })
];

describe('hourly cost by force, worker type and grade', () => {
  const table = indexCostTable(TABLE);

  it.each<[IGroupKey, number | undefined, string | undefined]>([
    [{ force: 'Essex', workerType: 'Officer', grade: 'Constable' }, 4200, 'grade'],
    [{ force: ' essex', workerType: 'Officer', grade: 'CONSTABLE ' }, 4200, 'grade'],
    [{ force: 'Essex', workerType: 'Officer', grade: 'Inspector' }, 4400, 'workerType'],
    [{ force: 'Essex', workerType: 'Officer', grade: '' }, 4400, 'workerType'],
    [{ force: 'Essex', workerType: 'Staff', grade: 'Band 4' }, 3600, 'force'],
    [{ force: 'Kent', workerType: 'Staff', grade: 'Band 4' }, 2900, 'grade'],
    // Never across forces and never a guess: Kent has no officer row and no force average.
    [{ force: 'Kent', workerType: 'Officer', grade: 'Constable' }, undefined, undefined],
    [{ force: 'Kent', workerType: 'Staff', grade: 'Band 5' }, undefined, undefined],
    [{ force: 'Joint', workerType: 'Staff', grade: 'Band 4' }, undefined, undefined]
  ])('%j → %p (%s)', (group, pence, level) => {
    const resolved = resolveHourlyCost(table, group);
    expect(resolved?.hourlyCostPence).toBe(pence);
    expect(resolved?.level).toBe(level);
  });

  it('reports unusable and duplicate rows, and ignores them when looking up', () => {
    const rows: ICostEntry[] = [
      cost({ hourlyCostPence: 0 }),
      cost({ hourlyCostPence: 2500.5 }),
      cost({ hourlyCostPence: -2500 }),
      cost({ force: ' ' }),
      cost({ workerType: undefined, grade: 'Band 4' }),
      cost({ hourlyCostPence: 2500 }),
      cost({ force: 'ESSEX', grade: 'band 4', hourlyCostPence: 9999 })
    ];
    expect(validateCostTable(rows).map((p) => p.code)).toEqual([
      'invalidCostEntry',
      'invalidCostEntry',
      'invalidCostEntry',
      'invalidCostEntry',
      'invalidCostEntry',
      'duplicateCostEntry'
    ]);
    expect(validateCostTable(rows)[4].subject).toBe('Essex/*/Band 4');
    expect(resolveHourlyCost(indexCostTable(rows), { force: 'Essex', workerType: 'Staff', grade: 'Band 4' })?.hourlyCostPence).toBe(2500);
  });

  it('names groups for problems', () => {
    expect(groupLabel({ force: 'Kent', workerType: 'PCSO', grade: 'Band 3' })).toBe('Kent/PCSO/Band 3');
  });
});
