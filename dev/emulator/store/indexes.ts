/**
 * Column indexes, the structures that make the list view threshold meaningful: an indexed clause
 * is answered without touching rows, and its match count is known before any row is read.
 *
 * - NumericIndex (numbers, dates, booleans, user/lookup ids): parallel sorted arrays of (key, id).
 *   Equality and ranges are binary searches; 12 bytes per row, no per-row objects.
 * - StringIndex (Text, Choice, Guid): hash map value → sorted id list for equality, plus a lazily
 *   sorted array of the distinct values for ranges and startswith. Keys are lower-cased because
 *   SharePoint compares text case-insensitively.
 * Both keep null rows in their own id list (for `eq null`), and both accept unsorted bulk appends,
 * sorting once on first use.
 */
import type { SortKey } from './columns';

/** Growable sorted list of ids. */
export class IdList {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 4) {
    this.data = new Int32Array(capacity);
  }

  static of(ids: ArrayLike<number>): IdList {
    const list = new IdList(Math.max(4, ids.length));
    list.data.set(Array.from(ids));
    list.length = ids.length;
    return list;
  }

  private grow(): void {
    const next = new Int32Array(this.data.length * 2);
    next.set(this.data);
    this.data = next;
  }

  private lowerBound(id: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.data[mid] < id) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  add(id: number): void {
    if (this.length === this.data.length) this.grow();
    if (this.length === 0 || this.data[this.length - 1] < id) {
      this.data[this.length] = id;
      this.length += 1;
      return;
    }
    const at = this.lowerBound(id);
    if (this.data[at] === id) return;
    this.data.copyWithin(at + 1, at, this.length);
    this.data[at] = id;
    this.length += 1;
  }

  remove(id: number): void {
    const at = this.lowerBound(id);
    if (at >= this.length || this.data[at] !== id) return;
    this.data.copyWithin(at, at + 1, this.length);
    this.length -= 1;
  }

  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }

  bytes(): number {
    return this.data.byteLength + 32;
  }
}

export interface Bound {
  value: number | string;
  inclusive: boolean;
}

export interface ColumnIndex {
  readonly kind: 'numeric' | 'string';
  /** Maintains the index for one row (add/update/delete use these). */
  add(id: number, key: SortKey): void;
  remove(id: number, key: SortKey): void;
  /** Bulk path: ids arrive in increasing order; sorting is deferred to the first query. */
  append(id: number, key: SortKey): void;
  countEq(key: number | string): number;
  idsEq(key: number | string): Int32Array;
  /** Rows with lo < key < hi (bounds optional); stops counting once past `limit`. */
  countRange(lo: Bound | undefined, hi: Bound | undefined, limit: number): number;
  idsRange(lo: Bound | undefined, hi: Bound | undefined): Int32Array;
  nullIds(): Int32Array;
  nonNullCount(): number;
  /** Distinct non-null keys in ascending order (user/lookup projections test each once). */
  distinctKeys(): Array<number | string>;
  /**
   * Ordered traversal for $orderby: null group first when ascending, last when descending; ids
   * ascending within a key. With `from`, starts at the group of that key (a skiptoken position)
   * instead of the beginning, so deep pages do not re-read the rows before them.
   */
  walk(descending: boolean, visit: (key: SortKey, ids: Int32Array) => boolean, from?: { key: SortKey }): void;
  bytes(): number;
}

function sortIds(ids: Int32Array): Int32Array {
  return ids.sort();
}

export class NumericIndex implements ColumnIndex {
  readonly kind = 'numeric';
  private keys = new Float64Array(1024);
  private ids = new Int32Array(1024);
  private n = 0;
  private sorted = true;
  private readonly nulls = new IdList();

  private reserve(size: number): void {
    if (size <= this.keys.length) return;
    const cap = Math.max(size, this.keys.length * 2);
    const k = new Float64Array(cap);
    k.set(this.keys.subarray(0, this.n));
    const i = new Int32Array(cap);
    i.set(this.ids.subarray(0, this.n));
    this.keys = k;
    this.ids = i;
  }

