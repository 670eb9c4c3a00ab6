import type { FieldDef, ItemRecord, ListStore } from '../store';
import { isMultiRef, isRef, wireNameToField } from '../store';
import type { ApiContext } from './context';
import { accessDenied, etagMismatch, itemMissing, readOnlyField } from './errors';
import { emptyResponse, RestError, type EmuResponse } from './http-types';
import { checkWrite, itemAccess, itemVisible, moderationOnWrite, type ItemAccess } from './item-access';
import { etagOf, itemEditLink, itemJson, listEntityTypeName, parseProjection, type ItemJsonDeps } from './item-json';
import { collection, single, type JsonObject } from './odata';
import { has, highLow, OverrideListBehaviors, Perm } from './permissions';
import { respond } from './respond';

/** Item reads and writes: `…/items`, `…/items(5)`, MERGE/DELETE, add. */

/** Properties the server stamps; a client body that names them is refused (stricter than SPO, see README). */
const SERVER_STAMPED = new Set(['Id', 'ID', 'Created', 'Modified', 'AuthorId', 'EditorId', 'Author', 'Editor', 'GUID', 'OData__UIVersionString', 'AuthorStringId', 'EditorStringId', 'Attachments', 'FileSystemObjectType', 'ContentTypeId']);

export function jsonDeps(ctx: ApiContext): ItemJsonDeps {
  return {
    ctx,
    userById: (id) => ctx.site.users.get(id),
    lookupTarget: (field, id) => {
      if (field.LookupList === undefined) return undefined;
      const list = ctx.web.getListById(field.LookupList);
      const item = list?.getItem(id);
      return list && item ? { list, item } : undefined;
    }
  };
}

function resolveUserForFilter(ctx: ApiContext): (id: number) => Record<string, unknown> | undefined {
  return (id) => {
    const u = ctx.site.users.get(id);
    return u ? { Id: u.id, ID: u.id, Title: u.title, EMail: u.email, Name: u.loginName, UserName: u.upn } : undefined;
  };
}

/**
 * An item body in verbose form names its entity type; SharePoint refuses a wrong one (a classic bug
 * after a list was created under another title), so the emulator checks it too.
 */
function readItemBody(ctx: ApiContext, list: ListStore): Record<string, unknown> {
  if (ctx.req.body.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(ctx.req.body);
    } catch {
      parsed = undefined;
    }
    const meta = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).__metadata : undefined;
    const type = typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>).type : undefined;
    if (type !== undefined && type !== list.listItemEntityTypeFullName) {
      throw new RestError(
        400,
        '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        `A type named '${String(type)}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`
      );
    }
  }
  return readBody(ctx);
}

export function readBody(ctx: ApiContext): Record<string, unknown> {
  if (ctx.req.body.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(ctx.req.body);
  } catch {
    throw new RestError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'Invalid JSON. A token was not recognized in the JSON content.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new RestError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The request body must be a JSON object.');
  }
  const rest: Record<string, unknown> = { ...(parsed as Record<string, unknown>) };
  // Verbose clients send __metadata; it carries the type name only and is not a field.
  delete rest.__metadata;
  return rest;
}

/** Verbose clients send collections as `{results:[…]}`. */
function unwrapResults(v: unknown): unknown {
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && Array.isArray((v as Record<string, unknown>).results)) {
    return (v as Record<string, unknown>).results;
  }
  return v;
}

interface ParsedItemBody {
  values: Record<string, unknown>;
  moderation: { status?: unknown; comments?: unknown };
}

/** Validates a wire body (`OwnerId`, `Title`, `OData__ModerationStatus`) and splits off the moderation fields. */
export function parseItemBody(list: ListStore, body: Record<string, unknown>): ParsedItemBody {
  const values: Record<string, unknown> = {};
  const moderation: { status?: unknown; comments?: unknown } = {};
  for (const [key, rawValue] of Object.entries(body)) {
    const value = unwrapResults(rawValue);
    if (key === 'OData__ModerationStatus') {
      moderation.status = value;
      continue;
    }
    if (key === 'OData__ModerationComments') {
      moderation.comments = value;
      continue;
    }
    if (SERVER_STAMPED.has(key)) throw readOnlyField(key);
    const m = wireNameToField(list.fields, key);
    if (!m) {
      throw new RestError(
        400,
        '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        `The property '${key}' does not exist on type 'SP.Data.${listEntityTypeName(list)}Item'. Make sure to only use property names that are defined by the type.`
      );
    }
    const f: FieldDef = m.field;
    if (isRef(f.TypeAsString) && !m.idForm) {
      // SharePoint only accepts the id form (`OwnerId`) for user and lookup columns in JSON bodies.
      throw new RestError(
        400,
        '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        `A 'PrimitiveValue' node with non-null value was found when trying to read the value of a navigation property '${key}'; however, a 'StartArray' node, a 'StartObject' node, or a 'PrimitiveValue' node with null value was expected.`
      );
    }
    if (f.ReadOnlyField || f.TypeAsString === 'Computed' || f.TypeAsString === 'Counter') throw readOnlyField(key);
    if (isMultiRef(f.TypeAsString) && value !== null && !Array.isArray(value)) {
      throw new RestError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The property '${key}' expects a collection of Edm.Int32.`);
    }
    // The store resolves wire names itself (`OwnerId`, `OData__X`), so the key is passed on unchanged.
    values[key] = value;
  }
  return { values, moderation };
}

