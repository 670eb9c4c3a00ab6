import type { FieldDef, ListStore } from '../store';
import type { ApiContext, DispatchResult, ServerEnv } from './context';
import { listScope, requireWebPerm, webScope } from './context';
import { badRequest, digestInvalid, fileNotFound, methodNotAllowed, resourceNotFound, roleDefinitionNotFound, userNotFound } from './errors';
import { addField, createFieldAsXml, deleteField, findField, getField, getFields, updateField } from './field-routes';
import { errorResponse, isODataLikeError, jsonResponse, RestError, type EmuRequest, type EmuResponse } from './http-types';
import { addItem, deleteItem, getItem, getItems, getVersions, itemEffectivePermissions, recycleItem, updateItem } from './items';
import { createList, deleteList, getList, getLists, getWeb, listById, listByTitle, listByUrl, updateList, updateWeb } from './list-routes';
import { argBoolean, argNumber, argString, argValue, parseSegments, splitApiPath, type PathSegment } from './path';
import { Perm } from './permissions';
import { respond } from './respond';
import * as sec from './security-routes';
import type { Scope, SiteGroup, SiteUser } from './security';
import { storageEntityGet, storageEntityRemove, storageEntitySet } from './storage-routes';
import { addValidateUpdateItem, validateUpdateListItem } from './validate-update';
import { contextInfo } from './contextinfo';

/**
 * Walks the `_api` path segment by segment (SharePoint matches names case-insensitively) to a
 * target, then runs the handler for the target and the effective verb.
 */

type Target =
  | { k: 'web' }
  | { k: 'lists' }
  | { k: 'list'; list: ListStore }
  | { k: 'fields'; list: ListStore }
  | { k: 'field'; list: ListStore; field: FieldDef }
  | { k: 'items'; list: ListStore }
  | { k: 'item'; list: ListStore; id: number }
  | { k: 'versions'; list: ListStore; id: number; versionId?: number }
  | { k: 'siteusers' }
  | { k: 'user'; user: SiteUser; group?: SiteGroup }
  | { k: 'usergroups'; user: SiteUser }
  | { k: 'sitegroups' }
  | { k: 'group'; group: SiteGroup }
  | { k: 'groupusers'; group: SiteGroup }
  | { k: 'roledefs' }
  | { k: 'roledef'; id: number }
  | { k: 'roleassignments'; scope: Scope }
  | { k: 'roleassignment'; scope: Scope; principalId: number }
  | { k: 'call'; name: string; seg: PathSegment; on: Target };

function securableScope(ctx: ApiContext, t: Target): Scope {
  if (t.k === 'web') return webScope(ctx);
  if (t.k === 'list') return listScope(ctx, t.list);
  throw badRequest('Role assignments are supported on webs and lists only in the emulator.');
}

const CALLS_ON_WEB = new Set(['ensureuser', 'getstorageentity', 'setstorageentity', 'removestorageentity', 'breakroleinheritance', 'resetroleinheritance', 'getusereffectivepermissions', 'effectivebasepermissions', 'getcurrentusereffectivepermissions']);
const CALLS_ON_LIST = new Set(['addvalidateupdateitemusingpath', 'breakroleinheritance', 'resetroleinheritance', 'getusereffectivepermissions', 'effectivebasepermissions']);

