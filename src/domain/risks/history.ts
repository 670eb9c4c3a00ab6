/**
 * "Who changed what, when": field-by-field differences between records, a risk's history from
 * SharePoint's item versions (the risk's own item and each force's assessment), and the three-way
 * comparison behind a conflict ("what changed since you read it", and what can be kept of yours).
 *
 * Decisions:
 * - History is read from version history (see `src/lists/risks.ts`): each version is a full record, so
 *   the change a version made is its difference from the version before it. A save that changed no
 *   column (SharePoint still writes a version) is left out: nothing changed.
 * - Versions beyond the list's limit are trimmed by SharePoint; when the oldest version left is not the
 *   first (`1.0`), it is shown as a `baseline` (what the item held then, no "from") so nobody mistakes
 *   it for the creation.
 * - Scores are compared as pairs: a re-score is reported once per measure (3×4 → 4×4), with its
 *   direction, besides the two column changes; and a merge never takes a likelihood from one person and
 *   the impact from the other.
 * - In a conflict, nothing of the other person's is lost: fields only they changed come from them, fields
 *   only you changed from you, and fields you both changed differently are conflicts that default to
 *   THEIR value until you choose yours.
 */
import { sameForce } from './exposure';
import {
  ASSESSMENT_FIELD_KEYS,
  assessmentFromFields,
  riskFromFields,
  riskToFields,
  RISK_FIELD_KEYS,
  SCORE_PAIRS,
  type FieldValue,
  type IAssessmentFields,
  type IRiskFields,
  type IScoreFields
} from './fields';
import { directionOf, sameScore, scoreFrom, scoreOrNull, type Direction } from './scoring';
import { JOINT, type IPersonRef, type IRiskContent, type IScore, type Instant, type Measure } from './types';

export interface IFieldChange {
  field: string;
  from: FieldValue;
  to: FieldValue;
}

/** Equal as stored: `''` and `null` are both "empty". */
export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  const x = a === undefined || a === '' ? null : a;
  const y = b === undefined || b === '' ? null : b;
  return x === y;
}

function valueOf<T extends object>(record: T, key: keyof T & string): FieldValue {
  const v = (record as Record<string, unknown>)[key];
  return typeof v === 'string' || typeof v === 'number' ? v : null;
}

/** The columns (in `keys` order) whose values differ between `a` and `b`. */
export function diffRecords<T extends object>(a: T, b: T, keys: ReadonlyArray<keyof T & string>): IFieldChange[] {
  const out: IFieldChange[] = [];
  for (const field of keys) {
    const from = valueOf(a, field);
    const to = valueOf(b, field);
    if (!sameValue(from, to)) out.push({ field, from, to });
  }
  return out;
}

/** What differs between two versions of a risk's content, column by column. */
export function diffRisks(a: IRiskContent, b: IRiskContent): IFieldChange[] {
  return diffRecords(riskToFields(a), riskToFields(b), RISK_FIELD_KEYS);
}

// ---------------------------------------------------------------------------------------------------
// History

/** One stored version of an item, as its record of columns. */
export interface IVersion<T> {
  /** SharePoint's label, `1.0`, `2.0`… */
  label: string;
  /** SharePoint's `VersionId` (512 × major + minor): orders versions. */
  versionId: number;
  /** When that version was written (its `Modified`). */
  at: Instant;
  /** Who wrote it (its `Editor`). */
  by: IPersonRef | null;
  fields: T;
}

export interface IScoreChange {
  /** The force whose score it is. */
  force: string;
  measure: Measure;
  from: IScore | null;
  to: IScore | null;
  direction: Direction;
}

export interface IHistoryEntry {
  at: Instant;
  by: IPersonRef | null;
  version: string;
  /** The risk's own item, or one force's assessment of a joint risk. */
  subject: 'risk' | 'assessment';
  itemId: number;
  /** The assessment's force (null for the risk's own item). */
  force: string | null;
  /** The item's first version: `changes` lists what it was created with. */
  created: boolean;
  /** The oldest version SharePoint still keeps, not the first: shown as it was, without a "from". */
  baseline: boolean;
  changes: IFieldChange[];
  scoreChanges: IScoreChange[];
}

const MEASURES: readonly Measure[] = ['inherent', 'current', 'target'];

function scoresOfFields(f: IScoreFields): Record<Measure, IScore | null> {
  return {
    inherent: scoreFrom(f.inherentLikelihood, f.inherentImpact),
    current: scoreFrom(f.currentLikelihood, f.currentImpact),
    target: scoreFrom(f.targetLikelihood, f.targetImpact)
  };
}

