/**
 * ListStore: one SharePoint list (settings, fields, items, indexes, versions) over a columnar
 * RowStore. Writes validate like SharePoint and answer with its error texts; reads go through the
 * threshold-aware planner in plan.ts/query.ts.
 */
import type { Cell, Column, SortKey } from './columns';
import { formatIsoSeconds, parseIsoDate } from './dates';
import {
  argument,
  duplicateField,
  duplicateValues,
  fieldMissing,
  fieldOrPropertyMissing,
  fieldValidation,
  itemMissing,
  propertyMissingOnType,
  tooManyIndexes
} from './errors';
import { completeField, entityTypeNameFor, type FieldInput, isIndexableType, isRef, schemaXmlFor, systemFields, wireNameToField } from './fields';
import type { FilterAst } from './filter';
import { itemGuid, normaliseGuid, type SeededRandom } from './guid';
import type { ColumnIndex } from './indexes';
import type { QueryHost } from './plan';
import { QueryRunner, toKey } from './query';
import { RowStore } from './rows';
import type { BulkRow, FieldDef, ItemRecord, ItemStamp, ItemVersion, ListQuery, ListSettings, ModerationStatus, QueryResult } from './types';
import { cellToValue, defaultCell, isEmptyCell, requiredMissing, toCell, validateCell } from './values';

export const MAX_INDEXED_FIELDS = 20;

/** "1.0", "2.0", … shared across rows instead of formatted per materialised item. */
const UI_VERSIONS: string[] = [];

/** Fields surfaced as ItemRecord properties rather than in `values`. */
const RECORD_PROPERTIES = new Set(['ID', 'Created', 'Modified', 'Author', 'Editor', '_ModerationStatus', '_ModerationComments', '_UIVersionString', 'GUID']);
/** Server-stamped: a client write to these is refused (see README, "Known differences"). */
const SERVER_STAMPED = new Set(['ID', 'Created', 'Modified', 'Author', 'Editor', '_UIVersionString', 'GUID']);

export interface ListContext {
  random: SeededRandom;
  /** Lists of the same web, for lookup validation and `Module/Title` projections. */
  resolveList(id: string): ListStore | undefined;
}

export const DEFAULT_SETTINGS: Omit<ListSettings, 'Title'> = {
  Description: '',
  BaseTemplate: 100,
  EnableVersioning: false,
  MajorVersionLimit: 50,
  EnableModeration: false,
  DraftVersionVisibility: 0,
  ReadSecurity: 1,
  WriteSecurity: 1,
  Hidden: false,
  NoCrawl: false,
  EnableAttachments: true,
  ContentTypesEnabled: false
};

function lookupListOf(field: FieldDef): string | undefined {
  return field.LookupList === undefined ? undefined : normaliseGuid(field.LookupList);
}

export class ListStore implements QueryHost {
  readonly id: string;
  settings: ListSettings;
  readonly serverRelativeUrl: string;
  /** `<UrlName>List`, e.g. "TrainingRecordsList"; items are `SP.Data.<EntityTypeName>Item`. */
  readonly entityTypeName: string;
  readonly listItemEntityTypeFullName: string;
  created: string;
  lastItemModified: string;
  lastItemDeleted: string;
  private readonly fieldList: FieldDef[] = [];
  private readonly rows = new RowStore();
  private readonly history = new Map<number, ItemVersion[]>();
  private readonly guidSalt: number;
  /** System fields by internal name (they can never be removed, so references stay valid). */
  private readonly sys = new Map<string, FieldDef>();
  private readonly sysColumns: { author: Column; editor: Column; created: Column; modified: Column; comments: Column };
  /** Per-field readers for `values`, rebuilt when fields are added or removed. */
  private readers: Array<[string, (id: number) => unknown]> | null = null;

  constructor(
    private readonly ctx: ListContext,
    settings: ListSettings,
    serverRelativeUrl: string,
    urlName: string,
    now: Date
  ) {
    this.id = ctx.random.guid();
    this.guidSalt = ctx.random.nextUint32();
    this.settings = { ...settings };
    this.serverRelativeUrl = serverRelativeUrl;
    this.entityTypeName = entityTypeNameFor(urlName);
    this.listItemEntityTypeFullName = `SP.Data.${this.entityTypeName}Item`;
    this.created = formatIsoSeconds(now.getTime());
    this.lastItemModified = this.created;
    this.lastItemDeleted = this.created;
    for (const f of systemFields()) {
      this.fieldList.push(f);
      this.sys.set(f.InternalName, f);
      this.rows.addColumn(f);
    }
    this.sysColumns = {
      author: this.sysColumn('Author'),
      editor: this.sysColumn('Editor'),
      created: this.sysColumn('Created'),
      modified: this.sysColumn('Modified'),
      comments: this.sysColumn('_ModerationComments')
    };
  }

