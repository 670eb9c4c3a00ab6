import { DefaultHeaders, DefaultInit, spfi, type SPFI } from '@pnp/sp';
import { BrowserFetch, BrowserFetchWithRetry, DefaultParse, InjectHeaders, type Queryable } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';
import { startEmulator, type RunningEmulator, type StartEmulatorOptions } from '../server';
import type { EmulatorStore } from '../store';
import { runInThisContext } from 'node:vm';

/**
 * The hoisted jest-environment-node is v25 (pulled in by the SPFx gulp rig), whose sandbox has no
 * fetch/Response/Headers even on Node 20. Borrow Node's own from the main context; PnPjs only needs
 * the standard WHATWG API. (The lead can drop this once jest-environment-node 29 is hoisted.)
 */
function installFetchGlobals(): void {
  const g = globalThis as Record<string, unknown>;
  for (const name of ['fetch', 'Response', 'Headers', 'Request', 'FormData', 'AbortController', 'AbortSignal', 'Blob']) {
    if (typeof g[name] === 'undefined') g[name] = runInThisContext(name) as unknown;
  }
}
installFetchGlobals();

/**
 * Test helpers: the real PnPjs v4 pipeline (DefaultHeaders, DefaultInit, fetch, DefaultParse) with
 * two test behaviors: the caller's identity as `X-Emulator-User`, and a per-user form digest.
 * PnPjs's own RequestDigest caches digests per web URL in a module-level map, which would hand
 * user A's digest to user B in a multi-user test, so tests fetch digests per user instead.
 */

export const ADMIN = 'admin@contoso.onmicrosoft.com';
export const MEGAN = 'megan@contoso.onmicrosoft.com';
export const ALEX = 'alex@contoso.onmicrosoft.com';
export const LEAD = 'lee@contoso.onmicrosoft.com';

export const TEST_USERS = [
  { upn: ADMIN, title: 'Emulator Admin', isSiteAdmin: true, defaultRole: 'owner' as const },
  { upn: MEGAN, title: 'Megan Bowen', defaultRole: 'member' as const },
  { upn: ALEX, title: 'Alex Wilber', defaultRole: 'member' as const },
  { upn: LEAD, title: 'Lee Gu', defaultRole: 'member' as const }
];

const digestCache = new Map<string, string>();

async function digestFor(user: string, webUrl: string): Promise<string> {
  const key = `${user}|${webUrl}`;
  const cached = digestCache.get(key);
  if (cached !== undefined) return cached;
  const r = await fetch(`${webUrl}/_api/contextinfo`, { method: 'POST', headers: { accept: 'application/json', 'x-emulator-user': user } });
  const json = (await r.json()) as { FormDigestValue: string };
  digestCache.set(key, json.FormDigestValue);
  return json.FormDigestValue;
}

export function clearDigests(): void {
  digestCache.clear();
}

export function PerUserDigest(user: string): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async function (url: string, init: RequestInit, result: unknown) {
      const headers = (init.headers ?? {}) as Record<string, string>;
      if ((init.method ?? 'GET').toUpperCase() === 'GET' || headers['X-RequestDigest'] !== undefined) return [url, init, result];
      const digest = await digestFor(user, url.replace(/\/_api\/.*$/i, ''));
      return [url, { ...init, headers: { ...headers, 'X-RequestDigest': digest } }, result];
    });
    return instance;
  };
}

export interface SpOptions {
  /** Use BrowserFetchWithRetry (PnPjs default). Default false so raw 429s are visible. */
  retry?: boolean;
  /** Skip the digest behavior (to test digest checking). */
  noDigest?: boolean;
}

export function spFor(emu: RunningEmulator, user: string, webPath = '/sites/dev', o: SpOptions = {}): SPFI {
  const behaviors: Array<TimelinePipe<Queryable>> = [DefaultHeaders(), DefaultInit(), o.retry === true ? BrowserFetchWithRetry({ interval: 50 }) : BrowserFetch(), DefaultParse(), InjectHeaders({ 'X-Emulator-User': user })];
  if (o.noDigest !== true) behaviors.push(PerUserDigest(user));
  return spfi(`${emu.url}${webPath}`).using(...behaviors);
}

/** Reads the JSON error body of a PnPjs HttpRequestError. */
export async function errorOf(p: Promise<unknown>): Promise<{ status: number; body: unknown }> {
  try {
    await p;
  } catch (e) {
    const r = (e as { response?: Response; status?: number }).response;
    if (r === undefined) throw e;
    const text = await r.clone().text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: r.status, body };
  }
  throw new Error('expected the call to fail');
}

export function odataError(code: string, value: string): unknown {
  return { 'odata.error': { code, message: { lang: 'en-US', value } } };
}

export function seedDev(store: EmulatorStore): void {
  store.createWeb('/sites/dev', 'Dev');
  store.createWeb('/sites/data', 'Data');
  store.createWeb('/sites/appcatalog', 'App Catalog');
}

export async function startTest(opts: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ users: TEST_USERS, seed: ({ store }) => seedDev(store), ...opts });
}

/** Raw fetch with a user and (for writes) that user's digest. */
export async function raw(emu: RunningEmulator, method: string, path: string, init: { user?: string; headers?: Record<string, string>; body?: string; digest?: boolean } = {}): Promise<Response> {
  const user = init.user ?? ADMIN;
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json;charset=utf-8', 'x-emulator-user': user, ...(init.headers ?? {}) };
  if (method !== 'GET' && init.digest !== false) {
    const webUrl = `${emu.url}${path.replace(/\/_api\/.*$/i, '')}`;
    headers['x-requestdigest'] = await digestFor(user, webUrl);
  }
  return fetch(`${emu.url}${path}`, { method, headers, body: init.body });
}
