import { fakeSp, SITE, Handler, RecordedRequest } from './testing/fakeServer';
import { FakeList, listHandler, parseBatchBody } from './testing/fakeList';
import { dataSite, DataSite } from './sp';
import { PeopleList, NewPerson } from '../lists/people';
import { createItem, createItems, updateItem, updateItems, deleteItem, randomClientId, withoutCopies } from './writes';
import { ConflictError, NetworkError, NotFoundError, ValidationError } from './errors';
import { Demo } from '../lists/testing/demoList';

function setup(wrap: (h: Handler) => Handler = (h) => h): { list: FakeList; site: DataSite; requests: RecordedRequest[] } {
  const list = new FakeList({ indexed: ['pplUpn', 'pplClientId'] });
  const { sp, transport } = fakeSp(wrap(listHandler(list)));
  return { list, site: dataSite(sp, SITE), requests: transport.requests };
}

const person = (i: number): NewPerson => ({ displayName: `Person ${i}`, upn: `p${i}@essex.police.uk`, force: 'Essex' });

let seq = 0;
const ids = (): string => `cid-${++seq}`;

/** Fails the n-th request matching `match`: before the server sees it, or after it committed. */
function drop(match: (r: RecordedRequest) => boolean, when: 'before' | 'after', times = 1, how: 'network' | '504' = 'network'): (h: Handler) => Handler {
  let left = times;
  return (h) => async (req) => {
    const hit = left > 0 && match(req);
    if (hit) left--;
    const fail = (): Response => {
      if (how === '504') return new Response('Gateway Timeout', { status: 504 });
      throw new TypeError('fetch failed');
    };
    if (hit && when === 'before') return fail();
    const res = await h(req);
    return hit ? fail() : res;
  };
}

/** The browser sends the n-th matching request twice (Chromium does, when a reused connection closes before the answer): the app hears only the second. */
function resentByBrowser(match: (r: RecordedRequest) => boolean): (h: Handler) => Handler {
  let left = 1;
  return (h) => async (req) => {
    if (left > 0 && match(req)) {
      left--;
      await h(req);
    }
    return h(req);
  };
}

const isBatch = (r: RecordedRequest): boolean => r.path.endsWith('/$batch');
const isAdd = (r: RecordedRequest): boolean => r.method === 'POST' && r.path.endsWith('/items');

beforeEach(() => {
  seq = 0;
});

