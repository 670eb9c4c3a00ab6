/**
 * Columnar row storage. A list keeps one column per field, addressed by slot = item id - 1 (ids are
 * never reused, so slot order is id order and deleted rows are just tombstones). Numbers and dates
 * sit in typed arrays, ids in Int32Array, repeated strings are interned: this is what lets 1.7M rows
 * fit in a few hundred MB, where one object per row would need several GB.
 *
 * Cells hold the "stored" form: DateTime → epoch ms, Boolean → boolean, User/Lookup → id, text →
 * string; null means empty everywhere.
 */
import type { FieldType } from './types';

export type Cell = number | string | boolean | null | unknown[] | Record<string, unknown>;

/** Sort/index key of a cell: numbers for numeric-like columns, lower-cased strings for text. */
export type SortKey = number | string | null;

export interface Column {
  readonly kind: 'float' | 'int' | 'bool' | 'string' | 'object';
  get(slot: number): Cell;
  set(slot: number, value: Cell): void;
  key(slot: number): SortKey;
  ensureCapacity(size: number): void;
  bytes(length: number): number;
}

function grownSize(current: number, needed: number): number {
  let size = Math.max(current, 16);
  while (size < needed) size = size < 1 << 20 ? size * 2 : Math.ceil(size * 1.5);
  return size;
}

/** Float64Array with NaN as null: Number, Currency, Integer, DateTime (ms since epoch). */
export class FloatColumn implements Column {
  readonly kind = 'float';
  private data = new Float64Array(16).fill(NaN);

  get(slot: number): number | null {
    const v = this.data[slot];
    return Number.isNaN(v) || v === undefined ? null : v;
  }
  set(slot: number, value: Cell): void {
    this.ensureCapacity(slot + 1);
    this.data[slot] = typeof value === 'number' ? value : NaN;
  }
  key(slot: number): SortKey {
    return this.get(slot);
  }
  ensureCapacity(size: number): void {
    if (size <= this.data.length) return;
    const next = new Float64Array(grownSize(this.data.length, size)).fill(NaN);
    next.set(this.data);
    this.data = next;
  }
  bytes(): number {
    return this.data.byteLength;
  }
}

/** Int32Array with 0 as null: User/Lookup ids and the moderation status (+1 offset). */
export class IntColumn implements Column {
  readonly kind = 'int';
  private data = new Int32Array(16);

  constructor(private readonly offset = 0) {}

  get(slot: number): number | null {
    const v = this.data[slot];
    return v === 0 || v === undefined ? null : v - this.offset;
  }
  set(slot: number, value: Cell): void {
    this.ensureCapacity(slot + 1);
    this.data[slot] = typeof value === 'number' ? value + this.offset : 0;
  }
  key(slot: number): SortKey {
    return this.get(slot);
  }
  ensureCapacity(size: number): void {
    if (size <= this.data.length) return;
    const next = new Int32Array(grownSize(this.data.length, size));
    next.set(this.data);
    this.data = next;
  }
  bytes(): number {
    return this.data.byteLength;
  }
}

/** Int8Array: -1 null, 0 false, 1 true. Sort key 0/1 so `Done eq 1` and indexes share one form. */
export class BoolColumn implements Column {
  readonly kind = 'bool';
  private data = new Int8Array(16).fill(-1);

  get(slot: number): boolean | null {
    const v = this.data[slot];
    return v === undefined || v < 0 ? null : v === 1;
  }
  set(slot: number, value: Cell): void {
    this.ensureCapacity(slot + 1);
    this.data[slot] = value === true ? 1 : value === false ? 0 : -1;
  }
  key(slot: number): SortKey {
    const v = this.data[slot];
    return v === undefined || v < 0 ? null : v;
  }
  ensureCapacity(size: number): void {
    if (size <= this.data.length) return;
    const next = new Int8Array(grownSize(this.data.length, size)).fill(-1);
    next.set(this.data);
    this.data = next;
  }
  bytes(): number {
    return this.data.byteLength;
  }
}

function isLatin1(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) if (value.charCodeAt(i) > 0xff) return false;
  return true;
}

/** Interning stops after this many distinct values so unique text (guids, titles) does not grow a huge map. */
const INTERN_LIMIT = 65536;

/**
 * Strings in a plain array, interned while the column has few distinct values (choices,
 * departments): 1.7M rows of "Kent" then share one string instead of 1.7M copies.
 */
export class StringColumn implements Column {
  readonly kind = 'string';
  private data: Array<string | null> = [];
  private readonly interned = new Map<string, string>();

  get(slot: number): string | null {
    return this.data[slot] ?? null;
  }
  set(slot: number, value: Cell): void {
    if (typeof value !== 'string' || value === '') {
      this.data[slot] = null;
      return;
    }
    // Once the intern table is full the column is high-cardinality: stop paying for the probe.
    if (this.interned.size >= INTERN_LIMIT) {
      this.data[slot] = value;
      return;
    }
    let v = this.interned.get(value);
    if (v === undefined) {
      v = value;
      this.interned.set(value, value);
    }
    this.data[slot] = v;
  }
  key(slot: number): SortKey {
    const v = this.data[slot];
    return v === undefined || v === null ? null : v.toLowerCase();
  }
  ensureCapacity(size: number): void {
    while (this.data.length < size) this.data.push(null);
  }
  bytes(length: number): number {
    // Pointer per slot plus an estimate of non-interned string bodies (V8: ~16 B header + 1 B/char).
    let strings = 0;
    const sampleEvery = Math.max(1, Math.floor(length / 2000));
    let sampled = 0;
    for (let i = 0; i < length; i += sampleEvery) {
      const v = this.data[i];
      // V8 stores Latin-1 text at one byte a character and anything else at two.
      if (typeof v === 'string' && !this.interned.has(v)) strings += 16 + v.length * (isLatin1(v) ? 1 : 2);
      sampled += 1;
    }
    return length * 8 + (sampled === 0 ? 0 : (strings / sampled) * length);
  }
}

/** Anything structured (MultiChoice, UserMulti, LookupMulti, URL): rare and small, kept as objects. */
export class ObjectColumn implements Column {
  readonly kind = 'object';
  private data: Cell[] = [];

  get(slot: number): Cell {
    return this.data[slot] ?? null;
  }
  set(slot: number, value: Cell): void {
    this.data[slot] = value;
  }
  key(slot: number): SortKey {
    const v = this.data[slot];
    return Array.isArray(v) && v.length > 0 ? String(v[0]).toLowerCase() : null;
  }
  ensureCapacity(size: number): void {
    while (this.data.length < size) this.data.push(null);
  }
  bytes(length: number): number {
    let n = 0;
    for (let i = 0; i < length; i += 1) if (this.data[i] !== null && this.data[i] !== undefined) n += 1;
    return length * 8 + n * 64;
  }
}

export function columnFor(type: FieldType): Column | undefined {
  switch (type) {
    case 'Number':
    case 'Currency':
    case 'Integer':
    case 'DateTime':
      return new FloatColumn();
    case 'User':
    case 'Lookup':
      return new IntColumn();
    case 'Boolean':
      return new BoolColumn();
    case 'Text':
    case 'Note':
    case 'Choice':
    case 'Guid':
      return new StringColumn();
    case 'MultiChoice':
    case 'UserMulti':
    case 'LookupMulti':
    case 'URL':
      return new ObjectColumn();
    default:
      // Counter (the slot), ModStat (its own column), Computed (derived): nothing stored per field.
      return undefined;
  }
}
