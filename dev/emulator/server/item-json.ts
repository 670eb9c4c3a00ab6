import type { FieldDef, ItemRecord, ListStore } from '../store';
import { isMultiRef, isRef, wireNameToField } from '../store';
import type { ApiContext } from './context';
import { fieldOrPropertyMissing, invalidQuery } from './errors';
import { RestError } from './http-types';
import { entity, type Json, type JsonObject } from './odata';
import type { SiteUser } from './security';
import { itemGuid } from '../store/guid';

/**
 * Item payloads as SharePoint Online serialises them (docs/SHAREPOINT_REST_SHAPES.md §11): user and
 * lookup columns as `<Name>Id` (+ `<Name>StringId` for users), `OData_` prefix for `_` names, system
 * fields last, `$select`/`$expand` validated strictly so mistakes surface locally.
 */

/** Properties of the hidden User Information List item that `$expand=Author` exposes. */
const USER_INFO_PROPS = new Set(['Id', 'ID', 'Title', 'EMail', 'Name', 'UserName', 'JobTitle', 'Department', 'FirstName', 'LastName', 'SipAddress', 'Picture', 'IsSiteAdmin']);

/** System properties present on every item payload, and valid in `$select`. */
const SYSTEM_PROPS = new Set([
  'FileSystemObjectType',
  'Id',
  'ID',
  'ServerRedirectedEmbedUri',
  'ServerRedirectedEmbedUrl',
  'ContentTypeId',
  'ComplianceAssetId',
  'Modified',
  'Created',
  'AuthorId',
  'EditorId',
  'AuthorStringId',
  'EditorStringId',
  'OData__UIVersionString',
  'Attachments',
  'GUID',
  'OData__ModerationStatus',
  'OData__ModerationComments',
  'HasUniqueRoleAssignments'
]);

/** Fields handled as system properties, never serialised from `values`. */
const SYSTEM_FIELDS = new Set(['ID', 'Created', 'Modified', 'Author', 'Editor', '_ModerationStatus', '_ModerationComments', '_UIVersionString', 'GUID']);

export function listEntityTypeName(list: ListStore): string {
  return list.entityTypeName;
}

export function itemTypeName(list: ListStore): string {
  return `SP.Data.${listEntityTypeName(list)}Item`;
}

export function itemEditLink(list: ListStore, id: number): string {
  return `Web/Lists(guid'${list.id}')/Items(${id})`;
}

export function etagOf(item: ItemRecord): string {
  return `"${item.version}"`;
}

function systemValue(list: ListStore, item: ItemRecord, name: string): Json {
  switch (name) {
    case 'FileSystemObjectType':
      return 0;
    case 'Id':
    case 'ID':
      return item.Id;
    case 'ServerRedirectedEmbedUri':
    case 'ComplianceAssetId':
      return null;
    case 'ServerRedirectedEmbedUrl':
      return '';
    case 'ContentTypeId':
      return `0x0100${list.id.replace(/-/g, '').toUpperCase()}`;
    case 'Modified':
      return item.modified;
    case 'Created':
      return item.created;
    case 'AuthorId':
      return item.authorId;
    case 'EditorId':
      return item.editorId;
    case 'AuthorStringId':
      return String(item.authorId);
    case 'EditorStringId':
      return String(item.editorId);
    case 'OData__UIVersionString':
      return item.uiVersionString;
    case 'Attachments':
      return false;
    case 'GUID':
      return item.guid;
    case 'OData__ModerationStatus':
      return item.moderationStatus;
    case 'OData__ModerationComments':
      return item.moderationComments;
    case 'HasUniqueRoleAssignments':
      return false;
    default:
      return null;
  }
}

function toJson(v: unknown): Json {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(toJson);
  if (typeof v === 'object') {
    const out: JsonObject = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = toJson(x);
    return out;
  }
  return String(v);
}

/** Writes the default wire properties of one field into `out`. */
function writeField(out: JsonObject, field: FieldDef, raw: unknown): void {
  const name = field.InternalName.startsWith('_') ? `OData_${field.InternalName}` : field.InternalName;
  const t = field.TypeAsString;
  if (t === 'Computed' || t === 'Counter' || t === 'ModStat') return;
  if (isMultiRef(t)) {
    const ids = Array.isArray(raw) ? raw.filter((x): x is number => typeof x === 'number') : [];
    out[`${name}Id`] = ids;
    if (t === 'UserMulti') out[`${name}StringId`] = ids.map(String);
    return;
  }
  if (isRef(t)) {
    const id = typeof raw === 'number' ? raw : null;
    out[`${name}Id`] = id;
    if (t === 'User') out[`${name}StringId`] = id === null ? null : String(id);
    return;
  }
  out[name] = toJson(raw);
}

