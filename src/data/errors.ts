/**
 * Typed data errors. Each carries a localisation KEY for the UI (`errors.conflict`), never the
 * server's OData text, which is English, technical, and may name internal columns. The server's
 * code and text are kept on the error for logs and tests only.
 */
import { HttpRequestError } from '@pnp/queryable';
import { WireShapeError } from '../lists/mapping';

export const ERROR_KEYS = {
  conflict: 'errors.conflict',
  forbidden: 'errors.forbidden',
  notFound: 'errors.notFound',
  threshold: 'errors.threshold',
  busy: 'errors.busy',
  network: 'errors.network',
  validation: 'errors.validation',
  badRequest: 'errors.badRequest',
  aborted: 'errors.aborted',
  unexpected: 'errors.unexpected',
  dataSiteNotConfigured: 'errors.dataSiteNotConfigured'
} as const;

export type ErrorKey = (typeof ERROR_KEYS)[keyof typeof ERROR_KEYS];

/** What SharePoint said, for logs and tests; never shown to users. */
export interface ServerDetail {
  readonly status: number;
  /** e.g. `-2147024860, Microsoft.SharePoint.SPQueryThrottledException` */
  readonly code: string;
  readonly message: string;
}

export abstract class DataError extends Error {
  public abstract readonly key: ErrorKey;
  public readonly server: ServerDetail | null;

  protected constructor(name: string, description: string, server: ServerDetail | null) {
    super(description);
    this.name = name;
    this.server = server;
    // ES5 targets lose the prototype chain of Error subclasses without this.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** 412: someone changed the item since it was read. `current` is the server's version, fetched. */
export class ConflictError<T = unknown> extends DataError {
  public readonly key = ERROR_KEYS.conflict;
  public constructor(
    public readonly current: T | null,
    server: ServerDetail | null = null
  ) {
    super('ConflictError', 'The item was changed by someone else since it was read.', server);
  }
}

export class ForbiddenError extends DataError {
  public readonly key = ERROR_KEYS.forbidden;
  /** True when SharePoint refused the form digest (a stale page), not the user's permissions. */
  public readonly digestRejected: boolean;
  public constructor(server: ServerDetail | null = null) {
    super('ForbiddenError', 'SharePoint refused access.', server);
    this.digestRejected = server !== null && server.code.indexOf('-2130575251') === 0;
  }
}

export class NotFoundError extends DataError {
  public readonly key = ERROR_KEYS.notFound;
  public constructor(server: ServerDetail | null = null) {
    super('NotFoundError', 'The list or item does not exist (or is hidden from this user).', server);
  }
}

/** 500 SPQueryThrottledException: the query touched more than 5,000 rows without an index. */
export class ThresholdError extends DataError {
  public readonly key = ERROR_KEYS.threshold;
  public constructor(server: ServerDetail | null = null) {
    super('ThresholdError', 'The query exceeds the list view threshold.', server);
  }
}

/** 429/503 that outlasted the retry budget. */
export class SharePointBusyError extends DataError {
  public readonly key = ERROR_KEYS.busy;
  public constructor(
    public readonly attempts: number,
    /** The wait SharePoint asked for that no longer fitted the budget, in ms. */
    public readonly nextWaitMs: number,
    server: ServerDetail | null = null
  ) {
    super('SharePointBusyError', `SharePoint is busy (gave up after ${attempts} attempts).`, server);
  }
}

/**
 * No answer: the connection failed, or a gateway timed out (504). For a write the outcome is
 * unknown: the server may have committed it. `src/data/writes.ts` resolves that for creates.
 */
export class NetworkError extends DataError {
  public readonly key = ERROR_KEYS.network;
  public constructor(
    public readonly method: string,
    public readonly outcomeUnknown: boolean,
    server: ServerDetail | null = null,
    public readonly cause?: unknown
  ) {
    super('NetworkError', `No answer from SharePoint for a ${method} request.`, server);
  }
}

export interface ValidationProblem {
  /** Domain key of the field, when the problem belongs to one. */
  readonly field?: string;
  /** Localisation key of the specific problem, e.g. `validation.required`. */
  readonly key: string;
  readonly detail?: string;
}

export class ValidationError extends DataError {
  public readonly key = ERROR_KEYS.validation;
  public constructor(public readonly problems: readonly ValidationProblem[]) {
    super('ValidationError', `Invalid data: ${problems.map((p) => p.detail ?? p.key).join('; ')}`, null);
  }
}

/** 400: a malformed query or an unknown column: a programming or schema error. */
export class BadRequestError extends DataError {
  public readonly key = ERROR_KEYS.badRequest;
  public constructor(server: ServerDetail | null = null) {
    super('BadRequestError', 'SharePoint refused the request as malformed.', server);
  }
}

export class AbortedError extends DataError {
  public readonly key = ERROR_KEYS.aborted;
  public constructor() {
    super('AbortedError', 'The request was cancelled.', null);
  }
}

export class UnexpectedError extends DataError {
  public readonly key = ERROR_KEYS.unexpected;
  public constructor(
    description: string,
    server: ServerDetail | null = null,
    public readonly cause?: unknown
  ) {
    super('UnexpectedError', description, server);
  }
}

interface ODataErrorBody {
  readonly code: string;
  readonly message: string;
}

/** Parses `{"odata.error":…}` (minimal) or `{"error":…}` (verbose) error bodies. */
export function parseODataError(text: string): ODataErrorBody | null {
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json !== 'object' || json === null) return null;
    const rec = json as Record<string, unknown>;
    const err = rec['odata.error'] ?? rec.error;
    if (typeof err !== 'object' || err === null) return null;
    const e = err as Record<string, unknown>;
    const msg = e.message;
    const message =
      typeof msg === 'string' ? msg : typeof msg === 'object' && msg !== null ? String((msg as Record<string, unknown>).value ?? '') : '';
    return { code: typeof e.code === 'string' ? e.code : '', message };
  } catch {
    return null;
  }
}

