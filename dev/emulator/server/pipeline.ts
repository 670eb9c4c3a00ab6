import { randomUUID } from 'node:crypto';
import type { DispatchResult, ServerEnv } from './context';
import { formatBatchResponse, parseBatch } from './batch';
import { badRequest, digestInvalid } from './errors';
import { errorResponse, isODataLikeError, RestError, type EmuRequest, type EmuResponse } from './http-types';
import { journalHeaders, type Journal } from './journal';
import type { LogEntry } from './log';
import { dispatchApi } from './router';

/**
 * The REST pipeline between the socket and the router: faults (latency, throttling, dropped
 * connections), `$batch` fan-out, journaling of committed writes, and the request log.
 */

export interface PipelineDeps {
  env: ServerEnv;
  journal?: Journal;
  /** False while the journal is being replayed (no re-journaling). */
  journalOn: () => boolean;
}

/**
 * `drop`: the connection closes before any answer (nothing was applied). `cut`: the write was applied and
 * the connection closes part-way through its answer's body (before an answer without one). A request
 * whose connection closes before any answer is one a browser may quietly send again on a new connection
 * (Chromium does so when the connection was reused), so a committed create is cut after its headers:
 * every client then sees the lost answer the fault is for.
 */
export type PipelineOutcome = { kind: 'response'; response: EmuResponse } | { kind: 'drop' } | { kind: 'cut'; response: EmuResponse };

const sleep = (ms: number): Promise<void> => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

function isBatch(req: EmuRequest): boolean {
  return /\/_api\/\$batch$/i.test(req.url.pathname);
}

function isWrite(req: EmuRequest): boolean {
  return req.method !== 'GET' && !/\/_api\/contextinfo$/i.test(req.url.pathname);
}

function journalIfCommitted(deps: PipelineDeps, req: EmuRequest, result: DispatchResult): void {
  if (!deps.journal || !deps.journalOn() || !result.mutating || result.response.status >= 300) return;
  deps.journal.append({
    v: 1,
    time: deps.env.clock.now().toISOString(),
    method: req.method,
    url: `${req.url.pathname}${req.url.search}`,
    headers: journalHeaders(req.headers),
    body: req.body,
    user: req.userUpn
  });
}

function logEntry(deps: PipelineDeps, seq: number, req: EmuRequest, status: number, started: number, extra: Partial<LogEntry> = {}): void {
  deps.env.log.add({
    seq,
    time: deps.env.clock.now().toISOString(),
    method: req.method,
    path: `${req.url.pathname}${req.url.search}`,
    user: req.userUpn,
    status,
    ms: Date.now() - started,
    filters: [],
    ...extra
  });
}

/** One request through dispatch + journal (used for top-level requests and batch parts). */
export async function runOne(deps: PipelineDeps, req: EmuRequest, origin: string): Promise<DispatchResult> {
  const result = await dispatchApi(deps.env, req, origin);
  journalIfCommitted(deps, req, result);
  return result;
}

async function runBatch(deps: PipelineDeps, req: EmuRequest, origin: string, seq: number): Promise<EmuResponse> {
  const { env } = deps;
  if (req.method !== 'POST') throw badRequest('$batch accepts POST only.');
  if (!req.trusted && !env.digest.isValid(req.headers['x-requestdigest'], req.userUpn, env.clock.now())) throw digestInvalid();
  const parts = parseBatch(req.headers['content-type'], req.body);
  const webPrefix = req.url.pathname.replace(/\/_api\/\$batch$/i, '').toLowerCase();
  const responses: EmuResponse[] = [];
  for (const part of parts) {
    const started = Date.now();
    await sleep(env.faults.batchPartLatency());
    const partUrl = new URL(part.url, `${origin}${req.url.pathname}`);
    const partReq: EmuRequest = {
      method: part.method,
      wireMethod: part.method,
      url: partUrl,
      headers: part.headers,
      body: part.body,
      userUpn: req.userUpn,
      trusted: true
    };
    let result: DispatchResult;
    const partWeb = partUrl.pathname.replace(/\/_api(\/.*)?$/i, '').toLowerCase();
    if (partWeb !== webPrefix) {
      // SharePoint executes a batch against one web; a part for another web is refused (stricter, see README).
      const err = badRequest(`A $batch part must target the web of the $batch endpoint ('${webPrefix || '/'}'), not '${partWeb || '/'}'.`);
      result = { response: errorResponse(partReq, err), filters: [], rows: 0, mutating: false };
    } else {
      result = await runOne(deps, partReq, origin);
    }
    await sleep(env.faults.rowLatency(result.rows));
    logEntry(deps, env.log.nextSeq(), partReq, result.response.status, started, { batchSeq: seq, filters: result.filters });
    responses.push(result.response);
  }
  const boundary = `batchresponse_${randomUUID()}`;
  return { status: 200, headers: { 'content-type': `multipart/mixed; boundary=${boundary}` }, body: formatBatchResponse(boundary, responses) };
}

function throttledResponse(req: EmuRequest, status: 429 | 503, retryAfter: number): EmuResponse {
  const err = new RestError(
    status,
    status === 429 ? '-2147024860, Microsoft.SharePoint.SPRequestThrottledException' : '-2147024860, Microsoft.SharePoint.SPServerBusyException',
    status === 429 ? 'The request has been throttled. Please retry after the number of seconds given in the Retry-After header.' : 'The server is busy. Please retry after the number of seconds given in the Retry-After header.',
    { 'retry-after': String(retryAfter) }
  );
  return errorResponse(req, err);
}

/** Runs a REST request with faults. Returns `drop` when the connection must be destroyed. */
export async function runRest(deps: PipelineDeps, req: EmuRequest, origin: string): Promise<PipelineOutcome> {
  const { env } = deps;
  const started = Date.now();
  const seq = env.log.nextSeq();
  const path = `${req.url.pathname}${req.url.search}`;
  const faulty = env.faults.applies(path);
  if (faulty) {
    await sleep(env.faults.requestLatency());
    const t = env.faults.throttle(req.userUpn, env.clock.elapsedMs());
    if (t) {
      const response = throttledResponse(req, t.status, t.retryAfterSeconds);
      logEntry(deps, seq, req, t.status, started, { fault: `throttle-${t.status}` });
      return { kind: 'response', response };
    }
  }
  const drop = faulty && isWrite(req) ? env.faults.writeDrop() : 'none';
  if (drop === 'before') {
    logEntry(deps, seq, req, 0, started, { fault: 'drop-before-commit' });
    return { kind: 'drop' };
  }
  let response: EmuResponse;
  let filters: LogEntry['filters'] = [];
  try {
    if (isBatch(req)) {
      response = await runBatch(deps, req, origin, seq);
    } else {
      const result = await runOne(deps, req, origin);
      response = result.response;
      filters = result.filters;
      if (faulty) await sleep(env.faults.rowLatency(result.rows));
    }
  } catch (e) {
    const err = isODataLikeError(e) ? e : new RestError(500, '-2146233088, System.InvalidOperationException', e instanceof Error ? e.message : String(e));
    response = errorResponse(req, err);
  }
  if (drop === 'after') {
    logEntry(deps, seq, req, response.status, started, { fault: 'drop-after-commit', filters });
    return { kind: 'cut', response };
  }
  logEntry(deps, seq, req, response.status, started, { filters });
  return { kind: 'response', response };
}
