/**
 * Issue 4's must-demonstrate: set-up against an empty emulator site creates the groups, permission
 * levels, lists and indexes; a second run reports no changes; a workforce user cannot change list
 * settings. Security is shown by direct REST as each user, so the answers are SharePoint's own
 * (the emulator's), not the app's opinion; then item-level security on the training completions,
 * and a schema upgrade that keeps the items a list already holds.
 */
import { startEmulator, emulatorSite, RunningEmulatorLike, EMULATOR_WEB } from '../testing/emulator';
import { restAs, RestAnswer, RestCall } from '../testing/rest';
import { ensureLists, recordedSchemaVersion } from './ensureLists';
import { ensurePermissions, KIND, maskHas, planPermissions } from './permissions';
import { ALL_LISTS, f, fieldEntries, ListDefinition, PeopleList, schemaVersion, TrainingCompletionsList, TrainingModulesList } from '../../lists';
import { listOf, DataSite } from '../sp';
import { createItem } from '../writes';

const OWNER = 'olivia.owner@kent.police.uk';
const PC_ONE = 'pc.one@kent.police.uk';
const PC_TWO = 'pc.two@essex.police.uk';
const LEAD = 'lee.lead@kent.police.uk';

const USERS = [
  // A site owner (site Owners group), not a site collection admin: set-up must work with that.
  { upn: OWNER, title: 'Olivia Owner', defaultRole: 'owner' },
  // In the site's default Members group (Edit) until set-up runs with --fix-members.
  { upn: PC_ONE, title: 'PC One', defaultRole: 'member' },
  { upn: PC_TWO, title: 'PC Two', defaultRole: 'none' },
  { upn: LEAD, title: 'Lee Lead', defaultRole: 'none' }
];

const PREFIX = 'M365 Suite';
const plan = planPermissions(ALL_LISTS, { groupPrefix: PREFIX });
const ACCESS_DENIED = {
  'odata.error': {
    code: '-2147024891, System.UnauthorizedAccessException',
    message: { lang: 'en-US', value: 'Access denied. You do not have permission to perform this action or access this resource.' }
  }
};

let emu: RunningEmulatorLike;
let site: DataSite;
let webUrl: string;

const login = (upn: string): string => `i:0#.f|membership|${upn}`;
const byTitle = (def: ListDefinition): string => `_api/web/lists/getByTitle('${encodeURIComponent(def.title)}')`;
const ids = (answer: RestAnswer): number[] => ((answer.body as { value: Array<{ Id: number }> }).value ?? []).map((i) => i.Id);

async function groupId(title: string): Promise<number> {
  return ((await site.sp.web.siteGroups.getByName(title).select('Id')()) as { Id: number }).Id;
}

async function roleId(name: string): Promise<number> {
  return ((await site.sp.web.roleDefinitions.getByName(name).select('Id')()) as { Id: number }).Id;
}

async function addToGroup(title: string, upn: string): Promise<void> {
  await site.sp.web.siteGroups.getByName(title).users.add(login(upn));
}

beforeAll(async () => {
  emu = await startEmulator({ users: USERS, defaultUser: OWNER });
  site = emulatorSite(emu, OWNER);
  webUrl = `${emu.url}${EMULATOR_WEB}`;
});

afterAll(async () => {
  await emu.close();
});