function step(ctx: ApiContext, t: Target, seg: PathSegment): Target {
  const n = seg.name;
  switch (t.k) {
    case 'web':
      if (n === 'lists') return seg.args && seg.args.length > 0 ? { k: 'list', list: listById(ctx, argString(seg, 0)) } : { k: 'lists' };
      if (n === 'getlist') return { k: 'list', list: listByUrl(ctx, argString(seg, 0)) };
      if (n === 'currentuser') return { k: 'user', user: ctx.user };
      if (n === 'siteusers') return seg.args && seg.args.length > 0 ? { k: 'user', user: sec.userByLogin(ctx, argString(seg, 0)) } : { k: 'siteusers' };
      if (n === 'getuserbyid') return { k: 'user', user: ctx.site.requireUser(argNumber(seg, 0)) };
      if (n === 'sitegroups') return seg.args && seg.args.length > 0 ? { k: 'group', group: ctx.site.requireGroup(argNumber(seg, 0)) } : { k: 'sitegroups' };
      if (n === 'associatedownergroup') return { k: 'group', group: ctx.site.requireGroup(3) };
      if (n === 'associatedvisitorgroup') return { k: 'group', group: ctx.site.requireGroup(4) };
      if (n === 'associatedmembergroup') return { k: 'group', group: ctx.site.requireGroup(5) };
      if (n === 'roledefinitions') return seg.args && seg.args.length > 0 ? { k: 'roledef', id: argNumber(seg, 0) } : { k: 'roledefs' };
      if (n === 'roleassignments') return roleAssignmentsTarget(ctx, t, seg);
      if (CALLS_ON_WEB.has(n)) return { k: 'call', name: n, seg, on: t };
      break;
    case 'lists':
      if (n === 'getbytitle') return { k: 'list', list: listByTitle(ctx, argString(seg, 0)) };
      if (n === 'getbyid') return { k: 'list', list: listById(ctx, argString(seg, 0)) };
      break;
    case 'list':
      if (n === 'items') return seg.args && seg.args.length > 0 ? { k: 'item', list: t.list, id: argNumber(seg, 0) } : { k: 'items', list: t.list };
      if (n === 'getitembyid') return { k: 'item', list: t.list, id: argNumber(seg, 0) };
      if (n === 'fields') return seg.args && seg.args.length > 0 ? { k: 'field', list: t.list, field: findField(t.list, 'id', argString(seg, 0)) } : { k: 'fields', list: t.list };
      if (n === 'roleassignments') return roleAssignmentsTarget(ctx, t, seg);
      if (CALLS_ON_LIST.has(n)) return { k: 'call', name: n, seg, on: t };
      break;
    case 'fields':
      if (n === 'getbyid') return { k: 'field', list: t.list, field: findField(t.list, 'id', argString(seg, 0)) };
      if (n === 'getbytitle') return { k: 'field', list: t.list, field: findField(t.list, 'title', argString(seg, 0)) };
      if (n === 'getbyinternalnameortitle') return { k: 'field', list: t.list, field: findField(t.list, 'internalOrTitle', argString(seg, 0)) };
      if (n === 'createfieldasxml' || n === 'addfield') return { k: 'call', name: n, seg, on: t };
      break;
    case 'items':
      if (n === 'getbyid') return { k: 'item', list: t.list, id: argNumber(seg, 0) };
      break;
    case 'item':
      if (n === 'versions') return { k: 'versions', list: t.list, id: t.id, versionId: seg.args && seg.args.length > 0 ? argNumber(seg, 0) : undefined };
      if (n === 'recycle' || n === 'validateupdatelistitem' || n === 'effectivebasepermissions' || n === 'effectivebasepermissionsforui') return { k: 'call', name: n, seg, on: t };
      break;
    case 'versions':
      if (n === 'getbyid' && t.versionId === undefined) return { ...t, versionId: argNumber(seg, 0) };
      break;
    case 'siteusers':
      if (n === 'getbyid') return { k: 'user', user: ctx.site.requireUser(argNumber(seg, 0)) };
      if (n === 'getbyemail') return { k: 'user', user: sec.userByEmail(ctx, argString(seg, 0)) };
      if (n === 'getbyloginname') return { k: 'user', user: sec.userByLogin(ctx, argString(seg, 0)) };
      if (n === 'removebyid' || n === 'removebyloginname') return { k: 'call', name: n, seg, on: t };
      break;
    case 'user':
      if (n === 'groups') return { k: 'usergroups', user: t.user };
      break;
    case 'sitegroups':
      if (n === 'getbyid') return { k: 'group', group: ctx.site.requireGroup(argNumber(seg, 0)) };
      if (n === 'getbyname') return { k: 'group', group: ctx.site.requireGroup(argString(seg, 0)) };
      if (n === 'removebyid' || n === 'removebyloginname') return { k: 'call', name: n, seg, on: t };
      break;
    case 'group':
      if (n === 'users') {
        if (seg.args && seg.args.length > 0) {
          const u = sec.userByLogin(ctx, argString(seg, 0));
          if (!t.group.memberIds.has(u.id)) throw userNotFound();
          return { k: 'user', user: u, group: t.group };
        }
        return { k: 'groupusers', group: t.group };
      }
      break;
    case 'groupusers':
      if (n === 'getbyid' || n === 'getbyemail' || n === 'getbyloginname') {
        const u = n === 'getbyid' ? ctx.site.requireUser(argNumber(seg, 0)) : n === 'getbyemail' ? sec.userByEmail(ctx, argString(seg, 0)) : sec.userByLogin(ctx, argString(seg, 0));
        if (!t.group.memberIds.has(u.id)) throw userNotFound();
        return { k: 'user', user: u, group: t.group };
      }
      if (n === 'removebyid' || n === 'removebyloginname') return { k: 'call', name: n, seg, on: t };
      break;
    case 'roledefs':
      if (n === 'getbyid') return { k: 'roledef', id: argNumber(seg, 0) };
      if (n === 'getbyname') return { k: 'roledef', id: ctx.site.requireRoleDefinition(argString(seg, 0)).id };
      if (n === 'getbytype') {
        const kind = argNumber(seg, 0);
        const r = [...ctx.site.roleDefinitions.values()].find((d) => d.roleTypeKind === kind);
        if (!r) throw roleDefinitionNotFound();
        return { k: 'roledef', id: r.id };
      }
      break;
    case 'roleassignments':
      if (n === 'getbyprincipalid') return { k: 'roleassignment', scope: t.scope, principalId: argNumber(seg, 0) };
      if (n === 'addroleassignment' || n === 'removeroleassignment') return { k: 'call', name: n, seg, on: t };
      break;
    default:
      break;
  }
  throw resourceNotFound(seg.raw);
}

