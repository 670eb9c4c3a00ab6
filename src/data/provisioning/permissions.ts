/**
 * Brings a data site to the permission plan (`permissionPlan.ts`): suite groups, custom levels, the
 * site-level grants (suite owners Full Control, every suite group Read), a check of the site's
 * default Members group, and unique permissions on every list.
 *
 * It only adds. On lists it never removes an assignment someone made by hand (it lists them as
 * `extraAssignment` instead); the one grant it removes is the Full Control SharePoint hands the caller
 * when this very run breaks a list's inheritance, and only when the caller keeps control through a
 * site-admin flag or an owners group. On the site, the Members group is changed only with
 * `fixMembers`: without it a Members group that can manage lists is reported on every run, because
 * it is a security finding, not drift. Dry-run mode only reads and reports.
 */
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users';
import { IRoleAssignments } from '@pnp/sp/security';
import { ListDefinition } from '../../lists/define';
import { DataSite, listOf } from '../sp';
import { NotFoundError, toDataError } from '../errors';
import { basePermissionsFor, KIND, maskHas, PermissionPlan, PlanPrincipal, SuiteRole } from './permissionPlan';

export * from './permissionPlan';

export type PermissionStepKind =
  | 'createGroup'
  | 'createRole'
  | 'updateRole'
  | 'breakWebInheritance'
  | 'addWebAssignment'
  | 'membersCanManageLists'
  | 'fixMembers'
  | 'breakInheritance'
  | 'addAssignment'
  | 'removeSetupGrant'
  | 'extraAssignment';

export interface PermissionStep {
  readonly kind: PermissionStepKind;
  readonly detail: string;
}

export interface EnsurePermissionsOptions {
  readonly dryRun?: boolean;
  /** Replace any level of the site's Members group that includes Manage Lists (Edit, Design…) with Read. */
  readonly fixMembers?: boolean;
}

interface Mask {
  readonly High: number | string;
  readonly Low: number | string;
}

interface RoleDefWire {
  readonly Id: number;
  readonly Name: string;
  readonly RoleTypeKind: number;
  readonly BasePermissions: Mask;
}

interface AssignmentWire {
  readonly PrincipalId: number;
  readonly RoleDefinitionBindings?: readonly RoleDefWire[];
}

interface GroupWire {
  readonly Id: number;
  readonly Title: string;
}

/** RoleTypeKind of SharePoint's built-in levels. */
const ROLE_TYPE = { read: 2, contribute: 3, fullControl: 5 } as const;

/** One run's shared state: the steps so far, and the ids of principals and levels as resolved. */
interface Run {
  readonly site: DataSite;
  readonly plan: PermissionPlan;
  readonly dry: boolean;
  readonly steps: PermissionStep[];
  readonly groupIds: Map<PlanPrincipal, number>;
  readonly groupTitles: Map<PlanPrincipal, string>;
  readonly roleIds: Map<SuiteRole, number>;
}

const sameMask = (a: Mask, b: Mask): boolean => Number(a.High) === Number(b.High) && Number(a.Low) === Number(b.Low);

const readAssignments = async (ra: IRoleAssignments): Promise<AssignmentWire[]> =>
  (await ra.expand('RoleDefinitionBindings')()) as AssignmentWire[];

const holds = (current: readonly AssignmentWire[], principal: number | undefined, roleId: number | undefined): boolean =>
  current.some((c) => c.PrincipalId === principal && (c.RoleDefinitionBindings ?? []).some((b) => b.Id === roleId));

async function ensureGroups(run: Run): Promise<void> {
  const web = run.site.sp.web;
  const owners = (await web.associatedOwnerGroup.select('Id', 'Title')()) as GroupWire;
  run.groupIds.set('siteOwners', owners.Id);
  run.groupTitles.set('siteOwners', owners.Title);
  const existing = (await web.siteGroups.select('Id', 'Title')()) as GroupWire[];
  let creatorId: number | undefined;
  for (const g of run.plan.groups) {
    run.groupTitles.set(g.key, g.title);
    const have = existing.filter((x) => x.Title.toLowerCase() === g.title.toLowerCase())[0];
    if (have !== undefined) {
      run.groupIds.set(g.key, have.Id);
      continue;
    }
    run.steps.push({ kind: 'createGroup', detail: g.title });
    if (run.dry) continue;
    // Membership is visible to everyone (the champions directory lists a group's members).
    const created = await web.siteGroups.add({ Title: g.title, Description: g.description, OnlyAllowMembersViewMembership: false });
    run.groupIds.set(g.key, created.Id);
    // SharePoint makes whoever creates a group its first member: the person running set-up would
    // otherwise become a champion, a training lead, a board member… Membership is the owners' choice.
    creatorId = creatorId ?? ((await web.currentUser.select('Id')()) as { Id: number }).Id;
    await web.siteGroups.getById(created.Id).users.removeById(creatorId);
  }
}