export function getVisibleItem(ctx: ApiContext, list: ListStore, id: number, access: ItemAccess, subResource = false): ItemRecord {
  const item = list.getItem(id);
  // A hidden item answers exactly like a missing one (404), so existence does not leak.
  if (!item || !itemVisible(list.settings, access, item)) throw itemMissing(subResource);
  return item;
}

export function checkIfMatch(ctx: ApiContext, item: ItemRecord): void {
  const sent = ctx.req.headers['if-match'];
  if (sent === undefined || sent.trim() === '*') return;
  const normalised = sent.trim().replace(/^W\//, '');
  if (normalised !== etagOf(item)) throw etagMismatch(sent.trim(), etagOf(item));
}

export function getItems(ctx: ApiContext, list: ListStore): EmuResponse {
  const access = itemAccess(ctx, list);
  if (!has(access.mask, Perm.ViewListItems)) throw accessDenied();
  const proj = parseProjection(list, ctx.query.get('$select'), ctx.query.get('$expand'));
  const topRaw = ctx.query.get('$top');
  const top = topRaw === null ? undefined : Number(topRaw);
  if (top !== undefined && (!Number.isInteger(top) || top < 0)) throw new RestError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The expression "${topRaw ?? ''}" is not valid.`);
  const filter = ctx.query.get('$filter') ?? undefined;
  const result = list.query({
    filter,
    orderby: ctx.query.get('$orderby') ?? undefined,
    top,
    skiptoken: ctx.query.get('$skiptoken') ?? undefined,
    visible: (item) => itemVisible(list.settings, access, item),
    resolveUser: resolveUserForFilter(ctx)
  });
  if (filter !== undefined) {
    ctx.filters.push({ list: list.settings.Title, filter, literals: result.literals, scanned: result.scanned, usedIndex: result.usedIndex });
  }
  const deps = jsonDeps(ctx);
  const values = result.items.map((it) => itemJson(deps, list, it, proj));
  ctx.rows += values.length;
  let nextLink: string | undefined;
  if (result.nextSkiptoken !== undefined) {
    const q = new URLSearchParams(ctx.query);
    q.set('$skiptoken', result.nextSkiptoken);
    nextLink = `${ctx.origin}${ctx.req.url.pathname}?${q.toString()}`;
  }
  const fragment = `SP.ListData.${listEntityTypeName(list)}Items`;
  return respond(ctx, 200, collection(ctx.apiBase, fragment, values, nextLink, ctx.query.get('$select')));
}

export function getItem(ctx: ApiContext, list: ListStore, id: number): EmuResponse {
  const access = itemAccess(ctx, list);
  const item = getVisibleItem(ctx, list, id, access);
  const proj = parseProjection(list, ctx.query.get('$select'), ctx.query.get('$expand'));
  ctx.rows += 1;
  const fragment = `SP.ListData.${listEntityTypeName(list)}Items/@Element`;
  return respond(ctx, 200, single(ctx.apiBase, fragment, itemJson(jsonDeps(ctx), list, item, proj), ctx.query.get('$select')), { etag: etagOf(item) });
}

function stamp(ctx: ApiContext): { userId: number; now: Date } {
  return { userId: ctx.user.id, now: ctx.env.clock.now() };
}

export function addItem(ctx: ApiContext, list: ListStore): EmuResponse {
  const access = itemAccess(ctx, list);
  checkWrite(list.settings, access, 'add');
  const parsed = parseItemBody(list, readItemBody(ctx, list));
  const mod = moderationOnWrite(list.settings, access, parsed.moderation);
  const item = list.addItem(parsed.values, stamp(ctx), { moderationStatus: mod.moderationStatus, moderationComments: mod.moderationComments });
  ctx.mutating = true;
  ctx.rows += 1;
  const fragment = `SP.ListData.${listEntityTypeName(list)}Items/@Element`;
  const json = itemJson(jsonDeps(ctx), list, item, { expand: [] });
  return respond(ctx, 201, single(ctx.apiBase, fragment, json), { etag: etagOf(item), location: `${ctx.apiBase}${itemEditLink(list, item.Id)}` });
}

export function updateItem(ctx: ApiContext, list: ListStore, id: number): EmuResponse {
  const access = itemAccess(ctx, list);
  const current = getVisibleItem(ctx, list, id, access);
  checkWrite(list.settings, access, 'edit', current);
  checkIfMatch(ctx, current);
  const parsed = parseItemBody(list, readItemBody(ctx, list));
  const mod = moderationOnWrite(list.settings, access, parsed.moderation);
  const updated = list.updateItem(id, parsed.values, stamp(ctx), {
    moderationStatus: mod.moderationStatus,
    moderationComments: mod.moderationComments
  });
  ctx.mutating = true;
  return emptyResponse(204, { etag: etagOf(updated) });
}

/** Deletes an item the caller can see and may delete, honouring IF-Match; returns it as it was. */
function removeItem(ctx: ApiContext, list: ListStore, id: number): ItemRecord {
  const access = itemAccess(ctx, list);
  const current = getVisibleItem(ctx, list, id, access);
  checkWrite(list.settings, access, 'delete', current);
  checkIfMatch(ctx, current);
  list.deleteItem(id);
  ctx.mutating = true;
  return current;
}

export function deleteItem(ctx: ApiContext, list: ListStore, id: number): EmuResponse {
  removeItem(ctx, list, id);
  return emptyResponse(200, { 'content-length': '0' });
}

export function getVersions(ctx: ApiContext, list: ListStore, id: number, versionId?: number): EmuResponse {
  const access = itemAccess(ctx, list);
  getVisibleItem(ctx, list, id, access, true);
  if (!has(access.mask, Perm.ViewVersions)) throw accessDenied();
  const versions = list.versions(id);
  const toJson = (v: (typeof versions)[number]): JsonObject => {
    const editLink = `${itemEditLink(list, id)}/Versions(${v.versionId})`;
    const out: JsonObject = {
      'odata.type': 'SP.ListItemVersion',
      'odata.id': `${ctx.apiBase}${editLink}`,
      'odata.editLink': editLink,
      Created: v.created,
      IsCurrentVersion: v.isCurrent,
      VersionId: v.versionId,
      VersionLabel: v.versionLabel
    };
    const userValue = (uid: number): JsonObject | null => {
      const u = ctx.site.users.get(uid);
      return u ? { LookupId: u.id, LookupValue: u.title, Email: u.email } : { LookupId: uid, LookupValue: '', Email: '' };
    };
    for (const f of list.fields) {
      if (f.Hidden || ['ID', 'Created', 'Modified', 'Author', 'Editor', 'GUID', '_UIVersionString', '_ModerationStatus', '_ModerationComments'].includes(f.InternalName)) continue;
      const raw = v.values[f.InternalName];
      const name = f.InternalName.startsWith('_') ? `OData_${f.InternalName}` : f.InternalName;
      if (f.TypeAsString === 'User') out[name] = typeof raw === 'number' ? userValue(raw) : null;
      else if (f.TypeAsString === 'UserMulti') out[name] = Array.isArray(raw) ? raw.filter((x): x is number => typeof x === 'number').map(userValue) : [];
      else if (f.TypeAsString === 'Lookup') out[name] = typeof raw === 'number' ? { LookupId: raw, LookupValue: String(raw) } : null;
      else if (f.TypeAsString === 'LookupMulti') out[name] = Array.isArray(raw) ? raw.filter((x): x is number => typeof x === 'number').map((x) => ({ LookupId: x, LookupValue: String(x) })) : [];
      else out[name] = raw === undefined ? null : (raw as JsonObject[keyof JsonObject]);
    }
    out.Editor = userValue(v.editorId);
    out.Modified = v.created;
    out.OData__UIVersionString = v.versionLabel;
    if (list.settings.EnableModeration) out.OData__ModerationStatus = v.moderationStatus;
    return out;
  };
  if (versionId !== undefined) {
    const v = versions.find((x) => x.versionId === versionId);
    if (!v) throw new RestError(404, '-2147024809, System.ArgumentException', 'Version does not exist. It may have been deleted by another user.');
    return respond(ctx, 200, single(ctx.apiBase, 'SP.ApiData.ListItemVersions/@Element', toJson(v)));
  }
  return respond(ctx, 200, collection(ctx.apiBase, 'SP.ApiData.ListItemVersions', versions.map(toJson)));
}

/**
 * Items never carry unique permissions in the emulator, so an item's mask is the list's, minus
 * edit/delete where WriteSecurity keeps the caller off someone else's item.
 */
export function itemEffectivePermissions(ctx: ApiContext, list: ListStore, id: number): EmuResponse {
  const access = itemAccess(ctx, list);
  const item = getVisibleItem(ctx, list, id, access, true);
  let mask = access.mask;
  const ws = list.settings.WriteSecurity;
  if (!has(mask, OverrideListBehaviors) && (ws === 4 || (ws === 2 && item.authorId !== ctx.user.id))) mask &= ~(Perm.EditListItems | Perm.DeleteListItems);
  return respond(ctx, 200, { 'odata.metadata': `${ctx.apiBase}$metadata#SP.ApiData.ListItemEntityCollection/@Element/EffectiveBasePermissions`, ...highLow(mask) });
}

/**
 * `item.recycle()`: the emulator has no recycle bin, so the item is deleted; the answer is the
 * recycle bin item id PnPjs returns (derived from the item GUID, never restorable here).
 */
export function recycleItem(ctx: ApiContext, list: ListStore, id: number): EmuResponse {
  const current = removeItem(ctx, list, id);
  return respond(ctx, 200, { 'odata.metadata': `${ctx.apiBase}$metadata#Edm.Guid`, value: current.guid });
}