function roleAssignmentsTarget(ctx: ApiContext, t: Target, seg: PathSegment): Target {
  const scope = securableScope(ctx, t);
  return seg.args && seg.args.length > 0 ? { k: 'roleassignment', scope, principalId: argNumber(seg, 0) } : { k: 'roleassignments', scope };
}

function execCall(ctx: ApiContext, t: Extract<Target, { k: 'call' }>): EmuResponse {
  const m = ctx.req.method;
  const on = t.on;
  const post = (): void => {
    if (m !== 'POST') throw methodNotAllowed();
  };
  switch (t.name) {
    case 'ensureuser':
      post();
      return sec.ensureUser(ctx);
    case 'getstorageentity':
      return storageEntityGet(ctx, argString(t.seg, 0, 'key'));
    case 'setstorageentity':
      post();
      return storageEntitySet(ctx);
    case 'removestorageentity':
      post();
      return storageEntityRemove(ctx, argString(t.seg, 0, 'key'));
    case 'breakroleinheritance':
      post();
      return sec.breakInheritance(ctx, securableScope(ctx, on), argBoolean(t.seg, 0, 'copyroleassignments', false), argBoolean(t.seg, 1, 'clearsubscopes', false));
    case 'resetroleinheritance':
      post();
      return sec.resetInheritance(ctx, securableScope(ctx, on));
    case 'effectivebasepermissions':
    case 'effectivebasepermissionsforui':
    case 'getcurrentusereffectivepermissions':
      if (on.k === 'item') return itemEffectivePermissions(ctx, on.list, on.id);
      return sec.effectivePermissions(ctx, securableScope(ctx, on), on.k === 'web' ? 'SP.ApiData.Webs/@Element/EffectiveBasePermissions' : 'SP.ApiData.Lists/@Element/EffectiveBasePermissions');
    case 'getusereffectivepermissions':
      return sec.userEffectivePermissions(ctx, securableScope(ctx, on), argString(t.seg, 0, 'userName'));
    case 'createfieldasxml':
      post();
      if (on.k !== 'fields') break;
      return createFieldAsXml(ctx, on.list);
    case 'addfield':
      post();
      if (on.k !== 'fields') break;
      return addField(ctx, on.list, true);
    case 'recycle':
      post();
      if (on.k !== 'item') break;
      return recycleItem(ctx, on.list, on.id);
    case 'addvalidateupdateitemusingpath':
      post();
      if (on.k !== 'list') break;
      return addValidateUpdateItem(ctx, on.list);
    case 'validateupdatelistitem':
      post();
      if (on.k !== 'item') break;
      return validateUpdateListItem(ctx, on.list, on.id);
    case 'addroleassignment':
    case 'removeroleassignment': {
      post();
      if (on.k !== 'roleassignments') break;
      const roleDef = argValue(t.seg, 1, 'roledefid');
      return sec.changeRoleAssignment(ctx, on.scope, t.name === 'addroleassignment', argNumber(t.seg, 0, 'principalid'), roleDef === undefined || roleDef === null ? undefined : Number(roleDef));
    }
    case 'removebyid':
    case 'removebyloginname': {
      post();
      if (on.k === 'sitegroups') {
        const g = t.name === 'removebyid' ? ctx.site.requireGroup(argNumber(t.seg, 0)) : ctx.site.requireGroup(argString(t.seg, 0));
        return sec.removeGroup(ctx, g);
      }
      const u = t.name === 'removebyid' ? ctx.site.requireUser(argNumber(t.seg, 0)) : sec.userByLogin(ctx, argString(t.seg, 0));
      if (on.k === 'groupusers') return sec.removeUserFromGroup(ctx, on.group, u);
      if (on.k === 'siteusers') return sec.removeSiteUser(ctx, u);
      break;
    }
    default:
      break;
  }
  throw resourceNotFound(t.seg.raw);
}

