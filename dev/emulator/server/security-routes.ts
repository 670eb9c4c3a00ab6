import type { ApiContext } from './context';
import { requireWebPerm, webMask } from './context';
import { accessDenied, badRequest, userNotFound } from './errors';
import { emptyResponse, type EmuResponse } from './http-types';
import { readBody } from './items';
import { collection, entity, nullResult, single, type JsonObject } from './odata';
import { has, highLow, maskOf, Perm, type RoleDefinition } from './permissions';
import { respond } from './respond';
import { upnFromLogin, type Scope, type SiteGroup, type SiteUser } from './security';
import { applySimpleFilter, applySimpleSelect } from './simple-filter';

/** Users, groups, permission levels, role assignments and effective permissions. */

export function userJson(ctx: ApiContext, u: SiteUser): JsonObject {
  const editLink = `Web/GetUserById(${u.id})`;
  return entity(
    { type: 'SP.User', id: `${ctx.apiBase}${editLink}`, editLink },
    {
      Id: u.id,
      IsHiddenInUI: false,
      LoginName: u.loginName,
      Title: u.title,
      PrincipalType: 1,
      Email: u.email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: u.isSiteAdmin,
      UserId: { NameId: u.id.toString(16).padStart(16, '1'), NameIdIssuer: 'urn:federation:microsoftonline' },
      UserPrincipalName: u.upn
    }
  );
}

export function groupJson(ctx: ApiContext, g: SiteGroup): JsonObject {
  const editLink = `Web/SiteGroups/GetById(${g.id})`;
  const owner = ctx.site.groups.get(g.ownerId)?.title ?? ctx.site.users.get(g.ownerId)?.title ?? '';
  return entity(
    { type: 'SP.Group', id: `${ctx.apiBase}${editLink}`, editLink },
    {
      Id: g.id,
      IsHiddenInUI: false,
      LoginName: g.title,
      Title: g.title,
      PrincipalType: 8,
      AllowMembersEditMembership: g.allowMembersEditMembership,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: g.description,
      OnlyAllowMembersViewMembership: g.onlyAllowMembersViewMembership,
      OwnerTitle: owner,
      RequestToJoinLeaveEmailSetting: ''
    }
  );
}

export function roleDefJson(ctx: ApiContext, r: RoleDefinition): JsonObject {
  const editLink = `Web/RoleDefinitions(${r.id})`;
  return entity(
    { type: 'SP.RoleDefinition', id: `${ctx.apiBase}${editLink}`, editLink },
    { BasePermissions: highLow(r.mask), Description: r.description, Hidden: r.hidden, Id: r.id, Name: r.name, Order: r.order, RoleTypeKind: r.roleTypeKind }
  );
}

function listOut(ctx: ApiContext, fragment: string, rows: JsonObject[], type: string): EmuResponse {
  const out = applySimpleFilter(ctx.query.get('$filter'), rows).map((r) => applySimpleSelect(ctx.query.get('$select'), r, type, () => undefined));
  return respond(ctx, 200, collection(ctx.apiBase, fragment, out));
}

export function sendUser(ctx: ApiContext, u: SiteUser): EmuResponse {
  return respond(ctx, 200, single(ctx.apiBase, 'SP.ApiData.Users1/@Element', applySimpleSelect(ctx.query.get('$select'), userJson(ctx, u), 'SP.User', () => undefined)));
}

export function sendUsers(ctx: ApiContext, users: SiteUser[]): EmuResponse {
  requireWebPerm(ctx, Perm.BrowseUserInfo);
  return listOut(ctx, 'SP.ApiData.Users1', users.map((u) => userJson(ctx, u)), 'SP.User');
}

export function sendGroup(ctx: ApiContext, g: SiteGroup): EmuResponse {
  return respond(ctx, 200, single(ctx.apiBase, 'SP.ApiData.Groups/@Element', applySimpleSelect(ctx.query.get('$select'), groupJson(ctx, g), 'SP.Group', () => undefined)));
}

export function sendGroups(ctx: ApiContext, groups: SiteGroup[]): EmuResponse {
  return listOut(ctx, 'SP.ApiData.Groups', groups.map((g) => groupJson(ctx, g)), 'SP.Group');
}

export function userByLogin(ctx: ApiContext, login: string): SiteUser {
  const u = ctx.site.userByUpn(upnFromLogin(login));
  if (!u) throw userNotFound();
  return u;
}

