import { fakeSp, SITE } from './testing/fakeServer';
import { FakeList, listHandler } from './testing/fakeList';
import { dataSite } from './sp';
import { SuiteSettingsRepository } from './SuiteSettingsRepository';
import { ConflictError, ValidationError } from './errors';

const forces = (json: unknown): string[] | null => (Array.isArray(json) && json.every((x) => typeof x === 'string') ? (json as string[]) : null);

function setup(): { list: FakeList; repo: SuiteSettingsRepository } {
  const list = new FakeList({ indexed: ['Title', 'setClientId'], listPath: "/sites/m365/_api/web/getList('%2Fsites%2Fm365%2FLists%2FSuiteSettings')" });
  const { sp } = fakeSp(listHandler(list));
  return { list, repo: new SuiteSettingsRepository(dataSite(sp, SITE)) };
}

describe('SuiteSettingsRepository', () => {
  it('creates, reads and updates a JSON setting with its etag', async () => {
    const { list, repo } = setup();
    expect(await repo.get('forces', forces)).toBeNull();
    await repo.set('forces', ['Kent', 'Essex']);
    expect(list.rows[0]).toMatchObject({ Title: 'forces', setValue: '["Kent","Essex"]' });
    const read = await repo.get('forces', forces);
    expect(read).toMatchObject({ value: ['Kent', 'Essex'], id: 1, etag: '"1"' });
    await repo.set('forces', ['Kent', 'Essex', 'Joint'], read?.etag);
    expect((await repo.get('forces', forces))?.value).toEqual(['Kent', 'Essex', 'Joint']);
  });

  it('refuses to overwrite without an etag, and reports a stale one as a conflict', async () => {
    const { repo } = setup();
    await repo.set("o'key", [1]);
    await expect(repo.set("o'key", [2])).rejects.toBeInstanceOf(ValidationError);
    await expect(repo.set("o'key", [2], '"0"')).rejects.toBeInstanceOf(ConflictError);
  });

  it('reports a stored value of the wrong shape', async () => {
    const { list, repo } = setup();
    list.add({ Title: 'forces', setValue: '{"not":"a list"}' });
    list.add({ Title: 'broken', setValue: '{' });
    await expect(repo.get('forces', forces)).rejects.toThrow('unexpected shape');
    await expect(repo.get('broken', forces)).rejects.toThrow('not valid JSON');
  });
});
