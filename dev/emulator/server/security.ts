import { accessDenied, ensureUserFailed, groupNotFound, inheritsPermissions, roleDefinitionNotFound, userNotFound } from './errors';
import { RestError } from './http-types';
import { builtInRoleDefinitions, FULL_MASK, has, ROLE_IDS, type RoleDefinition } from './permissions';

/**
 * The security model: a tenant directory of people, and per site collection the site users (with
 * their own ids: the same person has different ids on different sites, as in SharePoint), groups,
 * permission levels and role assignments on webs and lists, with inheritance that can be broken.
 */

export type DefaultRole = 'owner' | 'member' | 'visitor' | 'none';

export interface DirectoryUser {
  upn: string;
  title: string;
  email?: string;
  /** Site collection administrator on every site (gets Full Control everywhere). */
  isSiteAdmin?: boolean;
  /** Default group membership on every site (default 'member'). */
  defaultRole?: DefaultRole;
  jobTitle?: string;
  department?: string;
}

export interface SiteUser {
  id: number;
  upn: string;
  loginName: string;
  title: string;
  email: string;
  isSiteAdmin: boolean;
  jobTitle: string;
  department: string;
}

export interface SiteGroup {
  id: number;
  title: string;
  description: string | null;
  ownerId: number;
  memberIds: Set<number>;
  allowMembersEditMembership: boolean;
  onlyAllowMembersViewMembership: boolean;
}

export type Scope = { kind: 'web'; webPath: string } | { kind: 'list'; webPath: string; listId: string };

export function loginNameFor(upn: string): string {
  return `i:0#.f|membership|${upn.toLowerCase()}`;
}

/** Accepts a claims login, a bare UPN, or `i:0#.f|membership|upn`; returns the lower-cased UPN. */
export function upnFromLogin(login: string): string {
  const m = /^i:0#\.f\|membership\|(.+)$/i.exec(login.trim());
  return (m ? m[1] : login).trim().toLowerCase();
}

