/**
 * The suite's ONE send stage: a PnPjs behavior that replaces the `send` moment (and with it PnPjs's
 * `BrowserFetchWithRetry`, which would otherwise stack a second retry loop under ours).
 *
 * Policy (SHAREPOINT_REST "Throttling"):
 * - re-send only after 429 or 503, always waiting the full `Retry-After` (seconds or HTTP date):
 *   retrying early earns another 429 and counts against the user's quota;
 * - give up with `SharePointBusyError` when the next wait would not fit the remaining budget
 *   (6 attempts or 120 s by default);
 * - never re-send anything else: 404/412/403/500 are answers, and a network error on a write (before
 *   the answer or part-way through its body) may have been committed (`src/data/writes.ts` resolves
 *   creates by their client id);
 * - tell observers before each wait, so the UI can say "SharePoint is busy, retrying in N s".
 * Clock and sleep are injectable so tests never really wait.
 */
import { TimelinePipe } from '@pnp/core';
import { Queryable, QueryableSendObserver } from '@pnp/queryable';
import { AbortedError, NetworkError, SharePointBusyError } from './errors';

/** Sends one HTTP request; `fetch` in browsers and Node 20, a fake in tests. */
export type Transport = (url: string, init: RequestInit) => Promise<Response>;

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or rejects with an AbortError when `signal` aborts first. */
  sleep(ms: number, signal?: AbortSignal | null): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted === true) {
        reject(new AbortedError());
        return;
      }
      const pending: { timer?: ReturnType<typeof setTimeout> } = {};
      const onAbort = (): void => {
        clearTimeout(pending.timer);
        reject(new AbortedError());
      };
      pending.timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort);
    })
};

/** Raised before each wait: enough for "retrying in N s (attempt 2 of 6)". */
export interface RetryEvent {
  readonly method: string;
  readonly status: number;
  /** The attempt that was just refused (1-based). */
  readonly attempt: number;
  readonly maxAttempts: number;
  readonly waitMs: number;
}

export type RetryListener = (event: RetryEvent) => void;

/** A tiny subscription point the UI can hold (one per SPFI). */
export class SendEvents {
  private readonly listeners: RetryListener[] = [];

  public subscribe(listener: RetryListener): () => void {
    this.listeners.push(listener);
    return () => {
      const at = this.listeners.indexOf(listener);
      if (at >= 0) this.listeners.splice(at, 1);
    };
  }

  public emit(event: RetryEvent): void {
    // A failing listener must not break the request it observes.
    this.listeners.slice().forEach((l) => {
      try {
        l(event);
      } catch {
        // ignored on purpose
      }
    });
  }
}

export interface SendStageOptions {
  readonly transport?: Transport;
  readonly clock?: Clock;
  /** Total attempts including the first. Default 6. */
  readonly maxAttempts?: number;
  /** Total time budget from the first attempt, ms. Default 120,000. */
  readonly budgetMs?: number;
  /** Wait when a 429/503 carries no usable Retry-After: doubles per attempt from this. Default 2,000. */
  readonly fallbackWaitMs?: number;
  /** Told before each wait (a `SendEvents`, or the host's own hub that shows "trying again"). */
  readonly events?: { emit(event: RetryEvent): void };
}

export const DEFAULT_MAX_ATTEMPTS = 6;
export const DEFAULT_BUDGET_MS = 120000;

/** Parses `Retry-After` (delta seconds or an HTTP date) into ms from `now`; null when unusable. */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (header === null) return null;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(parseFloat(text) * 1000);
  const at = Date.parse(text);
  if (isNaN(at)) return null;
  return Math.max(0, at - now);
}

const RETRYABLE = [429, 503];

async function discardBody(response: Response): Promise<void> {
  try {
    await response.text();
  } catch {
    // the body is irrelevant; a failure to drain it must not mask the retry decision
  }
}

function isAbortError(e: unknown): boolean {
  return e instanceof AbortedError || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError');
}

/**
 * The answer with its body read in full: a connection that closes part-way through the body is a lost
 * answer (for a write, one the server may have committed), as much as one that closes before it.
 */
async function whole(response: Response, method: string): Promise<Response> {
  let body: ArrayBuffer;
  try {
    body = await response.arrayBuffer();
  } catch (e) {
    if (isAbortError(e)) throw e;
    throw new NetworkError(method, method !== 'GET', null, e);
  }
  const bodiless = response.status === 204 || response.status === 205 || response.status === 304;
  return new Response(bodiless ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/**
 * Sends with the suite's retry policy. Exported on its own so it can be tested and reused outside
 * a PnPjs timeline (e.g. by Node scripts).
 */
export async function sendWithPolicy(url: string, init: RequestInit, options: SendStageOptions = {}): Promise<Response> {
  const transport: Transport = options.transport ?? ((u, i) => fetch(u, i));
  const clock = options.clock ?? systemClock;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const fallbackWaitMs = options.fallbackWaitMs ?? 2000;
  const method = (init.method ?? 'GET').toUpperCase();
  const started = clock.now();

  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await transport(url, init);
    } catch (e) {
      if (isAbortError(e)) throw e;
      // A lost answer. Reads could be repeated, but the policy is to re-send only on 429/503;
      // for writes the server may already hold the change.
      throw new NetworkError(method, method !== 'GET', null, e);
    }
    if (RETRYABLE.indexOf(response.status) < 0) return whole(response, method);

    const now = clock.now();
    const waitMs = parseRetryAfter(response.headers.get('Retry-After'), now) ?? fallbackWaitMs * Math.pow(2, attempt - 1);
    const remaining = budgetMs - (now - started);
    if (attempt >= maxAttempts || waitMs > remaining) {
      const body = await response.text().catch(() => '');
      throw new SharePointBusyError(attempt, waitMs, { status: response.status, code: '', message: body.slice(0, 500) });
    }
    await discardBody(response);
    options.events?.emit({ method, status: response.status, attempt, maxAttempts, waitMs });
    await clock.sleep(waitMs, init.signal);
  }
}

/**
 * The PnPjs behavior. `replace` removes every other send observer (PnPjs's retrying fetch included),
 * so exactly one send stage runs however the SPFI was built.
 */
export function SuiteSend(options: SendStageOptions = {}): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    const send: QueryableSendObserver = async function (url: URL, init: RequestInit): Promise<Response> {
      this.log(`Send: ${init.method ?? 'GET'} ${url.toString()}`, 0);
      return sendWithPolicy(url.toString(), init, options);
    };
    instance.on.send.replace(send);
    return instance;
  };
}
