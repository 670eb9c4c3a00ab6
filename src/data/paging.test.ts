import { fakeSp, FakeClock, FakeTransport, SITE } from './testing/fakeServer';
import { FakeList, listHandler, parseFilter } from './testing/fakeList';
import { RoundTripMeter } from './testing/roundTrips';
import { dataSite, listOf, spFromUrl, type DataSite } from './sp';
import { PeopleList } from '../lists/people';
import { fromWire, selectFor } from '../lists/mapping';
import type { ItemOf } from '../lists/define';
import { filterFor, type ODataFilter } from './odata';
import { scanByIdRange, queryIndexed, pagesOf, collectPages, assertIndexedFirst, UnindexedFilterError, edgeId, readAllSideBySide, idSpan } from './paging';
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

  it('yields nothing for an empty list, in one round trip', async () => {
    const { site, meter } = metered(new FakeList());
    expect(await collectPages(scanByIdRange(site, PeopleList))).toEqual([]);
    expect(meter.rounds().map((round) => round.map(what))).toEqual([['max', 'min', 'Id ge 1 and Id lt 5001']]);
  });
});

/**
 * A site on a fake list whose answers come after a timer, so requests sent side by side are all in
 * flight before the first answer: the meter then counts round trips as a slow link would.
 */
function metered(list: FakeList): { site: DataSite; meter: RoundTripMeter; transport: FakeTransport } {
  const transport = new FakeTransport(listHandler(list));
  const meter = new RoundTripMeter(async (url, init) => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    return transport.fetch(url, init);
  });
  return { site: dataSite(spFromUrl(SITE, { transport: meter.transport, clock: new FakeClock() }), SITE), meter, transport };
}

/** A request in a round, short: `max` / `min` for the Id probes, else its filter. */
function what(url: string): string {
  const q = new URL(url).searchParams;
  if (q.get('$top') === '1' && q.get('$select') === 'Id') return q.get('$orderby') === 'Id desc' ? 'max' : 'min';
  return q.get('$filter') ?? '(no filter)';
}

/** The Id scan as it was before the probes and the first window went out together: max, then min, then windows from min. */
async function scanBefore(site: DataSite, opts: { pageSize: number; filter?: ODataFilter }): Promise<Array<ItemOf<typeof PeopleList>>> {
  const out: Array<ItemOf<typeof PeopleList>> = [];
  const maxId = await edgeId(site, PeopleList, false);
  if (maxId === null) return out;
  const minId = (await edgeId(site, PeopleList, true)) ?? 1;
  const spec = selectFor(PeopleList);
  for (let from = minId; from <= maxId; from += opts.pageSize) {
    const range = `Id ge ${from} and Id lt ${from + opts.pageSize}`;
    const q = listOf(site, PeopleList)
      .items.select(...spec.select)
      .expand(...spec.expand)
      .top(opts.pageSize)
      .filter(opts.filter !== undefined ? `(${range}) and (${opts.filter.text})` : range)
      .orderBy('Id', true);
    for await (const page of pagesOf(q)) out.push(...page.map((row) => fromWire(PeopleList, row)));
  }
  return out;
}