export function userByEmail(ctx: ApiContext, email: string): SiteUser {
  const u = [...ctx.site.users.values()].find((x) => x.email.toLowerCase() === email.toLowerCase());
  if (!u) throw userNotFound();
  return u;
}

export function ensureUser(ctx: ApiContext): EmuResponse {
  requireWebPerm(ctx, Perm.BrowseUserInfo);
  const body = readBody(ctx);
  const logon = body.logonName ?? body.LogonName;
  if (typeof logon !== 'string') throw badRequest('The parameter logonName is missing.');
  const u = ctx.env.security.ensureUser(ctx.web.serverRelativeUrl, logon);
  ctx.mutating = true;
  return respond(ctx, 200, single(ctx.apiBase, 'SP.ApiData.Users1/@Element', userJson(ctx, u)));
}

export function createGroup(ctx: ApiContext): EmuResponse {
  requireWebPerm(ctx, Perm.CreateGroups);
  const body = readBody(ctx);
  if (typeof body.Title !== 'string' || body.Title.trim() === '') throw badRequest('A group needs a Title.');
  const g = ctx.site.createGroup(body.Title, ctx.user.id, {
    description: typeof body.Description === 'string' ? body.Description : null,
    allowMembersEditMembership: body.AllowMembersEditMembership === true,
    onlyAllowMembersViewMembership: body.OnlyAllowMembersViewMembership === true
  });
  // The creator owns the group and is its first member, as in SharePoint.
  g.memberIds.add(ctx.user.id);
  ctx.mutating = true;
  return respond(ctx, 201, single(ctx.apiBase, 'SP.ApiData.Groups/@Element', groupJson(ctx, g)));
}

export function removeGroup(ctx: ApiContext, g: SiteGroup): EmuResponse {
  requireWebPerm(ctx, Perm.ManagePermissions);
  ctx.site.groups.delete(g.id);
  ctx.mutating = true;
  return respond(ctx, 200, nullResult(ctx.apiBase));
}

export function addUserToGroup(ctx: ApiContext, g: SiteGroup): EmuResponse {
  if (!ctx.site.canEditMembership(ctx.user.id, g, webMask(ctx))) throw accessDenied();
  const body = readBody(ctx);
  const login = body.LoginName;
  if (typeof login !== 'string') throw badRequest('The parameter LoginName is missing.');
  const u = ctx.env.security.ensureUser(ctx.web.serverRelativeUrl, login);
  g.memberIds.add(u.id);
  ctx.mutating = true;
  return respond(ctx, 200, single(ctx.apiBase, 'SP.ApiData.Users1/@Element', userJson(ctx, u)));
}

export function removeUserFromGroup(ctx: ApiContext, g: SiteGroup, u: SiteUser): EmuResponse {
  if (!ctx.site.canEditMembership(ctx.user.id, g, webMask(ctx))) throw accessDenied();
  g.memberIds.delete(u.id);
  ctx.mutating = true;
  return respond(ctx, 200, nullResult(ctx.apiBase));
}

export function groupMembers(ctx: ApiContext, g: SiteGroup): SiteUser[] {
  if (g.onlyAllowMembersViewMembership && !g.memberIds.has(ctx.user.id) && !has(webMask(ctx), Perm.ManagePermissions)) throw accessDenied();
  return [...g.memberIds].map((id) => ctx.site.users.get(id)).filter((u): u is SiteUser => u !== undefined);
}

export function createRoleDefinition(ctx: ApiContext): EmuResponse {
  requireWebPerm(ctx, Perm.ManagePermissions);
  const body = readBody(ctx);
  const bp = body.BasePermissions as Record<string, unknown> | undefined;
  const high = bp?.High;
  const low = bp?.Low;
  if (typeof body.Name !== 'string' || (typeof high !== 'string' && typeof high !== 'number') || (typeof low !== 'string' && typeof low !== 'number')) {
    throw badRequest('A role definition needs Name and BasePermissions {High, Low}.');
  }
  const r = ctx.site.addRoleDefinition({
    name: body.Name,
    description: typeof body.Description === 'string' ? body.Description : '',
    order: typeof body.Order === 'number' ? body.Order : 2147483647,
    mask: maskOf(high, low)
  });
  ctx.mutating = true;
  return respond(ctx, 201, single(ctx.apiBase, 'SP.ApiData.RoleDefinitions/@Element', roleDefJson(ctx, r)));
}

