/**
 * Set-up from a web part: is the data site's schema current, may this user set it up, and the one
 * action that does it (the same code as `scripts/setup.ts`). Reading the status costs one round trip of
 * small requests side by side (the Suite settings list's Id probes and its one window of recorded schema
 * versions, the user's permissions on the site), so every part can afford it.
 */
import { PermissionKind } from '@pnp/sp/security';
import '@pnp/sp/security/web';
import { ALL_LISTS, type ListDefinition } from '../../lists';
import { schemaVersion } from '../../lists/schemaVersion';
import { schemaVersionKey, SuiteSettingsList } from '../../lists/suiteSettings';
import { NotFoundError, toDataError } from '../errors';
import { collectPages, scanByIdRange } from '../paging';
import type { DataSite } from '../sp';
import { ensureLists, type ProvisionStep } from './ensureLists';
import { ensurePermissions, planPermissions, type PermissionStep } from './permissions';

/** Prefix of the SharePoint group titles set-up creates (`M365 Suite Workforce`, …). */
export const DEFAULT_GROUP_PREFIX: string = 'M365 Suite';

export interface ISetUpStatus {
  /** Lists whose recorded schema version differs from the code's (missing lists included). */
  outdated: string[];
  /** The user may run set-up: Manage Lists and Manage Permissions on the data site. */
  canSetUp: boolean;
}

function parseVersion(value: string): string | undefined {
  try {
    const parsed = JSON.parse(value) as { version?: unknown };
    return typeof parsed.version === 'string' ? parsed.version : undefined;
  } catch {
    return undefined;
  }
}

/** Compares the schema versions recorded on the site with the code's, and checks the user's rights. */
export async function setUpStatus(site: DataSite, lists: readonly ListDefinition[] = ALL_LISTS): Promise<ISetUpStatus> {
  const recordedVersions = async (): Promise<Map<string, string | undefined>> => {
    try {
      const items = await collectPages(scanByIdRange(site, SuiteSettingsList));
      return new Map(items.map((i) => [i.key, parseVersion(i.value)]));
    } catch (error) {
      // No Suite settings list yet: nothing has been set up.
      if (error instanceof NotFoundError) return new Map();
      throw error;
    }
  };
  const rights = async (): Promise<boolean> => {
    try {
      // One read of the user's effective permissions on the site answers both questions.
      const web = site.sp.web;
      const effective = await web.getCurrentUserEffectivePermissions();
      return web.hasPermissions(effective, PermissionKind.ManageLists) && web.hasPermissions(effective, PermissionKind.ManagePermissions);
    } catch (error) {
      throw await toDataError(error);
    }
  };
  const [versions, canSetUp] = await Promise.all([recordedVersions(), rights()]);
  const outdated = lists.filter((def) => versions.get(schemaVersionKey(def.key)) !== schemaVersion(def)).map((def) => def.title);
  return { outdated, canSetUp };
}

export interface ISetUpResult {
  lists: ProvisionStep[];
  permissions: PermissionStep[];
}

/** Creates or upgrades every list and its permissions. Idempotent; never removes data or hand-made grants. */
export async function runSetUp(site: DataSite, lists: readonly ListDefinition[] = ALL_LISTS, groupPrefix: string = DEFAULT_GROUP_PREFIX): Promise<ISetUpResult> {
  try {
    const listSteps = await ensureLists(site, lists);
    const permissionSteps = await ensurePermissions(site, planPermissions(lists, { groupPrefix }));
    return { lists: listSteps, permissions: permissionSteps };
  } catch (error) {
    // The UI shows a localised message for each typed error, never SharePoint's own text.
    throw await toDataError(error);
  }
}
