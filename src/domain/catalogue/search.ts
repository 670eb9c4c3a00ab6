/**
 * In-memory search of the catalogue, as you type: an inverted index over folded words (see `text.ts`),
 * prefix matching, ranking by where a word matched, facet counts and sorting.
 *
 * Decisions:
 * - Every query word must match (AND), as the PREFIX of a word of the entry: typing "summ" finds
 *   "summarising". Stop words are dropped from queries (`queryTerms`).
 * - Ranking: each query word scores by the best place it matched, title (10) > summary or prompts (4) >
 *   how-to or problem (1), a whole-word match counting fully and a prefix match 0.6; an entry's score is
 *   the sum. Ties go to the newer entry. "When not to use" is not searched: its words describe what the
 *   entry is NOT for.
 * - Facets (product, department, role, force, data-handling label): OR within a facet, AND across them.
 *   A facet's counts are computed with every OTHER active facet applied (and the query and base filters),
 *   so each count says how many results picking that value would show. Entries with no departments (or
 *   no roles) are for everyone: they match any department (role) picked and count under each.
 * - Base filters: published entries only unless asked (`states`), retired ones only with
 *   `includeRetired`, use cases and/or FAQs.
 * - The index is built once per load of the entries; helpful counts and minutes are passed at search
 *   time, so a vote does not rebuild it.
 * - Vocabulary lookups are a binary search for the first word with the prefix, then a walk: a keystroke
 *   costs the postings of the matching words, not a scan of every entry's text.
 */
import { htmlToText, queryTerms, tokenise } from './text';
import type { EntryState, EntryType, ICatalogueEntry } from './types';

export type FacetKey = 'product' | 'department' | 'role' | 'force' | 'label';
export const FACET_KEYS: readonly FacetKey[] = ['product', 'department', 'role', 'force', 'label'];

export type FacetSelection = Readonly<Partial<Record<FacetKey, readonly string[]>>>;

export type CatalogueSort = 'relevance' | 'newest' | 'mostHelpful' | 'mostTimeSaved';

/** Where a query word matched: a bit per place. */
export const MATCH_TITLE = 1;
export const MATCH_SUMMARY = 2;
export const MATCH_BODY = 4;

const WEIGHT: Readonly<Record<number, number>> = { [MATCH_TITLE]: 10, [MATCH_SUMMARY]: 4, [MATCH_BODY]: 1 };
const PREFIX_FACTOR = 0.6;

/** Facets whose empty value means "everyone". */
const FOR_EVERYONE: ReadonlySet<FacetKey> = new Set<FacetKey>(['department', 'role']);

interface IIndexedEntry {
  entry: ICatalogueEntry;
  facets: Readonly<Record<FacetKey, readonly string[]>>;
  /** Newest first ordering key: published day (or created day), then id. */
  newest: string;
}

export interface ICatalogueIndex {
  readonly size: number;
  /** @internal */
  readonly items: readonly IIndexedEntry[];
  /** @internal sorted distinct folded words */
  readonly vocab: readonly string[];
  /** @internal per word: entry positions */
  readonly postings: readonly Int32Array[];
  /** @internal per word: match places (bits) parallel to `postings` */
  readonly places: readonly Uint8Array[];
}

function facetValues(e: ICatalogueEntry): Record<FacetKey, readonly string[]> {
  return {
    product: e.products,
    department: e.departments,
    role: e.roles,
    force: e.force === '' ? [] : [e.force],
    label: [e.handling]
  };
}

/** Builds the search index of the given entries (all states: the request filters). */
export function buildCatalogueIndex(entries: readonly ICatalogueEntry[]): ICatalogueIndex {
  const byWord = new Map<string, Map<number, number>>();
  const add = (text: string, position: number, place: number): void => {
    for (const word of tokenise(text)) {
      let posting = byWord.get(word);
      if (posting === undefined) {
        posting = new Map<number, number>();
        byWord.set(word, posting);
      }
      // eslint-disable-next-line no-bitwise -- places are a bit set
      posting.set(position, (posting.get(position) ?? 0) | place);
    }
  };
  const items: IIndexedEntry[] = entries.map((entry, position) => {
    add(entry.title, position, MATCH_TITLE);
    add(entry.summary, position, MATCH_SUMMARY);
    for (const prompt of entry.prompts) add(prompt, position, MATCH_SUMMARY);
    add(htmlToText(entry.howToHtml), position, MATCH_BODY);
    add(entry.problem, position, MATCH_BODY);
    const day = entry.publishedOn ?? entry.createdAt.slice(0, 10);
    return { entry, facets: facetValues(entry), newest: `${day}|${String(entry.id).padStart(10, '0')}` };
  });
  const vocab = Array.from(byWord.keys()).sort();
  const postings: Int32Array[] = [];
  const places: Uint8Array[] = [];
  for (const word of vocab) {
    const posting = byWord.get(word) as Map<number, number>;
    const ids = new Int32Array(posting.size);
    const bits = new Uint8Array(posting.size);
    let k = 0;
    posting.forEach((place, position) => {
      ids[k] = position;
      bits[k] = place;
      k++;
    });
    postings.push(ids);
    places.push(bits);
  }
  return { size: items.length, items, vocab, postings, places };
}

