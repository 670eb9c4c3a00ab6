/**
 * Batching related reads/writes with `sp.batched()`: at most 20 requests per `$batch` (SharePoint's
 * and PnPjs's limit), one outcome per operation, in order. One failing part fails only its own
 * operation; a `$batch` POST that fails as a whole fails every operation of that chunk.
 */
import { DataSite } from './sp';
import { DataError, NetworkError, toDataError } from './errors';

/** SharePoint accepts at most 20 operations in one `$batch` request from PnPjs. */
export const MAX_BATCH_SIZE = 20;

/**
 * One operation of a batch. It must start exactly one request synchronously on the site it is
 * given (PnPjs registers a request when it starts; an `await` before it would miss the batch).
 */
export interface BatchOp<R> {
  readonly method: 'GET' | 'POST';
  readonly run: (site: DataSite) => Promise<R>;
}

export type Outcome<R> = { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: DataError };

export interface BatchOptions {
  /** Operations per `$batch`, 1-20. Default 20. */
  readonly size?: number;
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Starts an operation; one that throws before issuing its request fails alone, as a rejection. */
function start<R>(op: BatchOp<R>, site: DataSite): Promise<R> {
  try {
    return op.run(site);
  } catch (e) {
    return Promise.reject(e);
  }
}

async function runChunk<R>(site: DataSite, ops: readonly BatchOp<R>[]): Promise<Outcome<R>[]> {
  if (ops.length === 1) {
    // A batch of one is just overhead (and a second request for the digest).
    const [op] = ops;
    return [await start(op, site).then((value): Outcome<R> => ({ ok: true, value }), async (e: unknown): Promise<Outcome<R>> => ({ ok: false, error: await toDataError(e, op.method) }))];
  }
  const [batchedSp, execute] = site.sp.batched();
  const batchedSite: DataSite = { ...site, sp: batchedSp };
  const settled = ops.map((op) =>
    start(op, batchedSite).then(
      (value): Outcome<R> => ({ ok: true, value }),
      async (e: unknown): Promise<Outcome<R>> => ({ ok: false, error: await toDataError(e, op.method) })
    )
  );
  try {
    await execute();
  } catch (e) {
    // The $batch POST itself failed: the parts never got an answer and their promises never
    // settle, so do not wait for them. Writes in it have an unknown outcome.
    const whole = await toDataError(e, 'POST');
    return ops.map((op): Outcome<R> => {
      if (whole instanceof NetworkError) return { ok: false, error: new NetworkError(op.method, op.method !== 'GET', whole.server, e) };
      return { ok: false, error: whole };
    });
  }
  return Promise.all(settled);
}

/** Runs operations in `$batch` chunks of at most 20, one chunk after another. */
export async function inBatches<R>(site: DataSite, ops: readonly BatchOp<R>[], options: BatchOptions = {}): Promise<Outcome<R>[]> {
  const size = Math.max(1, Math.min(MAX_BATCH_SIZE, options.size ?? MAX_BATCH_SIZE));
  const results: Outcome<R>[] = [];
  for (const chunk of chunks(ops, size)) {
    results.push(...(await runChunk(site, chunk)));
  }
  return results;
}

