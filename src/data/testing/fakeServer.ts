/**
 * Test doubles for the data layer: a fake transport that answers from a function and records every
 * request exactly as PnPjs sent it, and a fake clock whose sleeps return at once. Tests run the
 * real PnPjs through the real send stage with these; nothing of the fluent chain is mocked.
 */
import './nodeGlobals';
import { SPFI, spFromUrl, SpOptions } from '../sp';
import { Clock } from '../sendStage';

export interface RecordedRequest {
  readonly method: string;
  /** Absolute URL with the query string as sent (URLSearchParams-encoded). */
  readonly url: string;
  readonly path: string;
  /** Decoded query parameters. */
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Parsed JSON body, or undefined when the body is not JSON. */
  readonly json: unknown;
}

export type Handler = (req: RecordedRequest) => Response | Promise<Response>;

export const SITE = 'https://contoso.sharepoint.com/sites/m365';

function headerRecord(init: RequestInit): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(init.headers).forEach((v, k) => {
    out[k.toLowerCase()] = v;
  });
  return out;
}

export class FakeTransport {
  public readonly requests: RecordedRequest[] = [];
  /** Headers of every `_api/contextinfo` call (answered here, not by the handler). */
  public readonly contextInfoCalls: Array<Readonly<Record<string, string>>> = [];

  public constructor(private readonly handler: Handler) {}

  public readonly fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const u = new URL(url);
    const query: Record<string, string> = {};
    u.searchParams.forEach((v, k) => {
      query[k] = v;
    });
    const body = typeof init.body === 'string' ? init.body : '';
    let json: unknown;
    try {
      json = body === '' ? undefined : JSON.parse(body);
    } catch {
      json = undefined;
    }
    const req: RecordedRequest = { method: (init.method ?? 'GET').toUpperCase(), url, path: u.pathname, query, headers: headerRecord(init), body, json };
    // The form digest is plumbing: answer it here so tests only see their own requests.
    if (/\/_api\/contextinfo$/i.test(u.pathname)) {
      this.contextInfoCalls.push(req.headers);
      return jsonResponse({ FormDigestValue: '0xDIGEST,23 Nov 2026 12:00:00 -0000', FormDigestTimeoutSeconds: 1800 });
    }
    this.requests.push(req);
    return this.handler(req);
  };
}

export function jsonResponse(body: unknown, status: number = 200, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8', ...headers }
  });
}

export function odataErrorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return jsonResponse({ 'odata.error': { code, message: { lang: 'en-US', value: message } } }, status, headers);
}

export const THRESHOLD_500 = (): Response =>
  odataErrorResponse(
    500,
    '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    'The attempted operation is prohibited because it exceeds the list view threshold.'
  );

export class FakeClock implements Clock {
  public readonly sleeps: number[] = [];
  public constructor(public time: number = Date.UTC(2026, 10, 23, 12, 0, 0)) {}
  public now(): number {
    return this.time;
  }
  public async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += ms;
  }
}

/** A real SPFI over the fake transport and clock. */
export function fakeSp(handler: Handler, options: SpOptions = {}): { sp: SPFI; transport: FakeTransport; clock: FakeClock } {
  const transport = new FakeTransport(handler);
  const clock = new FakeClock();
  const sp = spFromUrl(SITE, { transport: transport.fetch, clock, ...options });
  return { sp, transport, clock };
}

/** A collection answer in minimal metadata. */
export function collection(value: readonly unknown[], nextLink?: string): Response {
  const body: Record<string, unknown> = { 'odata.metadata': `${SITE}/_api/$metadata#SP.ListData.PeopleListItems`, value };
  if (nextLink !== undefined) body['odata.nextLink'] = nextLink;
  return jsonResponse(body);
}