async function ensureRoles(run: Run): Promise<void> {
  const web = run.site.sp.web;
  const defs = (await web.roleDefinitions.select('Id', 'Name', 'RoleTypeKind', 'BasePermissions')()) as RoleDefWire[];
  (Object.keys(ROLE_TYPE) as Array<keyof typeof ROLE_TYPE>).forEach((role) => {
    const def = defs.filter((d) => d.RoleTypeKind === ROLE_TYPE[role])[0];
    if (def !== undefined) run.roleIds.set(role, def.Id);
  });
  for (const r of run.plan.roles) {
    const mask = basePermissionsFor(r.kinds);
    const have = defs.filter((d) => d.Name === r.name)[0];
    if (have === undefined) {
      run.steps.push({ kind: 'createRole', detail: `${r.name} (${r.kinds.join(',')})` });
      if (!run.dry) run.roleIds.set(r.role, ((await web.roleDefinitions.add(r.name, r.description, 200, mask)).data as { Id: number }).Id);
      continue;
    }
    run.roleIds.set(r.role, have.Id);
    // The levels are the suite's own: a hand edit (say, Delete added to "without delete") is put back.
    if (!sameMask(have.BasePermissions, mask)) {
      run.steps.push({ kind: 'updateRole', detail: `${r.name}: ${JSON.stringify(have.BasePermissions)} → ${JSON.stringify(mask)}` });
      if (!run.dry) await web.roleDefinitions.getById(have.Id).update({ BasePermissions: mask });
    }
  }
}

async function ensureWeb(run: Run, fixMembers: boolean): Promise<void> {
  const web = run.site.sp.web;
  const info = (await web.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments?: boolean };
  if (info.HasUniqueRoleAssignments === false) {
    // A subweb that inherits cannot take grants of its own; copying keeps what the parent grants.
    run.steps.push({ kind: 'breakWebInheritance', detail: 'the data site inherits its permissions: break inheritance, keeping them' });
    if (!run.dry) await web.breakRoleInheritance(true, false);
  }
  const current = await readAssignments(web.roleAssignments);
  for (const a of run.plan.web) {
    const principal = run.groupIds.get(a.group);
    const roleId = run.roleIds.get(a.role);
    if (holds(current, principal, roleId)) continue;
    run.steps.push({ kind: 'addWebAssignment', detail: `site: ${run.groupTitles.get(a.group) ?? a.group} → ${a.role}` });
    if (!run.dry && principal !== undefined && roleId !== undefined) await web.roleAssignments.add(principal, roleId);
  }

  let members: GroupWire;
  try {
    members = (await web.associatedMemberGroup.select('Id', 'Title')()) as GroupWire;
  } catch (e) {
    const err = await toDataError(e);
    // A site without a default Members group has nothing to check.
    if (err instanceof NotFoundError) return;
    throw err;
  }
  const bindings = current.filter((c) => c.PrincipalId === members.Id).reduce<RoleDefWire[]>((all, c) => all.concat(c.RoleDefinitionBindings ?? []), []);
  const risky = bindings.filter((b) => maskHas(b.BasePermissions, KIND.manageLists));
  if (risky.length === 0) return;
  const names = risky.map((b) => b.Name).join(', ');
  if (!fixMembers) {
    run.steps.push({
      kind: 'membersCanManageLists',
      detail: `"${members.Title}" holds ${names} on the site, which includes Manage Lists: any member could switch item-level security off. Run set-up with --fix-members to replace it with Read.`
    });
    return;
  }
  run.steps.push({ kind: 'fixMembers', detail: `"${members.Title}": ${names} → Read` });
  if (run.dry) return;
  const read = run.roleIds.get('read');
  // Read first, so the members never lose the site between the two calls.
  if (read !== undefined && !holds(current, members.Id, read)) await web.roleAssignments.add(members.Id, read);
  for (const b of risky) await web.roleAssignments.remove(members.Id, b.Id);
}

