import { ODataError } from './errors';
import type { ListStore } from './list';
import type { ItemStamp } from './types';
import { EmulatorStore } from './web';

const at = (iso: string, userId = 7): ItemStamp => ({ userId, now: new Date(iso) });
const T0 = at('2026-11-23T10:00:00.456Z');

function setup(): { store: EmulatorStore; modules: ListStore; list: ListStore } {
  const store = new EmulatorStore({ idSeed: 3, clock: () => new Date('2026-11-01T00:00:00Z') });
  const web = store.createWeb('/sites/data', 'Data');
  const modules = web.createList({ Title: 'Training Modules' });
  modules.addItem({ Title: 'Copilot basics' }, T0);
  modules.addItem({ Title: 'Data protection' }, T0);
  const list = web.createList({ Title: 'Training Records' });
  list.addField({ InternalName: 'Person', TypeAsString: 'User', Indexed: true });
  list.addField({ InternalName: 'Module', TypeAsString: 'Lookup', LookupList: `{${modules.id.toUpperCase()}}` });
  list.addField({ InternalName: 'Force', TypeAsString: 'Choice', Choices: ['Kent', 'Essex', 'Joint'], DefaultValue: 'Kent' });
  list.addField({ InternalName: 'Tags', TypeAsString: 'MultiChoice', Choices: ['A', 'B'] });
  list.addField({ InternalName: 'Score', TypeAsString: 'Number' });
  list.addField({ InternalName: 'Attempts', TypeAsString: 'Integer' });
  list.addField({ InternalName: 'Due', TypeAsString: 'DateTime' });
  list.addField({ InternalName: 'Done', TypeAsString: 'Boolean' });
  list.addField({ InternalName: 'Reviewers', TypeAsString: 'UserMulti' });
  list.addField({ InternalName: 'Link', TypeAsString: 'URL' });
  list.addField({ InternalName: 'Notes', TypeAsString: 'Note' });
  list.addField({ InternalName: 'ClientGuid', TypeAsString: 'Text', Indexed: true, EnforceUniqueValues: true });
  list.addField({ InternalName: 'Dept', TypeAsString: 'Text', Required: true, MaxLength: 10 });
  return { store, modules, list };
}

function odataError(fn: () => unknown): ODataError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ODataError) return e;
    throw e;
  }
  throw new Error('expected an ODataError');
}

