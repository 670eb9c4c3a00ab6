/**
 * "What changed" in words, for a conflict and for the history: column changes with each score's two
 * columns shown as one score (4 × 5 = 20), and the resolution of a conflict from the person's choice per
 * column. Pure.
 */
import { resolveThreeWay, scoreFrom, type ConflictChoice, type IConflictField, type IFieldChange, type Measure } from '../../../../domain/risks';
import { fieldName, fieldValueText, measureName, scoreWords } from './riskText';

type FieldRecord = object;

const SCORE_COLUMNS: Readonly<Record<string, Measure>> = {
  inherentLikelihood: 'inherent',
  inherentImpact: 'inherent',
  currentLikelihood: 'current',
  currentImpact: 'current',
  targetLikelihood: 'target',
  targetImpact: 'target'
};

/** The score a column belongs to, or null for any other column. */
export function measureOfColumn(field: string): Measure | null {
  return SCORE_COLUMNS[field] ?? null;
}

/** The key a column is chosen by: a score's likelihood column stands for its pair. */
export function choiceKey(field: string): string {
  const m = measureOfColumn(field);
  return m === null ? field : `${m}Likelihood`;
}

function value(record: FieldRecord, field: string): string | number | null {
  const v = (record as Record<string, unknown>)[field];
  return typeof v === 'string' || typeof v === 'number' ? v : null;
}

function scoreIn(record: FieldRecord, m: Measure): string {
  const l = value(record, `${m}Likelihood`);
  const i = value(record, `${m}Impact`);
  return scoreWords(scoreFrom(typeof l === 'number' ? l : null, typeof i === 'number' ? i : null));
}

/** A column (or score) in words on one record. */
export function textIn(record: FieldRecord, field: string, locale: string): string {
  const m = measureOfColumn(field);
  return m === null ? fieldValueText(field, value(record, field), locale) : scoreIn(record, m);
}

export function labelOf(field: string): string {
  const m = measureOfColumn(field);
  return m === null ? fieldName(field) : measureName(m);
}

export interface IChangeRow {
  key: string;
  label: string;
  from: string;
  to: string;
  /** Changed by both people, differently. */
  conflict: boolean;
}

/** Changes between two records as rows, score pairs merged into one row, in the order of the changes. */
export function changeRows(changes: readonly IFieldChange[], before: FieldRecord, after: FieldRecord, conflicts: readonly IConflictField[], locale: string): IChangeRow[] {
  const conflicting = new Set(conflicts.map((c) => choiceKey(c.field)));
  const rows: IChangeRow[] = [];
  for (const c of changes) {
    const key = choiceKey(c.field);
    if (rows.some((r) => r.key === key)) continue;
    rows.push({ key, label: labelOf(c.field), from: textIn(before, c.field, locale), to: textIn(after, c.field, locale), conflict: conflicting.has(key) });
  }
  return rows;
}

export interface IConflictRow {
  key: string;
  label: string;
  base: string;
  mine: string;
  theirs: string;
}

/** The columns both people changed differently, one row per column or score. */
export function conflictRows(conflicts: readonly IConflictField[], base: FieldRecord, mine: FieldRecord, theirs: FieldRecord, locale: string): IConflictRow[] {
  const rows: IConflictRow[] = [];
  for (const c of conflicts) {
    const key = choiceKey(c.field);
    if (rows.some((r) => r.key === key)) continue;
    rows.push({ key, label: labelOf(c.field), base: textIn(base, c.field, locale), mine: textIn(mine, c.field, locale), theirs: textIn(theirs, c.field, locale) });
  }
  return rows;
}

/**
 * The record to write: the merge (theirs with my other changes) with each conflicting column taken from
 * the side chosen for it; score pairs move together.
 */
export function resolveChoices<T extends object>(merged: T, mine: T, conflicts: readonly IConflictField[], choices: Readonly<Record<string, ConflictChoice>>, groups: ReadonlyArray<ReadonlyArray<keyof T & string>>): T {
  return resolveThreeWay<T>({ theirChanges: [], myChanges: [], conflicts: conflicts.slice(), merged, clean: conflicts.length === 0 }, mine, choices, 'theirs', groups);
}
