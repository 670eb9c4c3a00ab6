import { fakeSp, SITE } from './testing/fakeServer';
import { FakeList, listHandler, parseFilter } from './testing/fakeList';
import { dataSite, listOf } from './sp';
import { PeopleList } from '../lists/people';
import { filterFor } from './odata';
import { scanByIdRange, queryIndexed, pagesOf, collectPages, assertIndexedFirst, UnindexedFilterError } from './paging';
import { ThresholdError } from './errors';

function peopleList(count: number, threshold = 50): FakeList {
  const list = new FakeList({ threshold, indexed: ['pplUpn', 'pplForce', 'pplDepartment', 'pplManagerUpn', 'pplClientId'] });
  for (let i = 0; i < count; i++) {
    list.add({ Title: `Person ${i}`, pplUpn: `p${i}@kent.police.uk`, pplForce: i % 2 === 0 ? 'Kent' : 'Essex', pplDepartment: i % 10 === 0 ? 'CID' : 'Response' });
  }
  return list;
}

const p = filterFor(PeopleList);

describe('the fake list (test double sanity)', () => {
  it('parses what the data layer sends', () => {
    expect(parseFilter("(Id ge 1 and Id lt 5001) and (pplForce eq 'O''K')")).toEqual({
      kind: 'and',
      left: { kind: 'and', left: { kind: 'cmp', column: 'Id', op: 'ge', value: 1 }, right: { kind: 'cmp', column: 'Id', op: 'lt', value: 5001 } },
      right: { kind: 'cmp', column: 'pplForce', op: 'eq', value: "O'K" }
    });
  });
});

describe('scanByIdRange', () => {
  it('reads a list over the threshold in Id windows, each request threshold-safe', async () => {
    const list = peopleList(230);
    // Deleted items leave holes; the scan must not care.
    list.rows.splice(10, 20);
    const { sp, transport } = fakeSp(listHandler(list));
    const site = dataSite(sp, SITE);
    const pages = await collectPages(scanByIdRange(site, PeopleList, { pageSize: 50 }));
    expect(pages.map((x) => x.id)).toEqual(list.rows.map((r) => r.Id));
    expect(pages[0]).toMatchObject({ upn: 'p0@kent.police.uk', force: 'Kent', displayName: 'Person 0' });
    const queries = transport.requests.map((r) => r.query);
    expect(queries[0]).toMatchObject({ $select: 'Id', $orderby: 'Id desc', $top: '1' });
    expect(queries[1]).toMatchObject({ $select: 'Id', $orderby: 'Id asc', $top: '1' });
    expect(queries.slice(2).map((q) => q.$filter)).toEqual([
      'Id ge 1 and Id lt 51',
      'Id ge 51 and Id lt 101',
      'Id ge 101 and Id lt 151',
      'Id ge 151 and Id lt 201',
      'Id ge 201 and Id lt 251'
    ]);
    expect(queries[2].$top).toBe('50');
    expect(queries[2].$expand).toBe('Author,Editor');
  });

  it('applies a filter inside each window', async () => {
    const list = peopleList(120);
    const { sp, transport } = fakeSp(listHandler(list));
    const rows = await collectPages(scanByIdRange(dataSite(sp, SITE), PeopleList, { pageSize: 50, filter: p.eq('department', 'CID') }));
    expect(rows).toHaveLength(12);
    expect(transport.requests[2].query.$filter).toBe("(Id ge 1 and Id lt 51) and (pplDepartment eq 'CID')");
  });

  it('yields nothing for an empty list', async () => {
    const { sp, transport } = fakeSp(listHandler(new FakeList()));
    expect(await collectPages(scanByIdRange(dataSite(sp, SITE), PeopleList))).toEqual([]);
    expect(transport.requests).toHaveLength(1);
  });
});

describe('queryIndexed', () => {
  it('pages through nextLink with an indexed first clause', async () => {
    const list = peopleList(300, 5000);
    const { sp, transport } = fakeSp(listHandler(list));
    const pages: number[] = [];
    for await (const page of queryIndexed(dataSite(sp, SITE), PeopleList, p.eq('force', 'Essex'), { pageSize: 40 })) pages.push(page.length);
    expect(pages).toEqual([40, 40, 40, 30]);
    expect(transport.requests[1].query.$skiptoken).toBe('Paged=TRUE&p_ID=80');
    expect(transport.requests[1].query.$filter).toBe("pplForce eq 'Essex'");
  });

  it('falls back to Id windows when the indexed clause matches too many rows', async () => {
    const list = peopleList(200, 50);
    const { sp, transport } = fakeSp(listHandler(list));
    const rows = await collectPages(queryIndexed(dataSite(sp, SITE), PeopleList, p.eq('force', 'Kent'), { pageSize: 50 }));
    expect(rows).toHaveLength(100);
    expect(transport.requests[0].query.$filter).toBe("pplForce eq 'Kent'");
    expect(transport.requests[3].query.$filter).toBe("(Id ge 1 and Id lt 51) and (pplForce eq 'Kent')");
  });

  it('refuses a filter that does not start with an indexed column, before any request', async () => {
    const { sp, transport } = fakeSp(listHandler(peopleList(5)));
    const gen = queryIndexed(dataSite(sp, SITE), PeopleList, p.and(p.eq('jobTitle', 'PC'), p.eq('force', 'Kent')));
    await expect(gen.next()).rejects.toBeInstanceOf(UnindexedFilterError);
    expect(transport.requests).toHaveLength(0);
    expect(() => assertIndexedFirst(PeopleList, p.eq('upn', 'x'))).not.toThrow();
  });
});

describe('pagesOf', () => {
  it('turns a threshold refusal into ThresholdError', async () => {
    const list = peopleList(100, 50);
    const { sp } = fakeSp(listHandler(list));
    const q = listOf(dataSite(sp, SITE), PeopleList).items.filter("pplJobTitle eq 'x'");
    await expect(collectPages(pagesOf(q))).rejects.toBeInstanceOf(ThresholdError);
  });
});
