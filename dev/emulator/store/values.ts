/**
 * Write-value conversion: JSON value → stored cell, with SharePoint-like 400s, and stored cell →
 * the `ItemRecord.values` encoding. The same rules serve addItem/updateItem (strict: required,
 * choices, length) and bulkInsert (types only).
 */
import type { Cell } from './columns';
import { formatIsoSeconds, parseIsoDate } from './dates';
import { cannotConvert, fieldValidation } from './errors';
import type { FieldDef } from './types';

const GUID = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;

export function edmTypeOf(field: FieldDef): string {
  switch (field.TypeAsString) {
    case 'Number':
    case 'Currency':
      return 'Edm.Double';
    case 'Integer':
    case 'User':
    case 'Lookup':
    case 'Counter':
    case 'ModStat':
      return 'Edm.Int32';
    case 'DateTime':
      return 'Edm.DateTime';
    case 'Boolean':
      return 'Edm.Boolean';
    case 'Guid':
      return 'Edm.Guid';
    case 'UserMulti':
    case 'LookupMulti':
      return 'Collection(Edm.Int32)';
    case 'MultiChoice':
      return 'Collection(Edm.String)';
    case 'URL':
      return 'SP.FieldUrlValue';
    default:
      return 'Edm.String';
  }
}

/** Verbose-mode collections arrive as `{results:[…]}` (PnPjs parses both forms, so clients may send both). */
function unwrapCollection(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'results' in value) {
    return (value as { results: unknown }).results;
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Converts a JSON value to the stored cell; throws ODataError 400 on a type mismatch. */
export function toCell(field: FieldDef, raw: unknown): Cell {
  const fail = (): never => {
    throw cannotConvert(edmTypeOf(field));
  };
  if (raw === null || raw === undefined) return field.TypeAsString === 'UserMulti' || field.TypeAsString === 'LookupMulti' ? [] : null;
  switch (field.TypeAsString) {
    case 'Text':
    case 'Note':
    case 'Choice':
      if (typeof raw !== 'string') fail();
      return raw === '' ? null : (raw as string);
    case 'Guid':
      if (typeof raw !== 'string' || !GUID.test(raw)) fail();
      return (raw as string).replace(/^\{|\}$/g, '').toLowerCase();
    case 'Number':
    case 'Currency':
      if (typeof raw !== 'number' || !Number.isFinite(raw)) fail();
      return raw as number;
    case 'Integer':
      if (typeof raw !== 'number' || !Number.isInteger(raw)) fail();
      return raw as number;
    case 'User':
    case 'Lookup':
      if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0) fail();
      // SharePoint clears a user/lookup given 0 or -1 as well as null.
      return raw === 0 ? null : (raw as number);
    case 'DateTime': {
      if (typeof raw !== 'string') fail();
      const ms = parseIsoDate(raw as string, false);
      if (ms === null) fail();
      return Math.floor((ms as number) / 1000) * 1000;
    }
    case 'Boolean':
      if (typeof raw !== 'boolean') fail();
      return raw as boolean;
    case 'UserMulti':
    case 'LookupMulti': {
      const list = unwrapCollection(raw);
      if (!Array.isArray(list) || !list.every((v) => typeof v === 'number' && Number.isInteger(v) && v > 0)) fail();
      return [...new Set(list as number[])];
    }
    case 'MultiChoice': {
      const list = unwrapCollection(raw);
      if (!Array.isArray(list) || !list.every((v) => typeof v === 'string')) fail();
      const values = (list as string[]).filter((v) => v !== '');
      return values.length === 0 ? null : values;
    }
    case 'URL': {
      if (!isRecord(raw) || typeof raw.Url !== 'string') fail();
      const url = raw as { Url: string; Description?: unknown };
      if (url.Url === '') return null;
      return { Url: url.Url, Description: typeof url.Description === 'string' ? url.Description : url.Url };
    }
    default:
      return fail();
  }
}

/**
 * Rules SharePoint's list item validation applies on add/update (not on bulk seeding). Messages
 * are SharePoint's where known; see README "Known differences".
 */
export function validateCell(field: FieldDef, cell: Cell): void {
  if (field.TypeAsString === 'Text' && typeof cell === 'string' && field.MaxLength !== undefined && cell.length > field.MaxLength) {
    throw fieldValidation(`The value for field '${field.Title}' is longer than the maximum of ${field.MaxLength} characters.`);
  }
  if ((field.TypeAsString === 'Choice' || field.TypeAsString === 'MultiChoice') && field.FillInChoice !== true && cell !== null) {
    const choices = field.Choices ?? [];
    const values = Array.isArray(cell) ? cell : [cell];
    for (const v of values) {
      if (!choices.includes(String(v))) throw fieldValidation(`Value '${String(v)}' is not a valid choice for field '${field.Title}'.`);
    }
  }
}

export function isEmptyCell(cell: Cell): boolean {
  return cell === null || (Array.isArray(cell) && cell.length === 0);
}

export function requiredMissing(field: FieldDef): Error {
  return fieldValidation(`Field '${field.Title}' is required.`);
}

/** Stored cell → `ItemRecord.values` encoding (ISO dates, [] for empty multi user/lookup). */
export function cellToValue(field: FieldDef, cell: Cell): unknown {
  if (field.TypeAsString === 'DateTime') return typeof cell === 'number' ? formatIsoSeconds(cell) : null;
  if (field.TypeAsString === 'UserMulti' || field.TypeAsString === 'LookupMulti') return Array.isArray(cell) ? [...cell] : [];
  if (Array.isArray(cell)) return [...cell];
  if (cell !== null && typeof cell === 'object') return { ...cell };
  return cell;
}

/** Field default (`DefaultValue` is a string as in SchemaXml) as a cell, applied on add. */
export function defaultCell(field: FieldDef): Cell {
  const d = field.DefaultValue;
  if (d === undefined || d === null || d === '') return null;
  switch (field.TypeAsString) {
    case 'Number':
    case 'Currency':
    case 'Integer':
      return Number.isFinite(Number(d)) ? Number(d) : null;
    case 'Boolean':
      return d === '1' || d.toLowerCase() === 'true';
    case 'MultiChoice':
      return d.split(';#').filter((v) => v !== '');
    case 'DateTime':
      return parseIsoDate(d, true);
    case 'Text':
    case 'Note':
    case 'Choice':
      return d;
    default:
      return null;
  }
}
