import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import type { RunningEmulator } from '../server';
import { ADMIN, ALEX, errorOf, MEGAN, odataError, raw, spFor, startTest } from './helpers';

describe('lists, fields and items through the real PnPjs v4', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startTest({ clock: { fixed: '2026-11-23T10:00:00Z' } });
  });
  afterAll(async () => {
    await emu.close();
  });

  it('answers GET web in minimal metadata with an absolute odata.id', async () => {
    const web = await spFor(emu, ADMIN).web();
    expect(web['odata.type' as keyof typeof web]).toBe('SP.Web');
    expect(web['odata.id' as keyof typeof web]).toBe(`${emu.url}/sites/dev/_api/Web`);
    expect(web.Title).toBe('Dev');
    expect(web.ServerRelativeUrl).toBe('/sites/dev');
  });

  it('lists.ensure creates a missing list, then MERGEs the existing one (query string kept)', async () => {
    const sp = spFor(emu, ADMIN);
    const first = await sp.web.lists.ensure('Training Records', 'desc', 100, false, { EnableVersioning: true });
    expect(first.created).toBe(true);
    expect(first.data.Title).toBe('Training Records');
    const second = await sp.web.lists.ensure('Training Records', 'new desc', 100, false, { ReadSecurity: 2 });
    expect(second.created).toBe(false);
    const info = await sp.web.lists.getByTitle('training records').select('Description', 'ReadSecurity', 'EntityTypeName')();
    expect(info).toMatchObject({ Description: 'new desc', ReadSecurity: 2, EntityTypeName: 'TrainingRecordsList' });
    const merge = emu.log.entries().find((e) => e.method === 'MERGE');
    expect(merge?.path).toContain('?%24select=Title');
  });

  it('getByTitle on a missing list → 404 with the exact body', async () => {
    const e = await errorOf(spFor(emu, ADMIN).web.lists.getByTitle("Bob's List")());
    expect(e.status).toBe(404);
    expect(e.body).toEqual(odataError('-1, System.ArgumentException', `List 'Bob's List' does not exist at site with URL '${emu.url}/sites/dev'.`));
  });

  it('addresses a list by id and by server-relative URL (getList with encoded slashes)', async () => {
    const sp = spFor(emu, ADMIN);
    const byTitle = await sp.web.lists.getByTitle('Training Records').select('Id')();
    const byId = await sp.web.lists.getById(byTitle.Id).select('Title')();
    expect(byId.Title).toBe('Training Records');
    const byUrl = await sp.web.getList('/sites/dev/Lists/TrainingRecords').select('Title')();
    expect(byUrl.Title).toBe('Training Records');
    const missing = await errorOf(sp.web.getList('/sites/dev/Lists/Nope')());
    expect(missing).toEqual({ status: 404, body: odataError('-2147024894, System.IO.FileNotFoundException', 'File Not Found.') });
    const missingId = await errorOf(sp.web.lists.getById('00000000-0000-0000-0000-000000000001')());
    expect(missingId.status).toBe(404);
  });

  it('createFieldAsXml derives the internal name from DisplayName (_x0020_) unless option 8', async () => {
    const list = spFor(emu, ADMIN).web.lists.getByTitle('Training Records');
    const a = await list.fields.createFieldAsXml('<Field Type="DateTime" DisplayName="Publish Date" Name="PublishDate" Format="DateOnly" />');
    expect(a.InternalName).toBe('Publish_x0020_Date');
    const b = await list.fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" DisplayName="Course Code" Name="CourseCode" />', Options: 8 });
    expect(b.InternalName).toBe('CourseCode');
    const c = await list.fields.createFieldAsXml(
      '<Field Type="Choice" DisplayName="Status" Name="Status"><Default>New</Default><CHOICES><CHOICE>New</CHOICE><CHOICE>Done</CHOICE></CHOICES></Field>'
    );
    expect(c).toMatchObject({ InternalName: 'Status', TypeAsString: 'Choice', Choices: ['New', 'Done'] });
  });

  it('fields.add* (verbose) and addUser; field update MERGE sets Indexed', async () => {
    const list = spFor(emu, ADMIN).web.lists.getByTitle('Training Records');
    const t = await list.fields.addText('Notes Short', { MaxLength: 50 });
    expect(t).toMatchObject({ InternalName: 'Notes_x0020_Short', MaxLength: 50, FieldTypeKind: 2 });
    const ch = await list.fields.addChoice('Level', { Choices: ['L1', 'L2'] });
    expect((ch as unknown as { Choices: { results: string[] } }).Choices.results).toEqual(['L1', 'L2']);
    await list.fields.addUser('Trainee', { SelectionMode: 0 });
    await list.fields.addNumber('Score');
    await list.fields.getByInternalNameOrTitle('CourseCode').update({ Indexed: true });
    const f = await list.fields.getByInternalNameOrTitle('CourseCode')();
    expect(f.Indexed).toBe(true);
    const missing = await errorOf(list.fields.getByInternalNameOrTitle('Nope')());
    expect(missing.status).toBe(400);
  });

  it('item add → 201 with Id and etag; update with the etag → new etag; stale etag → 412 exact body', async () => {
    const items = spFor(emu, MEGAN).web.lists.getByTitle('Training Records').items;
    const added = await items.add({ Title: 'Copilot basics', CourseCode: 'CP-1', TraineeId: 11, Score: 3 });
    expect(added).toMatchObject({ Title: 'Copilot basics', 'odata.etag': '"1"', CourseCode: 'CP-1' });
    expect(added.Id).toBe(added.ID);
    const item = items.getById(added.Id);
    const upd = await item.update({ Title: 'Copilot basics (v2)' }, '"1"');
    expect(upd.etag).toBe('"2"');
    const stale = await errorOf(item.update({ Title: 'lost update' }, '"1"'));
    expect(stale).toEqual({
      status: 412,
      body: odataError('-1, Microsoft.SharePoint.Client.ClientServiceException', `The request ETag value '"1"' does not match the object's ETag value '"2"'.`)
    });
    await item.update({ Score: 5 });
    const after = await item();
    expect(after).toMatchObject({ Title: 'Copilot basics (v2)', Score: 5, 'odata.etag': '"3"' });
  });

  it('stamps Created/Modified/AuthorId/EditorId on the server and refuses client attempts', async () => {
    const items = spFor(emu, MEGAN).web.lists.getByTitle('Training Records').items;
    const added = await items.add({ Title: 'stamped' });
    expect(added.Created).toBe('2026-11-23T10:00:00Z');
    const megan = emu.security.site('/sites/dev').userByUpn(MEGAN);
    expect(added.AuthorId).toBe(megan?.id);
    const e = await errorOf(items.add({ Title: 'x', AuthorId: 1 }));
    expect(e.status).toBe(400);
    const e2 = await errorOf(items.add({ Title: 'x', Created: '2020-01-01T00:00:00Z' }));
    expect(e2.status).toBe(400);
  });

  it('$select/$expand of the Author user column; Email (SP.User spelling) is a 400', async () => {
    const items = spFor(emu, ADMIN).web.lists.getByTitle('Training Records').items;
    const rows = await items.select('Id', 'Title', 'Author/Title', 'Author/EMail').expand('Author').filter("Title eq 'stamped'")();
    expect(rows[0]).toMatchObject({ Title: 'stamped', Author: { Title: 'Megan Bowen', EMail: MEGAN } });
    expect(rows[0]['Author@odata.navigationLinkUrl']).toMatch(/Items\(\d+\)\/Author$/);
    const bad = await errorOf(items.select('Id', 'Author/Email').expand('Author')());
    expect(bad).toEqual({ status: 400, body: odataError('-1, Microsoft.SharePoint.SPException', "The field or property 'Email' does not exist.") });
    const unknown = await errorOf(items.select('Nope')());
    expect(unknown.status).toBe(400);
  });

  it('delete via X-HTTP-Method DELETE, then items(id) → 404 exact body', async () => {
    const items = spFor(emu, ADMIN).web.lists.getByTitle('Training Records').items;
    const added = await items.add({ Title: 'to delete' });
    await items.getById(added.Id).delete();
    const e = await errorOf(items.getById(added.Id)());
    expect(e).toEqual({ status: 404, body: odataError('-2130575338, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.') });
  });

  it('recycle() deletes the item and returns the recycle bin id', async () => {
    const items = spFor(emu, ADMIN).web.lists.getByTitle('Training Records').items;
    const added = await items.add({ Title: 'to recycle' });
    const binId = await items.getById(added.Id).recycle();
    expect(binId).toBe(added.GUID);
    expect((await errorOf(items.getById(added.Id)())).status).toBe(404);
  });

  it('keeps version history when versioning is on', async () => {
    const items = spFor(emu, ADMIN).web.lists.getByTitle('Training Records').items;
    const added = await items.add({ Title: 'v1' });
    await items.getById(added.Id).update({ Title: 'v2' });
    const versions = await items.getById(added.Id).versions();
    expect(versions.map((v) => [v.VersionLabel, v.IsCurrentVersion, (v as unknown as { Title: string }).Title])).toEqual([
      ['2.0', true, 'v2'],
      ['1.0', false, 'v1']
    ]);
  });

  it('validateUpdateListItem: per-field errors with 200, and a system update that sets Author', async () => {
    const items = spFor(emu, ADMIN).web.lists.getByTitle('Training Records').items;
    const added = await items.add({ Title: 'import' });
    const res = await items.getById(added.Id).validateUpdateListItem(
      [
        { FieldName: 'Author', FieldValue: JSON.stringify([{ Key: `i:0#.f|membership|${ALEX}` }]) },
        { FieldName: 'Score', FieldValue: '7' }
      ],
      true
    );
    expect(res.every((r) => !r.HasException)).toBe(true);
    const item = await items.getById(added.Id)();
    const alex = emu.security.site('/sites/dev').userByUpn(ALEX);
    expect(item).toMatchObject({ AuthorId: alex?.id, Score: 7 });
    // bNewDocumentUpdate overwrites the current version: no new history entry.
    expect(await items.getById(added.Id).versions()).toHaveLength(1);
    const bad = await items.getById(added.Id).validateUpdateListItem([{ FieldName: 'OData__ModerationStatus', FieldValue: '0' }]);
    expect(bad[0]).toMatchObject({ HasException: true, ErrorMessage: "Column 'OData__ModerationStatus' does not exist. It may have been deleted by another user." });
  });

  it('lookup and multi-user columns: <Name>Id on the wire, $expand of the lookup target', async () => {
    const sp = spFor(emu, ADMIN);
    const modules = await sp.web.lists.ensure('Modules');
    await modules.list.items.add({ Title: 'Copilot 101' });
    const records = sp.web.lists.getByTitle('Training Records');
    await records.fields.addLookup('Module', { LookupListId: modules.data.Id, LookupFieldName: 'Title' });
    await records.fields.createFieldAsXml('<Field Type="UserMulti" DisplayName="Reviewers" Name="Reviewers" Mult="TRUE" />');
    const site = emu.security.site('/sites/dev');
    const ids = [MEGAN, ALEX].map((u) => site.userByUpn(u)?.id as number);
    const added = await records.items.add({ Title: 'with lookup', ModuleId: 1, ReviewersId: ids });
    expect(added).toMatchObject({ ModuleId: 1, ReviewersId: ids, ReviewersStringId: ids.map(String) });
    const [row] = await records.items
      .select('Id', 'Module/Title', 'Reviewers/Title', 'Reviewers/EMail')
      .expand('Module', 'Reviewers')
      .filter(`Id eq ${added.Id}`)();
    expect(row).toMatchObject({ Module: { Title: 'Copilot 101' }, Reviewers: [{ Title: 'Megan Bowen', EMail: MEGAN }, { Title: 'Alex Wilber', EMail: ALEX }] });
    expect(row.Module['odata.type']).toBe('SP.Data.ModulesListItem');
    const badBody = await errorOf(records.items.add({ Title: 'bare name', Module: 1 }));
    expect(badBody.status).toBe(400);
  });

  it('enforces the lookup column threshold (12) on the default payload and on $select/$expand', async () => {
    const sp = spFor(emu, ADMIN);
    const wide = (await sp.web.lists.ensure('Wide')).list;
    for (let i = 1; i <= 11; i++) await wide.fields.createFieldAsXml(`<Field Type="User" DisplayName="P${i}" Name="P${i}" />`);
    const body = odataError(
      '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The query cannot be completed because the number of lookup columns it contains exceeds the lookup column threshold enforced by the administrator.'
    );
    // 11 custom user columns + Author + Editor = 13 in the default payload.
    expect(await errorOf(wide.items())).toEqual({ status: 500, body });
    expect(await wide.items.select('Id', 'P1Id', 'P2Id')()).toEqual([]);
  });

  it('item EffectiveBasePermissions reflects the list mask', async () => {
    const items = spFor(emu, MEGAN).web.lists.getByTitle('Training Records').items;
    const added = await items.add({ Title: 'mine' });
    const perms = await raw(emu, 'GET', `/sites/dev/_api/web/lists/getByTitle('Training%20Records')/items(${added.Id})/EffectiveBasePermissions`, { user: MEGAN });
    expect(await perms.json()).toMatchObject({ High: '432', Low: '1011030767' });
  });

  it('addValidateUpdateItemUsingPath creates an item keeping the imported Author and Created', async () => {
    const list = spFor(emu, ADMIN).web.lists.getByTitle('Training Records');
    const res = await list.addValidateUpdateItemUsingPath(
      [
        { FieldName: 'Title', FieldValue: 'imported' },
        { FieldName: 'Author', FieldValue: JSON.stringify([{ Key: `i:0#.f|membership|${ALEX}` }]) },
        { FieldName: 'Created', FieldValue: '1/15/2025 9:30 AM' }
      ],
      '/sites/dev/Lists/TrainingRecords'
    );
    const id = Number(res.find((r) => r.FieldName === 'Id')?.FieldValue);
    const item = await list.items.getById(id)();
    expect(item).toMatchObject({ Title: 'imported', AuthorId: emu.security.site('/sites/dev').userByUpn(ALEX)?.id, Created: '2025-01-15T09:30:00Z' });
    const bad = await list.addValidateUpdateItemUsingPath([{ FieldName: 'Nope', FieldValue: 'x' }], '/sites/dev/Lists/TrainingRecords');
    expect(bad).toEqual([expect.objectContaining({ FieldName: 'Nope', HasException: true })]);
  });

  it('answers verbose when Accept has odata=verbose', async () => {
    const r = await raw(emu, 'GET', "/sites/dev/_api/web/lists/getByTitle('Training%20Records')/items?$top=1", { headers: { accept: 'application/json;odata=verbose' } });
    const json = (await r.json()) as { d: { results: Array<{ __metadata: { type: string } }> } };
    expect(json.d.results[0].__metadata.type).toBe('SP.Data.TrainingRecordsListItem');
    const path = "/sites/dev/_api/web/lists/getByTitle('Training%20Records')/items";
    const ok = await raw(emu, 'POST', path, { body: JSON.stringify({ __metadata: { type: 'SP.Data.TrainingRecordsListItem' }, Title: 'verbose add' }) });
    expect(ok.status).toBe(201);
    const wrong = await raw(emu, 'POST', path, { body: JSON.stringify({ __metadata: { type: 'SP.Data.Training_x0020_RecordsListItem' }, Title: 'x' }) });
    expect(wrong.status).toBe(400);
  });
});
