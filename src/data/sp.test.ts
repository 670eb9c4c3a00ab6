import { FakeTransport, jsonResponse, FakeClock, SITE } from './testing/fakeServer';
import { PermissionKind } from '@pnp/sp/security';
import { spFromContext, spFromUrl, dataSite, listOf, hasPermission, hasPermissions } from './sp';
import { PeopleList } from '../lists/people';

// PnPjs checks the page digest's age against the real clock, so stamp it now.
const pageDigest = `0xPAGEDIGEST,${new Date().toUTCString()}`;
const context = {
  pageContext: {
    web: { absoluteUrl: 'https://contoso.sharepoint.com/sites/team' },
    legacyPageContext: { formDigestValue: pageDigest, formDigestTimeoutSeconds: 1800 }
  }
};

describe('spFromContext', () => {
  it('sends through our transport with the page digest and absolute URLs', async () => {
    const transport = new FakeTransport(() => jsonResponse({}, 204));
    const sp = spFromContext(context, { transport: transport.fetch, clock: new FakeClock(Date.UTC(2026, 10, 23, 12, 0, 0)) });
    await sp.web.update({ Title: 'x' });
    expect(transport.requests).toHaveLength(1);
    const [req] = transport.requests;
    expect(req.url).toBe('https://contoso.sharepoint.com/sites/team/_api/web');
    expect(req.headers['x-requestdigest']).toBe(pageDigest);
    expect(req.headers['x-http-method']).toBe('MERGE');
    expect(req.headers.accept).toBe('application/json');
  });

  it('addresses a configured data site and adds extra headers', async () => {
    const transport = new FakeTransport(() => jsonResponse({ Title: 'Data' }));
    const sp = spFromContext(context, { transport: transport.fetch, headers: { 'X-Emulator-User': 'a@kent.police.uk' } }, SITE);
    await sp.web();
    expect(transport.requests[0].url).toBe(`${SITE}/_api/web`);
    expect(transport.requests[0].headers['x-emulator-user']).toBe('a@kent.police.uk');
  });
});

describe('spFromUrl', () => {
  it('gets a digest from contextinfo for writes and sends the standard headers', async () => {
    const transport = new FakeTransport(() => jsonResponse({}, 204));
    const sp = spFromUrl('https://contoso.sharepoint.com/sites/digest-test', { transport: transport.fetch });
    await sp.web.update({ Title: 'y' });
    const [req] = transport.requests;
    expect(req.headers['x-requestdigest']).toBe('0xDIGEST,23 Nov 2026 12:00:00 -0000');
    expect(req.headers['content-type']).toBe('application/json;charset=utf-8');
    expect(req.json).toEqual({ Title: 'y' });
  });

  it('keeps form digests per SPFI, so two users on one site never share one', async () => {
    const transport = new FakeTransport(() => jsonResponse({}, 204));
    const url = 'https://contoso.sharepoint.com/sites/two-users';
    const a = spFromUrl(url, { transport: transport.fetch, headers: { 'X-Emulator-User': 'a@x' } });
    const b = spFromUrl(url, { transport: transport.fetch, headers: { 'X-Emulator-User': 'b@x' } });
    await a.web.update({ Title: '1' });
    await a.web.update({ Title: '2' });
    await b.web.update({ Title: '3' });
    expect(transport.contextInfoCalls.map((h) => h['x-emulator-user'])).toEqual(['a@x', 'b@x']);
  });

  it('refuses a relative URL', () => {
    expect(() => spFromUrl('/sites/x')).toThrow('absolute');
  });

  it('addresses lists by server-relative URL', async () => {
    const transport = new FakeTransport(() => jsonResponse({ Title: 'People' }));
    const site = dataSite(spFromUrl(`${SITE}/`, { transport: transport.fetch }), `${SITE}/`);
    expect(site.serverRelativeUrl).toBe('/sites/m365');
    await listOf(site, PeopleList).select('Title')();
    expect(transport.requests[0].url).toBe(`${SITE}/_api/web/getList('%2Fsites%2Fm365%2FLists%2FPeople')?%24select=Title`);
  });
});

describe('permissions on a list', () => {
  it('answers several permissions from one read of the person\u2019s effective permissions', async () => {
    // Low bits: AddListItems (2) and EditListItems (3) held, DeleteListItems (4) not.
    const transport = new FakeTransport(() => jsonResponse({ High: 0, Low: 0b0110 }));
    const site = dataSite(spFromUrl(SITE, { transport: transport.fetch }), SITE);
    expect(await hasPermissions(site, PeopleList, [PermissionKind.AddListItems, PermissionKind.EditListItems, PermissionKind.DeleteListItems])).toEqual([true, true, false]);
    expect(transport.requests.map((r) => r.url)).toEqual([`${SITE}/_api/web/getList('%2Fsites%2Fm365%2FLists%2FPeople')/EffectiveBasePermissions`]);
    expect(await hasPermission(site, PeopleList, PermissionKind.DeleteListItems)).toBe(false);
    expect(transport.requests[1].url).toBe(transport.requests[0].url);
  });
});