export function sendRoleDefinitions(ctx: ApiContext): EmuResponse {
  return listOut(ctx, 'SP.ApiData.RoleDefinitions', [...ctx.site.roleDefinitions.values()].sort((a, b) => a.order - b.order).map((r) => roleDefJson(ctx, r)), 'SP.RoleDefinition');
}

export function sendRoleDefinition(ctx: ApiContext, r: RoleDefinition): EmuResponse {
  return respond(ctx, 200, single(ctx.apiBase, 'SP.ApiData.RoleDefinitions/@Element', roleDefJson(ctx, r)));
}

function scopeMask(ctx: ApiContext, scope: Scope): bigint {
  return ctx.site.permissionsOf(ctx.user.id, scope);
}

function scopeEditLink(scope: Scope): string {
  return scope.kind === 'web' ? 'Web' : `Web/Lists(guid'${scope.listId}')`;
}

export function sendRoleAssignments(ctx: ApiContext, scope: Scope, principalId?: number): EmuResponse {
  if (!has(scopeMask(ctx, scope), Perm.EnumeratePermissions)) throw accessDenied();
  const expand = (ctx.query.get('$expand') ?? '').split(',').map((s) => s.trim());
  const base = scopeEditLink(scope);
  const rows: JsonObject[] = [];
  for (const [pid, roles] of ctx.site.assignmentsOf(scope)) {
    if (principalId !== undefined && pid !== principalId) continue;
    const editLink = `${base}/RoleAssignments/GetByPrincipalId(${pid})`;
    const props: JsonObject = {};
    if (expand.includes('Member')) {
      const g = ctx.site.groups.get(pid);
      const u = ctx.site.users.get(pid);
      props['Member@odata.navigationLinkUrl'] = `${editLink}/Member`;
      props.Member = g ? groupJson(ctx, g) : u ? userJson(ctx, u) : null;
    }
    if (expand.includes('RoleDefinitionBindings')) {
      props['RoleDefinitionBindings@odata.navigationLinkUrl'] = `${editLink}/RoleDefinitionBindings`;
      props.RoleDefinitionBindings = [...roles].map((id) => ctx.site.roleDefinitions.get(id)).filter((r): r is RoleDefinition => r !== undefined).map((r) => roleDefJson(ctx, r));
    }
    props.PrincipalId = pid;
    rows.push(entity({ type: 'SP.RoleAssignment', id: `${ctx.apiBase}${editLink}`, editLink }, props));
  }
  if (principalId !== undefined) {
    if (rows.length === 0) throw badRequest('Can not find the principal with id: ' + String(principalId) + '.');
    return respond(ctx, 200, single(ctx.apiBase, 'SP.ApiData.RoleAssignments/@Element', rows[0]));
  }
  return respond(ctx, 200, collection(ctx.apiBase, 'SP.ApiData.RoleAssignments', rows));
}

function requireManagePermissions(ctx: ApiContext, scope: Scope): void {
  if (!has(scopeMask(ctx, scope), Perm.ManagePermissions)) throw accessDenied();
}

export function breakInheritance(ctx: ApiContext, scope: Scope, copy: boolean, clear: boolean): EmuResponse {
  requireManagePermissions(ctx, scope);
  ctx.site.breakInheritance(scope, copy, clear, ctx.user.id);
  ctx.mutating = true;
  return respond(ctx, 200, nullResult(ctx.apiBase));
}

export function resetInheritance(ctx: ApiContext, scope: Scope): EmuResponse {
  requireManagePermissions(ctx, scope);
  ctx.site.resetInheritance(scope);
  ctx.mutating = true;
  return respond(ctx, 200, nullResult(ctx.apiBase));
}

export function changeRoleAssignment(ctx: ApiContext, scope: Scope, add: boolean, principalId: number, roleDefId: number | undefined): EmuResponse {
  requireManagePermissions(ctx, scope);
  if (add) {
    if (roleDefId === undefined) throw badRequest('The parameter roledefid is missing.');
    ctx.site.addRoleAssignment(scope, principalId, roleDefId);
  } else {
    ctx.site.removeRoleAssignment(scope, principalId, roleDefId);
  }
  ctx.mutating = true;
  return respond(ctx, 200, nullResult(ctx.apiBase));
}

