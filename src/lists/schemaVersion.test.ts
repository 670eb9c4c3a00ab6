import { defineList } from './define';
import { f } from './fields';
import { schemaFingerprint, schemaVersion } from './schemaVersion';
import { ALL_LISTS } from './index';
import { PeopleList } from './people';
import { Demo } from './testing/demoList';

const spec = (extra: boolean): Parameters<typeof defineList>[0] => ({
  key: 'ver',
  title: 'Versioned',
  url: 'Lists/Versioned',
  description: 'A list whose definition changes.',
  prefix: 'ver',
  fields: {
    name: f.title({ displayName: 'Name' }),
    ...(extra ? { code: f.text({ internalName: 'verCode', displayName: 'Code', indexed: true }) } : {})
  },
  permissions: { read: ['workforce'], contribute: [] }
});

describe('schemaVersion', () => {
  it('is 12 hex digits, the same for the same definition', () => {
    expect(schemaVersion(PeopleList)).toMatch(/^[0-9a-f]{12}$/);
    expect(schemaVersion(defineList(spec(false)))).toBe(schemaVersion(defineList(spec(false))));
  });

  it('changes when a column is added and differs between the suite lists', () => {
    expect(schemaVersion(defineList(spec(true)))).not.toBe(schemaVersion(defineList(spec(false))));
    expect(new Set(ALL_LISTS.map(schemaVersion)).size).toBe(ALL_LISTS.length);
  });

  it('changes with a setting, not with the title or description', () => {
    const base = defineList(spec(false));
    expect(schemaVersion({ ...base, settings: { ...base.settings, attachments: true } })).not.toBe(schemaVersion(base));
    expect(schemaVersion({ ...base, title: 'Renamed', description: 'Other' })).toBe(schemaVersion(base));
  });

  it('names lookup targets by key, so the version does not depend on the site', () => {
    expect(schemaFingerprint(Demo)).toContain('List=\\"{people}\\"');
  });
});
