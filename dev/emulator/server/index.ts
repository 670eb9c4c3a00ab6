import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { EmulatorStore } from '../store';
import { EmulatorClock } from './clock';
import type { ServerEnv } from './context';
import { handleControl } from './control';
import { DigestService } from './digest';
import { unknownUser } from './errors';
import { FaultInjector, type FaultConfig } from './faults';
import { errorResponse, type EmuRequest, type EmuResponse } from './http-types';
import { Journal } from './journal';
import { RequestLog } from './log';
import { runOne, runRest, type PipelineDeps } from './pipeline';
import { dispatchApi } from './router';
import { SecurityModel, type DirectoryUser } from './security';
import { StorageEntities } from './storage-entities';

export type { FaultConfig } from './faults';
export type { DirectoryUser, DefaultRole } from './security';
export type { LogEntry, LoggedFilter } from './log';
export { SecurityModel } from './security';
export { EmulatorClock } from './clock';
export { ROLE_IDS, Perm } from './permissions';

/** What a seed function receives: build webs, lists, items, groups and permissions here. */
export interface SeedContext {
  store: EmulatorStore;
  security: SecurityModel;
  clock: EmulatorClock;
  storage: StorageEntities;
}

export type StaticRoute = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface StartEmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (never listen on all interfaces by accident). */
  host?: string;
  /** Use an existing store (no seed, no journal replay unless `seed` is also given). */
  store?: EmulatorStore;
  /** Builds the demo state; run on every start before the journal is replayed. */
  seed?: (ctx: SeedContext) => void | Promise<void>;
  /**
   * Runs after `seed` once the server is listening, before the journal is replayed, with journalling and
   * faults off: the place to set up through REST (e.g. the suite's real provisioning code) on every start.
   */
  setUp?: (ctx: SeedContext & { url: string }) => Promise<void>;
  /** Seed of the store's id generator (deterministic guids across restarts). Default 1. */
  idSeed?: number;
  /** The tenant directory. Default: an admin, a member and a visitor at contoso.onmicrosoft.com. */
  users?: DirectoryUser[];
  /** UPN used when a request names no user (no header, no cookie). Default: the first user. */
  defaultUser?: string;
  faults?: Partial<FaultConfig>;
  clock?: { fixed?: string; offsetMs?: number };
  /** Folder for `journal.jsonl`. Default `.emulator-data` under the current directory. */
  dataDir?: string;
  /** Keep and replay the journal (default false, so tests start clean). */
  journal?: boolean;
  /** Server-relative URL of the tenant app catalog (setStorageEntity). Default `/sites/appcatalog`. */
  appCatalogUrl?: string;
  storageEntities?: Record<string, { Value: string | null; Description?: string | null; Comment?: string | null }>;
  /** Extra routes (the workbench page, static files); return true when handled. */
  routes?: StaticRoute[];
  digestTimeoutSeconds?: number;
}

export interface ReplayReport {
  applied: number;
  failed: Array<{ index: number; status: number; url: string; body: string }>;
}

export interface RunningEmulator {
  url: string;
  port: number;
  store: EmulatorStore;
  security: SecurityModel;
  faults: FaultInjector;
  log: RequestLog;
  clock: EmulatorClock;
  storage: StorageEntities;
  journal?: Journal;
  replay: ReplayReport;
  /** Runs a request in-process (no socket, no faults); handy for tests of the router itself. */
  request: (method: string, path: string, opts?: { user?: string; headers?: Record<string, string>; body?: string }) => Promise<EmuResponse>;
  close: () => Promise<void>;
}

export const DEFAULT_USERS: DirectoryUser[] = [
  { upn: 'admin@contoso.onmicrosoft.com', title: 'Emulator Admin', isSiteAdmin: true, defaultRole: 'owner' },
  { upn: 'megan@contoso.onmicrosoft.com', title: 'Megan Bowen', defaultRole: 'member' },
  { upn: 'alex@contoso.onmicrosoft.com', title: 'Alex Wilber', defaultRole: 'visitor' }
];

function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function cookieUser(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [k, ...rest] = part.trim().split('=');
    if (k === 'emu_user' && rest.length > 0) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, r: EmuResponse): void {
  const headers: Record<string, string> = { ...r.headers };
  if (headers['content-length'] === undefined) headers['content-length'] = String(Buffer.byteLength(r.body));
  res.writeHead(r.status, headers);
  res.end(r.body);
}

/**
 * Sends the status, the headers and part of the body, then closes the connection: an answer lost on the
 * way. An answer without a body (204) cannot be cut so; its connection closes before it.
 */
function sendCut(res: ServerResponse, r: EmuResponse): void {
  const body = Buffer.from(r.body);
  if (body.length === 0) {
    res.socket?.destroy();
    return;
  }
  res.writeHead(r.status, { ...r.headers, 'content-length': String(body.length + 1) });
  res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
}

function effectiveMethod(wire: string, headers: Record<string, string>): string {
  const tunnelled = headers['x-http-method'];
  return wire === 'POST' && tunnelled ? tunnelled.toUpperCase() : wire;
}