export interface ISearchRequest {
  query?: string;
  facets?: FacetSelection;
  /** Use cases, FAQs or both (empty or missing: both). */
  types?: readonly EntryType[];
  /** States shown (default: approved). */
  states?: readonly EntryState[];
  /** Also show retired entries (default false). */
  includeRetired?: boolean;
  /** Default: relevance when the query has words, else newest. */
  sort?: CatalogueSort;
}

export interface ISearchContext {
  /** Entry id → people it helped (for `mostHelpful`). */
  helpfulCounts?: ReadonlyMap<number, number>;
  /** Entry id → minutes saved per use, null when unknown (for `mostTimeSaved`). */
  minutesPerUse?: ReadonlyMap<number, number | null>;
}

export interface ISearchHit {
  entry: ICatalogueEntry;
  /** 0 when the query is empty. */
  score: number;
  /** Where the query words matched (MATCH_* bits, OR-ed over the words). */
  matchedIn: number;
}

export interface IFacetCount {
  value: string;
  count: number;
  selected: boolean;
}

export interface ISearchResult {
  hits: ISearchHit[];
  /** The folded query words that were searched for: pass them to `highlightRanges`. */
  terms: string[];
  sort: CatalogueSort;
  facets: Record<FacetKey, IFacetCount[]>;
}