describe('fields', () => {
  test('system fields come first and are flagged FromBaseType', () => {
    const { list } = setup();
    const sys = list.fields.filter((f) => f.FromBaseType).map((f) => f.InternalName);
    expect(sys).toEqual(['ID', 'Title', 'Modified', 'Created', 'Author', 'Editor', '_ModerationStatus', '_ModerationComments', '_UIVersionString', 'GUID']);
  });

  test('getField by internal name, title (any case), guid (braces, any case) and entity name', () => {
    const { list } = setup();
    const person = list.getField('Person');
    expect(person?.TypeAsString).toBe('User');
    expect(list.getField('created by')?.InternalName).toBe('Author');
    expect(list.getField(`{${person?.Id.toUpperCase() ?? ''}}`)).toBe(person);
    expect(list.getField('OData__ModerationStatus')?.InternalName).toBe('_ModerationStatus');
    expect(list.getField('Nope')).toBeUndefined();
  });

  test('lookup list id is normalised and SchemaXml reflects the definition', () => {
    const { list, modules } = setup();
    const module = list.getField('Module');
    expect(module?.LookupList).toBe(modules.id);
    expect(module?.LookupField).toBe('Title');
    expect(module?.SchemaXml).toContain(`List="{${modules.id}}"`);
    expect(list.getField('Force')?.SchemaXml).toContain('<CHOICES><CHOICE>Kent</CHOICE><CHOICE>Essex</CHOICE><CHOICE>Joint</CHOICE></CHOICES>');
    expect(list.getField('Dept')?.MaxLength).toBe(10);
  });

  test('duplicate internal name → 400', () => {
    const { list } = setup();
    const e = odataError(() => list.addField({ InternalName: 'person', TypeAsString: 'Text' }));
    expect(e.status).toBe(400);
    expect(e.message).toBe('A duplicate field name "person" was found.');
  });

  test('indexing builds from existing data; the 21st index is refused', () => {
    const { list } = setup();
    list.addItem({ Dept: 'HR', Score: 5 }, T0);
    list.addItem({ Dept: 'IT', Score: 7 }, T0);
    list.updateField('Score', { Indexed: true });
    expect(list.getField('Score')?.Indexed).toBe(true);
    expect(list.getField('Score')?.SchemaXml).toContain('Indexed="TRUE"');
    expect(list.query({ filter: 'Score eq 7' }).items.map((i) => i.Id)).toEqual([2]);
    expect(list.query({ filter: 'Score eq 7' }).usedIndex).toBe('Score');
    // Person, ClientGuid, Score are indexed: add 17 more to reach 20.
    for (let i = 0; i < 17; i += 1) list.addField({ InternalName: `X${i}`, TypeAsString: 'Text', Indexed: true });
    list.addField({ InternalName: 'Extra', TypeAsString: 'Text' });
    const e = odataError(() => list.updateField('Extra', { Indexed: true }));
    expect(e.status).toBe(400);
    expect(e.message).toContain('maximum number of indexed columns (20)');
    list.updateField('X0', { Indexed: false });
    expect(list.updateField('Extra', { Indexed: true }).Indexed).toBe(true);
  });

  test.each(['Notes', 'Tags', 'Reviewers', 'Link'])('%s cannot be indexed', (name) => {
    const { list } = setup();
    expect(odataError(() => list.updateField(name, { Indexed: true })).status).toBe(400);
  });

  test('unique values need an index and unique existing data', () => {
    const { list } = setup();
    list.addField({ InternalName: 'Code', TypeAsString: 'Text' });
    expect(odataError(() => list.updateField('Code', { EnforceUniqueValues: true })).message).toContain('must be indexed');
    list.addItem({ Dept: 'A', Code: 'x' }, T0);
    list.addItem({ Dept: 'A', Code: 'X' }, T0);
    expect(odataError(() => list.updateField('Code', { Indexed: true, EnforceUniqueValues: true })).code).toBe(
      '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException'
    );
    expect(odataError(() => list.addField({ InternalName: 'U', TypeAsString: 'Text', EnforceUniqueValues: true })).status).toBe(400);
  });

  test('removeField drops the column; system fields cannot be removed; unknown → 400', () => {
    const { list } = setup();
    list.addItem({ Dept: 'A', Score: 1 }, T0);
    list.removeField('Score');
    expect(list.getField('Score')).toBeUndefined();
    expect(list.getItem(1)?.values).not.toHaveProperty('Score');
    expect(odataError(() => list.removeField('Title')).status).toBe(400);
    expect(odataError(() => list.removeField('Nope')).message).toBe("Column 'Nope' does not exist. It may have been deleted by another user.");
    expect(odataError(() => list.updateField('Nope', { Title: 'x' })).status).toBe(400);
  });
});

