/**
 * SharePoint base permissions as 64-bit masks (High << 32 | Low), with the built-in permission
 * levels and role definition ids of an SPO team site (docs/SHAREPOINT_REST_SHAPES.md §2).
 */

export const Perm = {
  ViewListItems: 1n,
  AddListItems: 2n,
  EditListItems: 4n,
  DeleteListItems: 8n,
  ApproveItems: 16n,
  OpenItems: 32n,
  ViewVersions: 64n,
  DeleteVersions: 128n,
  /** Shown in the UI as "Override List Behaviors": exempts from item-level read/write security. */
  CancelCheckout: 256n,
  ManagePersonalViews: 512n,
  ManageLists: 2048n,
  ViewFormPages: 4096n,
  Open: 65536n,
  ViewPages: 131072n,
  AddAndCustomizePages: 262144n,
  CreateSSCSite: 4194304n,
  ManageSubwebs: 8388608n,
  CreateGroups: 16777216n,
  ManagePermissions: 33554432n,
  BrowseDirectories: 67108864n,
  BrowseUserInfo: 134217728n,
  ManageWeb: 1073741824n,
  UseClientIntegration: 16n << 32n,
  UseRemoteAPIs: 32n << 32n,
  CreateAlerts: 128n << 32n,
  EditMyUserInfo: 256n << 32n,
  EnumeratePermissions: 1073741824n << 32n
} as const;

export const OverrideListBehaviors = Perm.CancelCheckout;

export function maskOf(high: number | string, low: number | string): bigint {
  return (BigInt(high) << 32n) | BigInt(low);
}

export function highLow(mask: bigint): { High: string; Low: string } {
  return { High: ((mask >> 32n) & 0xffffffffn).toString(), Low: (mask & 0xffffffffn).toString() };
}

export function has(mask: bigint, perm: bigint): boolean {
  return (mask & perm) === perm;
}

export const FULL_MASK = maskOf('2147483647', '4294967295');

export interface RoleDefinition {
  id: number;
  name: string;
  description: string;
  order: number;
  roleTypeKind: number;
  hidden: boolean;
  mask: bigint;
}

export const ROLE_IDS = {
  LimitedAccess: 1073741825,
  Read: 1073741826,
  Contribute: 1073741827,
  Design: 1073741828,
  FullControl: 1073741829,
  Edit: 1073741830,
  ViewOnly: 1073741924
} as const;

export function builtInRoleDefinitions(): RoleDefinition[] {
  return [
    { id: ROLE_IDS.FullControl, name: 'Full Control', description: 'Has full control.', order: 1, roleTypeKind: 5, hidden: false, mask: FULL_MASK },
    {
      id: ROLE_IDS.Design,
      name: 'Design',
      description: 'Can view, add, update, delete, approve, and customize.',
      order: 32,
      roleTypeKind: 4,
      hidden: false,
      mask: maskOf('432', '1012866047')
    },
    {
      id: ROLE_IDS.Edit,
      name: 'Edit',
      description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
      order: 48,
      roleTypeKind: 6,
      hidden: false,
      mask: maskOf('432', '1011030767')
    },
    {
      id: ROLE_IDS.Contribute,
      name: 'Contribute',
      description: 'Can view, add, update, and delete list items and documents.',
      order: 64,
      roleTypeKind: 3,
      hidden: false,
      mask: maskOf('432', '1011028719')
    },
    {
      id: ROLE_IDS.Read,
      name: 'Read',
      description: 'Can view pages and list items and download documents.',
      order: 128,
      roleTypeKind: 2,
      hidden: false,
      mask: maskOf('176', '138612833')
    },
    {
      id: ROLE_IDS.LimitedAccess,
      name: 'Limited Access',
      description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.',
      order: 160,
      roleTypeKind: 1,
      hidden: true,
      mask: maskOf('48', '134287360')
    },
    {
      id: ROLE_IDS.ViewOnly,
      name: 'View Only',
      description: 'Can view pages, list items, and documents. Document types with server-side file handlers can be viewed in the browser but not downloaded.',
      order: 2147483647,
      roleTypeKind: 0,
      hidden: false,
      mask: maskOf('176', '138612801')
    }
  ];
}
