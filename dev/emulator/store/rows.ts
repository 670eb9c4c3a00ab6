/**
 * RowStore: the columnar body of a list (cells, tombstones, etag versions, moderation, indexes) with
 * no knowledge of validation or SharePoint semantics. ListStore layers those on top.
 */
import { type Cell, type Column, type SortKey, columnFor } from './columns';
import { type ColumnIndex, indexFor } from './indexes';
import type { FieldDef, ModerationStatus } from './types';

/** Fields whose value is not a stored column: the slot itself, derived or separately stored values. */
const NOT_COLUMNS = new Set(['ID', '_ModerationStatus', '_UIVersionString', 'GUID']);

function grow<T extends Int32Array | Uint8Array>(arr: T, size: number, make: (n: number) => T): T {
  if (size <= arr.length) return arr;
  let n = Math.max(16, arr.length);
  while (n < size) n = n < 1 << 20 ? n * 2 : Math.ceil(n * 1.5);
  const next = make(n);
  next.set(arr);
  return next;
}

export class RowStore {
  private readonly columns = new Map<string, Column>();
  private readonly indexes = new Map<string, ColumnIndex>();
  private alive = new Uint8Array(16);
  private versionArr = new Int32Array(16);
  private uiMajorArr = new Int32Array(16);
  private moderation = new Uint8Array(16);
  nextId = 1;
  count = 0;

  addColumn(field: FieldDef): void {
    if (NOT_COLUMNS.has(field.InternalName)) return;
    const column = columnFor(field.TypeAsString);
    if (column === undefined) return;
    column.ensureCapacity(this.nextId);
    this.columns.set(field.InternalName, column);
  }

  dropColumn(internalName: string): void {
    this.columns.delete(internalName);
    this.indexes.delete(internalName);
  }

  reserve(size: number): void {
    this.alive = grow(this.alive, size, (n) => new Uint8Array(n));
    this.versionArr = grow(this.versionArr, size, (n) => new Int32Array(n));
    this.uiMajorArr = grow(this.uiMajorArr, size, (n) => new Int32Array(n));
    this.moderation = grow(this.moderation, size, (n) => new Uint8Array(n));
    for (const c of this.columns.values()) c.ensureCapacity(size);
  }

  /** Allocates the next id (never reused) as a live row with etag version 1. */
  allocate(): number {
    const id = this.nextId;
    this.nextId += 1;
    // Typed columns grow themselves on write; only the row arrays need checking here.
    if (id > this.alive.length) this.reserve(id);
    const slot = id - 1;
    this.alive[slot] = 1;
    this.versionArr[slot] = 1;
    this.uiMajorArr[slot] = 1;
    this.count += 1;
    return id;
  }

  isAlive(id: number): boolean {
    return id >= 1 && id < this.nextId && this.alive[id - 1] === 1;
  }

  kill(id: number): void {
    this.alive[id - 1] = 0;
    this.count -= 1;
  }

  column(internalName: string): Column | undefined {
    return this.columns.get(internalName);
  }

  cell(field: FieldDef, id: number): Cell {
    if (field.InternalName === 'ID') return id;
    if (field.TypeAsString === 'ModStat') return this.moderation[id - 1];
    return this.columns.get(field.InternalName)?.get(id - 1) ?? null;
  }

  key(field: FieldDef, id: number): SortKey {
    if (field.InternalName === 'ID') return id;
    if (field.TypeAsString === 'ModStat') return this.moderation[id - 1];
    const column = this.columns.get(field.InternalName);
    return column === undefined ? null : column.key(id - 1);
  }

  /** Writes a cell and keeps that column's index in step. */
  setCell(field: FieldDef, id: number, value: Cell): void {
    const index = this.indexes.get(field.InternalName);
    if (index !== undefined) index.remove(id, this.key(field, id));
    if (field.TypeAsString === 'ModStat') this.moderation[id - 1] = typeof value === 'number' ? value : 0;
    else this.columns.get(field.InternalName)?.set(id - 1, value);
    if (index !== undefined) index.add(id, this.key(field, id));
  }

  /** Writes a cell without touching indexes: the caller indexes the row afterwards (`indexRow`). */
  setCellUnindexed(field: FieldDef, id: number, value: Cell): void {
    if (field.TypeAsString === 'ModStat') this.moderation[id - 1] = typeof value === 'number' ? value : 0;
    else this.columns.get(field.InternalName)?.set(id - 1, value);
  }

  /** A direct cell writer for one field, for the bulk path (no per-cell map lookups). */
  writer(field: FieldDef): (id: number, value: Cell) => void {
    if (field.TypeAsString === 'ModStat') {
      return (id, value) => {
        this.moderation[id - 1] = typeof value === 'number' ? value : 0;
      };
    }
    const column = this.columns.get(field.InternalName);
    if (column === undefined) return () => undefined;
    return (id, value) => column.set(id - 1, value);
  }

  /** The indexed fields with their indexes, for the bulk path. */
  indexedFields(fields: readonly FieldDef[]): Array<[FieldDef, ColumnIndex]> {
    const out: Array<[FieldDef, ColumnIndex]> = [];
    for (const f of fields) {
      const index = this.indexes.get(f.InternalName);
      if (index !== undefined) out.push([f, index]);
    }
    return out;
  }

  indexRow(fields: readonly FieldDef[], id: number): void {
    for (const f of fields) this.indexes.get(f.InternalName)?.add(id, this.key(f, id));
  }

  unindexRow(fields: readonly FieldDef[], id: number): void {
    for (const f of fields) this.indexes.get(f.InternalName)?.remove(id, this.key(f, id));
  }

  version(id: number): number {
    return this.versionArr[id - 1];
  }

  bumpVersion(id: number, major: boolean): void {
    this.versionArr[id - 1] += 1;
    if (major) this.uiMajorArr[id - 1] += 1;
  }

  uiMajor(id: number): number {
    return this.uiMajorArr[id - 1];
  }

  moderationStatus(id: number): ModerationStatus {
    return this.moderation[id - 1] as ModerationStatus;
  }

  setModeration(id: number, status: ModerationStatus, fields: readonly FieldDef[]): void {
    const field = fields.find((f) => f.TypeAsString === 'ModStat');
    if (field === undefined) this.moderation[id - 1] = status;
    else this.setCell(field, id, status);
  }

  index(internalName: string): ColumnIndex | undefined {
    return this.indexes.get(internalName);
  }

  indexCount(): number {
    return this.indexes.size;
  }

  /** Builds an index from the live rows (Indexed: true on a populated list). */
  buildIndex(field: FieldDef): void {
    const column = this.columns.get(field.InternalName);
    const index = indexFor(field.TypeAsString === 'ModStat' ? 'int' : (column?.kind ?? 'int'));
    for (let id = 1; id < this.nextId; id += 1) if (this.isAlive(id)) index.append(id, this.key(field, id));
    this.indexes.set(field.InternalName, index);
  }

  dropIndex(internalName: string): void {
    this.indexes.delete(internalName);
  }

  bytes(): number {
    let n = this.alive.byteLength + this.versionArr.byteLength + this.uiMajorArr.byteLength + this.moderation.byteLength;
    for (const c of this.columns.values()) n += c.bytes(this.nextId - 1);
    for (const i of this.indexes.values()) n += i.bytes();
    return n;
  }
}
