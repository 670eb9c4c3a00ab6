/**
 * Query execution: filter evaluation on candidate rows, $orderby, $top and $skiptoken paging.
 *
 * Row order is a tuple (orderby columns…, ID) compared on the columns' comparable keys (nulls first
 * ascending, text case-insensitive). A skiptoken carries that tuple for the last row returned, so
 * the next page starts strictly after it even if rows were added or deleted in between.
 */
import type { SortKey } from './columns';
import { formatSkiptokenDate, parseSkiptokenDate } from './dates';
import { columnMissing, invalidExpression, ODataError, queryNotValid, ThresholdError } from './errors';
import { isMultiRef, isRef, wireNameToField } from './fields';
import { filterLiterals, parseFilter, type FieldTarget, type FilterAst } from './filter';
import { LIST_VIEW_THRESHOLD, Planner, type FilterLeaf, type QueryHost } from './plan';
import type { FieldDef, ItemRecord, ListQuery, QueryResult } from './types';

interface OrderTerm {
  field: FieldDef;
  desc: boolean;
}

type Predicate = (id: number) => boolean;
type UserResolver = ListQuery['resolveUser'];

export function compareKeys(a: SortKey, b: SortKey): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === typeof b) return a < b ? -1 : a > b ? 1 : 0;
  // Mixed types only happen for projections of differently typed values: order numbers first.
  return typeof a === 'number' ? -1 : 1;
}

function compareOp(op: string, k: SortKey, key: SortKey): boolean {
  if (key === null) return op === 'eq' ? k === null : k !== null;
  // ANSI semantics: an empty value matches no comparison with a value (ne included).
  if (k === null) return false;
  if (typeof k !== typeof key) return op === 'ne';
  switch (op) {
    case 'eq':
      return k === key;
    case 'ne':
      return k !== key;
    case 'lt':
      return k < key;
    case 'le':
      return k <= key;
    case 'gt':
      return k > key;
    default:
      return k >= key;
  }
}

/** Normalises a user property / lookup target value to a comparable key. */
export function toKey(value: unknown): SortKey {
  if (typeof value === 'string') return value === '' ? null : value.toLowerCase();
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return null;
}

export function parseOrderBy(orderby: string | undefined, fields: readonly FieldDef[]): OrderTerm[] {
  if (orderby === undefined || orderby.trim() === '') return [];
  return orderby.split(',').map((part) => {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*(?:\/[A-Za-z_][A-Za-z0-9_]*)?)(?:\s+(asc|desc))?\s*$/i.exec(part);
    if (m === null) throw invalidExpression(orderby);
    const name = m[1];
    if (name.includes('/')) throw queryNotValid();
    const match = wireNameToField(fields, name);
    if (match === undefined) throw columnMissing(name);
    const type = match.field.TypeAsString;
    if (type === 'Note' || type === 'MultiChoice' || type === 'URL' || type === 'Computed' || isMultiRef(type)) throw queryNotValid();
    return { field: match.field, desc: (m[2] ?? 'asc').toLowerCase() === 'desc' };
  });
}

function encodeTokenValue(field: FieldDef, key: SortKey, raw: unknown): string {
  if (key === null) return '';
  if (field.TypeAsString === 'DateTime' && typeof key === 'number') return formatSkiptokenDate(key);
  if (typeof raw === 'boolean') return raw ? '1' : '0';
  return String(raw ?? key);
}

function decodeTokenValue(field: FieldDef, text: string, whole: string): SortKey {
  if (text === '') return null;
  const type = field.TypeAsString;
  if (type === 'DateTime') {
    const ms = parseSkiptokenDate(text);
    if (ms === null) throw invalidExpression(whole);
    return ms;
  }
  if (type === 'Boolean') return text === '1' || text.toLowerCase() === 'true' ? 1 : 0;
  if (type === 'Text' || type === 'Choice' || type === 'Guid') return text.toLowerCase();
  const n = Number(text);
  if (!Number.isFinite(n)) throw invalidExpression(whole);
  return n;
}

export class QueryRunner {
  private readonly projectionCache = new Map<string, SortKey | undefined>();

  constructor(
    private readonly host: QueryHost,
    private readonly q: ListQuery,
    /** Extra checks on the parsed filter that need more than the field list (lookup targets). */
    private readonly validate: (ast: FilterAst) => void = () => undefined
  ) {}

  private projection(target: FieldTarget, refId: SortKey): SortKey | undefined {
    if (typeof refId !== 'number' || target.projection === null) return undefined;
    const cacheKey = `${target.field.InternalName}/${target.projection}/${refId}`;
    if (this.projectionCache.has(cacheKey)) return this.projectionCache.get(cacheKey);
    const value = this.host.projectionKey(target.field, target.projection, refId, this.q.resolveUser as UserResolver);
    this.projectionCache.set(cacheKey, value);
    return value;
  }

