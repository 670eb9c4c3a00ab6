import type { SeedContext } from '../emulator/server';
import { ALL_LISTS } from '../../src/lists';
import type { SuiteGroup } from '../../src/lists/groups';
import { ensureLists } from '../../src/data/provisioning/ensureLists';
import { ensurePermissions, planPermissions } from '../../src/data/provisioning/permissions';
import { dataSite, spFromUrl } from '../../src/data/sp';
import { DEFAULT_GROUP_PREFIX } from '../../src/data/provisioning/setUpAction';
import type { IDemoPerson } from './people';
import type { PersonaRole } from './personas';
import { DATA_SITE_PATH, DATA_SITE_STORAGE_KEY } from './seed';
import { seedSlices } from './slices';
import { Rng } from './rng';


const ROLE_GROUPS: Readonly<Record<PersonaRole, readonly SuiteGroup[]>> = {
  officer: [],
  staff: [],
  manager: ['managers'],
  champion: ['champions'],
  board: ['programme'],
  trainingLead: ['trainingLeads'],
  evaluationLead: ['evaluationLeads'],
  owner: ['owners', 'directoryAdmins']
};

export interface IDemoSetUpReport {
  listSteps: number;
  permissionSteps: number;
  slices: Array<{ name: string; items: number }>;
}

/**
 * Sets up the demo data site exactly as a site owner would in a tenant — the suite's real provisioning
 * code over REST, as the owner persona — then fills group memberships and each part's demo data straight
 * into the store. Runs on every start (idempotent), before the journal of the user's edits is replayed.
 */
export async function demoSetUp(ctx: SeedContext & { url: string }, people: readonly IDemoPerson[], ownerUpn: string, today: string): Promise<IDemoSetUpReport> {
  const siteUrl = `${ctx.url}${DATA_SITE_PATH}`;
  ctx.storage.set(DATA_SITE_STORAGE_KEY, siteUrl, 'Absolute URL of the M365 Adoption Suite data site');
  const site = dataSite(spFromUrl(siteUrl, { headers: { 'X-Emulator-User': ownerUpn } }), siteUrl);
  const listSteps = await ensureLists(site, ALL_LISTS);
  const plan = planPermissions(ALL_LISTS, { groupPrefix: DEFAULT_GROUP_PREFIX });
  // A workforce data site must not let Members manage lists (they could switch item-level security off).
  const permissionSteps = await ensurePermissions(site, plan, { fixMembers: true });
  const groupTitles = new Map(plan.groups.map((g) => [g.key, g.title]));

  // Memberships: everyone is in the workforce group; personas also in their role's groups. Straight into
  // the security model, as an admin's bulk add would be (15,000 REST calls would add nothing to the test).
  const security = ctx.security.site(DATA_SITE_PATH);
  const groupOf = (key: SuiteGroup): { memberIds: Set<number> } | undefined => {
    const title = groupTitles.get(key);
    return title === undefined ? undefined : security.groupByName(title);
  };
  const workforce = groupOf('workforce');
  for (const person of people) {
    if (person.leaveDate !== undefined && person.leaveDate <= today) continue;
    const user = security.userByUpn(person.upn);
    if (!user) continue;
    workforce?.memberIds.add(user.id);
    for (const key of person.persona ? ROLE_GROUPS[person.persona.role] : []) groupOf(key)?.memberIds.add(user.id);
  }

  const web = ctx.store.getWeb(DATA_SITE_PATH);
  const owner = security.userByUpn(ownerUpn);
  if (!web || !owner) throw new Error('The data site and its owner must exist before the demo data is seeded');
  const slices = seedSlices({ store: ctx.store, security: ctx.security, dataWeb: web, people, ownerId: owner.id, today, rng: new Rng(1) });
  return { listSteps: listSteps.length, permissionSteps: permissionSteps.length, slices };
}