function scoreChanges(force: string, before: IScoreFields | null, after: IScoreFields): IScoreChange[] {
  const a = before === null ? { inherent: null, current: null, target: null } : scoresOfFields(before);
  const b = scoresOfFields(after);
  return MEASURES.filter((m) => !sameScore(a[m], b[m])).map((m) => ({
    force,
    measure: m,
    from: a[m],
    to: b[m],
    direction: directionOf(scoreOrNull(a[m]), scoreOrNull(b[m]))
  }));
}

interface IItemHistoryOptions<T> {
  subject: 'risk' | 'assessment';
  itemId: number;
  keys: ReadonlyArray<keyof T & string>;
  /** The force an assessment belongs to (null for a risk's own item). */
  forceOf: (fields: T) => string | null;
  /** The force whose scores a version holds (a single-force risk's force; an assessment's force). */
  scoreForce: (fields: T) => string | null;
}

/** One item's versions as entries, newest first. */
function itemHistory<T extends IScoreFields>(versions: ReadonlyArray<IVersion<T>>, o: IItemHistoryOptions<T>): IHistoryEntry[] {
  const ordered = versions.slice().sort((a, b) => a.versionId - b.versionId);
  const out: IHistoryEntry[] = [];
  ordered.forEach((v, i) => {
    const previous = i === 0 ? null : ordered[i - 1].fields;
    const first = i === 0;
    const created = first && (v.label === '1.0' || v.versionId === 512);
    const empty = Object.create(null) as T;
    const changes = diffRecords(previous ?? empty, v.fields, o.keys);
    if (!first && changes.length === 0) return;
    const scoreForce = o.scoreForce(v.fields);
    out.push({
      at: v.at,
      by: v.by,
      version: v.label,
      subject: o.subject,
      itemId: o.itemId,
      force: o.forceOf(v.fields),
      created,
      baseline: first && !created,
      changes: first && !created ? [] : changes,
      scoreChanges: scoreForce === null || (first && !created) ? [] : scoreChanges(scoreForce, previous, v.fields)
    });
  });
  return out.reverse();
}

/** An assessment's columns that can change (its risk and force never do). */
const ASSESSMENT_KEYS = ASSESSMENT_FIELD_KEYS.filter((k) => k !== 'riskId' && k !== 'force') as ReadonlyArray<keyof IAssessmentFields & string>;

/**
 * A risk's history, newest first: its own item's versions and those of each force's assessment (a joint
 * risk), merged by time. Score changes on a single-force risk are that force's; on a joint risk they come
 * from the assessments (the joint item holds no scores).
 */
export function riskHistory(
  riskId: number,
  riskVersions: ReadonlyArray<IVersion<IRiskFields>>,
  assessments: ReadonlyArray<{ itemId: number; versions: ReadonlyArray<IVersion<IAssessmentFields>> }> = []
): IHistoryEntry[] {
  const keys = RISK_FIELD_KEYS as ReadonlyArray<keyof IRiskFields & string>;
  const all = itemHistory(riskVersions, {
    subject: 'risk',
    itemId: riskId,
    keys,
    forceOf: () => null,
    scoreForce: (f) => (sameForce(f.force, JOINT) ? null : f.force)
  });
  for (const a of assessments) {
    all.push(
      ...itemHistory(a.versions, {
        subject: 'assessment',
        itemId: a.itemId,
        keys: ASSESSMENT_KEYS,
        forceOf: (f) => assessmentFromFields(f).force,
        scoreForce: (f) => f.force
      })
    );
  }
  // Newest first. Within one instant (SharePoint stamps whole seconds): later versions of an item first,
  // assessments before the risk (they are written after it), newer items first.
  return all.sort(
    (a, b) =>
      b.at.localeCompare(a.at) ||
      (a.itemId === b.itemId && a.subject === b.subject ? b.version.localeCompare(a.version, undefined, { numeric: true }) : 0) ||
      (a.subject === b.subject ? 0 : a.subject === 'risk' ? 1 : -1) ||
      b.itemId - a.itemId
  );
}

// ---------------------------------------------------------------------------------------------------
// Conflicts

export interface IConflictField {
  field: string;
  base: FieldValue;
  mine: FieldValue;
  theirs: FieldValue;
}

export interface IThreeWay<T> {
  /** What the other person changed since you read it. */
  theirChanges: IFieldChange[];
  /** What you changed. */
  myChanges: IFieldChange[];
  /** Columns you both changed, to different values. */
  conflicts: IConflictField[];
  /** Theirs, with your non-conflicting changes on top (conflicting columns keep THEIR value). */
  merged: T;
  /** No conflicts: `merged` holds both people's changes. */
  clean: boolean;
}