export async function startEmulator(opts: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const clock = new EmulatorClock();
  if (opts.clock?.fixed !== undefined) clock.setFixed(opts.clock.fixed);
  if (opts.clock?.offsetMs !== undefined) clock.setOffset(opts.clock.offsetMs);
  const store = opts.store ?? new EmulatorStore({ idSeed: opts.idSeed ?? 1, clock: () => clock.now() });
  const users = opts.users ?? DEFAULT_USERS;
  if (users.length === 0) throw new Error('startEmulator needs at least one user');
  const defaultUser = (opts.defaultUser ?? users[0].upn).toLowerCase();
  const security = new SecurityModel(users, (siteUrl) => store.getWeb(siteUrl === '' ? '/' : siteUrl)?.title ?? 'Site');
  if (!security.directoryUser(defaultUser)) throw new Error(`defaultUser '${defaultUser}' is not in the users list`);
  const storage = new StorageEntities();
  for (const [k, v] of Object.entries(opts.storageEntities ?? {})) storage.set(k, v.Value, v.Description ?? null, v.Comment ?? null);
  const faults = new FaultInjector(opts.faults ?? {});
  const log = new RequestLog();
  const env: ServerEnv = {
    store,
    security,
    clock,
    log,
    digest: new DigestService(opts.digestTimeoutSeconds ?? 1800),
    storage,
    faults,
    appCatalogUrl: opts.appCatalogUrl ?? '/sites/appcatalog',
    dispatch: (req, origin) => dispatchApi(env, req, origin)
  };

  if (opts.seed) {
    await opts.seed({ store, security, clock, storage });
  } else if (!opts.store) {
    store.createWeb('/sites/dev', 'Dev');
  }

  const journal = opts.journal === true ? new Journal(join(opts.dataDir ?? '.emulator-data', 'journal.jsonl')) : undefined;
  let replaying = false;
  let settingUp = false;
  const deps: PipelineDeps = { env, journal, journalOn: () => !replaying && !settingUp };

  const server: Server = createServer();
  // Node's default keeps an idle connection 5 s. Demo seeding and the benches block the event loop longer
  // than that in the same process as the client, so a connection could time out under the client's next
  // request ("other side closed"). SharePoint Online (behind Azure Front Door) keeps idle connections far
  // longer; close() destroys every socket anyway.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${opts.host ?? '127.0.0.1'}:${port}`;

  const userOf = (headers: Record<string, string>): string => (headers['x-emulator-user'] ?? cookieUser(headers.cookie) ?? defaultUser).trim().toLowerCase();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const url = new URL(req.url ?? '/', origin);
      const headers = lowerHeaders(req);
      const body = await readBody(req);
      if (/^\/_emulator(\/|$)/i.test(url.pathname)) {
        const r = handleControl({ store, security, clock, faults, log, storage, defaultUser, currentUser: userOf }, req.method ?? 'GET', url, headers, body);
        send(res, { status: r.status, headers: { 'content-type': 'application/json; charset=utf-8', ...(r.headers ?? {}) }, body: JSON.stringify(r.body, null, 1) });
        return;
      }
      if (!/\/_api(\/|$)/i.test(url.pathname)) {
        for (const route of opts.routes ?? []) if (await route(req, res)) return;
        send(res, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Not found' });
        return;
      }
      const wire = (req.method ?? 'GET').toUpperCase();
      const upn = userOf(headers);
      const emuReq: EmuRequest = { method: effectiveMethod(wire, headers), wireMethod: wire, url, headers, body, userUpn: upn, trusted: false };
      if (!security.directoryUser(upn)) {
        const r = errorResponse(emuReq, unknownUser(upn));
        log.add({ seq: log.nextSeq(), time: clock.now().toISOString(), method: emuReq.method, path: `${url.pathname}${url.search}`, user: upn, status: r.status, ms: 0, filters: [] });
        send(res, r);
        return;
      }
      const outcome = await runRest(deps, emuReq, origin);
      if (outcome.kind === 'drop') {
        req.socket.destroy();
        return;
      }
      if (outcome.kind === 'cut') {
        sendCut(res, outcome.response);
        return;
      }
      send(res, outcome.response);
    } catch (e) {
      send(res, { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: e instanceof Error ? e.message : String(e) });
    }
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((e: unknown) => {
      console.error('[emulator] request failed', e);
      res.destroy();
    });
  });

  // Set-up over REST: the server is answering, but nothing is journalled and no fault fires, so the
  // real provisioning code can build the lists on every start (before the user's edits are replayed).
  if (opts.setUp) {
    settingUp = true;
    faults.setEnabled(false);
    try {
      await opts.setUp({ store, security, clock, storage, url: origin });
    } finally {
      faults.setEnabled(true);
      settingUp = false;
    }
  }

  // Journal replay: the seed rebuilt the demo state; re-apply the user's edits in order with faults
  // off and each entry's own clock time so Created/Modified come back identical.
  const replay: ReplayReport = { applied: 0, failed: [] };
  if (journal) {
    replaying = true;
    faults.setEnabled(false);
    const saved = clock.state();
    const entries = journal.read();
    for (const [index, e] of entries.entries()) {
      clock.setFixed(e.time);
      const r = await runOne(deps, { method: e.method, wireMethod: e.method, url: new URL(e.url, origin), headers: e.headers, body: e.body, userUpn: e.user, trusted: true }, origin);
      if (r.response.status < 300) replay.applied += 1;
      else replay.failed.push({ index, status: r.response.status, url: e.url, body: r.response.body });
    }
    if (saved.mode === 'fixed') clock.setFixed(saved.now);
    else clock.setOffset(saved.offsetMs);
    faults.setEnabled(true);
    replaying = false;
  }

  const request: RunningEmulator['request'] = async (method, path, o = {}) => {
    const url = new URL(path, origin);
    const headers: Record<string, string> = { accept: 'application/json', ...Object.fromEntries(Object.entries(o.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])) };
    const wire = method.toUpperCase();
    const r = await runOne(deps, { method: effectiveMethod(wire, headers), wireMethod: wire, url, headers, body: o.body ?? '', userUpn: (o.user ?? defaultUser).toLowerCase(), trusted: true }, origin);
    return r.response;
  };

  return {
    url: origin,
    port,
    store,
    security,
    faults,
    log,
    clock,
    storage,
    journal,
    replay,
    request,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      })
  };
}