describe('createItems', () => {
  it('creates in $batch chunks of 20 with a client id on every body', async () => {
    const { list, site, requests } = setup();
    const out = await createItems(site, PeopleList, Array.from({ length: 25 }, (_x, i) => person(i)), { newId: ids });
    expect(out.every((o) => o.ok)).toBe(true);
    expect(list.rows).toHaveLength(25);
    // Two add batches, then two batches of checks (Ids by client id) for copies a browser may have made.
    expect(requests.filter(isBatch)).toHaveLength(4);
    expect(parseBatchBody(requests[2].body).map((p) => p.method)).toEqual(Array.from({ length: 20 }, () => 'GET'));
    const parts = parseBatchBody(requests[0].body);
    expect(parts).toHaveLength(20);
    expect(parts[0].method).toBe('POST');
    expect(parts[0].url).toBe("https://contoso.sharepoint.com/sites/m365/_api/web/getList('%2Fsites%2Fm365%2FLists%2FPeople')/items");
    expect(JSON.parse(parts[0].body)).toEqual({ Title: 'Person 0', pplUpn: 'p0@essex.police.uk', pplForce: 'Essex', pplClientId: 'cid-1' });
    expect(out[24]).toMatchObject({ ok: true, clientId: 'cid-25', value: { upn: 'p24@essex.police.uk', clientId: 'cid-25' } });
  });

  it('after a $batch answer lost AFTER commit, looks each create up and sends nothing twice', async () => {
    const { list, site, requests } = setup(drop(isBatch, 'after'));
    const out = await createItems(site, PeopleList, [person(1), person(2), person(3)], { newId: ids });
    expect(out.map((o) => o.ok)).toEqual([true, true, true]);
    expect(list.rows.map((r) => r.pplClientId)).toEqual(['cid-1', 'cid-2', 'cid-3']);
    // One add batch, then one lookup batch of three indexed eq queries, no re-send.
    expect(requests.filter(isBatch)).toHaveLength(2);
    const lookups = parseBatchBody(requests[1].body);
    expect(lookups.map((p) => p.method)).toEqual(['GET', 'GET', 'GET']);
    expect(new URL(lookups[0].url).searchParams.get('$filter')).toBe("pplClientId eq 'cid-1'");
  });

  it('after a $batch lost BEFORE commit, re-sends the missing creates once: exactly one item each', async () => {
    const { list, site } = setup(drop(isBatch, 'before'));
    const out = await createItems(site, PeopleList, [person(1), person(2)], { newId: ids });
    expect(out.map((o) => o.ok)).toEqual([true, true]);
    expect(list.rows.map((r) => r.pplClientId)).toEqual(['cid-1', 'cid-2']);
  });

  it('treats a 504 on a single create as a lost answer', async () => {
    const { list, site, requests } = setup(drop(isAdd, 'after', 1, '504'));
    const item = await createItem(site, PeopleList, person(9), { newId: ids });
    expect(item).toMatchObject({ upn: 'p9@essex.police.uk', clientId: 'cid-1', id: 1 });
    expect(list.rows).toHaveLength(1);
    expect(requests.filter(isAdd)).toHaveLength(1);
  });

  it('keeps the caller\'s client id, so a create retried after a reload is still one item', async () => {
    const { list, site } = setup();
    await createItem(site, PeopleList, { ...person(1), clientId: 'queued-1' });
    const again = await createItems(site, PeopleList, [{ ...person(1), clientId: 'queued-1' }], { newId: ids });
    expect(again[0]).toMatchObject({ ok: true, clientId: 'queued-1', value: { id: 1 } });
    expect(list.rows.map((r) => r.pplClientId)).toEqual(['queued-1']);
  });

  it('removes the copy a browser made by sending a create twice, and answers with the first item', async () => {
    const { list, site, requests } = setup(resentByBrowser(isAdd));
    const item = await createItem(site, PeopleList, person(4), { newId: ids });
    expect(item).toMatchObject({ id: 1, upn: 'p4@essex.police.uk', clientId: 'cid-1' });
    expect(list.rows.map((r) => [r.Id, r.pplClientId])).toEqual([[1, 'cid-1']]);
    expect(requests.filter((r) => r.method === 'POST' && /\/items\(2\)$/.test(r.path)).map((r) => r.headers['x-http-method'])).toEqual(['DELETE']);
  });

  it('leaves an older item under the same client id that holds other values (another tab\'s create)', async () => {
    const { list, site } = setup();
    await createItem(site, PeopleList, { ...person(1), clientId: 'vote-1' });
    const out = await createItems(site, PeopleList, [{ ...person(1), displayName: 'Other tab', clientId: 'vote-1' }], { newId: ids });
    expect(out[0]).toMatchObject({ ok: true, value: { id: 1 } });
    expect(list.rows).toHaveLength(1);
    // Sent without a lookup first (no client id of its own), the create makes a second item and keeps it.
    const second = await createItem(site, PeopleList, { ...person(1), displayName: 'Other tab' }, { newId: () => 'vote-1' });
    expect(second).toMatchObject({ id: 2, displayName: 'Other tab' });
    expect(list.rows.map((r) => r.Id)).toEqual([1, 2]);
  });

  it('gives up with an unknown outcome when every round is lost, returning the client ids', async () => {
    const { list, site } = setup(drop(isAdd, 'before', 10));
    const out = await createItems(site, PeopleList, [person(1)], { newId: ids, resendRounds: 1 });
    expect(out[0].ok).toBe(false);
    expect(out[0].clientId).toBe('cid-1');
    expect(!out[0].ok && out[0].error).toBeInstanceOf(NetworkError);
    expect(list.rows).toHaveLength(0);
  });
});