function lowerBound(words: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (words[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function bestWeight(place: number): number {
  // eslint-disable-next-line no-bitwise -- places are a bit set
  return place & MATCH_TITLE ? WEIGHT[MATCH_TITLE] : place & MATCH_SUMMARY ? WEIGHT[MATCH_SUMMARY] : WEIGHT[MATCH_BODY];
}

/** Scores of every entry for the terms (all must match), or null when there are no terms. */
function scoreTerms(index: ICatalogueIndex, terms: readonly string[]): { scores: Float64Array; matched: Uint8Array } | null {
  if (terms.length === 0) return null;
  const n = index.size;
  const total = new Float64Array(n);
  const hitCount = new Uint8Array(n);
  const matched = new Uint8Array(n);
  const best = new Float64Array(n);
  const bestPlace = new Uint8Array(n);
  const touched: number[] = [];
  for (const term of terms) {
    touched.length = 0;
    for (let w = lowerBound(index.vocab, term); w < index.vocab.length && index.vocab[w].indexOf(term) === 0; w++) {
      const factor = index.vocab[w].length === term.length ? 1 : PREFIX_FACTOR;
      const ids = index.postings[w];
      const bits = index.places[w];
      for (let k = 0; k < ids.length; k++) {
        const p = ids[k];
        const weight = bestWeight(bits[k]) * factor;
        if (best[p] === 0) touched.push(p);
        if (weight > best[p]) best[p] = weight;
        // eslint-disable-next-line no-bitwise -- places are a bit set
        bestPlace[p] |= bits[k];
      }
    }
    for (const p of touched) {
      total[p] += best[p];
      hitCount[p]++;
      // eslint-disable-next-line no-bitwise -- places are a bit set
      matched[p] |= bestPlace[p];
      best[p] = 0;
      bestPlace[p] = 0;
    }
  }
  for (let p = 0; p < n; p++) if (hitCount[p] < terms.length) total[p] = -1;
  return { scores: total, matched };
}

function passesFacet(item: IIndexedEntry, key: FacetKey, selected: readonly string[] | undefined): boolean {
  if (selected === undefined || selected.length === 0) return true;
  const values = item.facets[key];
  if (values.length === 0) return FOR_EVERYONE.has(key);
  for (const v of values) if (selected.indexOf(v) >= 0) return true;
  return false;
}

function compareNewest(a: IIndexedEntry, b: IIndexedEntry): number {
  return a.newest < b.newest ? 1 : a.newest > b.newest ? -1 : 0;
}

/** Searches the index: hits in order, the terms searched for, and facet counts. */
export function searchCatalogue(index: ICatalogueIndex, request: ISearchRequest = {}, context: ISearchContext = {}): ISearchResult {
  const terms = queryTerms(request.query ?? '');
  const sort: CatalogueSort = request.sort ?? (terms.length > 0 ? 'relevance' : 'newest');
  const states = request.states ?? ['approved'];
  const shownStates = request.includeRetired === true && states.indexOf('retired') < 0 ? [...states, 'retired'] : states;
  const types = request.types ?? [];
  const selection = request.facets ?? {};
  const scored = scoreTerms(index, terms);

  const facetCounts: Record<FacetKey, Map<string, number>> = { product: new Map(), department: new Map(), role: new Map(), force: new Map(), label: new Map() };
  const everyoneCounts: Record<FacetKey, number> = { product: 0, department: 0, role: 0, force: 0, label: 0 };
  const hits: Array<{ item: IIndexedEntry; score: number; matchedIn: number }> = [];

  for (let p = 0; p < index.items.length; p++) {
    const item = index.items[p];
    const e = item.entry;
    if (shownStates.indexOf(e.state) < 0) continue;
    if (types.length > 0 && types.indexOf(e.type) < 0) continue;
    // Every value of the shown entries is offered (with 0 when nothing matches), so facets do not jump about as people type.
    for (const key of FACET_KEYS) {
      const values = item.facets[key];
      for (let i = 0; i < values.length; i++) if (!facetCounts[key].has(values[i])) facetCounts[key].set(values[i], 0);
    }
    if (scored !== null && scored.scores[p] < 0) continue;
    // Which facets this entry fails; it counts towards facet F when it fails none but (maybe) F.
    let failed = 0;
    let failedKey: FacetKey | null = null;
    for (const key of FACET_KEYS) {
      if (!passesFacet(item, key, selection[key])) {
        failed++;
        failedKey = key;
      }
    }
    if (failed > 1) continue;
    for (const key of FACET_KEYS) {
      if (failed === 1 && failedKey !== key) continue;
      const values = item.facets[key];
      if (values.length === 0 && FOR_EVERYONE.has(key)) everyoneCounts[key]++;
      const counts = facetCounts[key];
      for (let i = 0; i < values.length; i++) {
        if (values.indexOf(values[i]) !== i) continue;
        counts.set(values[i], (counts.get(values[i]) as number) + 1);
      }
    }
    if (failed === 0) hits.push({ item, score: scored !== null ? scored.scores[p] : 0, matchedIn: scored !== null ? scored.matched[p] : 0 });
  }

  const helpful = context.helpfulCounts;
  const minutes = context.minutesPerUse;
  const byNewest = (a: { item: IIndexedEntry }, b: { item: IIndexedEntry }): number => compareNewest(a.item, b.item);
  switch (sort) {
    case 'relevance':
      hits.sort((a, b) => b.score - a.score || byNewest(a, b));
      break;
    case 'newest':
      hits.sort(byNewest);
      break;
    case 'mostHelpful':
      hits.sort((a, b) => (helpful?.get(b.item.entry.id) ?? 0) - (helpful?.get(a.item.entry.id) ?? 0) || b.score - a.score || byNewest(a, b));
      break;
    case 'mostTimeSaved': {
      const m = (h: { item: IIndexedEntry }): number => {
        const v = minutes?.get(h.item.entry.id);
        return v === null || v === undefined ? -Infinity : v;
      };
      hits.sort((a, b) => {
        const ma = m(a);
        const mb = m(b);
        return ma === mb ? b.score - a.score || byNewest(a, b) : mb > ma ? 1 : -1;
      });
      break;
    }
  }

  const facets = {} as Record<FacetKey, IFacetCount[]>;
  for (const key of FACET_KEYS) {
    const counts = facetCounts[key];
    const selected = selection[key] ?? [];
    // Entries for everyone count under every value offered.
    const everyone = everyoneCounts[key];
    selected.forEach((v) => {
      if (!counts.has(v)) counts.set(v, 0);
    });
    facets[key] = Array.from(counts.entries())
      .map(([value, count]) => ({ value, count: count + everyone, selected: selected.indexOf(value) >= 0 }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return { hits: hits.map((h) => ({ entry: h.item.entry, score: h.score, matchedIn: h.matchedIn })), terms, sort, facets };
}