describe('set-up against an empty site', () => {
  it('dry-run reports the work, including the Members group\'s Edit, and changes nothing', async () => {
    const listSteps = await ensureLists(site, ALL_LISTS, { dryRun: true });
    expect(listSteps.filter((s) => s.kind === 'createList').map((s) => s.list)).toEqual(ALL_LISTS.map((l) => l.title));
    expect(listSteps.filter((s) => s.kind === 'recordSchemaVersion')).toHaveLength(ALL_LISTS.length);
    const report = await ensurePermissions(site, plan, { dryRun: true });
    expect(report.filter((s) => s.kind === 'membersCanManageLists')).toEqual([
      { kind: 'membersCanManageLists', detail: expect.stringContaining('"Dev Members" holds Edit on the site') }
    ]);
    const fix = await ensurePermissions(site, plan, { dryRun: true, fixMembers: true });
    expect(fix.filter((s) => s.kind === 'fixMembers')).toEqual([{ kind: 'fixMembers', detail: '"Dev Members": Edit → Read' }]);
    expect(((await site.sp.web.lists.select('Title')()) as Array<{ Title: string }>).map((l) => l.Title)).not.toContain('People');
    expect(((await site.sp.web.siteGroups.select('Title')()) as Array<{ Title: string }>).map((g) => g.Title)).not.toContain('M365 Suite Workforce');
  });

  it('creates the lists and the permission model, then a second run (and a dry run) has nothing to do', async () => {
    const listSteps = await ensureLists(site, ALL_LISTS);
    expect(listSteps.filter((s) => s.kind === 'createList').map((s) => s.list)).toEqual(ALL_LISTS.map((l) => l.title));
    const steps = await ensurePermissions(site, plan, { fixMembers: true });
    const count = (kind: string): number => steps.filter((s) => s.kind === kind).length;
    expect(count('createGroup')).toBe(8);
    expect(count('createRole')).toBe(4);
    expect(count('addWebAssignment')).toBe(8);
    expect(count('fixMembers')).toBe(1);
    expect(count('breakInheritance')).toBe(ALL_LISTS.length);
    // The caller's own Full Control from breaking inheritance is removed; nothing hand-made is listed.
    expect(count('removeSetupGrant')).toBe(ALL_LISTS.length);
    expect(count('extraAssignment')).toBe(0);

    expect(await ensureLists(site, ALL_LISTS)).toEqual([]);
    expect(await ensurePermissions(site, plan, { fixMembers: true })).toEqual([]);
    expect(await ensureLists(site, ALL_LISTS, { dryRun: true })).toEqual([]);
    expect(await ensurePermissions(site, plan, { dryRun: true })).toEqual([]);
  });

  it('created the suite groups with their titles', async () => {
    const titles = ((await site.sp.web.siteGroups.select('Title')()) as Array<{ Title: string }>).map((g) => g.Title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'M365 Suite Owners',
        'M365 Suite Workforce',
        'M365 Suite Managers',
        'M365 Suite Training leads',
        'M365 Suite Champions',
        'M365 Suite Programme board',
        'M365 Suite Evaluation leads',
        'M365 Suite Directory admins'
      ])
    );
  });

  it('leaves the person who ran set-up out of the groups it created, and lets everyone see who is in them', async () => {
    const groups = (await site.sp.web.siteGroups.select('Id', 'Title', 'OnlyAllowMembersViewMembership')()) as Array<{ Id: number; Title: string; OnlyAllowMembersViewMembership: boolean }>;
    const suite = groups.filter((g) => g.Title.indexOf('M365 Suite ') === 0);
    expect(suite.length).toBeGreaterThanOrEqual(8);
    for (const g of suite) {
      const members = (await site.sp.web.siteGroups.getById(g.Id).users.select('Id')()) as Array<{ Id: number }>;
      expect([g.Title, members.length, g.OnlyAllowMembersViewMembership]).toEqual([g.Title, 0, false]);
    }
  });

  it('created the custom permission levels with the right base permissions, none with Manage Lists', async () => {
    const level = async (name: string): Promise<{ High: string; Low: string }> =>
      ((await site.sp.web.roleDefinitions.getByName(`${PREFIX} ${name}`).select('BasePermissions')()) as { BasePermissions: { High: string; Low: string } })
        .BasePermissions;
    const noDelete = await level('Contribute without delete');
    expect(maskHas(noDelete, KIND.addListItems) && maskHas(noDelete, KIND.editListItems)).toBe(true);
    expect(maskHas(noDelete, KIND.deleteListItems)).toBe(false);
    expect(maskHas(await level('Approve'), KIND.approveItems)).toBe(true);
    expect(maskHas(await level('Override item security'), KIND.cancelCheckout)).toBe(true);
    const addOnly = await level('Add only');
    expect(maskHas(addOnly, KIND.addListItems) && maskHas(addOnly, KIND.viewListItems)).toBe(true);
    expect(maskHas(addOnly, KIND.editListItems) || maskHas(addOnly, KIND.deleteListItems)).toBe(false);
    for (const name of ['Contribute without delete', 'Approve', 'Override item security', 'Add only']) {
      expect(maskHas(await level(name), KIND.manageLists)).toBe(false);
    }
  });

  it('gives suite owners Full Control and every suite group Read on the site, and the Members group only Read', async () => {
    type Wire = Array<{ PrincipalId: number; RoleDefinitionBindings: Array<{ Name: string }> }>;
    const web = (await site.sp.web.roleAssignments.expand('RoleDefinitionBindings')()) as Wire;
    const held = (principal: number): string[] =>
      web.filter((a) => a.PrincipalId === principal).reduce<string[]>((all, a) => all.concat(a.RoleDefinitionBindings.map((b) => b.Name)), []);
    for (const g of plan.groups) {
      expect(held(await groupId(g.title))).toEqual([g.key === 'owners' ? 'Full Control' : 'Read']);
    }
    const members = ((await site.sp.web.associatedMemberGroup.select('Id')()) as { Id: number }).Id;
    expect(held(members)).toEqual(['Read']);
  });

  it('indexed every column the schema marks indexed, and set item-level security on the completions', async () => {
    for (const def of ALL_LISTS) {
      const fields = (await listOf(site, def).fields.select('InternalName', 'Indexed')()) as Array<{ InternalName: string; Indexed: boolean }>;
      const onSite = new Map(fields.map((x) => [x.InternalName, x.Indexed] as const));
      const wanted = fieldEntries(def).map(([, field]) => `${def.key}.${field.internalName}: ${String(field.indexed)}`);
      expect(fieldEntries(def).map(([, field]) => `${def.key}.${field.internalName}: ${String(onSite.get(field.internalName))}`)).toEqual(wanted);
    }
    const info = (await listOf(site, TrainingCompletionsList).select('ReadSecurity', 'WriteSecurity')()) as { ReadSecurity: number; WriteSecurity: number };
    expect(info).toEqual(expect.objectContaining({ ReadSecurity: 2, WriteSecurity: 2 }));
  });

  it('gives managers and training leads the override level on the completions, and records every list\'s schema version', async () => {
    const override = await roleId(`${PREFIX} Override item security`);
    type Wire = Array<{ PrincipalId: number; RoleDefinitionBindings: Array<{ Id: number }> }>;
    const assignments = (await listOf(site, TrainingCompletionsList).roleAssignments.expand('RoleDefinitionBindings')()) as Wire;
    for (const title of ['M365 Suite Managers', 'M365 Suite Training leads']) {
      const id = await groupId(title);
      expect(assignments.filter((a) => a.PrincipalId === id).map((a) => a.RoleDefinitionBindings.map((b) => b.Id))).toEqual([[override]]);
    }
    for (const def of ALL_LISTS) expect(await recordedSchemaVersion(site, def)).toBe(schemaVersion(def));
  });

  it('puts back a hand-edited suite level, and lists a hand-made list grant without removing it', async () => {
    const level = await roleId(`${PREFIX} Contribute without delete`);
    const contribute = await roleId('Contribute');
    const workforce = await groupId('M365 Suite Workforce');
    const people = listOf(site, PeopleList);
    await site.sp.web.roleDefinitions.getById(level).update({ BasePermissions: { High: 0, Low: 8 + 2 + 1 } });
    await people.roleAssignments.add(workforce, contribute);

    const steps = await ensurePermissions(site, plan, { fixMembers: true });
    expect(steps).toEqual([
      { kind: 'updateRole', detail: expect.stringMatching(/^M365 Suite Contribute without delete: /) },
      { kind: 'extraAssignment', detail: `People: principal ${workforce} holds Contribute (left as is)` }
    ]);
    const mask = ((await site.sp.web.roleDefinitions.getById(level).select('BasePermissions')()) as { BasePermissions: { High: string; Low: string } }).BasePermissions;
    expect(maskHas(mask, KIND.deleteListItems)).toBe(false);
    const held = (await people.roleAssignments.expand('RoleDefinitionBindings')()) as Array<{ PrincipalId: number; RoleDefinitionBindings: Array<{ Id: number }> }>;
    expect(held.some((a) => a.PrincipalId === workforce && a.RoleDefinitionBindings.some((b) => b.Id === contribute))).toBe(true);

    // Undo the hand-made grant so the rest of the file sees the planned model.
    await people.roleAssignments.remove(workforce, contribute);
    expect(await ensurePermissions(site, plan, { fixMembers: true })).toEqual([]);
  });
});

