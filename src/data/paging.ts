/**
 * Threshold-safe reads (SHAREPOINT_REST "List view threshold"). On a list over 5,000 items a query
 * fails with a 500 unless its first clause is on an indexed column and narrows to ≤ 5,000 rows.
 *
 * - `pagesOf`: PnPjs v4 page iteration (`for await (const page of items)`) following `odata.nextLink`.
 * - `queryIndexed`: a filtered read whose FIRST clause must be on an indexed column (checked here,
 *   before any request), paged; when that clause still matches over 5,000 rows SharePoint refuses
 *   with a threshold error, and the read falls back to an Id-range scan with the same filter.
 * - `scanByIdRange`: reads any list of any size in `Id ge a and Id lt b` windows of ≤ 5,000.
 */
import { IItems } from '@pnp/sp/items';
import { ListDefinition, ItemOf } from '../lists/define';
import { fromWire, selectFor, MappingOptions, DEFAULT_MAPPING_OPTIONS } from '../lists/mapping';
import { ODataFilter, isIndexedColumn } from './odata';
import { DataSite, listOf } from './sp';
import { ThresholdError, toDataError } from './errors';

/** SharePoint's `$top` ceiling and list view threshold. */
export const MAX_PAGE_SIZE = 5000;

export interface ReadOptions {
  /** Rows per request, 1-5,000. Default 2,000 for paged reads, 5,000 for Id windows. */
  readonly pageSize?: number;
  /** Only these domain keys (plus system columns and the client id). */
  readonly keys?: readonly string[];
  readonly mapping?: MappingOptions;
}

function clampPage(size: number | undefined, fallback: number): number {
  return Math.max(1, Math.min(MAX_PAGE_SIZE, Math.floor(size ?? fallback)));
}

function itemsQuery(site: DataSite, def: ListDefinition, opts: ReadOptions, top: number): IItems {
  const spec = selectFor(def, opts.keys);
  let q = listOf(site, def).items.select(...spec.select).top(top);
  if (spec.expand.length > 0) q = q.expand(...spec.expand);
  return q;
}

/**
 * Pages of raw rows, following `odata.nextLink`. Errors surface as typed `DataError`s.
 */
export async function* pagesOf(items: IItems): AsyncGenerator<unknown[], void, undefined> {
  try {
    for await (const page of items) {
      yield page as unknown[];
    }
  } catch (e) {
    throw await toDataError(e);
  }
}

/** Thrown before any request when a filter's first clause is not on an indexed column. */
export class UnindexedFilterError extends Error {
  public constructor(listKey: string, column: string) {
    super(`List "${listKey}": a filter must start with an indexed column; "${column}" is not indexed.`);
    this.name = 'UnindexedFilterError';
  }
}

/** Checks the indexed-first rule for a filter on a list. */
export function assertIndexedFirst(def: ListDefinition, filter: ODataFilter): void {
  const first = filter.columns[0];
  if (first === undefined || !isIndexedColumn(def, first)) throw new UnindexedFilterError(def.key, first ?? '(none)');
}

/**
 * The first round trip of a whole-list read, all side by side: the highest Id, the lowest Id and an
 * optimistic first window (`Id ge 1 and Id lt 1+window`), so a list under one window costs ONE round
 * trip. Items of that window above the highest Id (created after the probe) are dropped.
 */
interface IFirstRound<L extends ListDefinition> {
  readonly lowest: number | null;
  readonly highest: number | null;
  /** The first window's items with `Id ≤ highest`, in Id order (empty when the list is empty). */
  readonly first: Array<ItemOf<L>>;
  /** Where the windows after the first one start: aligned after it, or at the lowest Id when that is higher. */
  readonly next: number;
}

async function firstRound<L extends ListDefinition>(
  site: DataSite,
  def: L,
  window: number,
  opts: ReadOptions & { readonly filter?: ODataFilter }
): Promise<IFirstRound<L>> {
  const [highest, lowest, first] = await Promise.all([edgeId(site, def, false), edgeId(site, def, true), collectPages(idWindow(site, def, 1, 1 + window, opts))]);
  return {
    lowest,
    highest,
    first: highest === null ? [] : first.filter((item) => item.id <= highest),
    next: Math.max(1 + window, lowest ?? 1)
  };
}

/**
 * Reads every item of a list in Id windows of ≤ 5,000, in Id order. The first round trip asks for the
 * highest and lowest Id (`$orderby=Id desc|asc&$top=1`) and the first window (`Id ge 1 and Id lt
 * 1+window`) side by side; the windows after it (from after the first one, or from the lowest Id when
 * that is higher) are then read one after another. A list under one window therefore costs one round
 * trip. Safe at any list size because every request's first clause is the Id range (or has no filter).
 * Items created after the scan started (above the highest Id) are not included.
 */
export async function* scanByIdRange<L extends ListDefinition>(
  site: DataSite,
  def: L,
  opts: ReadOptions & { readonly filter?: ODataFilter } = {}
): AsyncGenerator<Array<ItemOf<L>>, void, undefined> {
  const window = clampPage(opts.pageSize, MAX_PAGE_SIZE);
  const { highest, first, next } = await firstRound(site, def, window, opts);
  if (highest === null) return;
  if (first.length > 0) yield first;
  for (let from = next; from <= highest; from += window) {
    for await (const page of idWindow(site, def, from, from + window, opts)) {
      const kept = page.filter((item) => item.id <= highest);
      if (kept.length > 0) yield kept;
    }
  }
}

