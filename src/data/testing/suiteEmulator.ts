/**
 * An emulator with the suite set up as in a tenant: the site owner runs the real set-up (lists, groups,
 * permission levels), then each person joins their suite groups — the start of every data-layer test
 * that needs SharePoint's permissions.
 */
import { GROUP_LABELS } from '../provisioning/permissionPlan';
import { DEFAULT_GROUP_PREFIX, runSetUp } from '../provisioning/setUpAction';
import type { SuiteGroup } from '../../lists/groups';
import { emulatorSite, startEmulator, type RunningEmulatorLike } from './emulator';

export interface ISuitePerson {
  upn: string;
  title: string;
  groups: readonly SuiteGroup[];
}

export interface ISuiteEmulatorOptions {
  /** The server's clock: `offsetMs` runs it from another day (what it stamps as Created and Modified). */
  clock?: { fixed?: string; offsetMs?: number };
}

export async function startSuiteEmulator(owner: { upn: string; title: string }, people: readonly ISuitePerson[], options: ISuiteEmulatorOptions = {}): Promise<RunningEmulatorLike> {
  const emu = await startEmulator({
    users: [{ upn: owner.upn, title: owner.title, defaultRole: 'owner' }, ...people.map((p) => ({ upn: p.upn, title: p.title, defaultRole: 'none' }))],
    defaultUser: owner.upn,
    ...(options.clock !== undefined ? { clock: options.clock } : {})
  });
  const site = emulatorSite(emu, owner.upn);
  await runSetUp(site);
  for (const person of people) {
    for (const group of person.groups) {
      await site.sp.web.siteGroups.getByName(`${DEFAULT_GROUP_PREFIX} ${GROUP_LABELS[group]}`).users.add(`i:0#.f|membership|${person.upn}`);
    }
  }
  return emu;
}
