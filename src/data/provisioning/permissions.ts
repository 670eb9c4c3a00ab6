/**
 * Permission set-up from each list's permission intent (`ListDefinition.permissions`).
 *
 * Why custom groups and lists with unique permissions: a team site's Members group has Edit, which
 * includes Manage Lists, so any member could switch item-level security off. The data site instead
 * gives each suite group exactly the level it needs on each list (SHAREPOINT_REST "Item-level
 * security"). Two custom levels are added on top of SharePoint's Read and Contribute:
 * - "approve": Approve Items (with Edit Items, which approving through REST needs);
 * - "override": Override List Behaviors (`CancelCheckout` in the REST enum), which exempts its holders
 *   from ReadSecurity/WriteSecurity for the whole list (e.g. training leads reading every record).
 *
 * `planPermissions` is pure; `ensurePermissions` compares with the site and only adds: it never
 * removes an assignment someone made by hand (it lists them instead).
 */
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import { ListDefinition } from '../../lists/define';
import { SUITE_GROUPS, SuiteGroup } from '../../lists/groups';
import { DataSite, listOf } from '../sp';
import { NotFoundError, toDataError } from '../errors';

export type SuiteRole = 'read' | 'contribute' | 'approve' | 'override' | 'fullControl';

/** PermissionKind numbers (SHAREPOINT_REST_SHAPES §2.3). */
const KIND = {
  viewListItems: 1,
  editListItems: 3,
  approveItems: 5,
  openItems: 6,
  viewVersions: 7,
  cancelCheckout: 9,
  viewFormPages: 13,
  open: 17,
  viewPages: 18,
  browseUserInfo: 28,
  useClientIntegration: 37,
  useRemoteAPIs: 38
} as const;

export interface CustomRole {
  readonly role: 'approve' | 'override';
  readonly name: string;
  readonly description: string;
  readonly kinds: readonly number[];
}

const BASE = [KIND.viewListItems, KIND.openItems, KIND.viewFormPages, KIND.open, KIND.viewPages, KIND.browseUserInfo, KIND.useClientIntegration, KIND.useRemoteAPIs];

export interface PermissionPlan {
  readonly groups: ReadonlyArray<{ readonly key: SuiteGroup; readonly title: string; readonly description: string }>;
  readonly roles: readonly CustomRole[];
  readonly assignments: ReadonlyArray<{ readonly list: ListDefinition; readonly group: SuiteGroup; readonly role: SuiteRole }>;
}

/** `{High, Low}` masks for a set of PermissionKind numbers: kind k sets bit k-1 of the 64-bit mask. */
export function basePermissionsFor(kinds: readonly number[]): { High: number; Low: number } {
  let low = 0;
  let high = 0;
  kinds
    .filter((k, i, all) => all.indexOf(k) === i)
    .forEach((k) => {
      // Arithmetic, not bit shifts: JavaScript shifts are 32-bit signed and bit 31 would go negative.
      if (k <= 32) low += Math.pow(2, k - 1);
      else high += Math.pow(2, k - 33);
    });
  return { High: high, Low: low };
}

export interface PlanOptions {
  /** Prefix of every SharePoint group title, e.g. `M365 Suite`. */
  readonly groupPrefix: string;
}

const GROUP_LABELS: Readonly<Record<SuiteGroup, string>> = {
  owners: 'Owners',
  workforce: 'Workforce',
  managers: 'Managers',
  trainingLeads: 'Training leads',
  champions: 'Champions',
  evaluationLeads: 'Evaluation leads',
  programme: 'Programme',
  directoryAdmins: 'Directory admins'
};

/** The groups, custom levels and list assignments the lists' intent asks for. */
export function planPermissions(lists: readonly ListDefinition[], options: PlanOptions): PermissionPlan {
  const roles: CustomRole[] = [
    {
      role: 'approve',
      name: `${options.groupPrefix} Approve`,
      description: 'Approve items (content approval) on the lists it is given on.',
      kinds: [...BASE, KIND.editListItems, KIND.approveItems, KIND.viewVersions]
    },
    {
      role: 'override',
      name: `${options.groupPrefix} Override item security`,
      description: 'Read every item of a list with item-level security (Override List Behaviors).',
      kinds: [...BASE, KIND.cancelCheckout]
    }
  ];
  const assignments: Array<{ list: ListDefinition; group: SuiteGroup; role: SuiteRole }> = [];
  const used: SuiteGroup[] = [];
  const use = (g: SuiteGroup): void => {
    if (used.indexOf(g) < 0) used.push(g);
  };
  for (const list of lists) {
    // Owners keep full control of every list once inheritance is broken.
    assignments.push({ list, group: 'owners', role: 'fullControl' });
    const p = list.permissions;
    const add = (groups: readonly SuiteGroup[], role: SuiteRole): void =>
      groups.filter((g) => g !== 'owners').forEach((group) => {
        use(group);
        assignments.push({ list, group, role });
      });
    // A group that contributes does not also need Read.
    add(p.read.filter((g) => p.contribute.indexOf(g) < 0), 'read');
    add(p.contribute, 'contribute');
    add(p.approve, 'approve');
    add(p.override, 'override');
  }
  return {
    groups: used.map((key) => ({ key, title: `${options.groupPrefix} ${GROUP_LABELS[key]}`, description: SUITE_GROUPS[key] })),
    roles: roles.filter((r) => assignments.some((a) => a.role === r.role)),
    assignments
  };
}