describe('updateItem', () => {
  it('sends MERGE with the etag read and returns the new one', async () => {
    const { list, site, requests } = setup();
    list.add({ Title: 'A', pplUpn: 'a@kent.police.uk', pplForce: 'Kent' });
    await expect(updateItem(site, PeopleList, { id: 1, etag: '"1"', patch: { department: 'CID' } })).resolves.toEqual({ etag: '"2"' });
    expect(requests[0].headers['x-http-method']).toBe('MERGE');
    expect(requests[0].headers['if-match']).toBe('"1"');
    expect(requests[0].json).toEqual({ pplDepartment: 'CID' });
  });

  it('turns a stale etag into ConflictError carrying the current item', async () => {
    const { list, site } = setup();
    list.add({ Title: 'A', pplUpn: 'a@kent.police.uk', pplForce: 'Kent', pplDepartment: 'Response' });
    await updateItem(site, PeopleList, { id: 1, etag: '"1"', patch: { department: 'Custody' } });
    const err = await updateItem(site, PeopleList, { id: 1, etag: '"1"', patch: { department: 'CID' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError<{ department: string; etag: string }>).current).toMatchObject({ department: 'Custody', etag: '"2"' });
  });

  it('counts a re-sent update that meets 412 as done when the server holds our values', async () => {
    const { list, site, requests } = setup(drop((r) => r.headers['x-http-method'] === 'MERGE', 'after'));
    list.add({ Title: 'A', pplUpn: 'a@kent.police.uk', pplForce: 'Kent' });
    await expect(updateItem(site, PeopleList, { id: 1, etag: '"1"', patch: { department: 'CID', startDate: '2024-09-02' } })).resolves.toEqual({ etag: '"2"' });
    expect(requests.filter((r) => r.headers['x-http-method'] === 'MERGE')).toHaveLength(2);
  });

  it('with acceptIfHeld, counts an update saved again after a shown failure as done when the item holds exactly its values', async () => {
    const { list, site } = setup();
    list.add({ Title: 'A', pplUpn: 'a@kent.police.uk', pplForce: 'Kent' });
    // The first save landed but its answer was lost; the person saves again with the etag they hold.
    await updateItem(site, PeopleList, { id: 1, etag: '"1"', patch: { department: 'CID' } });
    await expect(updateItem(site, PeopleList, { id: 1, etag: '"1"', patch: { department: 'CID' } }, { acceptIfHeld: true })).resolves.toEqual({ etag: '"2"' });
    // Without the option (imports report "already applied" themselves), and with any other value, it is a conflict.
    await expect(updateItem(site, PeopleList, { id: 1, etag: '"1"', patch: { department: 'CID' } })).rejects.toBeInstanceOf(ConflictError);
    await expect(updateItem(site, PeopleList, { id: 1, etag: '"1"', patch: { department: 'Custody' } }, { acceptIfHeld: true })).rejects.toBeInstanceOf(ConflictError);
  });

  it('reports a conflict when the lost update was overtaken by someone else', async () => {
    const { list, site } = setup(
      drop((r) => r.headers['x-http-method'] === 'MERGE', 'before', 1)
    );
    list.add({ Title: 'A', pplUpn: 'a@kent.police.uk', pplForce: 'Kent' });
    list.rows[0].pplDepartment = 'Custody';
    list.rows[0]['odata.etag'] = '"2"';
    await expect(updateItem(site, PeopleList, { id: 1, etag: '"1"', patch: { department: 'CID' } })).rejects.toBeInstanceOf(ConflictError);
  });

  it('updates in a batch, resolving conflicts one by one', async () => {
    const { list, site } = setup();
    list.add({ Title: 'A', pplUpn: 'a@x', pplForce: 'Kent' });
    list.add({ Title: 'B', pplUpn: 'b@x', pplForce: 'Kent' });
    list.rows[1]['odata.etag'] = '"5"';
    const out = await updateItems(site, PeopleList, [
      { id: 1, etag: '"1"', patch: { grade: 'Sergeant' } },
      { id: 2, etag: '"1"', patch: { grade: 'Inspector' } }
    ]);
    expect(out[0]).toEqual({ ok: true, value: { etag: '"2"' } });
    expect(out[1].ok).toBe(false);
    expect(!out[1].ok && out[1].error).toBeInstanceOf(ConflictError);
    expect(list.rows[0].pplGrade).toBe('Sergeant');
    expect(list.rows[1].pplGrade).toBeUndefined();
  });
});

describe('content approval in the same request', () => {
  const demoSetup = (wrap: (h: Handler) => Handler = (h) => h): { list: FakeList; site: DataSite; requests: RecordedRequest[] } => {
    const list = new FakeList({ indexed: ['demClientId'], listPath: "/sites/m365/_api/web/getList('%2Fsites%2Fm365%2FLists%2FDemo')" });
    const { sp, transport } = fakeSp(wrap(listHandler(list)));
    return { list, site: dataSite(sp, SITE), requests: transport.requests };
  };
  const isMerge = (r: RecordedRequest): boolean => r.headers['x-http-method'] === 'MERGE';

  it('sends the approval status and comment with the columns of an update', async () => {
    const { list, site, requests } = demoSetup();
    list.add({ Title: 'A', demCode: 'a', OData__ModerationStatus: 2 });
    await updateItem(site, Demo, { id: 1, etag: '"1"', patch: { code: 'b' }, moderation: { status: 'rejected', comments: 'Add the steps' } });
    expect(requests[0].json).toEqual({ demCode: 'b', OData__ModerationStatus: 1, OData__ModerationComments: 'Add the steps' });
    // No comment given: the comment column is left alone.
    await updateItem(site, Demo, { id: 1, etag: '"2"', patch: {}, moderation: { status: 'approved' } });
    expect(requests[1].json).toEqual({ OData__ModerationStatus: 0 });
  });

  it('sends the approval status with a create', async () => {
    const { site, requests } = demoSetup();
    const created = await createItem(site, Demo, { name: 'FAQ', code: 'f', at: new Date('2026-11-23T10:00:00Z'), status: 'New' }, { newId: ids, moderation: { status: 'approved', comments: null } });
    expect(requests[0].json).toMatchObject({ Title: 'FAQ', OData__ModerationStatus: 0, OData__ModerationComments: null, demClientId: 'cid-1' });
    expect(created.moderationStatus).toBe('approved');
  });

  it('counts a re-sent approval that meets 412 as done only when the server holds the same status', async () => {
    const held = demoSetup(drop(isMerge, 'after'));
    held.list.add({ Title: 'A', demCode: 'a', OData__ModerationStatus: 2 });
    await expect(updateItem(held.site, Demo, { id: 1, etag: '"1"', patch: { code: 'b' }, moderation: { status: 'approved', comments: 'ok' } })).resolves.toEqual({ etag: '"2"' });
    expect(held.requests.filter(isMerge)).toHaveLength(2);

    // Someone else rejected it with the same column values in between: not ours, a conflict.
    const overtaken = demoSetup(drop(isMerge, 'before'));
    overtaken.list.add({ Title: 'A', demCode: 'b', OData__ModerationStatus: 1 });
    overtaken.list.rows[0]['odata.etag'] = '"2"';
    await expect(updateItem(overtaken.site, Demo, { id: 1, etag: '"1"', patch: { code: 'b' }, moderation: { status: 'approved' } })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('deleteItem', () => {
  it('counts a re-sent delete that meets 404 as done', async () => {
    const { list, site } = setup(drop((r) => r.headers['x-http-method'] === 'DELETE', 'after'));
    list.add({ Title: 'A', pplUpn: 'a@x', pplForce: 'Kent' });
    await expect(deleteItem(site, PeopleList, 1, '"1"')).resolves.toBeUndefined();
    expect(list.rows).toHaveLength(0);
  });

  it('turns a stale etag into ConflictError with the current item, and a first 404 into NotFoundError', async () => {
    const { list, site } = setup();
    list.add({ Title: 'A', pplUpn: 'a@x', pplForce: 'Kent' });
    list.rows[0]['odata.etag'] = '"3"';
    const err = await deleteItem(site, PeopleList, 1, '"1"').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError<{ etag: string }>).current?.etag).toBe('"3"');
    await expect(deleteItem(site, PeopleList, 99, '"1"')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('withoutCopies', () => {
  it('keeps the oldest item of each client id, and every item without one, in order', () => {
    const items = [
      { id: 7, clientId: 'b' },
      { id: 3, clientId: 'a' },
      { id: 5, clientId: 'a' },
      { id: 8, clientId: null },
      { id: 9, clientId: '' },
      { id: 4, clientId: 'b' }
    ];
    expect(withoutCopies(items).map((i) => i.id)).toEqual([3, 8, 9, 4]);
  });
});

describe('randomClientId', () => {
  it('makes RFC 4122 v4 ids', () => {
    expect(randomClientId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('invalid input', () => {
  it('fails only the invalid creates and updates, sending nothing for them', async () => {
    const { list, site, requests } = setup();
    const out = await createItems(site, PeopleList, [person(1), { displayName: 'No UPN', upn: '', force: 'Kent' }, { ...person(3), startDate: '2025-02-30' }], { newId: ids });
    expect(out.map((o) => o.ok)).toEqual([true, false, false]);
    expect(!out[1].ok && out[1].error).toMatchObject({ key: 'errors.validation', problems: [{ field: 'upn', key: 'validation.required' }] });
    expect(!out[2].ok && out[2].error).toMatchObject({ problems: [{ field: 'startDate', key: 'validation.invalidValue' }] });
    expect(list.rows).toHaveLength(1);
    expect(requests.filter(isBatch)).toHaveLength(0);
    const updates = await updateItems(site, PeopleList, [
      { id: 1, etag: '"1"', patch: { grade: 'Sergeant' } },
      { id: 1, etag: '"1"', patch: { leaveDate: 'soon' } }
    ]);
    expect(updates.map((o) => o.ok)).toEqual([true, false]);
    expect(!updates[1].ok && updates[1].error).toBeInstanceOf(ValidationError);
  });
});
