/**
 * Pure wire ⇄ domain mapping derived from a list definition: the `$select`/`$expand` a read needs,
 * reading a minimal-metadata item into the typed item, and turning a typed write into the JSON body
 * PnPjs posts. See docs SHAREPOINT_REST_SHAPES §11 for the wire shapes.
 */
import { ListDefinition, ItemOf, ItemPatchOf, ModerationStatus, NewItemOf, fieldEntries } from './define';
import { FieldDef, Hyperlink, IsoDate, LookupRef, UserRef } from './fields';

/** The server answered with a value that does not fit the schema (a schema drift, never user input). */
export class WireShapeError extends Error {
  public constructor(
    public readonly listKey: string,
    public readonly column: string,
    detail: string
  ) {
    super(`List "${listKey}", column ${column}: ${detail}`);
    this.name = 'WireShapeError';
  }
}

export interface MappingOptions {
  /**
   * Time zone of the data site's regional settings. Date-only columns set in the SharePoint UI are
   * stored as local midnight in UTC (23:00Z the day before during BST), so reading them needs it.
   */
  readonly timeZone: string;
}

export const DEFAULT_MAPPING_OPTIONS: MappingOptions = { timeZone: 'Europe/London' };

const USER_PROPS = ['Id', 'Title', 'EMail'] as const;
const SYSTEM_SELECT = ['Id', 'Created', 'Modified'];
const SYSTEM_USERS = ['Author', 'Editor'];
const MODERATION = 'OData__ModerationStatus';
const MODERATION_COMMENTS = 'OData__ModerationComments';

export interface SelectSpec {
  readonly select: readonly string[];
  readonly expand: readonly string[];
}

/**
 * The `$select` and `$expand` for reading a list: system columns, the client id, and every declared
 * field (or only `keys`). User columns select `Id,Title,EMail` (`EMail` is the User Information
 * List's spelling); lookups select `Id` and their shown column.
 */
export function selectFor(def: ListDefinition, keys?: readonly string[]): SelectSpec {
  const select: string[] = [...SYSTEM_SELECT];
  const expand: string[] = [];
  for (const u of SYSTEM_USERS) {
    USER_PROPS.forEach((p) => select.push(`${u}/${p}`));
    expand.push(u);
  }
  if (def.settings.contentApproval !== null) select.push(MODERATION, MODERATION_COMMENTS);
  for (const [key, field] of fieldEntries(def)) {
    if (keys !== undefined && key !== 'clientId' && keys.indexOf(key) < 0) continue;
    const name = field.internalName;
    if (field.kind === 'User') {
      USER_PROPS.forEach((p) => select.push(`${name}/${p}`));
      expand.push(name);
    } else if (field.kind === 'Lookup') {
      select.push(`${name}/Id`, `${name}/${field.showField}`);
      expand.push(name);
    } else {
      select.push(name);
    }
  }
  return { select, expand };
}

type Row = Readonly<Record<string, unknown>>;

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Calendar date of an instant in a time zone, as `YYYY-MM-DD`. */
// One formatter per time zone: creating one costs far more than formatting with it (a date column on
// thousands of rows).
const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function isoDateInZone(instant: Date, timeZone: string): IsoDate {
  let format = dayFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: string): string => parts.filter((p) => p.type === type).map((p) => p.value)[0] ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function readUser(v: unknown): UserRef | null {
  if (!isRow(v) || typeof v.Id !== 'number') return null;
  return { id: v.Id, title: typeof v.Title === 'string' ? v.Title : '', email: typeof v.EMail === 'string' ? v.EMail : '' };
}

function readField(def: ListDefinition, field: FieldDef, row: Row, opts: MappingOptions): unknown {
  const name = field.internalName;
  const v = row[name];
  const bad = (expected: string): never => {
    throw new WireShapeError(def.key, name, `expected ${expected}, got ${JSON.stringify(v)}`);
  };
  switch (field.kind) {
    case 'Text':
    case 'Note':
    case 'Choice':
      return v === null || v === undefined ? null : typeof v === 'string' ? v : bad('a string');
    case 'Number':
    case 'Currency':
      return v === null || v === undefined ? null : typeof v === 'number' ? v : bad('a number');
    case 'Boolean':
      return v === true;
    case 'DateTime': {
      if (v === null || v === undefined) return null;
      if (typeof v !== 'string') return bad('an ISO date string');
      if (field.format === 'DateOnly' && isIsoDate(v)) return v;
      const d = new Date(v);
      if (isNaN(d.getTime())) return bad('an ISO date string');
      return field.format === 'DateOnly' ? isoDateInZone(d, opts.timeZone) : d;
    }
    case 'MultiChoice': {
      const list = isRow(v) && Array.isArray(v.results) ? v.results : v;
      if (list === null || list === undefined) return [];
      if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) return bad('an array of strings');
      return list;
    }
    case 'User': {
      if (v === null || v === undefined) {
        const id = row[`${name}Id`];
        return typeof id === 'number' ? { id, title: '', email: '' } : null;
      }
      return readUser(v) ?? bad('an expanded user');
    }
    case 'Lookup': {
      if (v === null || v === undefined) {
        const id = row[`${name}Id`];
        return typeof id === 'number' ? { id, title: '' } : null;
      }
      if (!isRow(v) || typeof v.Id !== 'number') return bad('an expanded lookup');
      const shown = v[field.showField];
      const ref: LookupRef = { id: v.Id, title: shown === null || shown === undefined ? '' : String(shown) };
      return ref;
    }
    case 'URL': {
      if (v === null || v === undefined) return null;
      if (!isRow(v) || typeof v.Url !== 'string') return bad('a {Url, Description} object');
      const link: Hyperlink = { url: v.Url, description: typeof v.Description === 'string' ? v.Description : '' };
      return link;
    }
  }
}