describe('what SharePoint lets a workforce member do', () => {
  let pcOne: RestCall;
  let pcTwo: RestCall;
  let lead: RestCall;
  let ownCompletion = 0;

  const completion = (upn: string): Record<string, unknown> => ({
    Title: 'Copilot basics',
    trcModuleKey: 'copilot-basics',
    trcUpn: upn,
    trcCompletedOn: '2026-11-20T12:00:00Z',
    trcCounts: true
  });

  beforeAll(async () => {
    await addToGroup('M365 Suite Workforce', PC_ONE);
    await addToGroup('M365 Suite Workforce', PC_TWO);
    await addToGroup('M365 Suite Workforce', LEAD);
    await addToGroup('M365 Suite Training leads', LEAD);
    pcOne = restAs(webUrl, PC_ONE);
    pcTwo = restAs(webUrl, PC_TWO);
    lead = restAs(webUrl, LEAD);
  });

  it('cannot change list settings, columns, permissions or the list itself: 403 with SharePoint\'s body', async () => {
    const workforce = await groupId('M365 Suite Workforce');
    const owners = await groupId('M365 Suite Owners');
    const fullControl = await roleId('Full Control');
    const fieldXml = '<Field Type="Text" Name="trcHack" StaticName="trcHack" DisplayName="trcHack" />';
    for (const def of [TrainingCompletionsList, TrainingModulesList]) {
      const list = byTitle(def);
      const attempts: Array<[string, () => Promise<RestAnswer>]> = [
        ['switch item-level security off', () => pcOne('POST', list, { xHttpMethod: 'MERGE', body: { ReadSecurity: 1, WriteSecurity: 1 } })],
        ['break inheritance', () => pcOne('POST', `${list}/breakroleinheritance(copyroleassignments=true, clearsubscopes=false)`)],
        ['add a field', () => pcOne('POST', `${list}/fields/createfieldasxml`, { body: { parameters: { SchemaXml: fieldXml, Options: 8 } } })],
        ['delete the list', () => pcOne('POST', list, { xHttpMethod: 'DELETE' })],
        ['grant Full Control', () => pcOne('POST', `${list}/roleassignments/addroleassignment(principalid=${workforce}, roledefid=${fullControl})`)],
        ['remove the owners\' grant', () => pcOne('POST', `${list}/roleassignments/removeroleassignment(principalid=${owners}, roledefid=${fullControl})`)]
      ];
      // One at a time: were one to succeed (say, the delete), the others must not race it.
      for (const [what, attempt] of attempts) expect({ def: def.key, what, ...(await attempt()) }).toEqual({ def: def.key, what, status: 403, body: ACCESS_DENIED });
    }
    // Members lost Edit to --fix-members, so the member cannot create lists or grant on the site either.
    expect(await pcOne('POST', '_api/web/lists', { body: { Title: 'Shadow', BaseTemplate: 100 } })).toEqual({ status: 403, body: ACCESS_DENIED });
    expect(await pcOne('POST', `_api/web/roleassignments/addroleassignment(principalid=${workforce}, roledefid=${fullControl})`)).toEqual({ status: 403, body: ACCESS_DENIED });
    const settings = (await listOf(site, TrainingCompletionsList).select('ReadSecurity')()) as { ReadSecurity: number };
    expect(settings.ReadSecurity).toBe(2);
  });

  it('can record a completion (the list it contributes to), but not delete it, and cannot write a list it only reads', async () => {
    const created = await pcOne('POST', `${byTitle(TrainingCompletionsList)}/items`, { body: completion(PC_ONE) });
    expect(created.status).toBe(201);
    ownCompletion = (created.body as { Id: number }).Id;
    expect(await pcOne('POST', `${byTitle(TrainingCompletionsList)}/items(${ownCompletion})`, { xHttpMethod: 'DELETE' })).toEqual({ status: 403, body: ACCESS_DENIED });
    const module = { Title: 'Shadow module', trmKey: 'shadow', trmDueWithinDays: 30, trmAssignedOn: '2026-11-20T12:00:00Z' };
    expect(await pcOne('POST', `${byTitle(TrainingModulesList)}/items`, { body: module })).toEqual({ status: 403, body: ACCESS_DENIED });
  });

  it('cannot read another member\'s completion; a training lead (override) reads both', async () => {
    const other = await pcTwo('POST', `${byTitle(TrainingCompletionsList)}/items`, { body: completion(PC_TWO) });
    expect(other.status).toBe(201);
    const otherId = (other.body as { Id: number }).Id;
    const items = `${byTitle(TrainingCompletionsList)}/items`;

    const hidden = await pcTwo('GET', `${items}(${ownCompletion})`);
    expect(hidden.status).toBe(404);
    expect(ids(await pcTwo('GET', `${items}?$select=Id`))).toEqual([otherId]);
    expect(ids(await pcOne('GET', `${items}?$select=Id`))).toEqual([ownCompletion]);
    // Editing someone else's record is refused as well (it is not even visible).
    expect((await pcTwo('POST', `${items}(${ownCompletion})`, { xHttpMethod: 'MERGE', body: { trcScore: 100 } })).status).toBe(404);

    expect(ids(await lead('GET', `${items}?$select=Id&$orderby=Id`))).toEqual([ownCompletion, otherId]);
    expect((await lead('GET', `${items}(${ownCompletion})`)).status).toBe(200);
    expect((await lead('GET', `${items}(${otherId})`)).status).toBe(200);
  });
});

