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

interface ParsedForm {
  values: Record<string, unknown>;
  system: { authorId?: number; editorId?: number; created?: string; modified?: string };
  moderation: { status?: unknown; comments?: unknown };
  results: JsonObject[];
  failed: boolean;
}

/** Converts form values per field; a field that fails is reported (HasException) and fails the whole write. */
function readFormValues(ctx: ApiContext, list: ListStore, formValues: unknown[], itemId: number): ParsedForm {
  const out: ParsedForm = { values: {}, system: {}, moderation: {}, results: [], failed: false };
  for (const raw of formValues) {
    const fv = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<FormValue>;
    const name = typeof fv.FieldName === 'string' ? fv.FieldName : '';
    const value = typeof fv.FieldValue === 'string' ? fv.FieldValue : fv.FieldValue === null || fv.FieldValue === undefined ? '' : String(fv.FieldValue);
    let error: string | null = null;
    try {
      // Form values address fields by internal name; the entity name (OData__…) is an unknown column.
      const f = list.fields.find((x) => x.InternalName === name);
      if (!f) throw new Error(`Column '${name}' does not exist. It may have been deleted by another user.`);
      if (name === '_ModerationStatus') out.moderation.status = Number(value);
      else if (name === '_ModerationComments') out.moderation.comments = value;
      else if (SYSTEM_SETTABLE.has(name)) {
        if (name === 'Author') out.system.authorId = parsePeople(ctx, value)[0];
        else if (name === 'Editor') out.system.editorId = parsePeople(ctx, value)[0];
        else if (name === 'Created') out.system.created = parseDate(value);
        else out.system.modified = parseDate(value);
      } else if (f.ReadOnlyField) throw new Error(`The field '${name}' is read-only.`);
      else out.values[fieldToWireName(f)] = convert(ctx, f, value);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      out.failed = true;
    }
    out.results.push({ ErrorCode: error === null ? 0 : -2146232832, ErrorMessage: error, FieldName: name, FieldValue: value, HasException: error !== null, ItemId: itemId });
  }
  return out;
}

function formValuesOf(body: Record<string, unknown>): unknown[] {
  const formValues = body.formValues;
  if (!Array.isArray(formValues)) throw badRequest('The parameter formValues is missing.');
  return formValues;
}

export function validateUpdateListItem(ctx: ApiContext, list: ListStore, id: number): EmuResponse {
  const access = itemAccess(ctx, list);
  const current = getVisibleItem(ctx, list, id, access);
  checkWrite(list.settings, access, 'edit', current);
  const body = readBody(ctx);
  const systemUpdate = body.bNewDocumentUpdate === true;
  const form = readFormValues(ctx, list, formValuesOf(body), id);
  if (!form.failed) {
    const mod = form.moderation.status !== undefined || form.moderation.comments !== undefined ? moderationOnWrite(list.settings, access, form.moderation) : undefined;
    const onlySystem = Object.keys(form.values).length === 0 && mod === undefined;
    if (!onlySystem || !systemUpdate) {
      // A system update leaves moderation alone; a normal one sends the item back to pending.
      const auto = list.settings.EnableModeration && mod === undefined && !systemUpdate ? moderationOnWrite(list.settings, access, {}) : mod;
      // bNewDocumentUpdate: overwrite the current version (no history entry, Editor/Modified kept).
      list.updateItem(id, form.values, { userId: ctx.user.id, now: ctx.env.clock.now() }, { ...auto, systemUpdate });
    }
    if (Object.keys(form.system).length > 0) list.setSystemValues(id, form.system);
    ctx.mutating = true;
  }
  return respond(ctx, 200, collection(ctx.apiBase, 'Collection(SP.ListItemFormUpdateValue)', form.results));
}

/**
 * `AddValidateUpdateItemUsingPath`: create from form values (an import that keeps Author/Created).
 * Only the list's root folder is supported; the answer carries an extra `Id` entry with the new id.
 */
export function addValidateUpdateItem(ctx: ApiContext, list: ListStore): EmuResponse {
  const access = itemAccess(ctx, list);
  checkWrite(list.settings, access, 'add');
  const body = readBody(ctx);
  const info = body.listItemCreateInfo as Record<string, unknown> | undefined;
  const folder = (info?.FolderPath as Record<string, unknown> | undefined)?.DecodedUrl;
  if (typeof folder === 'string' && folder.replace(/\/+$/, '').toLowerCase() !== list.serverRelativeUrl.toLowerCase()) {
    throw badRequest('The emulator supports items in the root folder of a list only.');
  }
  const form = readFormValues(ctx, list, formValuesOf(body), 0);
  if (form.failed) return respond(ctx, 200, collection(ctx.apiBase, 'Collection(SP.ListItemFormUpdateValue)', form.results));
  const mod = moderationOnWrite(list.settings, access, form.moderation);
  const item = list.addItem(form.values, { userId: ctx.user.id, now: ctx.env.clock.now() }, { moderationStatus: mod.moderationStatus, moderationComments: mod.moderationComments });
  if (Object.keys(form.system).length > 0) list.setSystemValues(item.Id, form.system);
  ctx.mutating = true;
  const results: JsonObject[] = form.results.map((r) => ({ ...r, ItemId: item.Id }));
  results.push({ ErrorCode: 0, ErrorMessage: null, FieldName: 'Id', FieldValue: String(item.Id), HasException: false, ItemId: item.Id });
  return respond(ctx, 200, collection(ctx.apiBase, 'Collection(SP.ListItemFormUpdateValue)', results));
}
