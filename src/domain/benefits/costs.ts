import type { CostLevel, ICostEntry, IGroupKey, IProblem, IResolvedCost } from './types';

/**
 * The lead's cost table, looked up in a fixed fallback order, all within the respondent's own force:
 *   1. exact: force + worker type + grade;
 *   2. worker type average: force + worker type (row without a grade);
 *   3. force average: force only (row without worker type or grade).
 * Never across forces (they set pay separately; a "Joint" unit needs its own rows) and never zero: if no
 * row matches, the group is reported as `missingCost` and left out of the £ totals.
 * Matching ignores case and surrounding spaces.
 */
function norm(s: string | undefined): string {
  return (s ?? '').trim().toLowerCase();
}

function entryKey(force: string, workerType: string | undefined, grade: string | undefined): string {
  return JSON.stringify([norm(force), norm(workerType), norm(grade)]);
}

export function groupLabel(group: IGroupKey): string {
  return `${group.force}/${group.workerType}/${group.grade}`;
}

function entryLabel(entry: ICostEntry): string {
  return [entry.force, entry.workerType ?? '*', entry.grade ?? '*'].join('/');
}

export function isValidCostEntry(entry: ICostEntry): boolean {
  return (
    norm(entry.force) !== '' &&
    // A grade is only meaningful within a worker type (Band 4 staff, not "Band 4" of anyone).
    !(norm(entry.grade) !== '' && norm(entry.workerType) === '') &&
    Number.isSafeInteger(entry.hourlyCostPence) &&
    entry.hourlyCostPence > 0
  );
}

/** Rows that cannot be used (blank force, grade without worker type, cost not a positive whole number of pence) and duplicates. */
export function validateCostTable(entries: readonly ICostEntry[]): IProblem[] {
  const problems: IProblem[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!isValidCostEntry(entry)) {
      problems.push({ code: 'invalidCostEntry', subject: entryLabel(entry) });
      continue;
    }
    const key = entryKey(entry.force, entry.workerType, entry.grade);
    if (seen.has(key)) problems.push({ code: 'duplicateCostEntry', subject: entryLabel(entry) });
    seen.add(key);
  }
  return problems;
}

export type CostTable = ReadonlyMap<string, ICostEntry>;

/** Index the valid rows; of duplicates the first wins (and `validateCostTable` reports the rest). */
export function indexCostTable(entries: readonly ICostEntry[]): CostTable {
  const map = new Map<string, ICostEntry>();
  for (const entry of entries) {
    const key = entryKey(entry.force, entry.workerType, entry.grade);
    if (isValidCostEntry(entry) && !map.has(key)) map.set(key, entry);
  }
  return map;
}

/** The hourly cost for a group by the fallback order above, or undefined when nothing matches. */
export function resolveHourlyCost(table: CostTable, group: IGroupKey): IResolvedCost | undefined {
  const tries: [CostLevel, string][] = [
    // A respondent with no recorded grade goes straight to the worker type average.
    ...(norm(group.grade) ? [['grade', entryKey(group.force, group.workerType, group.grade)] as [CostLevel, string]] : []),
    ['workerType', entryKey(group.force, group.workerType, undefined)],
    ['force', entryKey(group.force, undefined, undefined)]
  ];
  for (const [level, key] of tries) {
    const entry = table.get(key);
    if (entry) return { hourlyCostPence: entry.hourlyCostPence, level, entry };
  }
  return undefined;
}

export function sameGroupKey(group: IGroupKey): string {
  return entryKey(group.force, group.workerType, group.grade);
}