  get fields(): FieldDef[] {
    return this.fieldList;
  }

  get itemCount(): number {
    return this.rows.count;
  }

  get maxId(): number {
    return this.rows.nextId - 1;
  }

  // ---- fields -------------------------------------------------------------------------------

  /** By internal name, then title (case-insensitive), then guid, then entity name (`OData__…`). */
  getField(nameOrTitleOrId: string): FieldDef | undefined {
    const exact = this.fieldList.find((f) => f.InternalName === nameOrTitleOrId);
    if (exact !== undefined) return exact;
    const lower = nameOrTitleOrId.toLowerCase();
    const byTitle = this.fieldList.find((f) => f.Title.toLowerCase() === lower);
    if (byTitle !== undefined) return byTitle;
    const guid = normaliseGuid(nameOrTitleOrId);
    const byId = this.fieldList.find((f) => f.Id === guid);
    if (byId !== undefined) return byId;
    const wire = wireNameToField(this.fieldList, nameOrTitleOrId);
    return wire !== undefined && !wire.idForm ? wire.field : undefined;
  }

  addField(def: FieldInput): FieldDef {
    if (this.fieldList.some((f) => f.InternalName.toLowerCase() === def.InternalName.toLowerCase())) throw duplicateField(def.InternalName);
    if (def.EnforceUniqueValues === true && def.Indexed !== true) throw argument(`The field '${def.Title ?? def.InternalName}' must be indexed before it can enforce unique values.`);
    const field = completeField(def, def.Id !== undefined ? normaliseGuid(def.Id) : this.ctx.random.guid(), false);
    this.fieldList.push(field);
    this.rows.addColumn(field);
    this.readers = null;
    if (def.Indexed === true) return this.updateField(field.InternalName, { Indexed: true });
    return field;
  }

  updateField(internalName: string, changes: Partial<FieldDef>): FieldDef {
    const field = this.fieldList.find((f) => f.InternalName === internalName);
    if (field === undefined) throw fieldMissing(internalName);
    if (changes.TypeAsString !== undefined && changes.TypeAsString !== field.TypeAsString) {
      throw argument(`The type of field '${field.Title}' cannot be changed by the emulator.`);
    }
    if (changes.Indexed === true && !field.Indexed && field.InternalName !== 'ID') {
      if (!isIndexableType(field.TypeAsString)) throw argument(`The field '${field.Title}' of type '${field.TypeAsString}' cannot be indexed.`);
      if (this.rows.indexCount() >= MAX_INDEXED_FIELDS) throw tooManyIndexes();
      this.rows.buildIndex(field);
    }
    if (changes.Indexed === false && field.Indexed) {
      if (field.EnforceUniqueValues && changes.EnforceUniqueValues !== false) {
        throw argument(`The field '${field.Title}' enforces unique values and must stay indexed.`);
      }
      this.rows.dropIndex(field.InternalName);
    }
    const indexed = changes.Indexed ?? field.Indexed;
    if (changes.EnforceUniqueValues === true && !field.EnforceUniqueValues) {
      if (!indexed) throw argument(`The field '${field.Title}' must be indexed before it can enforce unique values.`);
      this.assertColumnUnique(field);
    }
    const editable: Array<keyof FieldDef> = [
      'Title', 'Description', 'Required', 'Hidden', 'ReadOnlyField', 'EnforceUniqueValues', 'Choices', 'FillInChoice', 'DefaultValue', 'MaxLength', 'LookupField', 'StaticName'
    ];
    const target = field as unknown as Record<string, unknown>;
    for (const key of editable) if (changes[key] !== undefined) target[key] = changes[key];
    // ID is the primary key: always usable by the planner, never reported as an extra index.
    field.Indexed = field.InternalName === 'ID' ? false : indexed;
    field.SchemaXml = schemaXmlFor(field);
    return field;
  }