describe('a schema upgrade', () => {
  it('adds a field to a list holding items without losing them, and records the new version', async () => {
    for (const key of ['alpha', 'beta']) {
      await createItem(site, TrainingModulesList, { title: `Module ${key}`, key, dueWithinDays: 14, assignedOn: '2026-11-01', forces: ['Kent'], mandatory: true });
    }
    const columns = ['Id', 'Title', 'trmKey', 'trmDueWithinDays', 'trmAssignedOn', 'trmForces', 'trmMandatory'];
    const before = (await listOf(site, TrainingModulesList).items.select(...columns).orderBy('Id')()) as Array<Record<string, unknown>>;
    expect(before).toHaveLength(2);
    const oldVersion = schemaVersion(TrainingModulesList);
    expect(await recordedSchemaVersion(site, TrainingModulesList)).toBe(oldVersion);

    const upgraded: ListDefinition = {
      ...TrainingModulesList,
      fields: { ...TrainingModulesList.fields, provider: f.text({ internalName: 'trmProvider', displayName: 'Provider', indexed: true }) }
    };
    const newVersion = schemaVersion(upgraded);
    expect(newVersion).not.toBe(oldVersion);
    expect((await ensureLists(site, [upgraded])).map((s) => `${s.kind} ${s.field ?? ''} ${s.detail}`)).toEqual([
      'createField trmProvider Text "Provider", indexed',
      `recordSchemaVersion  schema:trainingModules: ${oldVersion} → ${newVersion}`
    ]);

    const after = (await listOf(site, TrainingModulesList).items.select(...columns, 'trmProvider').orderBy('Id')()) as Array<Record<string, unknown>>;
    expect(after.map((row) => columns.reduce<Record<string, unknown>>((o, c) => ({ ...o, [c]: row[c] }), {}))).toEqual(
      before.map((row) => columns.reduce<Record<string, unknown>>((o, c) => ({ ...o, [c]: row[c] }), {}))
    );
    expect(after.map((row) => row.trmProvider)).toEqual([null, null]);
    expect(await recordedSchemaVersion(site, TrainingModulesList)).toBe(newVersion);
    expect(await ensureLists(site, [upgraded])).toEqual([]);
  });
});
