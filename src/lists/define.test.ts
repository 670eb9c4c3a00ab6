import { defineList, listSettingsPayload, ItemOf, NewItemOf, ItemPatchOf, SchemaDefinitionError, MAX_INDEXED_FIELDS } from './define';
import { f, FieldMap, IsoDate, UserRef, LookupRef } from './fields';
import { ALL_LISTS } from './index';
import { Demo, DemoDef } from './testing/demoList';
import { PeopleList, Person } from './people';

/** Compile-time equality: `expectType<Equal<A, B>>(true)` fails to compile when A and B differ. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(value: T): T {
  return value;
}



describe('defineList types', () => {
  it('derives the typed item from the declaration', () => {
    type Item = ItemOf<DemoDef>;
    expectType<Equal<Item['name'], string>>(true);
    expectType<Equal<Item['code'], string>>(true);
    expectType<Equal<Item['notes'], string | null>>(true);
    expectType<Equal<Item['qty'], number | null>>(true);
    expectType<Equal<Item['due'], IsoDate | null>>(true);
    expectType<Equal<Item['at'], Date>>(true);
    expectType<Equal<Item['done'], boolean>>(true);
    expectType<Equal<Item['status'], 'New' | 'Done'>>(true);
    expectType<Equal<Item['open'], string | null>>(true);
    expectType<Equal<Item['tags'], ReadonlyArray<'x' | 'y'>>>(true);
    expectType<Equal<Item['owner'], UserRef | null>>(true);
    expectType<Equal<Item['person'], LookupRef | null>>(true);
    expectType<Equal<Item['clientId'], string | null>>(true);
    expectType<Equal<Item['id'], number>>(true);
    expectType<Equal<Person['force'], string>>(true);
    expectType<Equal<Person['startDate'], string | null>>(true);
  });

  it('makes required columns mandatory on create and everything optional on update', () => {
    const create: NewItemOf<DemoDef> = { name: 'n', code: 'c', at: new Date(0), status: 'New', owner: { id: 3 } };
    const patch: ItemPatchOf<DemoDef> = { qty: 2 };
    // @ts-expect-error: `code` is required on create
    const missing: NewItemOf<DemoDef> = { name: 'n', at: new Date(0), status: 'New' };
    // @ts-expect-error: not one of the declared choices
    const wrongChoice: ItemPatchOf<DemoDef> = { status: 'Maybe' };
    expect([create, patch, missing, wrongChoice]).toHaveLength(4);
  });
});

describe('defineList rules', () => {
  const spec = (fields: FieldMap, prefix = 'tst'): (() => unknown) => () =>
    defineList({ key: 'tst', title: 'T', url: 'Lists/T', description: '', prefix, fields, permissions: { read: [], contribute: [] } });

  it('adds the indexed, non-unique client id column', () => {
    expect(PeopleList.fields.clientId).toMatchObject({ internalName: 'pplClientId', indexed: true, required: false });
  });

  it.each<[string, FieldMap, string]>([
    ['an unprefixed name', { a: f.text({ internalName: 'Code', displayName: 'C' }) }, 'must be tst<PascalCase>'],
    ['a name with a space', { a: f.text({ internalName: 'tst Code', displayName: 'C' }) }, 'must be tst<PascalCase>'],
    ['a name used twice', { a: f.text({ internalName: 'tstA', displayName: 'A' }), b: f.number({ internalName: 'tstA', displayName: 'B' }) }, 'used twice'],
    ['a name over 32 characters', { a: f.text({ internalName: `tst${'A'.repeat(30)}`, displayName: 'A' }) }, 'longer than 32'],
    ['an empty choice list', { a: f.choice({ internalName: 'tstA', displayName: 'A', choices: [] }) }, 'no choices'],
    ['a default outside the choices', { a: f.choice({ internalName: 'tstA', displayName: 'A', choices: ['x'], defaultValue: 'y' as 'x' }) }, 'not one of'],
    ['a reserved key', { clientId: f.text({ internalName: 'tstX', displayName: 'X' }) }, 'reserved']
  ])('refuses %s', (_label, fields, message) => {
    expect(spec(fields)).toThrow(SchemaDefinitionError);
    expect(spec(fields)).toThrow(message);
  });

  it(`refuses more than ${MAX_INDEXED_FIELDS} indexed columns (the client id counts)`, () => {
    const fields: Record<string, ReturnType<typeof f.text>> = {};
    for (let i = 0; i < MAX_INDEXED_FIELDS; i++) fields[`c${i}`] = f.text({ internalName: `tstC${i}`, displayName: `C${i}`, indexed: true });
    expect(spec(fields)).toThrow('21 indexed columns');
  });

  it('refuses a group that may delete without contributing', () => {
    const bad = (): unknown =>
      defineList({ key: 'tst', title: 'T', url: 'Lists/T', description: '', prefix: 'tst', fields: {}, permissions: { read: [], contribute: [], delete: ['workforce'] } });
    expect(bad).toThrow('may delete but does not contribute');
  });

  it('refuses a group that both contributes and only adds', () => {
    const bad = (): unknown =>
      defineList({ key: 'tst', title: 'T', url: 'Lists/T', description: '', prefix: 'tst', fields: {}, permissions: { read: [], contribute: ['programme'], append: ['programme'] } });
    expect(bad).toThrow('both contributes and only adds');
    expect(defineList({ key: 'tst', title: 'T', url: 'Lists/T', description: '', prefix: 'tst', fields: {}, permissions: { read: [], contribute: [] } }).permissions.append).toEqual([]);
  });

  it('refuses a bad prefix', () => {
    expect(spec({}, 'Bad')).toThrow('prefix');
  });

  it('loads every suite list', () => {
    expect(ALL_LISTS.map((l) => l.key)).toEqual(['suiteSettings', 'people', 'trainingModules', 'trainingCompletions', 'trainingSummary', 'surveys', 'surveyResponses', 'surveyResults', 'benefitInputs', 'catalogueEntries', 'catalogueVotes', 'poorOutputReports', 'championQuestions', 'risks', 'riskAssessments', 'riskActions', 'raidItems', 'riskAppetite', 'boardMeetings', 'boardRecords', 'boardSnapshotParts']);
    expect(new Set(ALL_LISTS.map((l) => l.prefix)).size).toBe(ALL_LISTS.length);
    expect(new Set(ALL_LISTS.map((l) => l.url.toLowerCase())).size).toBe(ALL_LISTS.length);
  });
});

describe('listSettingsPayload', () => {
  it('maps settings to the REST list properties', () => {
    expect(listSettingsPayload(Demo)).toEqual({
      EnableVersioning: true,
      MajorVersionLimit: 50,
      EnableModeration: true,
      DraftVersionVisibility: 2,
      ReadSecurity: 2,
      WriteSecurity: 2,
      EnableAttachments: false
    });
    expect(listSettingsPayload(PeopleList)).toMatchObject({ EnableModeration: false, ReadSecurity: 1, WriteSecurity: 1 });
  });
});

