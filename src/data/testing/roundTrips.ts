import type { Transport } from '../sendStage';

interface ISpan {
  start: number;
  end: number;
  url: string;
}

/**
 * A transport whose answers arrive `latencyMs` late, as over a slow link: requests a caller sends side by
 * side (PnPjs starts each on a timer of its own) are then all in flight before the first answer, however
 * busy the machine running the test, so `RoundTripMeter` counts rounds as a user would wait for them.
 */
export function slowLink(latencyMs: number, send: Transport = (url, init) => fetch(url, init)): Transport {
  return async (url, init) => {
    const response = await send(url, init);
    await new Promise((resolve) => setTimeout(resolve, latencyMs));
    return response;
  };
}

/**
 * Counts sequential round trips: wraps the transport, times every request, and works out the longest chain
 * of requests each of which started only after the one before it had answered. Requests sent side by side
 * count once; a request that needed an earlier answer counts again. This is what a user waits for on a
 * slow link, whatever the number of requests.
 *
 * It wraps `fetch` unless given another transport (a test's fake server: give it one that answers after a
 * timer, so requests sent side by side are all in flight before the first answer arrives).
 */
export class RoundTripMeter {
  private readonly spans: ISpan[] = [];
  private tick = 0;

  public constructor(private readonly send: Transport = (url, init) => fetch(url, init)) {}

  public readonly transport: Transport = async (url, init) => {
    const start = ++this.tick;
    const response = await this.send(url, init);
    this.spans.push({ start, end: ++this.tick, url });
    return response;
  };

  public reset(): void {
    this.spans.length = 0;
  }

  public get requests(): number {
    return this.spans.length;
  }

  public sequential(): number {
    return Math.max(0, ...this.depths().map((d) => d.depth));
  }

  /**
   * The requests by round trip: the URLs of the requests that waited for no earlier answer, then those
   * whose longest wait was one round trip, and so on (each round in the order its requests were sent).
   */
  public rounds(): string[][] {
    const out: string[][] = [];
    for (const { span, depth } of this.depths()) (out[depth - 1] ??= []).push(span.url);
    return out;
  }

  private depths(): Array<{ span: ISpan; depth: number }> {
    const sorted = [...this.spans].sort((a, b) => a.start - b.start);
    const depth: number[] = [];
    sorted.forEach((span, i) => {
      let before = 0;
      for (let j = 0; j < i; j++) if (sorted[j].end < span.start) before = Math.max(before, depth[j]);
      depth.push(before + 1);
    });
    return sorted.map((span, i) => ({ span, depth: depth[i] }));
  }
}
