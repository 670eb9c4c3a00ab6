import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { RunningEmulator } from '../server';
import { ADMIN, errorOf, odataError, raw, spFor, startTest } from './helpers';

describe('$batch, paging and the list view threshold', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startTest({
      seed: ({ store }) => {
        const web = store.createWeb('/sites/dev', 'Dev');
        web.createList({ Title: 'Tasks' });
        const big = web.createList({ Title: 'Big' });
        big.addField({ InternalName: 'Area', TypeAsString: 'Text' });
        big.addField({ InternalName: 'Code', TypeAsString: 'Text' });
        big.updateField('Code', { Indexed: true });
        big.bulkInsert(Array.from({ length: 6000 }, (_, i) => ({ values: { Title: `Row ${i + 1}`, Area: i % 2 === 0 ? 'North' : 'South', Code: `C${i % 10}` }, authorId: 3, created: '2026-01-01T00:00:00Z' })));
      }
    });
  });
  afterAll(async () => {
    await emu.close();
  });

  it('answers a batch with one flat part per request, in order, and one failing part fails only itself', async () => {
    const sp = spFor(emu, ADMIN);
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Tasks');
    const p1 = list.items.add({ Title: 'first' });
    const p2 = list.items.add({ Title: 'second' });
    const p3 = list.items.getById(999)();
    const p4 = batched.web.lists.getByTitle('Tasks').select('Title')();
    await execute();
    const [a, b] = await Promise.all([p1, p2]);
    expect([a.Title, b.Title]).toEqual(['first', 'second']);
    const missing = await errorOf(p3);
    expect(missing).toEqual({ status: 404, body: odataError('-2130575338, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.') });
    expect((await p4).Title).toBe('Tasks');
  });

  it('supports MERGE and DELETE verbs inside changesets and returns the ETag header per part', async () => {
    const sp = spFor(emu, ADMIN);
    const first = await sp.web.lists.getByTitle('Tasks').items.add({ Title: 'to merge' });
    const second = await sp.web.lists.getByTitle('Tasks').items.add({ Title: 'to delete' });
    const [batched, execute] = sp.batched();
    const items = batched.web.lists.getByTitle('Tasks').items;
    const u = items.getById(first.Id).update({ Title: 'merged' }, '"1"');
    const d = items.getById(second.Id).delete();
    await execute();
    expect((await u).etag).toBe('"2"');
    await d;
    const parts = emu.log.entries().filter((e) => e.batchSeq !== undefined).slice(-2);
    expect(parts.map((p) => [p.method, p.status])).toEqual([
      ['MERGE', 204],
      ['DELETE', 200]
    ]);
  });

  it('writes the multipart answer exactly: LF, flat parts, closing boundary and final newline', async () => {
    const body = [
      '--batch_1',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `GET ${emu.url}/sites/dev/_api/web/lists/getByTitle('Tasks')?$select=Title HTTP/1.1`,
      'Accept: application/json',
      '',
      '--batch_1--',
      ''
    ].join('\n');
    const r = await raw(emu, 'POST', '/sites/dev/_api/$batch', { headers: { 'content-type': 'multipart/mixed; boundary=batch_1' }, body });
    const text = await r.text();
    const boundary = /boundary=(\S+)/.exec(r.headers.get('content-type') ?? '')?.[1] ?? '';
    expect(text.startsWith(`--${boundary}\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\nHTTP/1.1 200 OK\n`)).toBe(true);
    expect(text.endsWith(`--${boundary}--\n`)).toBe(true);
    expect(text).not.toContain('\r');
  });

  it('pages 6,000 items with absolute nextLinks that keep the original query', async () => {
    const items = spFor(emu, ADMIN).web.lists.getByTitle('Big').items.select('Id', 'Title').top(2000);
    const pages: number[] = [];
    for await (const page of items) pages.push(page.length);
    expect(pages).toEqual([2000, 2000, 2000]);
    const gets = emu.log.entries().filter((e) => e.method === 'GET' && e.path.includes('Big'));
    expect(gets[1].path).toContain('%24skiptoken=Paged%3DTRUE%26p_ID%3D2000');
    expect(gets[1].path).toContain('%24select=Id%2CTitle');
  });

  it('defaults to 100 rows and answers odata.nextLink as an absolute URL', async () => {
    const r = await raw(emu, 'GET', "/sites/dev/_api/web/lists/getByTitle('Big')/items?$select=Id");
    const json = (await r.json()) as { value: unknown[]; 'odata.nextLink': string };
    expect(json.value).toHaveLength(100);
    expect(json['odata.nextLink'].startsWith(`${emu.url}/sites/dev/_api/web/lists/getByTitle('Big')/items?`)).toBe(true);
  });

  it('fails a filter on a non-indexed column of a >5,000 list with the exact threshold 500', async () => {
    const e = await errorOf(spFor(emu, ADMIN).web.lists.getByTitle('Big').items.filter("Area eq 'North'")());
    expect(e).toEqual({
      status: 500,
      body: odataError('-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.')
    });
  });

  it('logs each $filter as structured literals (input stays one literal)', async () => {
    const evil = "x' or Title ne 'y";
    const escaped = evil.replace(/'/g, "''");
    await spFor(emu, ADMIN).web.lists.getByTitle('Tasks').items.filter(`Title eq '${escaped}'`)();
    const f = emu.log.filters().pop();
    expect(f?.literals).toEqual([{ field: 'Title', op: 'eq', type: 'string', value: evil }]);
    const viaHttp = await fetch(`${emu.url}/_emulator/log`);
    const json = (await viaHttp.json()) as { entries: Array<{ filters: Array<{ filter: string }> }> };
    expect(json.entries.some((e) => e.filters.some((x) => x.filter === `Title eq '${escaped}'`))).toBe(true);
  });
});