describe('addItem', () => {
  test('stamps system values and encodes every type', () => {
    const { list } = setup();
    const item = list.addItem(
      {
        __metadata: { type: 'SP.Data.TrainingRecordsListItem' },
        Title: 'First',
        PersonId: 12,
        ModuleId: 2,
        Force: 'Essex',
        Tags: { results: ['A', 'B'] },
        Score: 4.5,
        Attempts: 2,
        Due: '2026-12-01T09:30:00+01:00',
        Done: false,
        ReviewersId: [3, 4, 3],
        Link: { Url: 'https://x.example/a' },
        Notes: 'hello',
        ClientGuid: 'c-1',
        Dept: 'HR'
      },
      T0
    );
    expect(item).toMatchObject({
      Id: 1,
      version: 1,
      authorId: 7,
      editorId: 7,
      created: '2026-11-23T10:00:00Z',
      modified: '2026-11-23T10:00:00Z',
      moderationStatus: 0,
      moderationComments: null,
      uiVersionString: '1.0'
    });
    expect(item.guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(item.values).toEqual({
      Title: 'First',
      Person: 12,
      Module: 2,
      Force: 'Essex',
      Tags: ['A', 'B'],
      Score: 4.5,
      Attempts: 2,
      Due: '2026-12-01T08:30:00Z',
      Done: false,
      Reviewers: [3, 4],
      Link: { Url: 'https://x.example/a', Description: 'https://x.example/a' },
      Notes: 'hello',
      ClientGuid: 'c-1',
      Dept: 'HR'
    });
    expect(list.getItem(1)).toEqual(item);
    expect(list.itemCount).toBe(1);
    expect(list.lastItemModified).toBe('2026-11-23T10:00:00Z');
  });

  test('empty values and defaults', () => {
    const { list } = setup();
    const item = list.addItem({ Dept: 'HR', Title: '' }, T0);
    expect(item.values).toMatchObject({ Title: null, Force: 'Kent', Person: null, Tags: null, Reviewers: [], Link: null, Done: null, Due: null });
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['unknown property', { Nope: 1 }, "The property 'Nope' does not exist on type 'SP.Data.TrainingRecordsListItem'. Make sure to only use property names that are defined by the type."],
    ['bare user name', { Person: 3 }, "The property 'Person' does not exist on type 'SP.Data.TrainingRecordsListItem'. Make sure to only use property names that are defined by the type."],
    ['text as number', { Title: 5 }, "Cannot convert a primitive value to the expected type 'Edm.String'. See the inner exception for more details."],
    ['number as string', { Score: '5' }, "Cannot convert a primitive value to the expected type 'Edm.Double'. See the inner exception for more details."],
    ['integer with fraction', { Attempts: 1.5 }, "Cannot convert a primitive value to the expected type 'Edm.Int32'. See the inner exception for more details."],
    ['user id as string', { PersonId: '3' }, "Cannot convert a primitive value to the expected type 'Edm.Int32'. See the inner exception for more details."],
    ['boolean as number', { Done: 1 }, "Cannot convert a primitive value to the expected type 'Edm.Boolean'. See the inner exception for more details."],
    ['date without zone', { Due: '2026-12-01T09:30:00' }, "Cannot convert a primitive value to the expected type 'Edm.DateTime'. See the inner exception for more details."],
    ['impossible date', { Due: '2026-02-30T09:30:00Z' }, "Cannot convert a primitive value to the expected type 'Edm.DateTime'. See the inner exception for more details."],
    ['multi user as number', { ReviewersId: 3 }, "Cannot convert a primitive value to the expected type 'Collection(Edm.Int32)'. See the inner exception for more details."],
    ['multichoice as string', { Tags: 'A' }, "Cannot convert a primitive value to the expected type 'Collection(Edm.String)'. See the inner exception for more details."],
    ['url as string', { Link: 'https://x' }, "Cannot convert a primitive value to the expected type 'SP.FieldUrlValue'. See the inner exception for more details."],
    ['choice outside the list', { Force: 'Met' }, "Value 'Met' is not a valid choice for field 'Force'."],
    ['multichoice outside the list', { Tags: ['A', 'C'] }, "Value 'C' is not a valid choice for field 'Tags'."],
    ['text too long', { Title: 'x'.repeat(256) }, "The value for field 'Title' is longer than the maximum of 255 characters."],
    ['missing lookup target', { ModuleId: 99 }, "Invalid lookup value: item 99 does not exist in the list that 'Module' looks up."],
    ['server-stamped Created', { Created: '2026-01-01T00:00:00Z' }, "The field 'Created' is set by the server; use ValidateUpdateListItem with bNewDocumentUpdate to change it."],
    ['server-stamped AuthorId', { AuthorId: 3 }, "The field 'AuthorId' is set by the server; use ValidateUpdateListItem with bNewDocumentUpdate to change it."],
    ['server-stamped Id', { Id: 3 }, "The field 'Id' is set by the server; use ValidateUpdateListItem with bNewDocumentUpdate to change it."],
    ['bad moderation status', { OData__ModerationStatus: 9 }, "Value '9' is not a valid moderation status."]
  ])('%s → 400', (_name, payload, message) => {
    const { list } = setup();
    const e = odataError(() => list.addItem({ Dept: 'HR', ...payload }, T0));
    expect(e.status).toBe(400);
    expect(e.message).toBe(message);
    expect(list.itemCount).toBe(0);
  });

  test('required custom field missing or empty → 400; Title is not enforced', () => {
    const { list } = setup();
    expect(odataError(() => list.addItem({ Title: 'x' }, T0)).message).toBe("Field 'Dept' is required.");
    expect(odataError(() => list.addItem({ Dept: '' }, T0)).message).toBe("Field 'Dept' is required.");
    expect(list.addItem({ Dept: 'A' }, T0).values.Title).toBeNull();
  });

  test('fill-in choices accept any value', () => {
    const { list } = setup();
    list.updateField('Force', { FillInChoice: true });
    expect(list.addItem({ Dept: 'A', Force: 'Met' }, T0).values.Force).toBe('Met');
  });

  test('unique values are enforced case-insensitively and ignore empties', () => {
    const { list } = setup();
    list.addItem({ Dept: 'A', ClientGuid: 'abc' }, T0);
    list.addItem({ Dept: 'A' }, T0);
    list.addItem({ Dept: 'A' }, T0);
    const e = odataError(() => list.addItem({ Dept: 'A', ClientGuid: 'ABC' }, T0));
    expect(e.message).toBe('The list item could not be added or updated because duplicate values were found in one or more fields in the list.');
    expect(list.updateItem(1, { ClientGuid: 'abc' }, T0).values.ClientGuid).toBe('abc');
    expect(odataError(() => list.updateItem(2, { ClientGuid: 'Abc' }, T0)).status).toBe(400);
  });

  test('moderated list: new items are pending unless the caller sets a status', () => {
    const { list } = setup();
    list.updateSettings({ EnableModeration: true });
    expect(list.addItem({ Dept: 'A' }, T0).moderationStatus).toBe(2);
    const approved = list.addItem({ Dept: 'A' }, T0, { moderationStatus: 0, moderationComments: 'ok' });
    expect(approved).toMatchObject({ moderationStatus: 0, moderationComments: 'ok' });
    expect(list.addItem({ Dept: 'A', OData__ModerationStatus: 3 }, T0).moderationStatus).toBe(2);
  });
});

describe('updateItem, setSystemValues, deleteItem', () => {
  test('update bumps the etag version, stamps Editor/Modified, keeps Author/Created', () => {
    const { list } = setup();
    list.addItem({ Dept: 'A', Score: 1 }, T0);
    const updated = list.updateItem(1, { Score: 2, Title: 'x' }, at('2026-11-24T08:00:00Z', 9));
    expect(updated).toMatchObject({ version: 2, authorId: 7, editorId: 9, created: '2026-11-23T10:00:00Z', modified: '2026-11-24T08:00:00Z', uiVersionString: '1.0' });
    expect(updated.values).toMatchObject({ Score: 2, Title: 'x', Dept: 'A' });
    expect(odataError(() => list.updateItem(1, { Dept: null }, T0)).message).toBe("Field 'Dept' is required.");
    expect(list.getItem(1)?.values.Dept).toBe('A');
  });

  test('updates keep indexes in step', () => {
    const { list } = setup();
    list.addItem({ Dept: 'A', PersonId: 1 }, T0);
    list.addItem({ Dept: 'A', PersonId: 2 }, T0);
    list.updateItem(1, { PersonId: 2 }, T0);
    expect(list.query({ filter: 'PersonId eq 2' }).items.map((i) => i.Id)).toEqual([1, 2]);
    expect(list.query({ filter: 'PersonId eq 1' }).items).toEqual([]);
    list.updateItem(2, { PersonId: null }, T0);
    expect(list.query({ filter: 'PersonId eq null' }).items.map((i) => i.Id)).toEqual([2]);
  });

  test('missing item → 404 "Item does not exist"', () => {
    const { list } = setup();
    for (const fn of [() => list.updateItem(5, {}, T0), () => list.deleteItem(5), () => list.versions(5), () => list.setSystemValues(5, { authorId: 1 })]) {
      const e = odataError(fn);
      expect(e.status).toBe(404);
      expect(e.code).toBe('-2130575338, System.ArgumentException');
      expect(e.message).toBe('Item does not exist. It may have been deleted by another user.');
    }
    expect(list.getItem(5)).toBeUndefined();
    expect(list.getItem(1.5)).toBeUndefined();
  });

  test('setSystemValues rewrites Author/Editor/Created/Modified without a new version', () => {
    const { list } = setup();
    list.updateSettings({ EnableVersioning: true });
    list.addItem({ Dept: 'A', PersonId: 4 }, T0);
    const item = list.setSystemValues(1, { authorId: 4, editorId: 5, created: '2025-01-01T00:00:00Z', modified: '2025-01-02T00:00:00Z' });
    expect(item).toMatchObject({ authorId: 4, editorId: 5, created: '2025-01-01T00:00:00Z', modified: '2025-01-02T00:00:00Z', version: 1 });
    expect(list.versions(1)).toHaveLength(1);
    expect(list.versions(1)[0]).toMatchObject({ editorId: 5, created: '2025-01-02T00:00:00Z' });
    expect(list.query({ filter: 'AuthorId eq 4' }).items).toHaveLength(1);
    expect(odataError(() => list.setSystemValues(1, { authorId: 9, created: 'yesterday' })).status).toBe(400);
    expect(list.getItem(1)?.authorId).toBe(4);
  });

  test('systemUpdate moves the etag but keeps Editor, Modified, version label and moderation', () => {
    const { list } = setup();
    list.updateSettings({ EnableVersioning: true, EnableModeration: true });
    list.addItem({ Dept: 'A' }, T0, { moderationStatus: 0 });
    const item = list.updateItem(1, { Score: 3 }, at('2026-12-01T00:00:00Z', 99), { systemUpdate: true });
    expect(item).toMatchObject({ version: 2, editorId: 7, modified: '2026-11-23T10:00:00Z', uiVersionString: '1.0', moderationStatus: 0 });
    expect(list.versions(1)).toHaveLength(1);
    expect(list.versions(1)[0].values.Score).toBe(3);
  });

  test('delete removes the row and its index entries; ids are never reused', () => {
    const { list } = setup();
    list.addItem({ Dept: 'A', PersonId: 1 }, T0);
    list.addItem({ Dept: 'A', PersonId: 1 }, T0);
    list.deleteItem(1);
    expect(list.itemCount).toBe(1);
    expect(list.getItem(1)).toBeUndefined();
    expect(list.query({ filter: 'PersonId eq 1' }).items.map((i) => i.Id)).toEqual([2]);
    expect(list.addItem({ Dept: 'A' }, T0).Id).toBe(3);
  });

  test('moderated list: an edit goes back to pending unless a status is given', () => {
    const { list } = setup();
    list.updateSettings({ EnableModeration: true });
    list.addItem({ Dept: 'A' }, T0, { moderationStatus: 0 });
    expect(list.updateItem(1, { Score: 1 }, T0).moderationStatus).toBe(2);
    expect(list.updateItem(1, {}, T0, { moderationStatus: 0, moderationComments: 'fine' })).toMatchObject({ moderationStatus: 0, moderationComments: 'fine' });
    expect(list.updateItem(1, { OData__ModerationStatus: 1 }, T0).moderationStatus).toBe(1);
    expect(list.query({ filter: 'OData__ModerationStatus eq 1' }).items).toHaveLength(1);
  });
});

describe('versions', () => {
  test('versioning off: only the current version, labelled 1.0', () => {
    const { list } = setup();
    list.addItem({ Dept: 'A' }, T0);
    list.updateItem(1, { Score: 1 }, T0);
    const versions = list.versions(1);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ versionId: 512, versionLabel: '1.0', isCurrent: true });
  });

  test('versioning on: each update snapshots, newest first, 512 × major', () => {
    const { list } = setup();
    list.updateSettings({ EnableVersioning: true });
    list.addItem({ Dept: 'A', Score: 1 }, at('2026-11-23T10:00:00Z', 1));
    list.updateItem(1, { Score: 2 }, at('2026-11-23T11:00:00Z', 2));
    list.updateItem(1, { Score: 3 }, at('2026-11-23T12:00:00Z', 3));
    const versions = list.versions(1);
    expect(versions.map((v) => [v.versionId, v.versionLabel, v.isCurrent, v.values.Score, v.editorId, v.created])).toEqual([
      [1536, '3.0', true, 3, 3, '2026-11-23T12:00:00Z'],
      [1024, '2.0', false, 2, 2, '2026-11-23T11:00:00Z'],
      [512, '1.0', false, 1, 1, '2026-11-23T10:00:00Z']
    ]);
    expect(list.getItem(1)?.uiVersionString).toBe('3.0');
    // Returned versions are copies.
    versions[0].values.Score = 99;
    expect(list.versions(1)[0].values.Score).toBe(3);
  });

  test('MajorVersionLimit trims the oldest versions', () => {
    const { list } = setup();
    list.updateSettings({ EnableVersioning: true, MajorVersionLimit: 2 });
    list.addItem({ Dept: 'A', Score: 1 }, T0);
    for (let s = 2; s <= 5; s += 1) list.updateItem(1, { Score: s }, T0);
    expect(list.versions(1).map((v) => v.versionLabel)).toEqual(['5.0', '4.0']);
  });

  test('moderation status is captured per version', () => {
    const { list } = setup();
    list.updateSettings({ EnableVersioning: true, EnableModeration: true });
    list.addItem({ Dept: 'A' }, T0);
    list.updateItem(1, {}, T0, { moderationStatus: 0 });
    expect(list.versions(1).map((v) => v.moderationStatus)).toEqual([0, 2]);
  });
});