/** The highest (or lowest) item Id of a list, or null when it is empty: one threshold-safe request. */
export async function edgeId(site: DataSite, def: ListDefinition, ascending: boolean = false): Promise<number | null> {
  try {
    const rows = (await listOf(site, def).items.select('Id').orderBy('Id', ascending).top(1)()) as Array<{ Id?: unknown }>;
    const id = rows.length > 0 ? rows[0].Id : undefined;
    return typeof id === 'number' ? id : null;
  } catch (e) {
    throw await toDataError(e);
  }
}

async function* idWindow<L extends ListDefinition>(
  site: DataSite,
  def: L,
  from: number,
  to: number,
  opts: ReadOptions & { readonly filter?: ODataFilter }
): AsyncGenerator<Array<ItemOf<L>>, void, undefined> {
  const range = `Id ge ${from} and Id lt ${to}`;
  const text = opts.filter !== undefined ? `(${range}) and (${opts.filter.text})` : range;
  const q = itemsQuery(site, def, opts, clampPage(to - from, MAX_PAGE_SIZE)).filter(text).orderBy('Id', true);
  const mapping = opts.mapping ?? DEFAULT_MAPPING_OPTIONS;
  for await (const page of pagesOf(q)) {
    if (page.length > 0) yield page.map((row) => fromWire(def, row, mapping));
  }
}

/**
 * Every item with `fromId ≤ Id ≤ toId`, the windows requested side by side (at most `concurrency` at a
 * time) rather than one after another: a known Id span costs one round trip of latency, however many
 * windows of ≤ 5,000 it takes. Results in Id order.
 */
export async function readIdSpan<L extends ListDefinition>(
  site: DataSite,
  def: L,
  fromId: number,
  toId: number,
  opts: ReadOptions & { readonly filter?: ODataFilter; readonly concurrency?: number } = {}
): Promise<Array<ItemOf<L>>> {
  const window = clampPage(opts.pageSize, MAX_PAGE_SIZE);
  const starts: number[] = [];
  for (let from = Math.max(1, Math.floor(fromId)); from <= toId; from += window) starts.push(from);
  const results: Array<Array<ItemOf<L>>> = new Array(starts.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < starts.length) {
      const i = next++;
      results[i] = await collectPages(idWindow(site, def, starts[i], Math.min(starts[i] + window, Math.floor(toId) + 1), opts));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 6, starts.length)) }, worker));
  return results.flat();
}

/**
 * Every item of a list (optionally filtered after the Id range), the Id windows read side by side: both
 * ends and the first window in one round trip (all a list under one window needs), then the rest of the
 * span in another, whatever its size. Results in Id order.
 */
export async function readAllSideBySide<L extends ListDefinition>(
  site: DataSite,
  def: L,
  opts: ReadOptions & { readonly filter?: ODataFilter; readonly concurrency?: number } = {}
): Promise<Array<ItemOf<L>>> {
  const window = clampPage(opts.pageSize, MAX_PAGE_SIZE);
  const { lowest, highest, first, next } = await firstRound(site, def, window, opts);
  if (lowest === null || highest === null) return [];
  return next <= highest ? first.concat(await readIdSpan(site, def, next, highest, opts)) : first;
}

/** The lowest and highest item Id of a list (one round trip: both asked side by side); undefined when it is empty. */
export interface IIdSpan {
  readonly lowest: number;
  readonly highest: number;
}

export async function idSpan(site: DataSite, def: ListDefinition): Promise<IIdSpan | undefined> {
  const [lowest, highest] = await Promise.all([edgeId(site, def, true), edgeId(site, def, false)]);
  return lowest === null || highest === null ? undefined : { lowest, highest };
}

/**
 * The newest `top` items (highest Ids first), optionally filtered on an indexed column: one request,
 * threshold-safe at any list size because it is ordered by Id and the filter's first clause is indexed.
 */
export async function readNewest<L extends ListDefinition>(
  site: DataSite,
  def: L,
  top: number,
  opts: ReadOptions & { readonly filter?: ODataFilter } = {}
): Promise<Array<ItemOf<L>>> {
  if (opts.filter !== undefined) assertIndexedFirst(def, opts.filter);
  let q = itemsQuery(site, def, opts, clampPage(top, MAX_PAGE_SIZE)).orderBy('Id', false);
  if (opts.filter !== undefined) q = q.filter(opts.filter.text);
  try {
    const rows = (await q()) as unknown[];
    const mapping = opts.mapping ?? DEFAULT_MAPPING_OPTIONS;
    return rows.map((row) => fromWire(def, row, mapping));
  } catch (e) {
    throw await toDataError(e);
  }
}

/**
 * A filtered read whose first clause is on an indexed column, in pages ordered by Id. Falls back to
 * an Id-range scan with the same filter when SharePoint says the indexed clause matches too many rows.
 */
export async function* queryIndexed<L extends ListDefinition>(
  site: DataSite,
  def: L,
  filter: ODataFilter,
  opts: ReadOptions = {}
): AsyncGenerator<Array<ItemOf<L>>, void, undefined> {
  assertIndexedFirst(def, filter);
  const mapping = opts.mapping ?? DEFAULT_MAPPING_OPTIONS;
  const q = itemsQuery(site, def, opts, clampPage(opts.pageSize, 2000)).filter(filter.text).orderBy('Id', true);
  let yielded = false;
  try {
    for await (const page of pagesOf(q)) {
      yielded = true;
      yield page.map((row) => fromWire(def, row, mapping));
    }
  } catch (e) {
    // A threshold refusal comes on the first page; after rows were yielded a fallback would repeat them.
    if (!(e instanceof ThresholdError) || yielded) throw e;
    yield* scanByIdRange(site, def, { ...opts, filter });
  }
}

/** Collects an async sequence of pages into one array (for lists known to be small). */
export async function collectPages<T>(pages: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}
