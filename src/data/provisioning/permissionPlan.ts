/**
 * The suite's permission model as a pure plan, derived from each list's permission intent
 * (`ListDefinition.permissions`); `permissions.ts` brings a site to it.
 *
 * Why custom groups, custom levels and lists with unique permissions: a team site's Members group
 * has Edit, which includes Manage Lists, so any member could switch item-level security off. The
 * data site instead gives every suite group Read on the site (so it can open it) and exactly the
 * level it needs on each list (SHAREPOINT_REST "Item-level security"). Four custom levels are added
 * on top of SharePoint's Read, Contribute and Full Control:
 * - "Contribute without delete": records are evidence (completions, the directory), so contributors
 *   add and edit but never delete; a list that needs deletes names those groups in `delete`;
 * - "Approve": Approve Items (with Edit Items, which approving through REST needs);
 * - "Override item security": Override List Behaviors (`CancelCheckout` in the REST enum), which
 *   exempts its holders from ReadSecurity/WriteSecurity for the whole list;
 * - "Add only": Add Items without Edit Items or Delete Items, for records that must stay as they were
 *   written (a board meeting's closure and its frozen snapshot): SharePoint refuses the holder's MERGE and
 *   DELETE, so nobody but the owners can alter or remove what was added.
 */
import { ListDefinition } from '../../lists/define';
import { SUITE_GROUPS, SUITE_GROUP_KEYS, SuiteGroup } from '../../lists/groups';

export type SuiteRole = 'read' | 'contribute' | 'contributeNoDelete' | 'addOnly' | 'approve' | 'override' | 'fullControl';
export type CustomRoleKey = 'contributeNoDelete' | 'addOnly' | 'approve' | 'override';

/**
 * Who an assignment names: a suite group, or the site's own default Owners group, which keeps Full
 * Control of every list so the people who own the site are never locked out of its lists.
 */
export type PlanPrincipal = SuiteGroup | 'siteOwners';

/** PermissionKind numbers (SHAREPOINT_REST_SHAPES §2.3); kind k is bit k-1 of the 64-bit mask. */
export const KIND = {
  viewListItems: 1,
  addListItems: 2,
  editListItems: 3,
  deleteListItems: 4,
  approveItems: 5,
  openItems: 6,
  viewVersions: 7,
  cancelCheckout: 9,
  manageLists: 12,
  viewFormPages: 13,
  open: 17,
  viewPages: 18,
  browseUserInfo: 28,
  useClientIntegration: 37,
  useRemoteAPIs: 38,
  createAlerts: 40
} as const;

export interface CustomRole {
  readonly role: CustomRoleKey;
  readonly name: string;
  readonly description: string;
  readonly kinds: readonly number[];
}

/** What every custom level includes: open the site and read items through the UI and REST. */
const BASE = [KIND.viewListItems, KIND.openItems, KIND.viewFormPages, KIND.open, KIND.viewPages, KIND.browseUserInfo, KIND.useClientIntegration, KIND.useRemoteAPIs];

export interface PlannedGroup {
  readonly key: SuiteGroup;
  readonly title: string;
  readonly description: string;
}

export interface WebAssignment {
  readonly group: SuiteGroup;
  readonly role: 'read' | 'fullControl';
}

export interface ListAssignment {
  readonly list: ListDefinition;
  readonly group: PlanPrincipal;
  readonly role: SuiteRole;
}

export interface PermissionPlan {
  readonly groups: readonly PlannedGroup[];
  readonly roles: readonly CustomRole[];
  /** Assignments on the data site's web (the site itself). */
  readonly web: readonly WebAssignment[];
  readonly assignments: readonly ListAssignment[];
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

/** Whether a `{High, Low}` mask (numbers or the strings SharePoint sends) holds PermissionKind `kind`. */
export function maskHas(mask: { readonly High: number | string; readonly Low: number | string }, kind: number): boolean {
  const word = kind <= 32 ? Number(mask.Low) : Number(mask.High);
  const bit = kind <= 32 ? kind - 1 : kind - 33;
  return Math.floor(word / Math.pow(2, bit)) % 2 === 1;
}

export interface PlanOptions {
  /** Prefix of every SharePoint group and custom level title, e.g. `M365 Suite`. */
  readonly groupPrefix: string;
}

export const GROUP_LABELS: Readonly<Record<SuiteGroup, string>> = {
  owners: 'Owners',
  workforce: 'Workforce',
  managers: 'Managers',
  trainingLeads: 'Training leads',
  champions: 'Champions',
  evaluationLeads: 'Evaluation leads',
  programme: 'Programme board',
  directoryAdmins: 'Directory admins'
};

/** The four custom permission levels, named with the suite's prefix. */
export function customRoles(groupPrefix: string): CustomRole[] {
  return [
    {
      role: 'contributeNoDelete',
      name: `${groupPrefix} Contribute without delete`,
      description: 'Add and edit items, never delete them: the suite\'s records are evidence.',
      kinds: [...BASE, KIND.addListItems, KIND.editListItems, KIND.viewVersions, KIND.createAlerts]
    },
    {
      role: 'approve',
      name: `${groupPrefix} Approve`,
      description: 'Approve items (content approval) on the lists it is given on.',
      kinds: [...BASE, KIND.editListItems, KIND.approveItems, KIND.viewVersions]
    },
    {
      role: 'override',
      name: `${groupPrefix} Override item security`,
      description: 'Read every item of a list with item-level security (Override List Behaviors).',
      kinds: [...BASE, KIND.cancelCheckout]
    },
    {
      role: 'addOnly',
      name: `${groupPrefix} Add only`,
      description: 'Add items and read them with their versions, never edit or delete them: records stay as written.',
      kinds: [...BASE, KIND.addListItems, KIND.viewVersions]
    }
  ];
}

/** Every suite group with its SharePoint title. */
export function suiteGroupTitles(options: PlanOptions): PlannedGroup[] {
  return SUITE_GROUP_KEYS.map((key) => ({ key, title: `${options.groupPrefix} ${GROUP_LABELS[key]}`, description: SUITE_GROUPS[key] }));
}

/**
 * The whole model: every suite group and custom level (groups exist before the lists that will
 * use them, so owners can fill them in advance), the site-level grants, and each list's grants.
 */
export function planPermissions(lists: readonly ListDefinition[], options: PlanOptions): PermissionPlan {
  const assignments: ListAssignment[] = [];
  for (const list of lists) {
    // Owners keep full control of every list once inheritance is broken.
    assignments.push({ list, group: 'siteOwners', role: 'fullControl' });
    assignments.push({ list, group: 'owners', role: 'fullControl' });
    const p = list.permissions;
    const add = (groups: readonly SuiteGroup[], role: SuiteRole): void =>
      groups
        .filter((g, i, all) => g !== 'owners' && all.indexOf(g) === i)
        .forEach((group) => assignments.push({ list, group, role }));
    // A group that contributes (or only adds) does not also need Read.
    add(p.read.filter((g) => p.contribute.indexOf(g) < 0 && p.append.indexOf(g) < 0), 'read');
    add(p.contribute.filter((g) => p.delete.indexOf(g) < 0), 'contributeNoDelete');
    add(p.contribute.filter((g) => p.delete.indexOf(g) >= 0), 'contribute');
    add(p.append, 'addOnly');
    add(p.approve, 'approve');
    add(p.override, 'override');
  }
  const web: WebAssignment[] = SUITE_GROUP_KEYS.map((group) => ({ group, role: group === 'owners' ? 'fullControl' : 'read' }));
  return { groups: suiteGroupTitles(options), roles: customRoles(options.groupPrefix), web, assignments };
}