  private testProjection(node: FilterLeaf, refId: SortKey): boolean {
    const value = this.projection(node.target, refId);
    const k = value === undefined ? null : value;
    if (node.kind === 'startswith') return typeof k === 'string' && k.startsWith(node.key);
    if (node.kind === 'substringof') return typeof k === 'string' && k.includes(node.key);
    return compareOp(node.op, k, node.key);
  }

  private compile(node: FilterAst): Predicate {
    const host = this.host;
    if (node.kind === 'and' || node.kind === 'or') {
      const l = this.compile(node.left);
      const r = this.compile(node.right);
      return node.kind === 'and' ? (id) => l(id) && r(id) : (id) => l(id) || r(id);
    }
    const field = node.target.field;
    if (node.target.projection !== null) return (id) => this.testProjection(node, host.key(field, id));
    if (node.kind === 'startswith') {
      const key = node.key;
      return (id) => {
        const k = host.key(field, id);
        return typeof k === 'string' && k.startsWith(key);
      };
    }
    if (node.kind === 'substringof') {
      const key = node.key;
      return (id) => {
        const k = host.key(field, id);
        return typeof k === 'string' && k.includes(key);
      };
    }
    const { op, key } = node;
    if (field.TypeAsString === 'MultiChoice') {
      return (id) => {
        const cell = host.cell(field, id);
        const values = Array.isArray(cell) ? cell.map((v) => String(v).toLowerCase()) : [];
        if (key === null) return op === 'eq' ? values.length === 0 : values.length > 0;
        return op === 'eq' ? values.includes(String(key)) : values.length > 0 && !values.includes(String(key));
      };
    }
    if (field.InternalName === 'ID') return (id) => compareOp(op, id, key);
    return (id) => compareOp(op, host.key(field, id), key);
  }

  private rowKeys(order: OrderTerm[], id: number): SortKey[] {
    return order.map((t) => (t.field.InternalName === 'ID' ? id : this.host.key(t.field, id)));
  }

  private compareTuples(order: OrderTerm[], a: SortKey[], b: SortKey[]): number {
    for (let i = 0; i < order.length; i += 1) {
      const c = compareKeys(a[i], b[i]);
      if (c !== 0) return order[i].desc ? -c : c;
    }
    return 0;
  }

  /** Sort tuple of the row the skiptoken points after, or undefined for the first page. */
  private parseSkiptoken(order: OrderTerm[]): SortKey[] | undefined {
    const raw = this.q.skiptoken;
    if (raw === undefined || raw.trim() === '') return undefined;
    const params = new URLSearchParams(raw);
    const idText = params.get('p_ID');
    if (idText === null) return undefined;
    const id = Number(idText);
    if (!Number.isInteger(id)) throw invalidExpression(raw);
    return order.map((t) => {
      if (t.field.InternalName === 'ID') return id;
      const text = params.get(`p_${t.field.InternalName}`);
      if (text !== null) return decodeTokenValue(t.field, text, raw);
      // PnPjs skip(n) sends only p_ID: position after that row's current values.
      return this.host.isAlive(id) ? this.host.key(t.field, id) : null;
    });
  }

  private makeSkiptoken(order: OrderTerm[], id: number): string {
    const parts = ['Paged=TRUE'];
    for (const t of order) {
      if (t.field.InternalName === 'ID') continue;
      const raw = isRef(t.field.TypeAsString) ? this.host.key(t.field, id) : this.host.cell(t.field, id);
      parts.push(`p_${t.field.InternalName}=${encodeURIComponent(encodeTokenValue(t.field, this.host.key(t.field, id), raw))}`);
    }
    parts.push(`p_ID=${id}`);
    return parts.join('&');
  }

