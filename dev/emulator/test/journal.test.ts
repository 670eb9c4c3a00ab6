import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SeedContext } from '../server';
import { ADMIN, MEGAN, spFor, startTest } from './helpers';

function seed({ store }: SeedContext): void {
  const web = store.createWeb('/sites/dev', 'Dev');
  const list = web.createList({ Title: 'Tasks', EnableVersioning: true });
  list.bulkInsert([{ values: { Title: 'seeded' }, authorId: 3, created: '2026-01-01T00:00:00Z' }]);
}

describe('persistence: seed + append-only journal replayed on restart', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'emu-journal-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores edits (including batch parts) after a restart, with the same guids and timestamps', async () => {
    const first = await startTest({ seed, dataDir: dir, journal: true, clock: { fixed: '2026-11-23T09:00:00Z' } });
    const sp = spFor(first, MEGAN);
    const list = sp.web.lists.getByTitle('Tasks');
    const added = await list.items.add({ Title: 'typed by a user' });
    first.clock.setFixed('2026-11-23T09:05:00Z');
    await list.items.getById(1).update({ Title: 'seeded, then edited' });
    const [batched, execute] = spFor(first, ADMIN).batched();
    const b = batched.web.lists.getByTitle('Tasks').items.add({ Title: 'from a batch' });
    await execute();
    await b;
    await list.items.filter("Title eq 'x'")();
    const before = await list.items.select('Id', 'Title', 'GUID', 'Modified', 'AuthorId')();
    const listId = (await list.select('Id')()).Id;
    const versionsBefore = await list.items.getById(1).versions();
    await first.close();

    const lines = readFileSync(join(dir, 'journal.jsonl'), 'utf8').trim().split('\n');
    // add, merge, batch part (contextinfo, GETs and the outer $batch are not journaled)
    expect(lines.map((l) => (JSON.parse(l) as { method: string }).method)).toEqual(['POST', 'MERGE', 'POST']);

    const second = await startTest({ seed, dataDir: dir, journal: true });
    expect(second.replay).toEqual({ applied: 3, failed: [] });
    const sp2 = spFor(second, MEGAN);
    const after = await sp2.web.lists.getByTitle('Tasks').items.select('Id', 'Title', 'GUID', 'Modified', 'AuthorId')();
    expect(after).toEqual(before);
    expect((await sp2.web.lists.getByTitle('Tasks').select('Id')()).Id).toBe(listId);
    expect(after.find((i) => i.Id === added.Id)?.Title).toBe('typed by a user');
    const versions = await sp2.web.lists.getByTitle('Tasks').items.getById(1).versions();
    const strip = (v: Array<Record<string, unknown>>): unknown[] => v.map(({ 'odata.id': _a, 'odata.editLink': _b, ...rest }) => rest);
    expect(strip(versions as unknown as Array<Record<string, unknown>>)).toEqual(strip(versionsBefore as unknown as Array<Record<string, unknown>>));
    await second.close();
  });
});