function exec(ctx: ApiContext, t: Target): EmuResponse {
  const m = ctx.req.method;
  const isRead = m === 'GET';
  switch (t.k) {
    case 'web':
      if (isRead) return getWeb(ctx);
      if (m === 'MERGE' || m === 'PATCH') return updateWeb(ctx);
      break;
    case 'lists':
      if (isRead) return getLists(ctx);
      if (m === 'POST') return createList(ctx);
      break;
    case 'list':
      if (isRead) return getList(ctx, t.list);
      if (m === 'MERGE' || m === 'PATCH') return updateList(ctx, t.list);
      if (m === 'DELETE') return deleteList(ctx, t.list);
      break;
    case 'fields':
      if (isRead) return getFields(ctx, t.list);
      if (m === 'POST') return addField(ctx, t.list, false);
      break;
    case 'field':
      if (isRead) return getField(ctx, t.list, t.field);
      if (m === 'MERGE' || m === 'PATCH') return updateField(ctx, t.list, t.field);
      if (m === 'DELETE') return deleteField(ctx, t.list, t.field);
      break;
    case 'items':
      if (isRead) return getItems(ctx, t.list);
      if (m === 'POST') return addItem(ctx, t.list);
      break;
    case 'item':
      if (isRead) return getItem(ctx, t.list, t.id);
      if (m === 'MERGE' || m === 'PATCH' || m === 'PUT') return updateItem(ctx, t.list, t.id);
      if (m === 'DELETE') return deleteItem(ctx, t.list, t.id);
      break;
    case 'versions':
      if (isRead) return getVersions(ctx, t.list, t.id, t.versionId);
      break;
    case 'siteusers':
      if (isRead) return sec.sendUsers(ctx, [...ctx.site.users.values()]);
      if (m === 'POST') return sec.addSiteUser(ctx);
      break;
    case 'user':
      if (isRead) return sec.sendUser(ctx, t.user);
      break;
    case 'usergroups':
      if (isRead) return sec.sendGroups(ctx, ctx.site.groupsOf(t.user.id));
      break;
    case 'sitegroups':
      if (isRead) return sec.sendGroups(ctx, [...ctx.site.groups.values()]);
      if (m === 'POST') return sec.createGroup(ctx);
      break;
    case 'group':
      if (isRead) return sec.sendGroup(ctx, t.group);
      if (m === 'MERGE' || m === 'PATCH') return sec.updateGroup(ctx, t.group);
      break;
    case 'groupusers':
      if (isRead) return sec.sendUsers(ctx, sec.groupMembers(ctx, t.group));
      if (m === 'POST') return sec.addUserToGroup(ctx, t.group);
      break;
    case 'roledefs':
      if (isRead) return sec.sendRoleDefinitions(ctx);
      if (m === 'POST') return sec.createRoleDefinition(ctx);
      break;
    case 'roledef':
      if (isRead) return sec.sendRoleDefinition(ctx, ctx.site.requireRoleDefinition(t.id));
      if (m === 'MERGE' || m === 'PATCH' || m === 'DELETE') return sec.changeRoleDefinition(ctx, ctx.site.requireRoleDefinition(t.id), m === 'DELETE');
      break;
    case 'roleassignments':
      if (isRead) return sec.sendRoleAssignments(ctx, t.scope);
      break;
    case 'roleassignment':
      if (isRead) return sec.sendRoleAssignments(ctx, t.scope, t.principalId);
      if (m === 'DELETE') return sec.changeRoleAssignment(ctx, t.scope, false, t.principalId, undefined);
      break;
    case 'call':
      return execCall(ctx, t);
  }
  throw methodNotAllowed();
}