export function effectivePermissions(ctx: ApiContext, scope: Scope, fragment: string): EmuResponse {
  return respond(ctx, 200, { 'odata.metadata': `${ctx.apiBase}$metadata#${fragment}`, ...highLow(scopeMask(ctx, scope)) });
}

export function userEffectivePermissions(ctx: ApiContext, scope: Scope, login: string): EmuResponse {
  if (!has(scopeMask(ctx, scope), Perm.EnumeratePermissions)) throw accessDenied();
  const u = ctx.site.userByUpn(upnFromLogin(login));
  const mask = u ? ctx.site.permissionsOf(u.id, scope) : 0n;
  return respond(ctx, 200, { 'odata.metadata': `${ctx.apiBase}$metadata#SP.BasePermissions`, ...highLow(mask) });
}

export function removeSiteUser(ctx: ApiContext, u: SiteUser): EmuResponse {
  requireWebPerm(ctx, Perm.ManagePermissions);
  for (const g of ctx.site.groups.values()) g.memberIds.delete(u.id);
  ctx.mutating = true;
  return emptyResponse(200, { 'content-length': '0' });
}

/** `siteUsers.add(login)`: body `{LoginName}`; the user must exist in the emulator's directory. */
export function addSiteUser(ctx: ApiContext): EmuResponse {
  requireWebPerm(ctx, Perm.ManagePermissions);
  const body = readBody(ctx);
  if (typeof body.LoginName !== 'string') throw badRequest('The parameter LoginName is missing.');
  const u = ctx.env.security.ensureUser(ctx.web.serverRelativeUrl, body.LoginName);
  ctx.mutating = true;
  return respond(ctx, 201, single(ctx.apiBase, 'SP.ApiData.Users1/@Element', userJson(ctx, u)));
}

/** Group MERGE (PnPjs `siteGroups.getById(5).update(props)`). */
export function updateGroup(ctx: ApiContext, g: SiteGroup): EmuResponse {
  if (!ctx.site.canEditMembership(ctx.user.id, { ...g, allowMembersEditMembership: false }, webMask(ctx))) throw accessDenied();
  const body = readBody(ctx);
  for (const [k, v] of Object.entries(body)) {
    if (k === 'Title' && typeof v === 'string' && v.trim() !== '') g.title = v;
    else if (k === 'Description' && (typeof v === 'string' || v === null)) g.description = v;
    else if (k === 'AllowMembersEditMembership' && typeof v === 'boolean') g.allowMembersEditMembership = v;
    else if (k === 'OnlyAllowMembersViewMembership' && typeof v === 'boolean') g.onlyAllowMembersViewMembership = v;
    else throw badRequest(`The emulator cannot update the group property '${k}'.`);
  }
  ctx.mutating = true;
  return emptyResponse(204);
}

/** Role definition MERGE/DELETE; the built-in levels are read-only (SharePoint refuses to change them too). */
export function changeRoleDefinition(ctx: ApiContext, r: RoleDefinition, remove: boolean): EmuResponse {
  requireWebPerm(ctx, Perm.ManagePermissions);
  if (r.roleTypeKind !== 0 || r.id <= 1073741924) throw badRequest('The built-in permission levels cannot be changed or deleted.');
  if (remove) {
    ctx.site.roleDefinitions.delete(r.id);
    ctx.mutating = true;
    return emptyResponse(200, { 'content-length': '0' });
  }
  const body = readBody(ctx);
  for (const [k, v] of Object.entries(body)) {
    if (k === 'Name' && typeof v === 'string') r.name = v;
    else if (k === 'Description' && typeof v === 'string') r.description = v;
    else if (k === 'Order' && typeof v === 'number') r.order = v;
    else if (k === 'BasePermissions' && typeof v === 'object' && v !== null) {
      const bp = v as Record<string, unknown>;
      if ((typeof bp.High !== 'string' && typeof bp.High !== 'number') || (typeof bp.Low !== 'string' && typeof bp.Low !== 'number')) throw badRequest('BasePermissions needs High and Low.');
      r.mask = maskOf(bp.High, bp.Low);
    } else throw badRequest(`The emulator cannot update the role definition property '${k}'.`);
  }
  ctx.mutating = true;
  return emptyResponse(204);
}
