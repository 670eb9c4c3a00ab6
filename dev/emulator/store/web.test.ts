import { ODataError } from './errors';
import { fieldToWireName, wireNameToField } from './fields';
import { formatGuid, itemGuid, normaliseGuid, SeededRandom } from './guid';
import { EmulatorStore, normaliseUrl } from './web';

function error(fn: () => unknown): ODataError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ODataError) return e;
    throw e;
  }
  throw new Error('expected an ODataError');
}

describe('EmulatorStore and webs', () => {
  test('createWeb, getWeb (any case, trailing slash) and duplicates', () => {
    const store = new EmulatorStore();
    const root = store.createWeb('/', 'Root');
    const data = store.createWeb('/sites/Data/', 'Data');
    expect(data.serverRelativeUrl).toBe('/sites/Data');
    expect(store.getWeb('/SITES/data')).toBe(data);
    expect(store.getWeb('')).toBe(root);
    expect(store.webs).toEqual([root, data]);
    expect(error(() => store.createWeb('/sites/data', 'Again')).status).toBe(400);
  });

  test.each<[string, string | undefined]>([
    ['/sites/data/_api/web/lists', '/sites/data'],
    ['/sites/DATA', '/sites/data'],
    ['/sites/data/sub/_api/web', '/sites/data/sub'],
    ['/sites/database/_api', '/'],
    ['/_api/web', '/'],
    ['/sites/data?x=1', '/sites/data']
  ])('findWebForPath(%s) → %s', (path, expected) => {
    const store = new EmulatorStore();
    store.createWeb('/', 'Root');
    store.createWeb('/sites/data', 'Data');
    store.createWeb('/sites/data/sub', 'Sub');
    expect(store.findWebForPath(path)?.serverRelativeUrl).toBe(expected);
  });

  test('findWebForPath without a root web', () => {
    const store = new EmulatorStore();
    store.createWeb('/sites/data', 'Data');
    expect(store.findWebForPath('/sites/other/_api')).toBeUndefined();
  });

  test('normaliseUrl', () => {
    expect(normaliseUrl('sites/x//')).toBe('/sites/x');
    expect(normaliseUrl('/')).toBe('/');
  });
});

describe('lists in a web', () => {
  test('createList fills defaults, url and entity names', () => {
    const store = new EmulatorStore({ clock: () => new Date('2026-11-23T10:00:00.900Z') });
    const web = store.createWeb('/sites/data', 'Data');
    const list = web.createList({ Title: 'Training Records', EnableVersioning: true });
    expect(list.settings).toEqual({
      Title: 'Training Records',
      Description: '',
      BaseTemplate: 100,
      EnableVersioning: true,
      MajorVersionLimit: 50,
      EnableModeration: false,
      DraftVersionVisibility: 0,
      ReadSecurity: 1,
      WriteSecurity: 1,
      Hidden: false,
      NoCrawl: false,
      EnableAttachments: true,
      ContentTypesEnabled: false
    });
    expect(list.serverRelativeUrl).toBe('/sites/data/Lists/TrainingRecords');
    expect(list.entityTypeName).toBe('TrainingRecordsList');
    expect(list.listItemEntityTypeFullName).toBe('SP.Data.TrainingRecordsListItem');
    expect(list.created).toBe('2026-11-23T10:00:00Z');
    expect(list.itemCount).toBe(0);
    expect(list.fields.length).toBeGreaterThan(5);
  });

  test('explicit url names, clashes, odd titles and the root web', () => {
    const store = new EmulatorStore();
    const root = store.createWeb('/', 'Root');
    expect(root.createList({ Title: 'Risks' }).serverRelativeUrl).toBe('/Lists/Risks');
    expect(root.createList({ Title: 'Risk s' }).serverRelativeUrl).toBe('/Lists/Risks1');
    expect(root.createList({ Title: 'Q&A: Champions' }, 'champ_q').entityTypeName).toBe('champ_x005f_qList');
    expect(root.createList({ Title: '!!!' }).serverRelativeUrl).toBe('/Lists/List');
  });

  test('lookups by title, id and url', () => {
    const store = new EmulatorStore();
    const web = store.createWeb('/sites/data', 'Data');
    const list = web.createList({ Title: "Bob's List" });
    expect(web.getListByTitle("BOB'S LIST")).toBe(list);
    expect(web.getListById(`{${list.id.toUpperCase()}}`)).toBe(list);
    expect(web.getListByUrl('/sites/data/lists/bobslist/')).toBe(list);
    expect(web.getListByUrl('Lists/BobsList')).toBe(list);
    expect(web.getListByUrl('/sites/data/Lists/Nope')).toBeUndefined();
    expect(web.getListByTitle('nope')).toBeUndefined();
  });

  test('duplicate title → SharePoint message; delete by id; missing → 404', () => {
    const store = new EmulatorStore();
    const web = store.createWeb('/sites/data', 'Data');
    const list = web.createList({ Title: 'Tasks' });
    const dup = error(() => web.createList({ Title: 'tasks' }));
    expect(dup.code).toBe('-2130575342, Microsoft.SharePoint.SPException');
    expect(dup.message).toBe(
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'
    );
    web.deleteList(list.id);
    expect(web.lists).toEqual([]);
    const missing = error(() => web.deleteList(list.id));
    expect(missing.status).toBe(404);
    expect(missing.code).toBe('-2130575322, Microsoft.SharePoint.SPException');
  });

  test('renaming keeps the url', () => {
    const store = new EmulatorStore();
    const web = store.createWeb('/sites/data', 'Data');
    const list = web.createList({ Title: 'Tasks' });
    list.updateSettings({ Title: 'Jobs', ReadSecurity: 2 });
    expect(web.getListByTitle('jobs')).toBe(list);
    expect(list.serverRelativeUrl).toBe('/sites/data/Lists/Tasks');
    expect(list.settings.ReadSecurity).toBe(2);
  });

  test('memoryReport lists every list', () => {
    const store = new EmulatorStore();
    const web = store.createWeb('/sites/data', 'Data');
    web.createList({ Title: 'A' }).addItem({ Title: 'x' }, { userId: 1, now: new Date() });
    const report = store.memoryReport();
    expect(report.heapUsedMB).toBeGreaterThan(0);
    expect(report.rssMB).toBeGreaterThan(0);
    expect(report.lists).toEqual([{ web: '/sites/data', title: 'A', items: 1, estimatedMB: expect.any(Number) }]);
  });
});