/** Whether the caller keeps control of a list without their own direct grant. */
async function callerKeepsControl(run: Run, me: { Id: number; IsSiteAdmin: boolean }, def: ListDefinition): Promise<boolean> {
  if (me.IsSiteAdmin) return true;
  const mine = ((await run.site.sp.web.currentUser.groups.select('Id')()) as Array<{ Id: number }>).map((g) => g.Id);
  return run.plan.assignments.some((a) => a.list === def && a.role === 'fullControl' && mine.indexOf(run.groupIds.get(a.group) ?? -1) >= 0);
}

async function ensureListScope(run: Run, def: ListDefinition, me: { Id: number; IsSiteAdmin: boolean }): Promise<void> {
  const list = listOf(run.site, def);
  let info: { HasUniqueRoleAssignments?: boolean };
  try {
    info = (await list.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments?: boolean };
  } catch (e) {
    const err = await toDataError(e);
    // In a dry run on an empty site the lists do not exist yet: report what their set-up will need.
    if (!(err instanceof NotFoundError) || !run.dry) throw err;
    info = { HasUniqueRoleAssignments: false };
  }
  let brokeNow = false;
  if (info.HasUniqueRoleAssignments !== true) {
    run.steps.push({ kind: 'breakInheritance', detail: def.title });
    // copy=false: the list starts from the plan, not from the site's broad Members/Visitors.
    if (!run.dry) {
      await list.breakRoleInheritance(false, false);
      brokeNow = true;
    }
  }
  const current = !run.dry || info.HasUniqueRoleAssignments === true ? await readAssignments(list.roleAssignments) : [];
  const wanted = run.plan.assignments.filter((a) => a.list === def);
  const isWanted = (principal: number, roleId: number): boolean =>
    wanted.some((a) => run.groupIds.get(a.group) === principal && run.roleIds.get(a.role) === roleId);
  for (const a of wanted) {
    const principal = run.groupIds.get(a.group);
    const roleId = run.roleIds.get(a.role);
    if (holds(current, principal, roleId)) continue;
    run.steps.push({ kind: 'addAssignment', detail: `${def.title}: ${run.groupTitles.get(a.group) ?? a.group} → ${a.role}` });
    if (!run.dry && principal !== undefined && roleId !== undefined) await list.roleAssignments.add(principal, roleId);
  }
  // SharePoint gave the caller Full Control when this run broke inheritance: that grant is ours, not
  // hand-made, so it goes once the planned owners hold the list (and the caller keeps control).
  const setupGrant = brokeNow && current.some((c) => c.PrincipalId === me.Id) && (await callerKeepsControl(run, me, def));
  for (const c of current) {
    for (const b of c.RoleDefinitionBindings ?? []) {
      if (isWanted(c.PrincipalId, b.Id)) continue;
      if (setupGrant && c.PrincipalId === me.Id) {
        run.steps.push({ kind: 'removeSetupGrant', detail: `${def.title}: the caller's own ${b.Name} from breaking inheritance` });
        await list.roleAssignments.remove(c.PrincipalId, b.Id);
        continue;
      }
      run.steps.push({ kind: 'extraAssignment', detail: `${def.title}: principal ${c.PrincipalId} holds ${b.Name} (left as is)` });
    }
  }
}

/** Brings the site to the plan. In dry-run mode only reads, and reports what it would do. */
export async function ensurePermissions(site: DataSite, plan: PermissionPlan, opts: EnsurePermissionsOptions = {}): Promise<PermissionStep[]> {
  const run: Run = { site, plan, dry: opts.dryRun === true, steps: [], groupIds: new Map(), groupTitles: new Map(), roleIds: new Map() };
  await ensureGroups(run);
  await ensureRoles(run);
  await ensureWeb(run, opts.fixMembers === true);
  const me = (await site.sp.web.currentUser.select('Id', 'IsSiteAdmin')()) as { Id: number; IsSiteAdmin: boolean };
  const lists = plan.assignments.map((a) => a.list).filter((l, i, all) => all.indexOf(l) === i);
  for (const def of lists) await ensureListScope(run, def, me);
  return run.steps;
}