  removeField(internalName: string): void {
    const at = this.fieldList.findIndex((f) => f.InternalName === internalName);
    if (at < 0) throw fieldMissing(internalName);
    if (this.fieldList[at].FromBaseType) throw argument(`The field '${this.fieldList[at].Title}' is a built-in field and cannot be deleted.`);
    this.fieldList.splice(at, 1);
    this.rows.dropColumn(internalName);
    this.readers = null;
  }

  updateSettings(changes: Partial<ListSettings>): void {
    this.settings = { ...this.settings, ...changes };
  }

  // ---- items ----------------------------------------------------------------------------------

  /** Payload keys (wire names) → validated cells. Unknown names get SharePoint's property 400. */
  private convertPayload(values: Record<string, unknown>): Array<[FieldDef, Cell]> {
    const out: Array<[FieldDef, Cell]> = [];
    for (const [name, raw] of Object.entries(values)) {
      if (name === '__metadata' || name.startsWith('odata.')) continue;
      const match = wireNameToField(this.fieldList, name);
      if (match === undefined || (isRef(match.field.TypeAsString) && !match.idForm)) throw propertyMissingOnType(name, this.listItemEntityTypeFullName);
      const field = match.field;
      if (SERVER_STAMPED.has(field.InternalName)) {
        throw argument(`The field '${name}' is set by the server; use ValidateUpdateListItem with bNewDocumentUpdate to change it.`);
      }
      if (field.TypeAsString === 'ModStat') {
        if (typeof raw !== 'number' || ![0, 1, 2, 3].includes(raw)) throw fieldValidation(`Value '${String(raw)}' is not a valid moderation status.`);
        out.push([field, raw]);
        continue;
      }
      const cell = toCell(field, raw);
      validateCell(field, cell);
      this.assertLookupExists(field, cell);
      out.push([field, cell]);
    }
    return out;
  }

  private assertLookupExists(field: FieldDef, cell: Cell): void {
    if (field.TypeAsString !== 'Lookup' && field.TypeAsString !== 'LookupMulti') return;
    const listId = lookupListOf(field);
    const target = listId === undefined ? undefined : this.ctx.resolveList(listId);
    if (target === undefined || cell === null) return;
    const ids = Array.isArray(cell) ? cell : [cell];
    for (const id of ids) {
      if (typeof id !== 'number' || !target.isAlive(id)) throw fieldValidation(`Invalid lookup value: item ${String(id)} does not exist in the list that '${field.Title}' looks up.`);
    }
  }

  private assertUnique(field: FieldDef, cell: Cell, selfId: number): void {
    if (!field.EnforceUniqueValues || isEmptyCell(cell)) return;
    const key = toKey(cell);
    const index = this.rows.index(field.InternalName);
    const clash = index !== undefined && key !== null ? Array.from(index.idsEq(key)).some((id) => id !== selfId) : false;
    if (clash) throw duplicateValues();
  }

  private assertColumnUnique(field: FieldDef): void {
    const seen = new Set<SortKey>();
    for (let id = 1; id <= this.maxId; id += 1) {
      if (!this.rows.isAlive(id)) continue;
      const k = this.rows.key(field, id);
      if (k === null) continue;
      if (seen.has(k)) throw duplicateValues();
      seen.add(k);
    }
  }

  private stampMs(stamp: ItemStamp): number {
    return Math.floor(stamp.now.getTime() / 1000) * 1000;
  }

  private system(name: string): FieldDef {
    return this.sys.get(name) as FieldDef;
  }

  addItem(values: Record<string, unknown>, stamp: ItemStamp, opts?: { moderationStatus?: ModerationStatus; moderationComments?: string | null }): ItemRecord {
    const cells = this.convertPayload(values);
    const given = new Set(cells.map(([f]) => f.InternalName));
    for (const field of this.fieldList) {
      if (given.has(field.InternalName) || field.FromBaseType) continue;
      const d = defaultCell(field);
      if (d !== null) cells.push([field, d]);
    }
    for (const field of this.fieldList) {
      // Title keeps SharePoint's Required flag but lists routinely hide it, so only custom fields are enforced.
      if (!field.Required || field.FromBaseType) continue;
      const entry = cells.find(([f]) => f === field);
      if (entry === undefined || isEmptyCell(entry[1])) throw requiredMissing(field);
    }
    for (const [field, cell] of cells) this.assertUnique(field, cell, 0);
    const id = this.rows.allocate();
    const now = this.stampMs(stamp);
    const status = opts?.moderationStatus ?? (this.settings.EnableModeration ? 2 : 0);
    for (const [field, cell] of cells) if (field.TypeAsString !== 'ModStat') this.rows.setCellUnindexed(field, id, cell);
    this.rows.setCellUnindexed(this.system('Created'), id, now);
    this.rows.setCellUnindexed(this.system('Modified'), id, now);
    this.rows.setCellUnindexed(this.system('Author'), id, stamp.userId);
    this.rows.setCellUnindexed(this.system('Editor'), id, stamp.userId);
    this.rows.setCellUnindexed(this.system('_ModerationStatus'), id, status);
    if (opts?.moderationComments !== undefined) this.rows.setCellUnindexed(this.system('_ModerationComments'), id, opts.moderationComments);
    this.rows.indexRow(this.fieldList, id);
    this.lastItemModified = formatIsoSeconds(now);
    if (this.settings.EnableVersioning) this.history.set(id, [this.snapshot(id)]);
    return this.materialise(id);
  }