/** `/sites/x/sub` → `/sites/x`; anything outside /sites or /teams belongs to the root site (''). */
export function siteUrlOf(webPath: string): string {
  const m = /^\/(sites|teams)\/[^/]+/i.exec(webPath);
  return m ? m[0] : '';
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function scopeKey(scope: Scope): string {
  return scope.kind === 'web' ? `web:${scope.webPath.toLowerCase()}` : `list:${scope.listId.toLowerCase()}`;
}

export class SiteSecurity {
  public readonly users = new Map<number, SiteUser>();
  /** upn → user: the demo directory holds thousands of people, so lookups must not scan. */
  private readonly byUpn = new Map<string, SiteUser>();
  public readonly groups = new Map<number, SiteGroup>();
  public readonly roleDefinitions = new Map<number, RoleDefinition>();
  /** scope key → principal id → role definition ids. A key is present only for unique scopes. */
  private readonly assignments = new Map<string, Map<number, Set<number>>>();
  private nextPrincipalId: number;
  private nextRoleDefId = ROLE_IDS.ViewOnly + 1;

  public constructor(public readonly siteUrl: string, siteTitle: string, directory: DirectoryUser[]) {
    for (const def of builtInRoleDefinitions()) this.roleDefinitions.set(def.id, def);
    // Owners 3, Visitors 4, Members 5 as on a team site; user ids start at a site-specific offset so a
    // user id read on one site is (usually) wrong on another, as in SharePoint.
    const owners = this.addGroupWithId(3, `${siteTitle} Owners`, 3);
    const visitors = this.addGroupWithId(4, `${siteTitle} Visitors`, 3);
    const members = this.addGroupWithId(5, `${siteTitle} Members`, 3);
    members.allowMembersEditMembership = true;
    this.nextPrincipalId = 10 + (fnv1a(siteUrl.toLowerCase()) % 17);
    const root = new Map<number, Set<number>>();
    root.set(owners.id, new Set<number>([ROLE_IDS.FullControl]));
    root.set(members.id, new Set<number>([ROLE_IDS.Edit]));
    root.set(visitors.id, new Set<number>([ROLE_IDS.Read]));
    this.assignments.set(scopeKey({ kind: 'web', webPath: siteUrl }), root);
    for (const d of directory) {
      const u = this.addUser(d);
      const role = d.defaultRole ?? 'member';
      if (role === 'owner') owners.memberIds.add(u.id);
      else if (role === 'member') members.memberIds.add(u.id);
      else if (role === 'visitor') visitors.memberIds.add(u.id);
    }
  }

  private addGroupWithId(id: number, title: string, ownerId: number): SiteGroup {
    const g: SiteGroup = { id, title, description: null, ownerId, memberIds: new Set(), allowMembersEditMembership: false, onlyAllowMembersViewMembership: false };
    this.groups.set(id, g);
    return g;
  }

  public addUser(d: DirectoryUser): SiteUser {
    const existing = this.userByUpn(d.upn);
    if (existing) return existing;
    const upn = d.upn.toLowerCase();
    const u: SiteUser = {
      id: this.nextPrincipalId++,
      upn,
      loginName: loginNameFor(upn),
      title: d.title,
      email: d.email ?? upn,
      isSiteAdmin: d.isSiteAdmin === true,
      jobTitle: d.jobTitle ?? '',
      department: d.department ?? ''
    };
    this.users.set(u.id, u);
    this.byUpn.set(upn, u);
    return u;
  }

  public userByUpn(upn: string): SiteUser | undefined {
    return this.byUpn.get(upnFromLogin(upn));
  }

  public requireUser(id: number): SiteUser {
    const u = this.users.get(id);
    if (!u) throw userNotFound();
    return u;
  }

  public createGroup(title: string, ownerId: number, props: Partial<Pick<SiteGroup, 'description' | 'allowMembersEditMembership' | 'onlyAllowMembersViewMembership'>> = {}): SiteGroup {
    if (this.groupByName(title)) {
      throw new RestError(400, '-2130575293, Microsoft.SharePoint.SPException', `The specified name is already in use.`);
    }
    const g = this.addGroupWithId(this.nextPrincipalId++, title, ownerId);
    g.description = props.description ?? null;
    g.allowMembersEditMembership = props.allowMembersEditMembership ?? false;
    g.onlyAllowMembersViewMembership = props.onlyAllowMembersViewMembership ?? false;
    return g;
  }

  public groupByName(name: string): SiteGroup | undefined {
    for (const g of this.groups.values()) if (g.title.toLowerCase() === name.toLowerCase()) return g;
    return undefined;
  }

  public requireGroup(idOrName: number | string): SiteGroup {
    const g = typeof idOrName === 'number' ? this.groups.get(idOrName) : this.groupByName(idOrName);
    if (!g) throw groupNotFound();
    return g;
  }

  public groupsOf(userId: number): SiteGroup[] {
    return [...this.groups.values()].filter((g) => g.memberIds.has(userId));
  }

  public principalExists(id: number): boolean {
    return this.users.has(id) || this.groups.has(id);
  }

  public addRoleDefinition(def: { name: string; description: string; order: number; mask: bigint }): RoleDefinition {
    if ([...this.roleDefinitions.values()].some((r) => r.name.toLowerCase() === def.name.toLowerCase())) {
      throw new RestError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The role definition name is already in use.');
    }
    const r: RoleDefinition = { id: this.nextRoleDefId++, name: def.name, description: def.description, order: def.order, roleTypeKind: 0, hidden: false, mask: def.mask };
    this.roleDefinitions.set(r.id, r);
    return r;
  }

  public requireRoleDefinition(idOrName: number | string): RoleDefinition {
    const r =
      typeof idOrName === 'number'
        ? this.roleDefinitions.get(idOrName)
        : [...this.roleDefinitions.values()].find((d) => d.name.toLowerCase() === idOrName.toLowerCase());
    if (!r) throw roleDefinitionNotFound();
    return r;
  }

  public hasUniqueAssignments(scope: Scope): boolean {
    return this.assignments.has(scopeKey(scope));
  }

  /** The first scope at or above `scope` that has its own assignments (the site root web always does). */
  public effectiveScope(scope: Scope): Scope {
    if (this.hasUniqueAssignments(scope)) return scope;
    let path = scope.kind === 'list' ? scope.webPath : scope.webPath.replace(/\/[^/]*$/, '');
    while (path.length >= this.siteUrl.length) {
      const candidate: Scope = { kind: 'web', webPath: path };
      if (this.hasUniqueAssignments(candidate)) return candidate;
      if (path === this.siteUrl || path === '') break;
      path = path.replace(/\/[^/]*$/, '');
    }
    return { kind: 'web', webPath: this.siteUrl };
  }

  public assignmentsOf(scope: Scope): Map<number, Set<number>> {
    return this.assignments.get(scopeKey(this.effectiveScope(scope))) ?? new Map();
  }

  public permissionsOf(userId: number, scope: Scope): bigint {
    const user = this.users.get(userId);
    if (!user) return 0n;
    if (user.isSiteAdmin) return FULL_MASK;
    const principals = new Set<number>([userId, ...this.groupsOf(userId).map((g) => g.id)]);
    let mask = 0n;
    for (const [principal, roles] of this.assignmentsOf(scope)) {
      if (!principals.has(principal)) continue;
      for (const roleId of roles) mask |= this.roleDefinitions.get(roleId)?.mask ?? 0n;
    }
    return mask;
  }

  public breakInheritance(scope: Scope, copyRoleAssignments: boolean, clearSubscopes: boolean, callerId: number | undefined): void {
    const key = scopeKey(scope);
    if (!this.assignments.has(key)) {
      const copy = new Map<number, Set<number>>();
      if (copyRoleAssignments) {
        for (const [p, roles] of this.assignmentsOf(scope)) copy.set(p, new Set(roles));
      } else if (callerId !== undefined) {
        // SharePoint leaves the caller with Full Control so they cannot lock themselves out.
        copy.set(callerId, new Set([ROLE_IDS.FullControl]));
      }
      this.assignments.set(key, copy);
    }
    if (clearSubscopes && scope.kind === 'web') this.clearSubscopes(scope.webPath);
  }

  /** Makes every unique scope below a web inherit again (lists of that web and its subwebs). */
  private clearSubscopes(webPath: string): void {
    const prefix = `web:${webPath.toLowerCase()}/`;
    for (const key of [...this.assignments.keys()]) {
      if (key.startsWith(prefix)) this.assignments.delete(key);
    }
    for (const key of [...this.listWebs.keys()]) {
      const w = this.listWebs.get(key) ?? '';
      if (w.toLowerCase() === webPath.toLowerCase() || w.toLowerCase().startsWith(`${webPath.toLowerCase()}/`)) this.assignments.delete(key);
    }
  }

  /** list scope key → web path, so clearSubscopes can find the lists of a web. */
  private readonly listWebs = new Map<string, string>();

  public noteList(scope: Scope): void {
    if (scope.kind === 'list') this.listWebs.set(scopeKey(scope), scope.webPath);
  }

  public resetInheritance(scope: Scope): void {
    if (scope.kind === 'web' && scope.webPath.toLowerCase() === this.siteUrl.toLowerCase()) {
      throw new RestError(400, '-2146232832, Microsoft.SharePoint.SPException', 'You cannot reset the permissions of the root web of a site collection.');
    }
    this.assignments.delete(scopeKey(scope));
  }

  public addRoleAssignment(scope: Scope, principalId: number, roleDefId: number): void {
    const own = this.assignments.get(scopeKey(scope));
    if (!own) throw inheritsPermissions();
    if (!this.principalExists(principalId)) throw userNotFound();
    this.requireRoleDefinition(roleDefId);
    const roles = own.get(principalId) ?? new Set<number>();
    roles.add(roleDefId);
    own.set(principalId, roles);
    if (scope.kind === 'list') {
      // As SharePoint does, a principal given access to a list gets Limited Access on the web that
      // holds the list's parent permissions, so it can open the site to reach the list.
      const webKey = scopeKey(this.effectiveScope({ kind: 'web', webPath: scope.webPath }));
      const webAssignments = this.assignments.get(webKey);
      if (webAssignments && !webAssignments.has(principalId)) webAssignments.set(principalId, new Set([ROLE_IDS.LimitedAccess]));
    }
  }

  public removeRoleAssignment(scope: Scope, principalId: number, roleDefId: number | undefined): void {
    const own = this.assignments.get(scopeKey(scope));
    if (!own) throw inheritsPermissions();
    const roles = own.get(principalId);
    if (!roles) return;
    if (roleDefId === undefined) roles.clear();
    else roles.delete(roleDefId);
    if (roles.size === 0) own.delete(principalId);
  }

  /** Whether `userId` may change the membership of `group` (owner, group-owner group member, or member when allowed). */
  public canEditMembership(userId: number, group: SiteGroup, webMask: bigint): boolean {
    if (has(webMask, 33554432n)) return true;
    if (group.ownerId === userId) return true;
    const ownerGroup = this.groups.get(group.ownerId);
    if (ownerGroup?.memberIds.has(userId)) return true;
    return group.allowMembersEditMembership && group.memberIds.has(userId);
  }
}

export class SecurityModel {
  private readonly directory = new Map<string, DirectoryUser>();
  private readonly sites = new Map<string, SiteSecurity>();

  public constructor(users: DirectoryUser[], private readonly siteTitle: (siteUrl: string) => string) {
    for (const u of users) this.directory.set(u.upn.toLowerCase(), { ...u, upn: u.upn.toLowerCase() });
  }

  public directoryUsers(): DirectoryUser[] {
    return [...this.directory.values()];
  }

  public directoryUser(upnOrLogin: string): DirectoryUser | undefined {
    return this.directory.get(upnFromLogin(upnOrLogin));
  }

  /** Site security for the site collection that contains `webPath`, created on first use. */
  public site(webPath: string): SiteSecurity {
    const siteUrl = siteUrlOf(webPath);
    const key = siteUrl.toLowerCase();
    let s = this.sites.get(key);
    if (!s) {
      s = new SiteSecurity(siteUrl, this.siteTitle(siteUrl), this.directoryUsers());
      this.sites.set(key, s);
    }
    return s;
  }

  /** The caller as a site user; every directory user is present on every site. */
  public siteUser(webPath: string, upn: string): SiteUser {
    const site = this.site(webPath);
    const u = site.userByUpn(upn);
    if (u) return u;
    const d = this.directoryUser(upn);
    if (!d) throw accessDenied();
    return site.addUser(d);
  }

  /** ensureuser: resolve a login against the directory and make sure the user exists on the site. */
  public ensureUser(webPath: string, logonName: string): SiteUser {
    const d = this.directoryUser(logonName);
    if (!d) throw ensureUserFailed(upnFromLogin(logonName));
    return this.site(webPath).addUser(d);
  }
}