  /**
   * Fast path of ensureSorted for integer keys (ids, whole numbers, dates at second precision):
   * (key, id) pairs are packed into one exactly representable double and sorted natively, which
   * is several times faster than a comparator sort of 1.7M pairs.
   */
  private sortPacked(): boolean {
    const n = this.n;
    const keys = this.keys;
    const ids = this.ids;
    let min = Infinity;
    let max = -Infinity;
    let maxId = 0;
    let wholeSeconds = true;
    for (let i = 0; i < n; i += 1) {
      const k = keys[i];
      if (!Number.isInteger(k)) return false;
      if (k % 1000 !== 0) wholeSeconds = false;
      if (k < min) min = k;
      if (k > max) max = k;
      if (ids[i] > maxId) maxId = ids[i];
    }
    const div = wholeSeconds ? 1000 : 1;
    const base = maxId + 1;
    if (((max - min) / div + 1) * base >= Number.MAX_SAFE_INTEGER) return false;
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i += 1) packed[i] = ((keys[i] - min) / div) * base + ids[i];
    packed.sort();
    for (let i = 0; i < n; i += 1) {
      const v = packed[i];
      const id = v % base;
      ids[i] = id;
      keys[i] = ((v - id) / base) * div + min;
    }
    return true;
  }

  private ensureSorted(): void {
    if (this.sorted) return;
    if (this.sortPacked()) {
      this.sorted = true;
      return;
    }
    const n = this.n;
    const keys = this.keys;
    const ids = this.ids;
    const perm = new Uint32Array(n);
    for (let i = 0; i < n; i += 1) perm[i] = i;
    perm.sort((a, b) => keys[a] - keys[b] || ids[a] - ids[b]);
    const k = new Float64Array(this.keys.length);
    const d = new Int32Array(this.ids.length);
    for (let i = 0; i < n; i += 1) {
      k[i] = keys[perm[i]];
      d[i] = ids[perm[i]];
    }
    this.keys = k;
    this.ids = d;
    this.sorted = true;
  }

  /** First position whose (key, id) is >= (key, id); id -Infinity/Infinity select group edges. */
  private lowerBound(key: number, id: number): number {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.keys[mid];
      if (k < key || (k === key && this.ids[mid] < id)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  add(id: number, key: SortKey): void {
    if (key === null || typeof key !== 'number') {
      this.nulls.add(id);
      return;
    }
    this.ensureSorted();
    this.reserve(this.n + 1);
    const at = this.lowerBound(key, id);
    this.keys.copyWithin(at + 1, at, this.n);
    this.ids.copyWithin(at + 1, at, this.n);
    this.keys[at] = key;
    this.ids[at] = id;
    this.n += 1;
  }

  remove(id: number, key: SortKey): void {
    if (key === null || typeof key !== 'number') {
      this.nulls.remove(id);
      return;
    }
    this.ensureSorted();
    const at = this.lowerBound(key, id);
    if (at >= this.n || this.keys[at] !== key || this.ids[at] !== id) return;
    this.keys.copyWithin(at, at + 1, this.n);
    this.ids.copyWithin(at, at + 1, this.n);
    this.n -= 1;
  }

  append(id: number, key: SortKey): void {
    if (key === null || typeof key !== 'number') {
      this.nulls.add(id);
      return;
    }
    this.reserve(this.n + 1);
    if (this.n > 0 && this.sorted) {
      const last = this.keys[this.n - 1];
      if (key < last || (key === last && id < this.ids[this.n - 1])) this.sorted = false;
    }
    this.keys[this.n] = key;
    this.ids[this.n] = id;
    this.n += 1;
  }

  private span(lo: Bound | undefined, hi: Bound | undefined): [number, number] {
    this.ensureSorted();
    const start = lo === undefined ? 0 : this.lowerBound(Number(lo.value), lo.inclusive ? -Infinity : Infinity);
    const end = hi === undefined ? this.n : this.lowerBound(Number(hi.value), hi.inclusive ? Infinity : -Infinity);
    return [start, Math.max(start, end)];
  }

  countEq(key: number | string): number {
    const [s, e] = this.span({ value: key, inclusive: true }, { value: key, inclusive: true });
    return e - s;
  }

  idsEq(key: number | string): Int32Array {
    const [s, e] = this.span({ value: key, inclusive: true }, { value: key, inclusive: true });
    return this.ids.slice(s, e);
  }

  countRange(lo: Bound | undefined, hi: Bound | undefined): number {
    const [s, e] = this.span(lo, hi);
    return e - s;
  }

  idsRange(lo: Bound | undefined, hi: Bound | undefined): Int32Array {
    const [s, e] = this.span(lo, hi);
    return sortIds(this.ids.slice(s, e));
  }

  nullIds(): Int32Array {
    return this.nulls.view().slice();
  }

  nonNullCount(): number {
    return this.n;
  }

  distinctKeys(): number[] {
    this.ensureSorted();
    const out: number[] = [];
    for (let i = 0; i < this.n; i += 1) if (i === 0 || this.keys[i] !== this.keys[i - 1]) out.push(this.keys[i]);
    return out;
  }

  walk(descending: boolean, visit: (key: SortKey, ids: Int32Array) => boolean, from?: { key: SortKey }): void {
    this.ensureSorted();
    const start = from === undefined ? undefined : from.key;
    if (!descending) {
      if (start === undefined || start === null) {
        if (this.nulls.length > 0 && !visit(null, this.nulls.view())) return;
      }
      let i = typeof start === 'number' ? this.lowerBound(start, -Infinity) : 0;
      while (i < this.n) {
        let j = i + 1;
        while (j < this.n && this.keys[j] === this.keys[i]) j += 1;
        if (!visit(this.keys[i], this.ids.subarray(i, j))) return;
        i = j;
      }
    } else {
      if (start === null) {
        if (this.nulls.length > 0) visit(null, this.nulls.view());
        return;
      }
      let j = typeof start === 'number' ? this.lowerBound(start, Infinity) : this.n;
      while (j > 0) {
        let i = j - 1;
        while (i > 0 && this.keys[i - 1] === this.keys[j - 1]) i -= 1;
        if (!visit(this.keys[i], this.ids.subarray(i, j))) return;
        j = i;
      }
      if (this.nulls.length > 0) visit(null, this.nulls.view());
    }
  }

  bytes(): number {
    return this.keys.byteLength + this.ids.byteLength + this.nulls.bytes();
  }
}

type Posting = number | IdList;

function postingIds(p: Posting): Int32Array {
  return typeof p === 'number' ? Int32Array.of(p) : p.view();
}

function postingCount(p: Posting): number {
  return typeof p === 'number' ? 1 : p.length;
}

export class StringIndex implements ColumnIndex {
  readonly kind = 'string';
  /** A single id is stored as a bare number: most values of a unique column occur once. */
  private readonly map = new Map<string, Posting>();
  private sortedKeys: string[] | null = [];
  private readonly nulls = new IdList();

  private keyList(): string[] {
    if (this.sortedKeys === null) this.sortedKeys = Array.from(this.map.keys()).sort();
    return this.sortedKeys;
  }

  private keyLowerBound(keys: string[], key: string, after: boolean): number {
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid] < key || (after && keys[mid] === key)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private insert(id: number, key: string, keepSorted: boolean): void {
    const p = this.map.get(key);
    if (p === undefined) {
      this.map.set(key, id);
      if (this.sortedKeys !== null) {
        if (keepSorted) this.sortedKeys.splice(this.keyLowerBound(this.sortedKeys, key, false), 0, key);
        else this.sortedKeys = null;
      }
    } else if (typeof p === 'number') {
      const list = new IdList();
      list.add(p);
      list.add(id);
      this.map.set(key, list);
    } else {
      p.add(id);
    }
  }

  add(id: number, key: SortKey): void {
    if (key === null || typeof key !== 'string') this.nulls.add(id);
    else this.insert(id, key, true);
  }

  append(id: number, key: SortKey): void {
    if (key === null || typeof key !== 'string') this.nulls.add(id);
    else this.insert(id, key, false);
  }

  remove(id: number, key: SortKey): void {
    if (key === null || typeof key !== 'string') {
      this.nulls.remove(id);
      return;
    }
    const p = this.map.get(key);
    if (p === undefined) return;
    if (typeof p === 'number') {
      if (p !== id) return;
    } else {
      p.remove(id);
      if (p.length > 0) return;
    }
    this.map.delete(key);
    if (this.sortedKeys !== null) {
      const at = this.keyLowerBound(this.sortedKeys, key, false);
      if (this.sortedKeys[at] === key) this.sortedKeys.splice(at, 1);
    }
  }

  countEq(key: number | string): number {
    const p = this.map.get(String(key));
    return p === undefined ? 0 : postingCount(p);
  }

  idsEq(key: number | string): Int32Array {
    const p = this.map.get(String(key));
    return p === undefined ? new Int32Array(0) : postingIds(p).slice();
  }

  private keySpan(lo: Bound | undefined, hi: Bound | undefined): [string[], number, number] {
    const keys = this.keyList();
    const start = lo === undefined ? 0 : this.keyLowerBound(keys, String(lo.value), !lo.inclusive);
    const end = hi === undefined ? keys.length : this.keyLowerBound(keys, String(hi.value), hi.inclusive);
    return [keys, start, Math.max(start, end)];
  }

  countRange(lo: Bound | undefined, hi: Bound | undefined, limit: number): number {
    const [keys, s, e] = this.keySpan(lo, hi);
    let total = 0;
    for (let i = s; i < e && total <= limit; i += 1) total += postingCount(this.map.get(keys[i]) as Posting);
    return total;
  }

  idsRange(lo: Bound | undefined, hi: Bound | undefined): Int32Array {
    const [keys, s, e] = this.keySpan(lo, hi);
    const parts: Int32Array[] = [];
    let total = 0;
    for (let i = s; i < e; i += 1) {
      const ids = postingIds(this.map.get(keys[i]) as Posting);
      parts.push(ids);
      total += ids.length;
    }
    const out = new Int32Array(total);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return sortIds(out);
  }

  nullIds(): Int32Array {
    return this.nulls.view().slice();
  }

  nonNullCount(): number {
    let n = 0;
    for (const p of this.map.values()) n += postingCount(p);
    return n;
  }

  distinctKeys(): string[] {
    return this.keyList().slice();
  }

  walk(descending: boolean, visit: (key: SortKey, ids: Int32Array) => boolean, from?: { key: SortKey }): void {
    const keys = this.keyList();
    const start = from === undefined ? undefined : from.key;
    if (!descending) {
      if ((start === undefined || start === null) && this.nulls.length > 0 && !visit(null, this.nulls.view())) return;
      for (let k = typeof start === 'string' ? this.keyLowerBound(keys, start, false) : 0; k < keys.length; k += 1) {
        if (!visit(keys[k], postingIds(this.map.get(keys[k]) as Posting))) return;
      }
      return;
    }
    if (start !== null) {
      for (let k = (typeof start === 'string' ? this.keyLowerBound(keys, start, true) : keys.length) - 1; k >= 0; k -= 1) {
        if (!visit(keys[k], postingIds(this.map.get(keys[k]) as Posting))) return;
      }
    }
    if (this.nulls.length > 0) visit(null, this.nulls.view());
  }

  bytes(): number {
    let n = this.nulls.bytes() + (this.sortedKeys?.length ?? 0) * 8;
    // Map entry overhead only: key strings are normally the column's own (already counted there).
    for (const p of this.map.values()) n += 40 + (typeof p === 'number' ? 0 : p.bytes());
    return n;
  }
}

export function indexFor(columnKind: 'float' | 'int' | 'bool' | 'string' | 'object'): ColumnIndex {
  return columnKind === 'string' ? new StringIndex() : new NumericIndex();
}