  updateItem(
    id: number,
    values: Record<string, unknown>,
    stamp: ItemStamp,
    opts?: { moderationStatus?: ModerationStatus; moderationComments?: string | null; systemUpdate?: boolean }
  ): ItemRecord {
    if (!this.rows.isAlive(id)) throw itemMissing();
    const system = opts?.systemUpdate === true;
    const cells = this.convertPayload(values);
    for (const [field, cell] of cells) {
      if (field.Required && !field.FromBaseType && isEmptyCell(cell)) throw requiredMissing(field);
      this.assertUnique(field, cell, id);
    }
    const now = this.stampMs(stamp);
    let status: ModerationStatus | undefined = opts?.moderationStatus;
    for (const [field, cell] of cells) {
      if (field.TypeAsString === 'ModStat') status ??= cell as ModerationStatus;
      else this.rows.setCell(field, id, cell);
    }
    // An edit on a moderated list goes back to pending unless the caller (an approver) set a status.
    if (status === undefined && this.settings.EnableModeration && !system) status = 2;
    if (status !== undefined) this.rows.setModeration(id, status, this.fieldList);
    if (opts?.moderationComments !== undefined) this.rows.setCell(this.system('_ModerationComments'), id, opts.moderationComments);
    // The etag moves on every write, system updates included (SharePoint's owshiddenversion does),
    // so a stale If-Match still fails; a system update adds no history entry and keeps Editor/Modified.
    this.rows.bumpVersion(id, this.settings.EnableVersioning && !system);
    if (system) {
      const versions = this.history.get(id);
      if (versions !== undefined && versions.length > 0) versions[versions.length - 1] = this.snapshot(id);
      return this.materialise(id);
    }
    this.rows.setCell(this.system('Modified'), id, now);
    this.rows.setCell(this.system('Editor'), id, stamp.userId);
    this.lastItemModified = formatIsoSeconds(now);
    if (this.settings.EnableVersioning) this.recordVersion(id);
    return this.materialise(id);
  }

  private recordVersion(id: number): void {
    const list = this.history.get(id) ?? [];
    list.push(this.snapshot(id));
    const limit = Math.max(1, this.settings.MajorVersionLimit);
    if (list.length > limit) list.splice(0, list.length - limit);
    this.history.set(id, list);
  }

  setSystemValues(id: number, v: { authorId?: number; editorId?: number; created?: string; modified?: string }): ItemRecord {
    if (!this.rows.isAlive(id)) throw itemMissing();
    const date = (s: string): number => {
      const ms = parseIsoDate(s, false);
      if (ms === null) throw argument(`Invalid date/time value '${s}'.`);
      return Math.floor(ms / 1000) * 1000;
    };
    // Parse both dates before writing anything, so a bad one changes nothing.
    const created = v.created === undefined ? undefined : date(v.created);
    const modified = v.modified === undefined ? undefined : date(v.modified);
    if (v.authorId !== undefined) this.rows.setCell(this.system('Author'), id, v.authorId);
    if (v.editorId !== undefined) this.rows.setCell(this.system('Editor'), id, v.editorId);
    if (created !== undefined) this.rows.setCell(this.system('Created'), id, created);
    if (modified !== undefined) this.rows.setCell(this.system('Modified'), id, modified);
    // UpdateOverwriteVersion: the current version is rewritten, no new one is added.
    const versions = this.history.get(id);
    if (versions !== undefined && versions.length > 0) versions[versions.length - 1] = this.snapshot(id);
    return this.materialise(id);
  }

