import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { RunningEmulator } from '../server';
import { ADMIN, errorOf, MEGAN, odataError, raw, spFor, startTest } from './helpers';

const DIGEST_403 = odataError(
  '-2130575251, Microsoft.SharePoint.SPException',
  "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."
);

async function contextDigest(emu: RunningEmulator, user: string): Promise<string> {
  const r = await fetch(`${emu.url}/sites/dev/_api/contextinfo`, { method: 'POST', headers: { accept: 'application/json', 'x-emulator-user': user } });
  return ((await r.json()) as { FormDigestValue: string }).FormDigestValue;
}

function post(emu: RunningEmulator, user: string, digest: string | undefined, title: string): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json', 'x-emulator-user': user };
  if (digest !== undefined) headers['x-requestdigest'] = digest;
  return fetch(`${emu.url}/sites/dev/_api/web/lists/getByTitle('Tasks')/items`, { method: 'POST', headers, body: JSON.stringify({ Title: title }) });
}

describe('form digest, throttling, dropped connections, control API', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startTest({
      clock: { fixed: '2026-11-23T10:00:00Z' },
      seed: ({ store }) => {
        store.createWeb('/sites/dev', 'Dev').createList({ Title: 'Tasks' });
      }
    });
  });
  afterAll(async () => {
    await emu.close();
  });
  afterEach(async () => {
    await fetch(`${emu.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ reset: true }) });
  });

  it('contextinfo is POST-only and flat at the top level', async () => {
    const g = await fetch(`${emu.url}/sites/dev/_api/contextinfo`, { headers: { accept: 'application/json' } });
    expect(g.status).toBe(405);
    const r = await fetch(`${emu.url}/sites/dev/_api/contextinfo`, { method: 'POST', headers: { accept: 'application/json' } });
    const json = (await r.json()) as Record<string, unknown>;
    expect(json.FormDigestTimeoutSeconds).toBe(1800);
    expect(json.FormDigestValue).toMatch(/^0x[0-9A-F]{128},23 Nov 2026 10:00:00 -0000$/);
    expect(json.WebFullUrl).toBe(`${emu.url}/sites/dev`);
  });

  it('refuses a write with no digest, a forged one, another user’s, or an expired one: 403 exact body', async () => {
    expect((await post(emu, ADMIN, await contextDigest(emu, ADMIN), 'ok')).status).toBe(201);
    for (const digest of [undefined, '0xABC,23 Nov 2026 10:00:00 -0000', await contextDigest(emu, MEGAN)]) {
      const r = await post(emu, ADMIN, digest, 'nope');
      expect(r.status).toBe(403);
      expect(await r.json()).toEqual(DIGEST_403);
    }
    const old = await contextDigest(emu, ADMIN);
    emu.clock.advance(1801 * 1000);
    const expired = await post(emu, ADMIN, old, 'expired');
    expect(expired.status).toBe(403);
    const viaPnp = await errorOf(spFor(emu, ADMIN, '/sites/dev', { noDigest: true }).web.lists.getByTitle('Tasks').items.add({ Title: 'x' }));
    expect(viaPnp).toEqual({ status: 403, body: DIGEST_403 });
  });

  it('throttles with Retry-After; an early retry from the same user earns another 429; after the window it passes', async () => {
    emu.faults.set({ throttleRate: 1, retryAfterSeconds: 5 });
    const first = await raw(emu, 'GET', '/sites/dev/_api/web', { user: MEGAN });
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('5');
    expect(((await first.json()) as Record<string, unknown>)['odata.error']).toBeDefined();
    // The storm stops, but Megan is still inside her window; other users are not.
    emu.faults.set({ throttleRate: 0 });
    emu.clock.advance(2000);
    const early = await raw(emu, 'GET', '/sites/dev/_api/web', { user: MEGAN });
    expect(early.status).toBe(429);
    expect(early.headers.get('retry-after')).toBe('3');
    expect((await raw(emu, 'GET', '/sites/dev/_api/web', { user: ADMIN })).status).toBe(200);
    emu.clock.advance(3000);
    expect((await raw(emu, 'GET', '/sites/dev/_api/web', { user: MEGAN })).status).toBe(200);
  });

  it('a 503 storm works the same way', async () => {
    emu.faults.set({ throttleRate: 1, throttleStatus: 503, retryAfterSeconds: 1 });
    const r = await raw(emu, 'GET', '/sites/dev/_api/web', { user: ADMIN });
    expect(r.status).toBe(503);
    expect(r.headers.get('retry-after')).toBe('1');
  });

  it('PnPjs BrowserFetchWithRetry (3 attempts) rides out two 429s (seed 7 throttles twice, then passes)', async () => {
    emu.faults.set({ throttleRate: 0.5, retryAfterSeconds: 0, seed: 7 });
    const web = await spFor(emu, ADMIN, '/sites/dev', { retry: true }).web.select('Title')();
    expect(web.Title).toBe('Dev');
    const last = emu.log.entries().slice(-3).map((e) => e.status);
    expect(last).toEqual([429, 429, 200]);
  });

  it('drop after commit: the answer is cut part-way through its body; the client sees a network error but the item was created', async () => {
    emu.faults.set({ dropAfterCommitRate: 1 });
    const digest = await contextDigest(emu, ADMIN);
    // The headers arrive (so a browser does not quietly send the create again); the body never completes.
    const answer = await post(emu, ADMIN, digest, 'ghost create');
    expect(answer.status).toBe(201);
    await expect(answer.text()).rejects.toThrow();
    emu.faults.reset();
    const items = await spFor(emu, ADMIN).web.lists.getByTitle('Tasks').items.filter("Title eq 'ghost create'")();
    expect(items).toHaveLength(1);
    expect(emu.log.entries().some((e) => e.fault === 'drop-after-commit')).toBe(true);
  });

  it('drop before commit: nothing is written', async () => {
    emu.faults.set({ dropBeforeCommitRate: 1 });
    const digest = await contextDigest(emu, ADMIN);
    await expect(post(emu, ADMIN, digest, 'never')).rejects.toThrow();
    emu.faults.reset();
    expect(await spFor(emu, ADMIN).web.lists.getByTitle('Tasks').items.filter("Title eq 'never'")()).toHaveLength(0);
  });

  it('is repeatable for a seed, adds latency, and never faults control endpoints', async () => {
    const pattern = async (): Promise<number[]> => {
      emu.faults.set({ throttleRate: 0.5, retryAfterSeconds: 0, seed: 42 });
      const out: number[] = [];
      for (let i = 0; i < 8; i++) out.push((await raw(emu, 'GET', '/sites/dev/_api/web?x=' + i, { user: `${['admin', 'megan'][i % 2]}@contoso.onmicrosoft.com` })).status);
      return out;
    };
    const a = await pattern();
    const b = await pattern();
    expect(a).toEqual(b);
    expect(a).toContain(429);
    emu.faults.set({ throttleRate: 1, latencyMs: 30 });
    expect((await fetch(`${emu.url}/_emulator/faults`)).status).toBe(200);
    emu.faults.set({ throttleRate: 0, latencyMs: 30 });
    const t0 = Date.now();
    await raw(emu, 'GET', '/sites/dev/_api/web');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(25);
  });

  it('adds latency per $batch part', async () => {
    emu.faults.set({ perBatchPartMs: 40 });
    const part = `--batch_1\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\nGET ${emu.url}/sites/dev/_api/web HTTP/1.1\nAccept: application/json\n\n`;
    const t0 = Date.now();
    const r = await raw(emu, 'POST', '/sites/dev/_api/$batch', { headers: { 'content-type': 'multipart/mixed; boundary=batch_1' }, body: `${part}${part}--batch_1--\n` });
    expect(r.status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(75);
  });

  it('control API: clock, users, memory, log', async () => {
    const clock = await fetch(`${emu.url}/_emulator/clock`, { method: 'POST', body: JSON.stringify({ fixed: '2027-01-01T00:00:00Z' }) });
    expect(await clock.json()).toMatchObject({ mode: 'fixed', now: '2027-01-01T00:00:00.000Z' });
    const users = (await (await fetch(`${emu.url}/_emulator/users`)).json()) as { users: Array<{ upn: string }>; defaultUser: string };
    expect(users.defaultUser).toBe(ADMIN);
    expect(users.users.map((u) => u.upn)).toContain(MEGAN);
    const mem = (await (await fetch(`${emu.url}/_emulator/memory`)).json()) as { lists: Array<{ title: string }> };
    expect(mem.lists.map((l) => l.title)).toContain('Tasks');
    const bad = await fetch(`${emu.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ throttleRate: 2 }) });
    expect(bad.status).toBe(400);
    const log = (await (await fetch(`${emu.url}/_emulator/log`)).json()) as { entries: Array<{ method: string; status: number; user: string; ms: number }> };
    expect(log.entries.length).toBeGreaterThan(0);
    expect(log.entries[0]).toEqual(expect.objectContaining({ method: expect.any(String), status: expect.any(Number), user: expect.any(String), ms: expect.any(Number) }));
  });
});