const BODY_MARKER = '::> ';

/**
 * Reads the error body of an `HttpRequestError`. PnPjs read a clone for its message, so the original
 * body is normally still unread: read another clone (never the original, which a caller may still
 * want). If that fails, fall back to the copy PnPjs put in the message.
 */
async function errorBodyText(e: HttpRequestError): Promise<string> {
  try {
    if (e.response !== undefined && !e.response.bodyUsed) return await e.response.clone().text();
  } catch {
    // fall through to the message copy
  }
  const at = e.message.indexOf(BODY_MARKER);
  return at >= 0 ? e.message.slice(at + BODY_MARKER.length) : '';
}

function isHttpRequestError(e: unknown): e is HttpRequestError {
  return typeof e === 'object' && e !== null && (e as { isHttpRequestError?: unknown }).isHttpRequestError === true;
}

function isAbort(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
}

/** Maps an HTTP status and error body to the typed error. `method` decides whether a 504 left a write unknown. */
export function errorForStatus(status: number, bodyText: string, method: string = 'GET'): DataError {
  const parsed = parseODataError(bodyText);
  const server: ServerDetail = { status, code: parsed?.code ?? '', message: parsed?.message ?? bodyText.slice(0, 500) };
  switch (status) {
    case 400:
      return new BadRequestError(server);
    case 403:
    case 401:
      return new ForbiddenError(server);
    case 404:
      return new NotFoundError(server);
    case 412:
      return new ConflictError(null, server);
    case 429:
    case 503:
      return new SharePointBusyError(1, 0, server);
    case 504:
      return new NetworkError(method, method.toUpperCase() !== 'GET', server);
    case 500:
      if (server.code.indexOf('SPQueryThrottledException') >= 0) return new ThresholdError(server);
      return new UnexpectedError('SharePoint failed with a server error.', server);
    default:
      return new UnexpectedError(`SharePoint answered ${status}.`, server);
  }
}

/**
 * Turns anything a PnPjs call can throw into a typed `DataError`. Async because the body of an
 * `HttpRequestError` must be read to tell a threshold 500 from any other 500.
 */
export async function toDataError(e: unknown, method: string = 'GET'): Promise<DataError> {
  if (e instanceof DataError) return e;
  if (isAbort(e)) return new AbortedError();
  if (isHttpRequestError(e)) return errorForStatus(e.status, await errorBodyText(e), method);
  if (e instanceof WireShapeError) return new UnexpectedError(e.message, null, e);
  return new UnexpectedError(e instanceof Error ? e.message : 'Unknown failure', null, e);
}

/** Neither this part's settings nor the tenant property name the suite's data site. */
export class DataSiteNotConfiguredError extends DataError {
  public readonly key = ERROR_KEYS.dataSiteNotConfigured;
  public constructor() {
    super('DataSiteNotConfiguredError', 'No data site is configured for the suite.', null);
  }
}