describe('deterministic ids', () => {
  const build = (seed: number): string[] => {
    const store = new EmulatorStore({ idSeed: seed });
    const web = store.createWeb('/sites/data', 'Data');
    const list = web.createList({ Title: 'A' });
    const field = list.addField({ InternalName: 'X', TypeAsString: 'Text' });
    const item = list.addItem({ Title: 'x' }, { userId: 1, now: new Date() });
    return [web.id, list.id, field.Id, item.guid];
  };

  test('same seed, same guids; another seed, other guids', () => {
    expect(build(5)).toEqual(build(5));
    expect(build(5)).not.toEqual(build(6));
    for (const g of build(5)) expect(g).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('item guids are unique per list', () => {
    const seen = new Set<string>();
    for (let id = 1; id <= 50_000; id += 1) seen.add(itemGuid(12345, id));
    expect(seen.size).toBe(50_000);
  });

  test('helpers', () => {
    expect(formatGuid(0, 0, 0, 0)).toBe('00000000-0000-4000-8000-000000000000');
    expect(normaliseGuid(' {ABCDEF00-0000-4000-8000-000000000000} ')).toBe('abcdef00-0000-4000-8000-000000000000');
    const r = new SeededRandom(1);
    expect(r.nextUint32()).not.toBe(r.nextUint32());
  });
});

describe('wire names', () => {
  const store = new EmulatorStore();
  const list = store.createWeb('/', 'Root').createList({ Title: 'A' });
  list.addField({ InternalName: 'Owner', TypeAsString: 'User' });
  list.addField({ InternalName: 'Approvers', TypeAsString: 'UserMulti' });
  list.addField({ InternalName: 'Module', TypeAsString: 'Lookup' });
  list.addField({ InternalName: 'RequestId', TypeAsString: 'Number' });

  test.each<[string, string]>([
    ['ID', 'Id'],
    ['Title', 'Title'],
    ['Author', 'AuthorId'],
    ['Owner', 'OwnerId'],
    ['Approvers', 'ApproversId'],
    ['Module', 'ModuleId'],
    ['_ModerationStatus', 'OData__ModerationStatus'],
    ['_UIVersionString', 'OData__UIVersionString'],
    ['RequestId', 'RequestId']
  ])('fieldToWireName(%s) = %s', (internal, wire) => {
    const field = list.getField(internal);
    expect(field).toBeDefined();
    if (field !== undefined) expect(fieldToWireName(field)).toBe(wire);
  });

  test.each<[string, string | undefined, boolean]>([
    ['Id', 'ID', false],
    ['ID', 'ID', false],
    ['OwnerId', 'Owner', true],
    ['Owner', 'Owner', false],
    ['ApproversId', 'Approvers', true],
    ['OData__ModerationStatus', '_ModerationStatus', false],
    ['RequestId', 'RequestId', false],
    ['TitleId', undefined, false],
    ['Nope', undefined, false]
  ])('wireNameToField(%s)', (name, internal, idForm) => {
    const match = wireNameToField(list.fields, name);
    expect(match?.field.InternalName).toBe(internal);
    if (match !== undefined) expect(match.idForm).toBe(idForm);
  });
});
