/**
 * Direct REST calls to the emulator as one user, without PnPjs: security tests must show what
 * SharePoint itself answers to a request the app would never make (MERGE on a list, breaking
 * inheritance…), so nothing in between may reshape, retry or refuse it first.
 */
import './nodeGlobals';

export interface RestAnswer {
  readonly status: number;
  /** Parsed JSON, the raw text when it is not JSON, or null when empty. */
  readonly body: unknown;
}

export interface RestCallOptions {
  /** JSON body. */
  readonly body?: unknown;
  /** Sent as `X-HTTP-Method` on a POST (MERGE, DELETE), as PnPjs does. */
  readonly xHttpMethod?: 'MERGE' | 'DELETE';
}

export type RestCall = (method: 'GET' | 'POST', path: string, options?: RestCallOptions) => Promise<RestAnswer>;

async function answerOf(response: Response): Promise<RestAnswer> {
  const text = await response.text();
  if (text === '') return { status: response.status, body: null };
  try {
    return { status: response.status, body: JSON.parse(text) as unknown };
  } catch {
    return { status: response.status, body: text };
  }
}

/**
 * A caller for `<webUrl>/<path>` as `user` (`X-Emulator-User`), with a form digest fetched for that
 * user on the first write, because the emulator ties digests to their user as SharePoint does.
 */
export function restAs(webUrl: string, user: string): RestCall {
  const base = { Accept: 'application/json', 'X-Emulator-User': user };
  const fetchDigest = async (): Promise<string> => {
    const r = await fetch(`${webUrl}/_api/contextinfo`, { method: 'POST', headers: base });
    const info = (await r.json()) as { FormDigestValue?: string };
    if (typeof info.FormDigestValue !== 'string') throw new Error(`No form digest for ${user} (${r.status})`);
    return info.FormDigestValue;
  };
  // The promise is kept, not the value, so concurrent first writes share one contextinfo call.
  let pending: Promise<string> | undefined;
  const digest = (): Promise<string> => {
    if (pending === undefined) pending = fetchDigest();
    return pending;
  };
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...base, 'Content-Type': 'application/json;charset=utf-8' };
    if (method !== 'GET') headers['X-RequestDigest'] = await digest();
    if (options.xHttpMethod !== undefined) {
      headers['X-HTTP-Method'] = options.xHttpMethod;
      headers['IF-Match'] = '*';
    }
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    return answerOf(await fetch(`${webUrl}/${path}`, { method, headers, body }));
  };
}