export interface PermissionStep {
  readonly kind: 'createGroup' | 'createRole' | 'breakInheritance' | 'addAssignment' | 'extraAssignment';
  readonly detail: string;
}

interface RoleDefWire {
  readonly Id: number;
  readonly Name: string;
  readonly RoleTypeKind: number;
}

interface AssignmentWire {
  readonly PrincipalId: number;
  readonly RoleDefinitionBindings?: ReadonlyArray<{ readonly Id: number }>;
}

/** RoleTypeKind of SharePoint's built-in levels. */
const ROLE_TYPE = { read: 2, contribute: 3, fullControl: 5 } as const;

/** Brings the site to the plan. In dry-run mode only reads, and reports what it would do. */
export async function ensurePermissions(site: DataSite, plan: PermissionPlan, opts: { readonly dryRun?: boolean } = {}): Promise<PermissionStep[]> {
  const steps: PermissionStep[] = [];
  const dry = opts.dryRun === true;
  const web = site.sp.web;

  const groupIds = new Map<SuiteGroup, number>();
  const owners = (await web.associatedOwnerGroup.select('Id', 'Title')()) as { Id: number; Title: string };
  groupIds.set('owners', owners.Id);
  const existingGroups = (await web.siteGroups.select('Id', 'Title')()) as Array<{ Id: number; Title: string }>;
  for (const g of plan.groups) {
    const have = existingGroups.filter((x) => x.Title.toLowerCase() === g.title.toLowerCase())[0];
    if (have !== undefined) {
      groupIds.set(g.key, have.Id);
      continue;
    }
    steps.push({ kind: 'createGroup', detail: g.title });
    if (!dry) groupIds.set(g.key, (await web.siteGroups.add({ Title: g.title, Description: g.description })).Id);
  }

  const roleIds = new Map<SuiteRole, number>();
  const defs = (await web.roleDefinitions.select('Id', 'Name', 'RoleTypeKind')()) as RoleDefWire[];
  (Object.keys(ROLE_TYPE) as Array<keyof typeof ROLE_TYPE>).forEach((role) => {
    const def = defs.filter((d) => d.RoleTypeKind === ROLE_TYPE[role])[0];
    if (def !== undefined) roleIds.set(role, def.Id);
  });
  for (const r of plan.roles) {
    const have = defs.filter((d) => d.Name === r.name)[0];
    if (have !== undefined) {
      roleIds.set(r.role, have.Id);
      continue;
    }
    steps.push({ kind: 'createRole', detail: `${r.name} (${r.kinds.join(',')})` });
    if (!dry) {
      const created = await web.roleDefinitions.add(r.name, r.description, 200, basePermissionsFor(r.kinds));
      roleIds.set(r.role, (created.data as { Id: number }).Id);
    }
  }

  const lists = plan.assignments.map((a) => a.list).filter((l, i, all) => all.indexOf(l) === i);
  for (const def of lists) {
    const list = listOf(site, def);
    let info: { HasUniqueRoleAssignments?: boolean };
    try {
      info = (await list.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments?: boolean };
    } catch (e) {
      const err = await toDataError(e);
      // In a dry run on an empty site the lists do not exist yet: report what their set-up will need.
      if (!(err instanceof NotFoundError) || !dry) throw err;
      info = { HasUniqueRoleAssignments: false };
    }
    let current: AssignmentWire[] = [];
    if (info.HasUniqueRoleAssignments !== true) {
      steps.push({ kind: 'breakInheritance', detail: def.title });
      // copy=false: the list starts from the plan, not from the site's broad Members/Visitors.
      if (!dry) await list.breakRoleInheritance(false, false);
    }
    if (!dry || info.HasUniqueRoleAssignments === true) {
      current = (await list.roleAssignments.expand('RoleDefinitionBindings')()) as AssignmentWire[];
    }
    const wanted = plan.assignments.filter((a) => a.list === def);
    const isWanted = (principal: number, roleId: number): boolean =>
      wanted.some((a) => groupIds.get(a.group) === principal && roleIds.get(a.role) === roleId);
    for (const a of wanted) {
      const principal = groupIds.get(a.group);
      const roleId = roleIds.get(a.role);
      const held = current.some((c) => c.PrincipalId === principal && (c.RoleDefinitionBindings ?? []).some((b) => b.Id === roleId));
      if (held) continue;
      steps.push({ kind: 'addAssignment', detail: `${def.title}: ${a.group} → ${a.role}` });
      if (!dry && principal !== undefined && roleId !== undefined) await list.roleAssignments.add(principal, roleId);
    }
    current.forEach((c) =>
      (c.RoleDefinitionBindings ?? []).forEach((b) => {
        if (!isWanted(c.PrincipalId, b.Id)) steps.push({ kind: 'extraAssignment', detail: `${def.title}: principal ${c.PrincipalId} holds role ${b.Id} (left as is)` });
      })
    );
  }
  return steps;
}
