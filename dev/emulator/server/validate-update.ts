import { fieldToWireName, type FieldDef, type ListStore } from '../store';
import type { ApiContext } from './context';
import { badRequest } from './errors';
import type { EmuResponse } from './http-types';
import { checkWrite, itemAccess, moderationOnWrite } from './item-access';
import { getVisibleItem, readBody } from './items';
import { collection, type JsonObject } from './odata';
import { respond } from './respond';

/**
 * `validateupdatelistitem`: form values as strings, converted per field type. 200 even when fields
 * fail (each failure is reported with HasException); nothing is written if any field fails.
 * `bNewDocumentUpdate: true` is SharePoint's overwrite-version update that can also set Author,
 * Editor, Created and Modified; the emulator allows those to anyone who may edit the item (SharePoint
 * reportedly does too), so Author is evidence, not proof.
 */

interface FormValue {
  FieldName: string;
  FieldValue: string;
}

const SYSTEM_SETTABLE = new Set(['Author', 'Editor', 'Created', 'Modified']);

function parseDate(v: string): string {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?:\s*(AM|PM))?)?$/i.exec(v.trim());
  let ms: number;
  if (us) {
    let h = Number(us[4] ?? 0);
    if (us[6] !== undefined) h = (h % 12) + (us[6].toUpperCase() === 'PM' ? 12 : 0);
    // The web's regional settings are taken as UTC (documented difference).
    ms = Date.UTC(Number(us[3]), Number(us[1]) - 1, Number(us[2]), h, Number(us[5] ?? 0));
  } else {
    ms = Date.parse(v);
  }
  if (!Number.isFinite(ms)) throw new Error('Invalid date/time value');
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function parsePeople(ctx: ApiContext, v: string): number[] {
  if (v.trim() === '') return [];
  let arr: unknown;
  try {
    arr = JSON.parse(v);
  } catch {
    throw new Error('The user value must be a JSON array of {Key}.');
  }
  if (!Array.isArray(arr)) throw new Error('The user value must be a JSON array of {Key}.');
  return arr.map((e) => {
    const key = typeof e === 'object' && e !== null ? (e as Record<string, unknown>).Key : undefined;
    if (typeof key !== 'string') throw new Error('The user value must be a JSON array of {Key}.');
    return ctx.env.security.ensureUser(ctx.web.serverRelativeUrl, key).id;
  });
}

function convert(ctx: ApiContext, f: FieldDef, v: string): unknown {
  switch (f.TypeAsString) {
    case 'Number':
    case 'Currency':
    case 'Integer': {
      if (v.trim() === '') return null;
      const n = Number(v);
      if (!Number.isFinite(n)) throw new Error('Invalid number value.');
      return n;
    }
    case 'Boolean':
      return /^(1|yes|true)$/i.test(v.trim());
    case 'DateTime':
      return v.trim() === '' ? null : parseDate(v);
    case 'MultiChoice':
      return v === '' ? null : v.split(';#').filter((x) => x !== '');
    case 'User': {
      const ids = parsePeople(ctx, v);
      return ids[0] ?? null;
    }
    case 'UserMulti':
      return parsePeople(ctx, v);
    case 'Lookup':
      return v.trim() === '' ? null : Number(v);
    case 'LookupMulti':
      return v
        .split(';#')
        .filter((x) => x !== '')
        .map(Number);
    case 'URL': {
      if (v.trim() === '') return null;
      const comma = v.indexOf(', ');
      return comma < 0 ? { Url: v, Description: v } : { Url: v.slice(0, comma), Description: v.slice(comma + 2) };
    }
    default:
      return v === '' ? null : v;
  }
}

export function validateUpdateListItem(ctx: ApiContext, list: ListStore, id: number): EmuResponse {
  const access = itemAccess(ctx, list);
  const current = getVisibleItem(ctx, list, id, access);
  checkWrite(list.settings, access, 'edit', current);
  const body = readBody(ctx);
  const formValues = body.formValues;
  if (!Array.isArray(formValues)) throw badRequest('The parameter formValues is missing.');
  const systemUpdate = body.bNewDocumentUpdate === true;
  const values: Record<string, unknown> = {};
  const system: { authorId?: number; editorId?: number; created?: string; modified?: string } = {};
  const moderation: { status?: unknown; comments?: unknown } = {};
  const results: JsonObject[] = [];
  let failed = false;
  for (const raw of formValues as unknown[]) {
    const fv = raw as Partial<FormValue>;
    const name = typeof fv.FieldName === 'string' ? fv.FieldName : '';
    const value = typeof fv.FieldValue === 'string' ? fv.FieldValue : fv.FieldValue === null || fv.FieldValue === undefined ? '' : String(fv.FieldValue);
    let error: string | null = null;
    try {
      // Form values address fields by internal name; the entity name (OData__…) is an unknown column.
      const f = list.fields.find((x) => x.InternalName === name);
      if (!f) throw new Error(`Column '${name}' does not exist. It may have been deleted by another user.`);
      if (name === '_ModerationStatus') moderation.status = Number(value);
      else if (name === '_ModerationComments') moderation.comments = value;
      else if (SYSTEM_SETTABLE.has(name)) {
        if (name === 'Author') system.authorId = parsePeople(ctx, value)[0];
        else if (name === 'Editor') system.editorId = parsePeople(ctx, value)[0];
        else if (name === 'Created') system.created = parseDate(value);
        else system.modified = parseDate(value);
      } else if (f.ReadOnlyField) throw new Error(`The field '${name}' is read-only.`);
      else values[fieldToWireName(f)] = convert(ctx, f, value);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      failed = true;
    }
    results.push({ ErrorCode: error === null ? 0 : -2146232832, ErrorMessage: error, FieldName: name, FieldValue: value, HasException: error !== null, ItemId: id });
  }
  if (!failed) {
    const mod = moderation.status !== undefined || moderation.comments !== undefined ? moderationOnWrite(list.settings, access, moderation) : undefined;
    const onlySystem = Object.keys(values).length === 0 && mod === undefined;
    if (!onlySystem || !systemUpdate) {
      // A system update leaves moderation alone; a normal one sends the item back to pending.
      const auto = list.settings.EnableModeration && mod === undefined && !systemUpdate ? moderationOnWrite(list.settings, access, {}) : mod;
      // bNewDocumentUpdate: overwrite the current version (no history entry, Editor/Modified kept).
      list.updateItem(id, values, { userId: ctx.user.id, now: ctx.env.clock.now() }, { ...auto, systemUpdate });
    }
    if (Object.keys(system).length > 0) list.setSystemValues(id, system);
    ctx.mutating = true;
  }
  return respond(ctx, 200, collection(ctx.apiBase, 'Collection(SP.ListItemFormUpdateValue)', results));
}