function defaultPayload(list: ListStore, item: ItemRecord): JsonObject {
  const out: JsonObject = {};
  for (const p of ['FileSystemObjectType', 'Id', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ContentTypeId']) out[p] = systemValue(list, item, p);
  for (const f of list.fields) {
    if (SYSTEM_FIELDS.has(f.InternalName) || f.Hidden) continue;
    if (f.FromBaseType && f.InternalName !== 'Title') continue;
    writeField(out, f, item.values[f.InternalName]);
    if (f.InternalName === 'Title') out.ComplianceAssetId = null;
  }
  if (list.settings.EnableModeration) {
    out.OData__ModerationComments = item.moderationComments;
    out.OData__ModerationStatus = item.moderationStatus;
  }
  for (const p of ['ID', 'Modified', 'Created', 'AuthorId', 'EditorId', 'OData__UIVersionString', 'Attachments', 'GUID']) out[p] = systemValue(list, item, p);
  return out;
}

export interface ItemProjection {
  /** undefined → default payload. */
  select?: string[];
  expand: string[];
}

/** Parses and validates `$select`/`$expand` against the list schema (400 for unknown names). */
export function parseProjection(list: ListStore, selectRaw: string | null, expandRaw: string | null): ItemProjection {
  const split = (s: string | null): string[] =>
    s === null
      ? []
      : s
          .split(',')
          .map((x) => x.trim())
          .filter((x) => x !== '');
  const select = selectRaw === null ? undefined : split(selectRaw);
  const expand = split(expandRaw);
  for (const e of expand) {
    const m = wireNameToField(list.fields, e);
    if (!m || m.idForm || !isRef(m.field.TypeAsString)) throw fieldOrPropertyMissing(e);
    if (select !== undefined && !select.includes('*') && !select.some((s) => s.startsWith(`${e}/`) || s === e)) {
      throw invalidQuery(`The query to field '${e}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${e}.`);
    }
  }
  for (const s of select ?? []) {
    if (s === '*') continue;
    const slash = s.indexOf('/');
    if (slash >= 0) {
      const nav = s.slice(0, slash);
      if (!expand.includes(nav)) {
        throw invalidQuery(`The query to field '${nav}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${nav}.`);
      }
      continue;
    }
    if (SYSTEM_PROPS.has(s)) continue;
    const m = wireNameToField(list.fields, s.endsWith('StringId') ? `${s.slice(0, -'StringId'.length)}Id` : s);
    if (!m) throw fieldOrPropertyMissing(s);
    if (!m.idForm && isRef(m.field.TypeAsString) && !expand.includes(s)) {
      throw invalidQuery(`The query to field '${s}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${s}.`);
    }
  }
  checkLookupThreshold(list, select, expand);
  return { select, expand };
}

/** SharePoint Online's lookup column threshold: at most 12 user/lookup columns in one query. */
export const LOOKUP_THRESHOLD = 12;

/**
 * Counts the user/lookup columns a query touches: every one named in `$select` (id form or
 * projection) or `$expand`, and, without `$select`, every visible one plus Author and Editor, as
 * the default payload includes them all (a list with 13+ lookups fails even a plain GET there).
 */
function checkLookupThreshold(list: ListStore, select: string[] | undefined, expand: string[]): void {
  const touched = new Set<string>();
  const note = (name: string): void => {
    const m = wireNameToField(list.fields, name);
    if (m && isRef(m.field.TypeAsString)) touched.add(m.field.InternalName);
  };
  if (select === undefined || select.includes('*')) {
    for (const f of list.fields) if (isRef(f.TypeAsString) && (!f.Hidden || f.InternalName === 'Author' || f.InternalName === 'Editor')) touched.add(f.InternalName);
  } else {
    for (const s of select) note(s.split('/')[0].replace(/StringId$/, 'Id'));
  }
  for (const e of expand) note(e);
  if (touched.size > LOOKUP_THRESHOLD) {
    throw new RestError(
      500,
      '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The query cannot be completed because the number of lookup columns it contains exceeds the lookup column threshold enforced by the administrator.'
    );
  }
}

export interface ItemJsonDeps {
  ctx: ApiContext;
  userById: (id: number) => SiteUser | undefined;
  lookupTarget: (field: FieldDef, id: number) => { list: ListStore; item: ItemRecord } | undefined;
}

function siteSalt(siteUrl: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < siteUrl.length; i++) h = Math.imul(h ^ siteUrl.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function userInfoJson(deps: ItemJsonDeps, id: number, props: string[]): JsonObject | null {
  const u = deps.userById(id);
  if (!u) return null;
  const all: Record<string, Json> = {
    Id: u.id,
    ID: u.id,
    Title: u.title,
    EMail: u.email,
    Name: u.loginName,
    UserName: u.upn,
    JobTitle: u.jobTitle,
    Department: u.department,
    FirstName: u.title.split(' ')[0] ?? '',
    LastName: u.title.split(' ').slice(1).join(' '),
    SipAddress: u.email,
    Picture: null,
    IsSiteAdmin: u.isSiteAdmin
  };
  const wanted = props.length === 0 ? ['Id', 'Title', 'EMail', 'Name'] : props;
  // The User Information List item's GUID: derived, stable per site and user.
  const out: JsonObject = { 'odata.type': 'SP.Data.UserInfoItem', 'odata.id': itemGuid(siteSalt(deps.ctx.site.siteUrl), u.id) };
  for (const p of wanted) {
    if (!USER_INFO_PROPS.has(p)) throw fieldOrPropertyMissing(p);
    out[p] = all[p];
  }
  return out;
}

function lookupJson(deps: ItemJsonDeps, field: FieldDef, id: number, props: string[]): JsonObject | null {
  const target = deps.lookupTarget(field, id);
  if (!target) return null;
  const out: JsonObject = { 'odata.type': itemTypeName(target.list), 'odata.id': target.item.guid };
  const wanted = props.length === 0 ? ['Id', 'Title'] : props;
  for (const p of wanted) {
    if (p === 'Id' || p === 'ID') {
      out[p] = target.item.Id;
      continue;
    }
    const f = target.list.fields.find((x) => x.InternalName === p);
    if (!f) throw fieldOrPropertyMissing(p);
    out[p] = toJson(target.item.values[p]);
  }
  return out;
}

function expandedValue(deps: ItemJsonDeps, list: ListStore, item: ItemRecord, nav: string, props: string[]): Json {
  const m = wireNameToField(list.fields, nav);
  if (!m) throw fieldOrPropertyMissing(nav);
  const f = m.field;
  const raw = f.InternalName === 'Author' ? item.authorId : f.InternalName === 'Editor' ? item.editorId : item.values[f.InternalName];
  const one = (id: number): Json => (f.TypeAsString === 'User' || f.TypeAsString === 'UserMulti' ? userInfoJson(deps, id, props) : lookupJson(deps, f, id, props));
  if (isMultiRef(f.TypeAsString)) return (Array.isArray(raw) ? raw : []).filter((x): x is number => typeof x === 'number').map(one);
  return typeof raw === 'number' ? one(raw) : null;
}

export function itemJson(deps: ItemJsonDeps, list: ListStore, item: ItemRecord, proj: ItemProjection): JsonObject {
  const editLink = itemEditLink(list, item.Id);
  const meta = { type: itemTypeName(list), id: item.guid, editLink, etag: etagOf(item) };
  const navs: JsonObject = {};
  for (const nav of proj.expand) {
    const props = (proj.select ?? []).filter((s) => s.startsWith(`${nav}/`)).map((s) => s.slice(nav.length + 1));
    navs[`${nav}@odata.navigationLinkUrl`] = `${editLink}/${nav}`;
    navs[nav] = expandedValue(deps, list, item, nav, props);
  }
  if (proj.select === undefined || proj.select.includes('*')) return entity(meta, { ...navs, ...defaultPayload(list, item) });
  const out: JsonObject = { ...navs };
  for (const s of proj.select) {
    if (s.includes('/') || proj.expand.includes(s)) continue;
    if (SYSTEM_PROPS.has(s)) {
      out[s] = systemValue(list, item, s);
      continue;
    }
    const stringForm = s.endsWith('StringId');
    const m = wireNameToField(list.fields, stringForm ? `${s.slice(0, -'StringId'.length)}Id` : s);
    if (!m) throw fieldOrPropertyMissing(s);
    const tmp: JsonObject = {};
    writeField(tmp, m.field, item.values[m.field.InternalName]);
    out[s] = tmp[s] ?? null;
  }
  // SharePoint always adds Id and ID to a projected item (PnPjs callers rely on it).
  if (out.Id === undefined) out.Id = item.Id;
  if (out.ID === undefined) out.ID = item.Id;
  return entity(meta, out);
}
