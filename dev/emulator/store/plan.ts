/**
 * Query planning: which rows a filter must look at, and the list view threshold decision.
 *
 * Only the LEADING clause of the top-level `and` chain chooses the access path, as in SharePoint,
 * where the first indexed clause drives the SQL seek. Same-column range clauses anywhere in the
 * top-level chain are merged with it (`Due ge X and Due lt Y` is one index range). Everything else
 * is checked row by row on the candidates.
 */
import type { Cell, SortKey } from './columns';
import { ThresholdError } from './errors';
import type { FilterAst } from './filter';
import type { Bound, ColumnIndex } from './indexes';
import type { FieldDef, ItemRecord } from './types';

export const LIST_VIEW_THRESHOLD = 5000;

/** What the planner and evaluator need from a list (implemented by ListStore). */
export interface QueryHost {
  readonly fields: readonly FieldDef[];
  readonly itemCount: number;
  /** Highest id ever allocated (ids run 1..maxId, with holes for deleted rows). */
  readonly maxId: number;
  isAlive(id: number): boolean;
  key(field: FieldDef, id: number): SortKey;
  cell(field: FieldDef, id: number): Cell;
  index(internalName: string): ColumnIndex | undefined;
  materialise(id: number): ItemRecord;
  /** Comparable value of `projection` on the user/lookup item `refId` (undefined when it does not exist). */
  projectionKey(field: FieldDef, projection: string, refId: number, resolveUser: ((id: number) => Record<string, unknown> | undefined) | undefined): SortKey | undefined;
}

export interface Candidates {
  /** Sorted ascending ids, or 'all' for a scan over the whole list in id order. */
  ids: Int32Array | 'all';
  usedIndex?: string;
}

/** How one filter clause can be answered from an index. */
interface Access {
  column: string;
  count(limit: number): number;
  ids(): Int32Array;
}

export type FilterLeaf = Extract<FilterAst, { kind: 'compare' | 'startswith' | 'substringof' }>;
/** Tests a user/lookup projection clause against one referenced id. */
export type ProjectionTest = (leaf: FilterLeaf, refId: number) => boolean;

/** Top-level conjuncts, left to right (iterative: an and-chain is a left-deep tree). */
export function flattenAnd(ast: FilterAst): FilterAst[] {
  const out: FilterAst[] = [];
  const stack: FilterAst[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop() as FilterAst;
    if (node.kind === 'and') stack.push(node.right, node.left);
    else out.push(node);
  }
  return out;
}

function mergeSorted(parts: Int32Array[]): Int32Array {
  const all = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  all.sort();
  // Dedupe in place (an `or` of overlapping clauses).
  let w = 0;
  for (let r = 0; r < all.length; r += 1) if (r === 0 || all[r] !== all[r - 1]) all[w++] = all[r];
  return all.subarray(0, w);
}

interface Range {
  lo?: Bound;
  hi?: Bound;
  empty?: boolean;
}

function tighten(range: Range, op: string, key: number | string): Range {
  const r: Range = { ...range };
  const setLo = (b: Bound): void => {
    if (r.lo === undefined || b.value > r.lo.value || (b.value === r.lo.value && !b.inclusive)) r.lo = b;
  };
  const setHi = (b: Bound): void => {
    if (r.hi === undefined || b.value < r.hi.value || (b.value === r.hi.value && !b.inclusive)) r.hi = b;
  };
  if (op === 'eq') {
    setLo({ value: key, inclusive: true });
    setHi({ value: key, inclusive: true });
  } else if (op === 'gt') setLo({ value: key, inclusive: false });
  else if (op === 'ge') setLo({ value: key, inclusive: true });
  else if (op === 'lt') setHi({ value: key, inclusive: false });
  else if (op === 'le') setHi({ value: key, inclusive: true });
  return r;
}

const RANGE_OPS = new Set(['eq', 'lt', 'le', 'gt', 'ge']);

function isRangeLeaf(node: FilterAst, field: FieldDef): node is Extract<FilterAst, { kind: 'compare' }> {
  return node.kind === 'compare' && node.target.projection === null && node.target.field === field && RANGE_OPS.has(node.op) && node.key !== null;
}

export class Planner {
  constructor(
    private readonly host: QueryHost,
    private readonly projectionTest: ProjectionTest
  ) {}

  /** Primary-key access: ids are dense slots, so a range is answered by arithmetic. */
  private idAccess(range: Range): Access {
    const host = this.host;
    let from = 1;
    let to = host.maxId;
    if (range.lo !== undefined) from = Math.max(from, Math.ceil(Number(range.lo.value) + (range.lo.inclusive ? 0 : Number.isInteger(Number(range.lo.value)) ? 1 : 0)));
    if (range.hi !== undefined) to = Math.min(to, Math.floor(Number(range.hi.value) - (range.hi.inclusive ? 0 : Number.isInteger(Number(range.hi.value)) ? 1 : 0)));
    return {
      column: 'ID',
      count: () => Math.max(0, to - from + 1),
      ids: () => {
        const out: number[] = [];
        for (let id = from; id <= to; id += 1) if (host.isAlive(id)) out.push(id);
        return Int32Array.from(out);
      }
    };
  }

