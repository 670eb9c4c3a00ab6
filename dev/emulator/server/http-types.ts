/**
 * Transport-neutral request/response shapes. The same dispatcher serves real sockets, the parts of a
 * `$batch` and journal replay, so nothing below the HTTP adapter touches node:http.
 */

export interface EmuRequest {
  /** Effective verb: `X-HTTP-Method` already folded in (MERGE, DELETE, PUT, PATCH). */
  method: string;
  /** The verb on the wire (POST for tunnelled MERGE/DELETE). */
  wireMethod: string;
  url: URL;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: string;
  /** UPN of the caller, already resolved from header, cookie or default. */
  userUpn: string;
  /** True for parts of a $batch and journal replay: the outer request already passed the digest check. */
  trusted: boolean;
}

export interface EmuResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable'
};

export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? 'Unknown';
}

/** The content type SharePoint Online sends for JSON Light minimal metadata. */
export const MINIMAL_JSON = 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
export const VERBOSE_JSON = 'application/json;odata=verbose;charset=utf-8';

export function wantsVerbose(req: Pick<EmuRequest, 'headers'>): boolean {
  return /odata=verbose/i.test(req.headers.accept ?? '');
}

export function jsonResponse(req: Pick<EmuRequest, 'headers'>, status: number, payload: unknown, extraHeaders: Record<string, string> = {}): EmuResponse {
  return {
    status,
    headers: { 'content-type': wantsVerbose(req) ? VERBOSE_JSON : MINIMAL_JSON, ...extraHeaders },
    body: JSON.stringify(payload)
  };
}

export function emptyResponse(status: number, extraHeaders: Record<string, string> = {}): EmuResponse {
  return { status, headers: { ...extraHeaders }, body: '' };
}

/** A SharePoint-shaped error: `code` is the "<hresult>, <Exception>" string SharePoint puts in odata.error. */
export class RestError extends Error {
  public readonly status: number;
  public readonly code: string;
  public readonly headers: Record<string, string>;

  public constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'RestError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/** Duck-typed so errors thrown by the store (its own ODataError class) are rendered the same way. */
export function isODataLikeError(e: unknown): e is Error & { status: number; code: string } {
  if (!(e instanceof Error)) return false;
  const r = e as unknown as Record<string, unknown>;
  return typeof r.status === 'number' && typeof r.code === 'string';
}

export function errorResponse(req: Pick<EmuRequest, 'headers'>, err: Error & { status: number; code: string }): EmuResponse {
  const inner = { code: err.code, message: { lang: 'en-US', value: err.message } };
  const payload = wantsVerbose(req) ? { error: inner } : { 'odata.error': inner };
  const extra = err instanceof RestError ? err.headers : {};
  return jsonResponse(req, err.status, payload, extra);
}