  deleteItem(id: number): void {
    if (!this.rows.isAlive(id)) throw itemMissing();
    this.rows.unindexRow(this.fieldList, id);
    this.rows.kill(id);
    // Release the row's strings and objects; the slot itself stays as a tombstone.
    for (const f of this.fieldList) if (f.TypeAsString !== 'ModStat') this.rows.setCellUnindexed(f, id, null);
    this.history.delete(id);
    this.lastItemDeleted = formatIsoSeconds(Date.now());
  }

  getItem(id: number): ItemRecord | undefined {
    return Number.isInteger(id) && this.rows.isAlive(id) ? this.materialise(id) : undefined;
  }

  /** Newest first; always includes the current version. Throws 404 for a missing item. */
  versions(id: number): ItemVersion[] {
    if (!this.rows.isAlive(id)) throw itemMissing();
    const stored = this.history.get(id);
    const list = stored !== undefined && stored.length > 0 ? stored : [this.snapshot(id)];
    return list
      .slice()
      .reverse()
      .map((v, i) => ({ ...v, values: { ...v.values }, isCurrent: i === 0 }));
  }

  private snapshot(id: number): ItemVersion {
    const major = this.rows.uiMajor(id);
    return {
      versionId: 512 * major,
      versionLabel: `${major}.0`,
      isCurrent: true,
      values: this.valuesOf(id),
      created: formatIsoSeconds(this.rows.cell(this.system('Modified'), id) as number),
      editorId: this.rows.cell(this.system('Editor'), id) as number,
      moderationStatus: this.rows.moderationStatus(id)
    };
  }

  bulkInsert(rows: BulkRow[]): void {
    type Writer = { field: FieldDef; write: (id: number, value: Cell) => void };
    const resolved = new Map<string, Writer>();
    const resolve = (name: string): Writer => {
      let w = resolved.get(name);
      if (w === undefined) {
        const f = this.fieldList.find((x) => x.InternalName === name) ?? wireNameToField(this.fieldList, name)?.field;
        if (f === undefined || SERVER_STAMPED.has(f.InternalName)) throw propertyMissingOnType(name, this.listItemEntityTypeFullName);
        w = { field: f, write: this.rows.writer(f) };
        resolved.set(name, w);
      }
      return w;
    };
    const writeCreated = this.rows.writer(this.system('Created'));
    const writeModified = this.rows.writer(this.system('Modified'));
    const writeAuthor = this.rows.writer(this.system('Author'));
    const writeEditor = this.rows.writer(this.system('Editor'));
    const writeModeration = this.rows.writer(this.system('_ModerationStatus'));
    const indexed = this.rows.indexedFields(this.fieldList);
    this.rows.reserve(this.rows.nextId + rows.length);
    // Scratch buffers reused across rows: 1.7M short-lived arrays would be pure GC work.
    const scratchWriters: Writer[] = [];
    const scratchCells: Cell[] = [];
    let last = 0;
    for (const row of rows) {
      const createdMs = parseIsoDate(row.created, false);
      if (createdMs === null) throw argument(`Invalid created date '${row.created}'.`);
      const modifiedMs = row.modified === undefined ? createdMs : parseIsoDate(row.modified, false);
      if (modifiedMs === null) throw argument(`Invalid modified date '${String(row.modified)}'.`);
      // Convert first so a bad row is rejected whole (earlier rows of the batch stay inserted).
      let n = 0;
      for (const name of Object.keys(row.values)) {
        const w = resolve(name);
        scratchWriters[n] = w;
        scratchCells[n] = toCell(w.field, row.values[name]);
        n += 1;
      }
      const id = this.rows.allocate();
      for (let i = 0; i < n; i += 1) scratchWriters[i].write(id, scratchCells[i]);
      writeCreated(id, Math.floor(createdMs / 1000) * 1000);
      writeModified(id, Math.floor(modifiedMs / 1000) * 1000);
      writeAuthor(id, row.authorId);
      writeEditor(id, row.editorId ?? row.authorId);
      writeModeration(id, row.moderationStatus ?? 0);
      for (const [field, index] of indexed) index.append(id, this.rows.key(field, id));
      if (modifiedMs > last) last = modifiedMs;
    }
    scratchCells.length = 0;
    if (last > 0) this.lastItemModified = formatIsoSeconds(Math.max(last, parseIsoDate(this.lastItemModified, false) ?? 0));
  }