describe('bulkInsert', () => {
  test('accepts internal or wire names, checks types only, keeps indexes usable', () => {
    const { list } = setup();
    list.bulkInsert([
      { values: { Person: 5, Force: 'Met', Dept: 'x'.repeat(50) }, authorId: 5, created: '2026-01-01T00:00:00Z' },
      { values: { PersonId: 6, Module: 1 }, authorId: 6, editorId: 2, created: '2026-01-02T00:00:00Z', modified: '2026-01-03T00:00:00Z', moderationStatus: 2 }
    ]);
    expect(list.itemCount).toBe(2);
    expect(list.getItem(2)).toMatchObject({ authorId: 6, editorId: 2, created: '2026-01-02T00:00:00Z', modified: '2026-01-03T00:00:00Z', moderationStatus: 2 });
    expect(list.getItem(1)?.values.Force).toBe('Met');
    expect(list.query({ filter: 'PersonId eq 6' }).items.map((i) => i.Id)).toEqual([2]);
    // The list was created on 2026-11-01 (the store clock): older seeded rows do not move it back.
    expect(list.lastItemModified).toBe('2026-11-01T00:00:00Z');
    list.bulkInsert([{ values: {}, authorId: 1, created: '2026-12-01T00:00:00Z' }]);
    expect(list.lastItemModified).toBe('2026-12-01T00:00:00Z');
    expect(odataError(() => list.bulkInsert([{ values: { Score: 'x' }, authorId: 1, created: '2026-01-01T00:00:00Z' }])).status).toBe(400);
    expect(list.itemCount).toBe(3);
    expect(odataError(() => list.bulkInsert([{ values: { Nope: 1 }, authorId: 1, created: '2026-01-01T00:00:00Z' }])).status).toBe(400);
    expect(odataError(() => list.bulkInsert([{ values: {}, authorId: 1, created: 'soon' }])).status).toBe(400);
  });

  test('memory estimate grows with rows', () => {
    const { list } = setup();
    const before = list.memoryBytesEstimate();
    list.bulkInsert(Array.from({ length: 5000 }, (_, i) => ({ values: { Dept: `D${i % 10}`, Score: i }, authorId: 1, created: '2026-01-01T00:00:00Z' })));
    expect(list.memoryBytesEstimate()).toBeGreaterThan(before + 5000 * 8);
  });
});