const MODERATION_STATUSES: readonly ModerationStatus[] = ['approved', 'rejected', 'pending', 'draft', 'scheduled'];

function readDate(def: ListDefinition, row: Row, name: string): Date {
  const v = row[name];
  const d = typeof v === 'string' ? new Date(v) : new Date(NaN);
  if (isNaN(d.getTime())) throw new WireShapeError(def.key, name, `expected an ISO date string, got ${JSON.stringify(v)}`);
  return d;
}

/** Reads one item as SharePoint returns it (minimal metadata, `selectFor` columns) into the typed item. */
export function fromWire<L extends ListDefinition>(def: L, raw: unknown, opts: MappingOptions = DEFAULT_MAPPING_OPTIONS): ItemOf<L> {
  if (!isRow(raw)) throw new WireShapeError(def.key, '(item)', 'expected an object');
  const id = raw.Id ?? raw.ID;
  if (typeof id !== 'number') throw new WireShapeError(def.key, 'Id', `expected a number, got ${JSON.stringify(id)}`);
  const etag = raw['odata.etag'];
  const mod = raw[MODERATION];
  const item: Record<string, unknown> = {
    id,
    etag: typeof etag === 'string' ? etag : '',
    created: readDate(def, raw, 'Created'),
    modified: readDate(def, raw, 'Modified'),
    author: readUser(raw.Author),
    editor: readUser(raw.Editor),
    moderationStatus: typeof mod === 'number' ? MODERATION_STATUSES[mod] ?? null : null
  };
  if (def.settings.contentApproval !== null) {
    const comments = raw[MODERATION_COMMENTS];
    item.moderationComments = typeof comments === 'string' && comments !== '' ? comments : null;
  }
  for (const [key, field] of fieldEntries(def)) {
    item[key] = readField(def, field, raw, opts);
  }
  // The loop above filled every declared key with a value of its declared kind.
  return item as ItemOf<L>;
}

/** A JSON value SharePoint accepts in an item create/update body. */
export type WireWriteValue = string | number | boolean | null | readonly string[] | { readonly Url: string; readonly Description: string };

function writeField(def: ListDefinition, key: string, field: FieldDef, v: unknown): [string, WireWriteValue] {
  const name = field.internalName;
  const bad = (expected: string): never => {
    throw new WireShapeError(def.key, name, `cannot write ${JSON.stringify(v)} for "${key}": expected ${expected}`);
  };
  if (v === null) {
    if (field.kind === 'User' || field.kind === 'Lookup') return [`${name}Id`, null];
    if (field.kind === 'MultiChoice') return [name, []];
    if (field.kind === 'Boolean') return [name, false];
    return [name, null];
  }
  switch (field.kind) {
    case 'Text':
      // SharePoint refuses a longer value with a bare 400; say which column and its limit before sending.
      if (typeof v === 'string' && v.length > field.maxLength) bad(`at most ${field.maxLength} characters (${v.length} given)`);
      return typeof v === 'string' ? [name, v] : bad('a string');
    case 'Note':
    case 'Choice':
      return typeof v === 'string' ? [name, v] : bad('a string');
    case 'Number':
    case 'Currency':
      return typeof v === 'number' && isFinite(v) ? [name, v] : bad('a finite number');
    case 'Boolean':
      return typeof v === 'boolean' ? [name, v] : bad('a boolean');
    case 'DateTime':
      if (field.format === 'DateOnly') {
        // Noon UTC is the same calendar day in every site time zone from UTC-11 to UTC+11, so
        // SharePoint's date-only truncation in the site's zone cannot move the day.
        return typeof v === 'string' && isIsoDate(v) ? [name, `${v}T12:00:00Z`] : bad('a YYYY-MM-DD date');
      }
      return v instanceof Date && !isNaN(v.getTime()) ? [name, v.toISOString()] : bad('a valid Date');
    case 'MultiChoice':
      return Array.isArray(v) && v.every((x) => typeof x === 'string') ? [name, v.slice()] : bad('an array of strings');
    case 'User':
    case 'Lookup':
      return isRow(v) && typeof v.id === 'number' ? [`${name}Id`, v.id] : bad('a reference with an id');
    case 'URL':
      return isRow(v) && typeof v.url === 'string'
        ? [name, { Url: v.url, Description: typeof v.description === 'string' ? v.description : '' }]
        : bad('a {url, description} link');
  }
}

/**
 * The JSON body for `items.add` / `item.update`: only the keys present in `values` are written
 * (an update leaves other columns alone); system columns are never written.
 */
export function toWire<L extends ListDefinition>(
  def: L,
  values: NewItemOf<L> | ItemPatchOf<L>
): Readonly<Record<string, WireWriteValue>> {
  const body: Record<string, WireWriteValue> = {};
  const given = values as Readonly<Record<string, unknown>>;
  for (const [key, field] of fieldEntries(def)) {
    if (!Object.prototype.hasOwnProperty.call(given, key) || given[key] === undefined) continue;
    const [name, value] = writeField(def, key, field, given[key]);
    body[name] = value;
  }
  return body;
}

/** The internal name of a field by its domain key (for filters and ordering). */
export function internalNameOf<L extends ListDefinition>(def: L, key: keyof L['fields'] & string): string {
  return def.fields[key].internalName;
}