  // ---- reads ------------------------------------------------------------------------------------

  query(q: ListQuery): QueryResult {
    return new QueryRunner(this, q, (ast) => this.validateProjections(ast)).run();
  }

  /** Lookup projections are checked against the target list up front, so a bad one fails even on an empty list. */
  private validateProjections(ast: FilterAst): void {
    if (ast.kind === 'and' || ast.kind === 'or') {
      this.validateProjections(ast.left);
      this.validateProjections(ast.right);
      return;
    }
    const { field, projection } = ast.target;
    if (projection === null || field.TypeAsString !== 'Lookup') return;
    const listId = lookupListOf(field);
    const target = listId === undefined ? undefined : this.ctx.resolveList(listId);
    if (target !== undefined && wireNameToField(target.fields, projection) === undefined) throw fieldOrPropertyMissing(projection);
  }

  isAlive(id: number): boolean {
    return this.rows.isAlive(id);
  }

  key(field: FieldDef, id: number): SortKey {
    return this.rows.key(field, id);
  }

  cell(field: FieldDef, id: number): Cell {
    return this.rows.cell(field, id);
  }

  index(internalName: string): ColumnIndex | undefined {
    return this.rows.index(internalName);
  }

  projectionKey(field: FieldDef, projection: string, refId: number, resolveUser: ListQuery['resolveUser']): SortKey | undefined {
    if (field.TypeAsString === 'User') {
      const user = resolveUser?.(refId);
      if (user === undefined) return undefined;
      // Site users may be shaped as SP.User (Email, LoginName) or UserInfo items (EMail, Name).
      const aliases: Record<string, string[]> = { EMail: ['EMail', 'Email'], Name: ['Name', 'LoginName'], Title: ['Title'] };
      for (const k of aliases[projection] ?? [projection]) if (k in user) return toKey(user[k]);
      return null;
    }
    const listId = lookupListOf(field);
    const target = listId === undefined ? undefined : this.ctx.resolveList(listId);
    if (target === undefined || !target.isAlive(refId)) return undefined;
    const match = wireNameToField(target.fields, projection);
    if (match === undefined) throw fieldOrPropertyMissing(projection);
    return target.key(match.field, refId);
  }

  private readerFor(field: FieldDef): (id: number) => unknown {
    const column = this.rows.column(field.InternalName);
    if (column === undefined) return () => null;
    if (field.TypeAsString === 'DateTime') {
      return (id) => {
        const v = column.get(id - 1);
        return typeof v === 'number' ? formatIsoSeconds(v) : null;
      };
    }
    if (column.kind !== 'object') return (id) => column.get(id - 1);
    return (id) => cellToValue(field, column.get(id - 1));
  }

  private valuesOf(id: number): Record<string, unknown> {
    if (this.readers === null) {
      this.readers = this.fieldList.filter((f) => !RECORD_PROPERTIES.has(f.InternalName)).map((f) => [f.InternalName, this.readerFor(f)]);
    }
    const values: Record<string, unknown> = {};
    for (const [name, read] of this.readers) values[name] = read(id);
    return values;
  }

  /** Columns of the system fields (never removed), read directly on the hot materialise path. */
  private sysColumn(name: string): Column {
    return this.rows.column(name) as Column;
  }

  private recordBase(id: number, values: Record<string, unknown> | null): ItemRecord {
    const r = this.rows;
    const slot = id - 1;
    const comments = this.sysColumns.comments.get(slot);
    const major = r.uiMajor(id);
    return {
      Id: id,
      values: values as Record<string, unknown>,
      version: r.version(id),
      authorId: this.sysColumns.author.get(slot) as number,
      editorId: this.sysColumns.editor.get(slot) as number,
      created: formatIsoSeconds(this.sysColumns.created.get(slot) as number),
      modified: formatIsoSeconds(this.sysColumns.modified.get(slot) as number),
      moderationStatus: r.moderationStatus(id),
      moderationComments: typeof comments === 'string' ? comments : null,
      guid: itemGuid(this.guidSalt, id),
      uiVersionString: (UI_VERSIONS[major] ??= `${major}.0`)
    };
  }

  materialise(id: number): ItemRecord {
    return this.recordBase(id, this.valuesOf(id));
  }

  memoryBytesEstimate(): number {
    let versions = 0;
    for (const list of this.history.values()) versions += list.length;
    return this.rows.bytes() + versions * (64 + this.fieldList.length * 24);
  }
}