describe('whole-list reads: the Id probes and the first window in one round trip', () => {
  /** 230 people; `deleted` of the first Ids gone (as deleted items leave them). */
  const listOfPeople = (count: number, deleted: number): FakeList => {
    const list = peopleList(count);
    list.rows.splice(0, deleted);
    return list;
  };
  const ids = (items: ReadonlyArray<{ id: number }>): number[] => items.map((i) => i.id);
  const cases: Array<[string, number, number, ODataFilter | undefined]> = [
    ['a list under one window', 30, 0, undefined],
    ['a list larger than a window', 230, 0, undefined],
    ['a list whose items start above Id 1 (deleted items), larger than a window', 230, 120, undefined],
    ['a list whose items start beyond the first window, filtered', 230, 60, p.eq('department', 'CID')],
    ['an empty list', 0, 0, undefined],
    ['a list whose every item was deleted', 40, 40, undefined]
  ];

  it.each(cases)('gives what the scan gave before, item for item: %s', async (_name, count, deleted, filter) => {
    const before = await scanBefore(dataSite(fakeSp(listHandler(listOfPeople(count, deleted))).sp, SITE), { pageSize: 50, filter });
    const scanned = await collectPages(scanByIdRange(metered(listOfPeople(count, deleted)).site, PeopleList, { pageSize: 50, filter }));
    const sideBySide = await readAllSideBySide(metered(listOfPeople(count, deleted)).site, PeopleList, { pageSize: 50, filter });
    expect(scanned).toEqual(before);
    expect(sideBySide).toEqual(before);
    expect(ids(before)).toEqual(
      listOfPeople(count, deleted)
        .rows.filter((r) => filter === undefined || r.pplDepartment === 'CID')
        .map((r) => r.Id)
    );
  });

  it('reads a list under one window in ONE round trip of three requests (the set-up check, small lists)', async () => {
    for (const read of [
      (site: DataSite) => collectPages(scanByIdRange(site, PeopleList)),
      (site: DataSite) => readAllSideBySide(site, PeopleList)
    ]) {
      const { site, meter } = metered(peopleList(30, 5000));
      expect(await read(site)).toHaveLength(30);
      expect(meter.sequential()).toBe(1);
      expect(meter.requests).toBe(3);
      expect(meter.rounds().map((round) => round.map(what))).toEqual([['max', 'min', 'Id ge 1 and Id lt 5001']]);
    }
  });

  it('scans the windows after the first one by one, aligned after it; reads them side by side in one more round trip', async () => {
    const scan = metered(listOfPeople(230, 0));
    await collectPages(scanByIdRange(scan.site, PeopleList, { pageSize: 50 }));
    expect(scan.meter.rounds().map((round) => round.map(what))).toEqual([
      ['max', 'min', 'Id ge 1 and Id lt 51'],
      ['Id ge 51 and Id lt 101'],
      ['Id ge 101 and Id lt 151'],
      ['Id ge 151 and Id lt 201'],
      ['Id ge 201 and Id lt 251']
    ]);
    const all = metered(listOfPeople(230, 0));
    await readAllSideBySide(all.site, PeopleList, { pageSize: 50 });
    expect(all.meter.rounds().map((round) => round.map(what))).toEqual([
      ['max', 'min', 'Id ge 1 and Id lt 51'],
      ['Id ge 51 and Id lt 101', 'Id ge 101 and Id lt 151', 'Id ge 151 and Id lt 201', 'Id ge 201 and Id lt 231']
    ]);
  });

  it('starts the later windows at the lowest Id when the items start beyond the first window', async () => {
    const scan = metered(listOfPeople(230, 120));
    await collectPages(scanByIdRange(scan.site, PeopleList, { pageSize: 50 }));
    expect(scan.meter.rounds().map((round) => round.map(what))).toEqual([
      ['max', 'min', 'Id ge 1 and Id lt 51'],
      ['Id ge 121 and Id lt 171'],
      ['Id ge 171 and Id lt 221'],
      ['Id ge 221 and Id lt 271']
    ]);
    const all = metered(listOfPeople(230, 120));
    await readAllSideBySide(all.site, PeopleList, { pageSize: 50 });
    expect(all.meter.rounds().map((round) => round.map(what))).toEqual([
      ['max', 'min', 'Id ge 1 and Id lt 51'],
      ['Id ge 121 and Id lt 171', 'Id ge 171 and Id lt 221', 'Id ge 221 and Id lt 231']
    ]);
  });

  it('leaves out items created after the scan started, even when they land in the first window', async () => {
    for (const read of [
      (site: DataSite) => collectPages(scanByIdRange(site, PeopleList, { pageSize: 50 })),
      (site: DataSite) => readAllSideBySide(site, PeopleList, { pageSize: 50 })
    ]) {
      const list = peopleList(10);
      // Someone adds a person between the answer to the highest-Id probe and the first window's.
      const transport = new FakeTransport(async (req) => {
        if (req.query.$filter !== undefined && list.rows.length === 10) list.add({ Title: 'Late', pplUpn: 'late@kent.police.uk', pplForce: 'Kent' });
        return listHandler(list)(req);
      });
      const site = dataSite(spFromUrl(SITE, { transport: transport.fetch, clock: new FakeClock() }), SITE);
      const items = await read(site);
      // The probe was answered before the person was added, the first window after: it held them.
      expect(transport.requests.slice(0, 3).map((r) => what(r.url))).toEqual(['max', 'min', 'Id ge 1 and Id lt 51']);
      expect(list.rows).toHaveLength(11);
      expect(ids(items)).toEqual(list.rows.slice(0, 10).map((r) => r.Id));
    }
  });

  it('gives both ends of a list in one round trip', async () => {
    const { site, meter } = metered(listOfPeople(230, 120));
    expect(await idSpan(site, PeopleList)).toEqual({ lowest: 121, highest: 230 });
    expect(meter.sequential()).toBe(1);
    expect(await idSpan(metered(new FakeList()).site, PeopleList)).toBeUndefined();
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