  run(): QueryResult {
    const host = this.host;
    const q = this.q;
    const top = q.top ?? 100;
    if (!Number.isInteger(top) || top < 0) throw invalidExpression(String(q.top));
    const big = host.itemCount > LIST_VIEW_THRESHOLD;
    if (big && top > LIST_VIEW_THRESHOLD) throw new ThresholdError(`$top ${top} exceeds ${LIST_VIEW_THRESHOLD}`);
    const limit = Math.min(top, LIST_VIEW_THRESHOLD);
    const ast = q.filter !== undefined && q.filter.trim() !== '' ? parseFilter(q.filter, [...host.fields]) : undefined;
    if (ast !== undefined) this.validate(ast);
    const literals = ast === undefined ? [] : filterLiterals(ast);
    const explicit = parseOrderBy(q.orderby, host.fields);
    const idField = host.fields.find((f) => f.InternalName === 'ID') as FieldDef;
    // ID is unique, so terms after it never matter; without it, ID asc breaks ties.
    const idAt = explicit.findIndex((t) => t.field.InternalName === 'ID');
    const order = idAt >= 0 ? explicit.slice(0, idAt + 1) : [...explicit, { field: idField, desc: false }];
    if (big) {
      for (const t of explicit) {
        if (t.field.InternalName !== 'ID' && host.index(t.field.InternalName) === undefined) {
          throw new ThresholdError(`$orderby on non-indexed column ${t.field.InternalName}`);
        }
      }
    }
    const planner = new Planner(host, (leaf, refId) => this.testProjection(leaf, refId));
    const candidates = planner.candidates(ast, big);
    const predicate = ast === undefined ? undefined : this.compile(ast);
    const after = this.parseSkiptoken(order);
    // Records built for visible() are kept for the page instead of being materialised twice.
    const state = { scanned: 0, page: [] as number[], records: [] as Array<ItemRecord | undefined>, more: false };
    const accept = (id: number): boolean => {
      // Returns false once the page (+1 look-ahead row) is full.
      if (!host.isAlive(id)) return true;
      if (after !== undefined && this.compareTuples(order, this.rowKeys(order, id), after) <= 0) return true;
      state.scanned += 1;
      if (predicate !== undefined && !predicate(id)) return true;
      let record: ItemRecord | undefined;
      if (q.visible !== undefined) {
        record = host.materialise(id);
        if (!q.visible(record)) return true;
      }
      if (state.page.length === limit) {
        state.more = true;
        return false;
      }
      state.page.push(id);
      state.records.push(record);
      return true;
    };
    const idOnly = order.length === 1;
    if (idOnly) {
      this.scanIdOrder(candidates.ids, order[0].desc, after, accept);
    } else if (candidates.ids === 'all' && big) {
      this.walkIndexOrder(order, after, accept);
    } else {
      const ids = candidates.ids === 'all' ? this.allIds() : candidates.ids;
      const keyed = Array.from(ids, (id) => ({ id, keys: this.rowKeys(order, id) }));
      keyed.sort((a, b) => this.compareTuples(order, a.keys, b.keys));
      for (const row of keyed) if (!accept(row.id)) break;
    }
    const items = state.page.map((id, i) => state.records[i] ?? host.materialise(id));
    const result: QueryResult = { items, literals, scanned: state.scanned };
    if (candidates.usedIndex !== undefined) result.usedIndex = candidates.usedIndex;
    if (state.more && state.page.length > 0) result.nextSkiptoken = this.makeSkiptoken(order, state.page[state.page.length - 1]);
    return result;
  }

  private allIds(): Int32Array {
    const out: number[] = [];
    for (let id = 1; id <= this.host.maxId; id += 1) if (this.host.isAlive(id)) out.push(id);
    return Int32Array.from(out);
  }

  private scanIdOrder(ids: Int32Array | 'all', desc: boolean, after: unknown[] | undefined, accept: (id: number) => boolean): void {
    if (ids === 'all') {
      // Start right after the token id instead of skipping rows one by one.
      const tokenId = after === undefined ? undefined : Number(after[0]);
      if (!desc) {
        for (let id = tokenId === undefined ? 1 : Math.max(1, tokenId + 1); id <= this.host.maxId; id += 1) if (!accept(id)) return;
      } else {
        for (let id = tokenId === undefined ? this.host.maxId : Math.min(this.host.maxId, tokenId - 1); id >= 1; id -= 1) if (!accept(id)) return;
      }
      return;
    }
    if (!desc) {
      for (let i = 0; i < ids.length; i += 1) if (!accept(ids[i])) return;
    } else {
      for (let i = ids.length - 1; i >= 0; i -= 1) if (!accept(ids[i])) return;
    }
  }

  /** Unfiltered big list ordered by an indexed column: walk that index in key order. */
  private walkIndexOrder(order: OrderTerm[], after: SortKey[] | undefined, accept: (id: number) => boolean): void {
    const first = order[0];
    const index = this.host.index(first.field.InternalName);
    if (index === undefined) throw new ODataError(500, '-1, System.InvalidOperationException', 'Index missing for ordered walk.');
    const rest = order.slice(1);
    index.walk(first.desc, (_key, ids) => {
      let group: number[] = Array.from(ids);
      if (rest.length > 1 || rest[0].desc) {
        const keyed = group.map((id) => ({ id, keys: this.rowKeys(rest, id) }));
        keyed.sort((a, b) => this.compareTuples(rest, a.keys, b.keys));
        group = keyed.map((k) => k.id);
      }
      for (const id of group) if (!accept(id)) return false;
      return true;
    }, after === undefined ? undefined : { key: after[0] });
  }
}