  private rangeAccess(field: FieldDef, index: ColumnIndex, range: Range): Access {
    return {
      column: field.InternalName,
      count: (limit) => index.countRange(range.lo, range.hi, limit),
      ids: () => index.idsRange(range.lo, range.hi)
    };
  }

  /** Index access for one clause (merging same-column range clauses from `siblings`), or undefined. */
  private access(node: FilterAst, siblings: FilterAst[]): Access | undefined {
    if (node.kind === 'and') return this.access(flattenAnd(node)[0], flattenAnd(node));
    if (node.kind === 'or') {
      const left = this.access(node.left, [node.left]);
      const right = this.access(node.right, [node.right]);
      if (left === undefined || right === undefined) return undefined;
      return {
        column: left.column === right.column ? left.column : `${left.column}+${right.column}`,
        count: (limit) => left.count(limit) + right.count(limit),
        ids: () => mergeSorted([left.ids(), right.ids()])
      };
    }
    const field = node.target.field;
    const isId = field.InternalName === 'ID';
    const index = isId ? undefined : this.host.index(field.InternalName);
    if (!isId && index === undefined) return undefined;
    if (node.kind === 'substringof') return undefined;
    if (node.kind === 'startswith') {
      if (node.target.projection !== null || index === undefined || index.kind !== 'string') return undefined;
      return this.rangeAccess(field, index, { lo: { value: node.key, inclusive: true }, hi: { value: `${node.key}\uffff`, inclusive: false } });
    }
    const target = node.target;
    if (target.projection !== null) {
      // `Owner/Title eq null` would also match rows with no owner, which the key walk cannot see.
      if (node.kind === 'compare' && node.key === null) return undefined;
      return index === undefined ? undefined : this.projectionAccess(node, index);
    }
    if (node.key === null) {
      if (isId || index === undefined) return undefined;
      const nulls = index;
      return node.op === 'eq'
        ? { column: field.InternalName, count: () => nulls.nullIds().length, ids: () => nulls.nullIds() }
        : { column: field.InternalName, count: () => nulls.nonNullCount(), ids: () => nulls.idsRange(undefined, undefined) };
    }
    if (node.op === 'ne') {
      const key = node.key;
      const total = isId ? this.host.itemCount : (index as ColumnIndex).nonNullCount();
      const eqCount = isId ? 1 : (index as ColumnIndex).countEq(key);
      return {
        column: field.InternalName,
        count: () => total - eqCount,
        ids: () => {
          const all = isId ? this.idAccess({}).ids() : (index as ColumnIndex).idsRange(undefined, undefined);
          return all.filter((id) => (isId ? id !== key : this.host.key(field, id) !== key));
        }
      };
    }
    let range: Range = {};
    for (const sib of siblings) if (isRangeLeaf(sib, field)) range = tighten(range, sib.op, sib.key as number | string);
    if (!siblings.includes(node)) range = tighten(range, node.op, node.key);
    return isId ? this.idAccess(range) : this.rangeAccess(field, index as ColumnIndex, range);
  }

  /** `Owner/EMail eq 'x'`: test each distinct user/lookup id once, then union their postings. */
  private projectionAccess(leaf: FilterLeaf, index: ColumnIndex): Access {
    let matched: Array<number | string> | undefined;
    const keys = (): Array<number | string> => {
      if (matched === undefined) {
        matched = index.distinctKeys().filter((k) => typeof k === 'number' && this.projectionTest(leaf, k));
      }
      return matched;
    };
    return {
      column: leaf.target.field.InternalName,
      count: (limit) => {
        let n = 0;
        for (const k of keys()) {
          n += index.countEq(k);
          if (n > limit) break;
        }
        return n;
      },
      ids: () => mergeSorted(keys().map((k) => index.idsEq(k)))
    };
  }

  /**
   * Candidate rows for a filter, enforcing the threshold on lists above 5,000 items:
   * the leading clause must be index-served and match at most 5,000 rows.
   */
  candidates(ast: FilterAst | undefined, big: boolean): Candidates {
    if (ast === undefined) return { ids: 'all' };
    const conjuncts = flattenAnd(ast);
    const leading = conjuncts[0];
    const access = this.access(leading, conjuncts);
    if (access === undefined) {
      if (big) throw new ThresholdError('leading filter clause is not served by an index');
      return { ids: 'all' };
    }
    if (big && access.count(LIST_VIEW_THRESHOLD) > LIST_VIEW_THRESHOLD) {
      throw new ThresholdError(`leading filter clause on ${access.column} matches more than ${LIST_VIEW_THRESHOLD} rows`);
    }
    return { ids: access.ids(), usedIndex: access.column };
  }
}