/**
 * Compares what you read (`base`), what you want to write (`mine`) and what is stored now (`theirs`).
 * Columns in a `groups` entry (score pairs) are taken together from one side.
 */
export function threeWay<T extends object>(
  base: T,
  mine: T,
  theirs: T,
  keys: ReadonlyArray<keyof T & string>,
  groups: ReadonlyArray<ReadonlyArray<keyof T & string>> = []
): IThreeWay<T> {
  const merged = { ...theirs } as Record<string, unknown>;
  const conflicts: IConflictField[] = [];
  const done = new Set<string>();
  const units: Array<ReadonlyArray<keyof T & string>> = [];
  for (const key of keys) {
    if (done.has(key)) continue;
    const group = groups.filter((g) => g.indexOf(key) >= 0)[0] ?? [key];
    group.forEach((k) => done.add(k));
    units.push(group.filter((k) => keys.indexOf(k) >= 0));
  }
  for (const unit of units) {
    const iChanged = unit.some((k) => !sameValue(valueOf(base, k), valueOf(mine, k)));
    const theyChanged = unit.some((k) => !sameValue(valueOf(base, k), valueOf(theirs, k)));
    const agree = unit.every((k) => sameValue(valueOf(mine, k), valueOf(theirs, k)));
    if (iChanged && theyChanged && !agree) {
      unit.forEach((k) => {
        if (!sameValue(valueOf(mine, k), valueOf(theirs, k)) || unit.length > 1) conflicts.push({ field: k, base: valueOf(base, k), mine: valueOf(mine, k), theirs: valueOf(theirs, k) });
      });
    } else if (iChanged) {
      unit.forEach((k) => (merged[k] = (mine as Record<string, unknown>)[k]));
    }
  }
  return {
    theirChanges: diffRecords(base, theirs, keys),
    myChanges: diffRecords(base, mine, keys),
    conflicts,
    merged: merged as T,
    clean: conflicts.length === 0
  };
}

/** Which side wins a conflicting column. */
export type ConflictChoice = 'mine' | 'theirs';

/**
 * The record to write after a conflict: the merge, with each conflicting column (and its score pair)
 * taken from the side chosen for it (`choices` per column; `fallback` for the rest).
 */
export function resolveThreeWay<T extends object>(
  result: IThreeWay<T>,
  mine: T,
  choices: Readonly<Record<string, ConflictChoice>>,
  fallback: ConflictChoice = 'theirs',
  groups: ReadonlyArray<ReadonlyArray<keyof T & string>> = []
): T {
  const out = { ...result.merged } as Record<string, unknown>;
  for (const c of result.conflicts) {
    const group = groups.filter((g) => g.indexOf(c.field as keyof T & string) >= 0)[0] ?? [c.field];
    // A pair follows the choice made for either of its columns.
    const choice = group.map((k) => choices[k]).filter((x): x is ConflictChoice => x !== undefined)[0] ?? fallback;
    if (choice === 'mine') group.forEach((k) => (out[k] = (mine as Record<string, unknown>)[k]));
  }
  return out as T;
}

/** The three-way comparison of a risk's content (scores as pairs). */
export function threeWayRisk(base: IRiskContent, mine: IRiskContent, theirs: IRiskContent): IThreeWay<IRiskFields> {
  return threeWay(riskToFields(base), riskToFields(mine), riskToFields(theirs), RISK_FIELD_KEYS as ReadonlyArray<keyof IRiskFields & string>, SCORE_PAIRS);
}

/** A risk's content after a conflict, resolved per column (see `resolveThreeWay`). */
export function resolveRiskConflict(
  base: IRiskContent,
  mine: IRiskContent,
  theirs: IRiskContent,
  choices: Readonly<Record<string, ConflictChoice>> = {},
  fallback: ConflictChoice = 'theirs'
): IRiskContent {
  const result = threeWayRisk(base, mine, theirs);
  return riskFromFields(resolveThreeWay(result, riskToFields(mine), choices, fallback, SCORE_PAIRS));
}

/**
 * Whether a conflict is only with this person's own save: what is stored changed exactly the fields they
 * are saving, to exactly their values, and nothing else. That happens when a save's answer was lost and
 * they save again: their first save landed. Nothing is left to choose, so the edit counts as saved.
 */
export function isOwnChangeAlready(diff: { theirChanges: readonly IFieldChange[]; myChanges: readonly IFieldChange[]; conflicts: readonly unknown[] }): boolean {
  if (diff.conflicts.length > 0 || diff.myChanges.length === 0 || diff.theirChanges.length !== diff.myChanges.length) return false;
  return diff.myChanges.every((m) => diff.theirChanges.some((t) => t.field === m.field && sameValue(t.to, m.to)));
}