/** Runs one REST request (top-level, batch part, or journal replay). Never throws. */
export async function dispatchApi(env: ServerEnv, req: EmuRequest, origin: string): Promise<DispatchResult> {
  const filters: DispatchResult['filters'] = [];
  let ctxRef: ApiContext | undefined;
  try {
    const split = splitApiPath(req.url.pathname);
    if (!split) throw fileNotFound();
    const query = new URLSearchParams(req.url.search);
    const segments = parseSegments(split.rest, query);
    const web = env.store.getWeb(split.webPath === '' ? '/' : split.webPath);
    if (!web && split.webPath === '' && segments[0]?.name === 'sp_tenantsettings_current' && req.method === 'GET') {
      // PnPjs getTenantAppCatalogWeb() asks the tenant root, which demo seeds rarely create.
      const payload = { 'odata.metadata': `${origin}/_api/$metadata#SP.TenantSettings`, CorporateCatalogUrl: `${origin}${env.appCatalogUrl}` };
      return { response: jsonResponse(req, 200, payload), filters, rows: 0, mutating: false };
    }
    if (!web) throw fileNotFound();
    const site = env.security.site(web.serverRelativeUrl);
    const user = env.security.siteUser(web.serverRelativeUrl, req.userUpn);
    const webAbs = `${origin}${web.serverRelativeUrl === '/' ? '' : web.serverRelativeUrl}`;
    const ctx: ApiContext = { env, req, origin, web, webAbs, apiBase: `${webAbs}/_api/`, site, user, query, filters, rows: 0, mutating: false };
    ctxRef = ctx;
    const first = segments[0];
    if (first?.name === 'contextinfo') return { response: contextInfo(ctx), filters, rows: 0, mutating: false };
    if (req.method !== 'GET' && !req.trusted && !env.digest.isValid(req.headers['x-requestdigest'], req.userUpn, env.clock.now())) throw digestInvalid();
    requireWebPerm(ctx, Perm.Open);
    if (!first) throw resourceNotFound('_api');
    if (first.name === '$batch') throw badRequest('$batch is handled by the HTTP layer.');
    if (first.name === 'sp_tenantsettings_current') {
      return { response: respond(ctx, 200, { 'odata.metadata': `${ctx.apiBase}$metadata#SP.TenantSettings`, CorporateCatalogUrl: `${origin}${env.appCatalogUrl}` }), filters, rows: 0, mutating: false };
    }
    if (first.name === 'site' && segments.length === 1 && req.method === 'GET') {
      // The site collection itself: PnPjs `sp.site()` callers read Id/Url/ServerRelativeUrl.
      const root = env.store.getWeb(site.siteUrl === '' ? '/' : site.siteUrl) ?? web;
      const e = { 'odata.type': 'SP.Site', 'odata.id': `${origin}${site.siteUrl}/_api/site`, 'odata.editLink': 'site', Id: root.id, ReadOnly: false, ServerRelativeUrl: root.serverRelativeUrl, Url: `${origin}${site.siteUrl}` };
      return { response: respond(ctx, 200, { 'odata.metadata': `${ctx.apiBase}$metadata#SP.ApiData.Sites/@Element`, ...e }), filters, rows: 0, mutating: false };
    }
    if (first.name !== 'web') throw resourceNotFound(first.raw);
    let target: Target = { k: 'web' };
    for (const seg of segments.slice(1)) target = step(ctx, target, seg);
    const response = exec(ctx, target);
    return { response, filters, rows: ctx.rows, mutating: ctx.mutating };
  } catch (e) {
    const err = isODataLikeError(e) ? e : new RestError(500, '-2146233088, System.InvalidOperationException', e instanceof Error ? e.message : String(e));
    if (!isODataLikeError(e)) console.error('[emulator] unexpected error', e);
    return { response: errorResponse(req, err), filters, rows: 0, mutating: ctxRef?.mutating ?? false };
  }
}

