/**
 * Form digest for SPFIs built from a plain URL (Node scripts, the emulator). PnPjs's own
 * `RequestDigest` caches digests per web URL in one module-wide map, so a process acting as two
 * users on one site (a test, a seeding script) would send user A's digest for user B, which
 * SharePoint refuses with 403. This behavior keeps its cache per SPFI, i.e. per identity.
 * In SPFx the page's digest is used instead (`SPFx(context)`), so this is not installed there.
 */
import { TimelinePipe } from '@pnp/core';
import { Queryable, QueryableAuthObserver, QueryablePreObserver } from '@pnp/queryable';
import { extractWebUrl } from '@pnp/sp';
import { sendWithPolicy, SendStageOptions, systemClock } from './sendStage';
import { errorForStatus } from './errors';

interface Digest {
  readonly value: string;
  readonly expiresAt: number;
}

export interface DigestOptions extends SendStageOptions {
  /** Headers that identify the caller (sent with the contextinfo request too). */
  readonly headers?: Readonly<Record<string, string>>;
}

const has = (headers: HeadersInit | undefined, name: string): boolean =>
  headers !== undefined && Object.keys(headers as Record<string, string>).some((k) => k.toLowerCase() === name.toLowerCase());

export function InstanceDigest(options: DigestOptions = {}): TimelinePipe<Queryable> {
  const cache = new Map<string, Digest>();
  const clock = options.clock ?? systemClock;

  const digestFor = async (webUrl: string): Promise<string> => {
    const cached = cache.get(webUrl);
    if (cached !== undefined && cached.expiresAt > clock.now()) return cached.value;
    const response = await sendWithPolicy(
      `${webUrl.replace(/\/+$/, '')}/_api/contextinfo`,
      { method: 'POST', headers: { Accept: 'application/json', ...(options.headers ?? {}) } },
      options
    );
    const text = await response.text();
    if (!response.ok) throw errorForStatus(response.status, text, 'POST');
    const json = JSON.parse(text) as { FormDigestValue?: unknown; FormDigestTimeoutSeconds?: unknown };
    if (typeof json.FormDigestValue !== 'string') throw errorForStatus(500, text, 'POST');
    const seconds = typeof json.FormDigestTimeoutSeconds === 'number' ? json.FormDigestTimeoutSeconds : 1800;
    // Renew a minute early so a digest never expires between this check and the server's.
    cache.set(webUrl, { value: json.FormDigestValue, expiresAt: clock.now() + Math.max(0, seconds - 60) * 1000 });
    return json.FormDigestValue;
  };

  const auth: QueryableAuthObserver = async (url, init) => {
    const method = (init.method ?? 'GET').toUpperCase();
    if (method === 'GET' || has(init.headers, 'X-RequestDigest') || has(init.headers, 'Authorization')) return [url, init];
    const value = await digestFor(extractWebUrl(url.toString()));
    return [url, { ...init, headers: { 'X-RequestDigest': value, ...(init.headers as Record<string, string>) } }];
  };
  // Registered per request on `pre`, as PnPjs's RequestDigest does, so batching can clear it for parts.
  const pre: QueryablePreObserver = async function (url, init, result) {
    this.on.auth(auth);
    return [url, init, result];
  };

  return (instance: Queryable) => {
    instance.on.pre(pre);
    return instance;
  };
}
