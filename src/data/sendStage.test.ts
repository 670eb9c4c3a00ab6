import { fakeSp, jsonResponse, odataErrorResponse, FakeClock, THRESHOLD_500 } from './testing/fakeServer';
import { parseRetryAfter, sendWithPolicy, SendEvents, RetryEvent } from './sendStage';
import { SharePointBusyError, NetworkError, AbortedError } from './errors';
import { HttpRequestError } from '@pnp/queryable';

const busy = (status: number, retryAfter?: string): Response =>
  odataErrorResponse(status, '-2147024860, Microsoft.SharePoint.SPServerBusyException', 'busy', retryAfter !== undefined ? { 'Retry-After': retryAfter } : {});

/** Answers the queued responses in order, then 200s. */
function queue(...answers: Array<() => Response>): () => Response {
  let i = 0;
  return () => (i < answers.length ? answers[i++]() : jsonResponse({ Title: 'ok' }));
}

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 10, 23, 12, 0, 0);
  it.each<[string | null, number | null]>([
    ['5', 5000],
    ['0', 0],
    ['1.5', 1500],
    ['Mon, 23 Nov 2026 12:00:30 GMT', 30000],
    ['Mon, 23 Nov 2026 11:59:00 GMT', 0],
    ['soon', null],
    [null, null]
  ])('%s → %s ms', (header, ms) => {
    expect(parseRetryAfter(header, now)).toBe(ms);
  });
});

describe('SuiteSend through the real PnPjs', () => {
  it('waits the full Retry-After after 429 and 503, then succeeds', async () => {
    const events = new SendEvents();
    const seen: RetryEvent[] = [];
    events.subscribe((e) => seen.push(e));
    const { sp, transport, clock } = fakeSp(queue(() => busy(429, '7'), () => busy(503, 'Mon, 23 Nov 2026 12:00:37 GMT')), { events });
    await expect(sp.web.select('Title')()).resolves.toEqual({ Title: 'ok' });
    expect(transport.requests).toHaveLength(3);
    // 7 s, then the HTTP date 30 s after the clock (which had advanced 7 s).
    expect(clock.sleeps).toEqual([7000, 30000]);
    expect(seen).toEqual([
      { method: 'GET', status: 429, attempt: 1, maxAttempts: 6, waitMs: 7000 },
      { method: 'GET', status: 503, attempt: 2, maxAttempts: 6, waitMs: 30000 }
    ]);
  });

  it('gives up after the attempt limit with SharePointBusyError', async () => {
    const { sp, transport, clock } = fakeSp(() => busy(429, '1'));
    const err = await sp.web().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SharePointBusyError);
    expect((err as SharePointBusyError).attempts).toBe(6);
    expect((err as SharePointBusyError).key).toBe('errors.busy');
    expect(transport.requests).toHaveLength(6);
    expect(clock.sleeps).toEqual([1000, 1000, 1000, 1000, 1000]);
  });

  it('gives up before a wait that would overrun the time budget, without sleeping it', async () => {
    const { sp, transport, clock } = fakeSp(queue(() => busy(429, '60'), () => busy(429, '61')), { budgetMs: 120000 });
    const err = await sp.web().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SharePointBusyError);
    expect((err as SharePointBusyError).nextWaitMs).toBe(61000);
    expect(transport.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([60000]);
  });

  it('honours a configured attempt limit and backs off when Retry-After is missing', async () => {
    const { sp, clock } = fakeSp(() => busy(503), { maxAttempts: 3, fallbackWaitMs: 1000 });
    await expect(sp.web()).rejects.toBeInstanceOf(SharePointBusyError);
    expect(clock.sleeps).toEqual([1000, 2000]);
  });

  it.each([
    [404, () => odataErrorResponse(404, '-2130575338, System.ArgumentException', 'Item does not exist.')],
    [412, () => odataErrorResponse(412, '-1, Microsoft.SharePoint.Client.ClientServiceException', 'etag')],
    [403, () => odataErrorResponse(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.')],
    [500, THRESHOLD_500],
    [504, () => new Response('gateway', { status: 504 })]
  ])('never re-sends a %s', async (status, answer) => {
    const { sp, transport, clock } = fakeSp(answer);
    const err = await sp.web().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpRequestError);
    expect((err as HttpRequestError).status).toBe(status);
    expect(transport.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('never re-sends after a network error, and says a write is of unknown outcome', async () => {
    const { sp, transport } = fakeSp(() => {
      throw new TypeError('fetch failed');
    });
    const read = await sp.web().catch((e: unknown) => e);
    expect(read).toBeInstanceOf(NetworkError);
    expect((read as NetworkError).outcomeUnknown).toBe(false);
    const write = await sp.web.update({ Title: 'x' }).catch((e: unknown) => e);
    expect(write).toBeInstanceOf(NetworkError);
    expect((write as NetworkError).outcomeUnknown).toBe(true);
    expect(transport.requests).toHaveLength(2);
  });

  it('takes an answer whose body is cut off as lost, never re-sent: a write\'s outcome is unknown', async () => {
    const cut = (): Response =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"d":'));
            controller.error(new TypeError('terminated'));
          }
        }),
        { status: 201, headers: { 'content-type': 'application/json' } }
      );
    const { sp, transport } = fakeSp(cut);
    const write = await sp.web.lists.getByTitle('Tasks').items.add({ Title: 'x' }).catch((e: unknown) => e);
    expect(write).toBeInstanceOf(NetworkError);
    expect((write as NetworkError).outcomeUnknown).toBe(true);
    const read = await sp.web().catch((e: unknown) => e);
    expect(read).toBeInstanceOf(NetworkError);
    expect((read as NetworkError).outcomeUnknown).toBe(false);
    expect(transport.requests).toHaveLength(2);
  });

  it('is the only send observer (PnPjs retry replaced, not stacked)', async () => {
    const { sp, transport } = fakeSp(queue(() => busy(503, '2')));
    await sp.web();
    // BrowserFetchWithRetry would have used global fetch; every request went to our transport.
    expect(transport.requests).toHaveLength(2);
  });
});

describe('sendWithPolicy', () => {
  it('stops waiting when the request is aborted', async () => {
    const controller = new AbortController();
    const clock = new FakeClock();
    let sleepStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (sleepStarted = resolve));
    const sleeping = {
      now: () => clock.now(),
      sleep: (_ms: number, signal?: AbortSignal | null): Promise<void> =>
        new Promise<void>((_resolve, reject) => {
          signal?.addEventListener('abort', () => reject(new AbortedError()));
          sleepStarted();
        })
    };
    const pending = sendWithPolicy('https://x/_api/web', { method: 'GET', signal: controller.signal }, {
      transport: async () => busy(429, '30'),
      clock: sleeping
    });
    await started;
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortedError);
  });

  it('passes an AbortError from the transport through untouched', async () => {
    const abort = Object.assign(new Error('aborted'), { name: 'AbortError' });
    await expect(
      sendWithPolicy('https://x/_api/web', { method: 'POST' }, { transport: () => Promise.reject(abort), clock: new FakeClock() })
    ).rejects.toBe(abort);
  });

  it('keeps the listener list safe from failing listeners', async () => {
    const events = new SendEvents();
    const calls: number[] = [];
    const off = events.subscribe(() => {
      throw new Error('ui bug');
    });
    events.subscribe((e) => calls.push(e.attempt));
    let n = 0;
    await sendWithPolicy('https://x/_api/web', { method: 'GET' }, {
      transport: async () => (n++ === 0 ? busy(429, '1') : jsonResponse({})),
      clock: new FakeClock(),
      events
    });
    off();
    expect(calls).toEqual([1]);
  });
});
