import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import type { RunningEmulator } from '../server';
import { ADMIN, ALEX, errorOf, LEAD, MEGAN, odataError, raw, spFor, startTest, TEST_USERS } from './helpers';

const OUTSIDER = 'olive@contoso.onmicrosoft.com';

const ACCESS_DENIED = odataError('-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.');

describe('security model: users, groups, permission levels, item-level security, content approval', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startTest({
      users: [...TEST_USERS, { upn: OUTSIDER, title: 'Olive Outsider', defaultRole: 'none' }],
      seed: ({ store }) => {
        const web = store.createWeb('/sites/dev', 'Dev');
        store.createWeb('/sites/data', 'Data');
        store.createWeb('/sites/appcatalog', 'App Catalog');
        web.createList({ Title: 'Private', ReadSecurity: 2, WriteSecurity: 2 });
        web.createList({ Title: 'Approved', EnableModeration: true, DraftVersionVisibility: 2 });
        web.createList({ Title: 'Locked' });
        store.createWeb('/sites/dev/team', 'Team');
      }
    });
  });
  afterAll(async () => {
    await emu.close();
  });

  it('lists the default permission levels with SharePoint ids and string masks, and creates a custom one', async () => {
    const sp = spFor(emu, ADMIN);
    const defs = await sp.web.roleDefinitions();
    expect(defs.map((d) => [d.Name, d.Id])).toEqual(
      expect.arrayContaining([
        ['Full Control', 1073741829],
        ['Design', 1073741828],
        ['Edit', 1073741830],
        ['Contribute', 1073741827],
        ['Read', 1073741826],
        ['Limited Access', 1073741825]
      ])
    );
    const contribute = await sp.web.roleDefinitions.getByName('Contribute')();
    expect(contribute.BasePermissions).toEqual({ High: '432', Low: '1011028719' });
    const added = await sp.web.roleDefinitions.add('Contribute + Override', 'Leads', 70, { High: 432, Low: 1011028719 + 256 });
    expect(added.data.Id).toBe(1073741925);
    const forbidden = await errorOf(spFor(emu, MEGAN).web.roleDefinitions.add('Nope', '', 1, { High: 0, Low: 1 }));
    expect(forbidden).toEqual({ status: 403, body: ACCESS_DENIED });
    const temp = await sp.web.roleDefinitions.add('Temp', 'to change', 90, { High: 0, Low: 1 });
    await sp.web.roleDefinitions.getById(temp.data.Id).update({ Description: 'changed', BasePermissions: { High: 0, Low: 3 } });
    expect(await sp.web.roleDefinitions.getById(temp.data.Id)()).toMatchObject({ Description: 'changed', BasePermissions: { High: '0', Low: '3' } });
    await sp.web.roleDefinitions.getById(temp.data.Id).delete();
    expect((await errorOf(sp.web.roleDefinitions.getById(temp.data.Id)())).status).toBe(404);
    expect((await errorOf(sp.web.roleDefinitions.getById(1073741826).delete())).status).toBe(400);
  });

  it('users: currentUser, getByLoginName via @v, ensureUser, unknown ensure → 400; ids differ per site', async () => {
    const sp = spFor(emu, MEGAN);
    const me = await sp.web.currentUser();
    expect(me).toMatchObject({ LoginName: `i:0#.f|membership|${MEGAN}`, Title: 'Megan Bowen', Email: MEGAN, UserPrincipalName: MEGAN, IsSiteAdmin: false, PrincipalType: 1 });
    const byLogin = await sp.web.siteUsers.getByLoginName(`i:0#.f|membership|${ALEX}`)();
    expect(byLogin.Title).toBe('Alex Wilber');
    expect(emu.log.last()?.path).toContain('siteUsers(@v)?%40v=');
    const ensured = await sp.web.ensureUser(`i:0#.f|membership|${LEAD}`);
    expect(ensured.Title).toBe('Lee Gu');
    const unknown = await errorOf(sp.web.ensureUser('i:0#.f|membership|nobody@contoso.onmicrosoft.com'));
    expect(unknown).toEqual({ status: 400, body: odataError('-2146232832, Microsoft.SharePoint.SPException', 'The specified user nobody@contoso.onmicrosoft.com could not be found.') });
    const onData = await spFor(emu, MEGAN, '/sites/data').web.currentUser();
    expect(onData.Id).not.toBe(me.Id);
  });

  it('groups: default Owners/Members/Visitors, add and remove users; members cannot edit Owners', async () => {
    const sp = spFor(emu, ADMIN);
    const groups = await sp.web.siteGroups();
    expect(groups.map((g) => [g.Id, g.Title])).toEqual([
      [3, 'Dev Owners'],
      [4, 'Dev Visitors'],
      [5, 'Dev Members']
    ]);
    const leads = await sp.web.siteGroups.add({ Title: 'Leads', Description: 'Team leads' });
    await sp.web.siteGroups.getById(leads.Id).users.add(`i:0#.f|membership|${LEAD}`);
    await sp.web.siteGroups.getByName('Leads').users.add(`i:0#.f|membership|${ALEX}`);
    await sp.web.siteGroups.getByName('Leads').users.removeByLoginName(`i:0#.f|membership|${ALEX}`);
    const members = await sp.web.siteGroups.getByName('Leads').users();
    expect(members.map((u) => u.Title).sort()).toEqual(['Emulator Admin', 'Lee Gu']);
    const denied = await errorOf(spFor(emu, MEGAN).web.siteGroups.getById(3).users.add(`i:0#.f|membership|${MEGAN}`));
    expect(denied).toEqual({ status: 403, body: ACCESS_DENIED });
    await sp.web.siteGroups.getByName('Leads').update({ Description: 'Training leads' });
    expect((await sp.web.siteGroups.getByName('Leads')()).Description).toBe('Training leads');
    const groupsOfLee = await spFor(emu, LEAD).web.currentUser.groups();
    expect(groupsOfLee.map((g) => g.Title)).toEqual(['Dev Members', 'Leads']);
  });

  it('breaks list inheritance, adds/removes role assignments, reports HasUniqueRoleAssignments, resets', async () => {
    const sp = spFor(emu, ADMIN);
    const list = sp.web.lists.getByTitle('Locked');
    expect((await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments).toBe(false);
    await list.breakRoleInheritance(false, true);
    expect(emu.log.last()?.path).toContain('breakroleinheritance(copyroleassignments=false,%20clearsubscopes=true)');
    expect((await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments).toBe(true);
    // Without copying, only the caller keeps Full Control: a member no longer sees the list.
    const gone = await errorOf(spFor(emu, MEGAN).web.lists.getByTitle('Locked')());
    expect(gone.status).toBe(404);
    await list.roleAssignments.add(5, 1073741826);
    expect(await spFor(emu, MEGAN).web.lists.getByTitle('Locked').currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
    expect(await spFor(emu, MEGAN).web.lists.getByTitle('Locked').currentUserHasPermissions(PermissionKind.AddListItems)).toBe(false);
    const addDenied = await errorOf(spFor(emu, MEGAN).web.lists.getByTitle('Locked').items.add({ Title: 'x' }));
    expect(addDenied).toEqual({ status: 403, body: ACCESS_DENIED });
    const assignments = await list.roleAssignments.expand('Member', 'RoleDefinitionBindings')();
    expect(assignments.map((a) => a.PrincipalId).sort()).toEqual([5, emu.security.site('/sites/dev').userByUpn(ADMIN)?.id].sort());
    await list.roleAssignments.remove(5, 1073741826);
    expect((await errorOf(spFor(emu, MEGAN).web.lists.getByTitle('Locked')())).status).toBe(404);
    await list.resetRoleInheritance();
    expect((await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments).toBe(false);
    expect(await spFor(emu, MEGAN).web.lists.getByTitle('Locked').currentUserHasPermissions(PermissionKind.ManageLists)).toBe(true);
  });

  it('web role assignments: add/remove on the root web; a subweb inherits until broken', async () => {
    const sp = spFor(emu, ADMIN);
    const alexId = emu.security.site('/sites/dev').userByUpn(ALEX)?.id as number;
    await sp.web.roleAssignments.add(alexId, 1073741829);
    expect(await spFor(emu, ALEX).web.currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(true);
    expect(await spFor(emu, ALEX, '/sites/dev/team').web.currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(true);
    const team = spFor(emu, ADMIN, '/sites/dev/team');
    await team.web.breakRoleInheritance(true, false);
    expect((await team.web.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments).toBe(true);
    await team.web.roleAssignments.remove(alexId, 1073741829);
    expect(await spFor(emu, ALEX, '/sites/dev/team').web.currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(false);
    await sp.web.roleAssignments.remove(alexId, 1073741829);
    expect(await spFor(emu, ALEX).web.currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(false);
    const inherits = await errorOf(spFor(emu, ADMIN).web.lists.getByTitle('Locked').roleAssignments.add(alexId, 1073741826));
    expect(inherits).toEqual({ status: 400, body: odataError('-2147024891, Microsoft.SharePoint.SPException', 'This operation is not allowed on an object that inherits permissions.') });
  });

  it('a user with no site role is refused everywhere until given a list, then gets Limited Access on the web', async () => {
    expect(await errorOf(spFor(emu, OUTSIDER).web())).toEqual({ status: 403, body: ACCESS_DENIED });
    const sp = spFor(emu, ADMIN);
    const list = sp.web.lists.getByTitle('Approved');
    await list.breakRoleInheritance(true, false);
    const olive = await sp.web.ensureUser(`i:0#.f|membership|${OUTSIDER}`);
    await list.roleAssignments.add(olive.Id, 1073741827);
    expect((await spFor(emu, OUTSIDER).web.select('Title')()).Title).toBe('Dev');
    expect(await sp.web.getUserEffectivePermissions(`i:0#.f|membership|${OUTSIDER}`)).toMatchObject({ High: '48', Low: '134287360' });
    expect((await spFor(emu, OUTSIDER).web.lists.select('Title')()).map((l) => l.Title)).toEqual(['Approved']);
    await list.resetRoleInheritance();
  });

  it('effective permissions: web EffectiveBasePermissions and getUserEffectivePermissions(@user)', async () => {
    const sp = spFor(emu, ADMIN);
    const megan = await sp.web.getUserEffectivePermissions(`i:0#.f|membership|${MEGAN}`);
    expect(megan).toMatchObject({ High: '432', Low: '1011030767' });
    expect(emu.log.last()?.path).toContain('getUserEffectivePermissions(@user)?%40user=');
    expect(await spFor(emu, MEGAN).web.currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(false);
    expect(await sp.web.currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(true);
  });

  it('item-level security: others’ items are omitted and 404, writes are 403; an override holder is exempt', async () => {
    const megan = spFor(emu, MEGAN).web.lists.getByTitle('Private').items;
    const alex = spFor(emu, ALEX).web.lists.getByTitle('Private').items;
    const mine = await megan.add({ Title: 'Megan private' });
    await alex.add({ Title: 'Alex private' });
    expect((await alex()).map((i) => i.Title)).toEqual(['Alex private']);
    expect((await errorOf(alex.getById(mine.Id)())).status).toBe(404);
    // Hidden items cannot be written either (404 because they cannot be seen; WriteSecurity refuses visible ones).
    expect((await errorOf(alex.getById(mine.Id).update({ Title: 'hijack' }))).status).toBe(404);
    // Lee gets "Contribute + Override" on the list through the Leads group.
    const admin = spFor(emu, ADMIN).web.lists.getByTitle('Private');
    await admin.breakRoleInheritance(true, false);
    const leads = await spFor(emu, ADMIN).web.siteGroups.getByName('Leads')();
    await admin.roleAssignments.add(leads.Id, 1073741925);
    const lee = spFor(emu, LEAD).web.lists.getByTitle('Private').items;
    expect((await lee()).map((i) => i.Title).sort()).toEqual(['Alex private', 'Megan private']);
    await lee.getById(mine.Id).update({ Title: 'edited by lead' });
    expect((await megan.getById(mine.Id)()).Title).toBe('edited by lead');
  });

  it('WriteSecurity 2 on a readable item → 403 exact body', async () => {
    const sp = spFor(emu, ADMIN);
    await sp.web.lists.getByTitle('Private').update({ ReadSecurity: 1 });
    const items = spFor(emu, ALEX).web.lists.getByTitle('Private').items;
    const all = await items();
    const megans = all.find((i) => i.Title === 'edited by lead');
    const e = await errorOf(items.getById(megans?.Id as number).update({ Title: 'nope' }));
    expect(e).toEqual({ status: 403, body: ACCESS_DENIED });
  });

  it('content approval: pending items hidden from other readers, approver sets status, edits re-pend', async () => {
    const megan = spFor(emu, MEGAN).web.lists.getByTitle('Approved').items;
    const alex = spFor(emu, ALEX).web.lists.getByTitle('Approved').items;
    const admin = spFor(emu, ADMIN).web.lists.getByTitle('Approved').items;
    const added = await megan.add({ Title: 'idea' });
    expect(added.OData__ModerationStatus).toBe(2);
    expect(await alex()).toEqual([]);
    expect((await admin()).map((i) => i.Title)).toEqual(['idea']);
    const notApprover = await errorOf(megan.getById(added.Id).update({ OData__ModerationStatus: 0 }));
    expect(notApprover).toEqual({ status: 403, body: ACCESS_DENIED });
    await admin.getById(added.Id).update({ OData__ModerationStatus: 0, OData__ModerationComments: 'ok' });
    const seen = await alex();
    expect(seen.map((i) => [i.Title, i.OData__ModerationStatus, i.OData__ModerationComments])).toEqual([['idea', 0, 'ok']]);
    await megan.getById(added.Id).update({ Title: 'idea v2' });
    expect(await alex()).toEqual([]);
    expect((await megan()).map((i) => i.OData__ModerationStatus)).toEqual([2]);
  });

  it('unknown X-Emulator-User → 401; cookie emu_user is honoured', async () => {
    const r = await fetch(`${emu.url}/sites/dev/_api/web`, { headers: { accept: 'application/json', 'x-emulator-user': 'ghost@contoso.onmicrosoft.com' } });
    expect(r.status).toBe(401);
    const c = await fetch(`${emu.url}/sites/dev/_api/web/currentuser`, { headers: { accept: 'application/json', cookie: `emu_user=${encodeURIComponent(ALEX)}` } });
    expect(((await c.json()) as { Title: string }).Title).toBe('Alex Wilber');
  });

  it('storage entities: missing → odata.null; set via control API or setStorageEntity on the app catalog only', async () => {
    const sp = spFor(emu, MEGAN);
    const missing = await sp.web.getStorageEntity('AnalyticsId');
    expect(missing).toMatchObject({ 'odata.null': true });
    await fetch(`${emu.url}/_emulator/storage-entities`, { method: 'POST', body: JSON.stringify({ key: 'AnalyticsId', value: '123', description: 'Web analytics ID' }) });
    expect(await sp.web.getStorageEntity('AnalyticsId')).toMatchObject({ Value: '123', Description: 'Web analytics ID', Comment: null });
    await spFor(emu, ADMIN, '/sites/appcatalog').web.setStorageEntity('DataSiteUrl', '/sites/data', 'where data lives');
    expect((await sp.web.getStorageEntity('DataSiteUrl')).Value).toBe('/sites/data');
    const denied = await errorOf(spFor(emu, ADMIN).web.setStorageEntity('X', 'y'));
    expect(denied).toEqual({ status: 403, body: ACCESS_DENIED });
  });

  it('raw: siteUsers(@v) with the alias encoded as %40v and quotes encoded', async () => {
    const r = await raw(emu, 'GET', `/sites/dev/_api/web/siteUsers(@v)?%40v=%27i%3A0%23.f%7Cmembership%7C${encodeURIComponent(MEGAN)}%27`);
    expect(r.status).toBe(200);
    expect(((await r.json()) as { Title: string }).Title).toBe('Megan Bowen');
  });
});
