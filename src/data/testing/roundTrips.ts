import type { Transport } from '../sendStage';

/**
 * Counts sequential round trips: wraps the transport, times every request, and works out the longest chain
 * of requests each of which started only after the one before it had answered. Requests sent side by side
 * count once; a request that needed an earlier answer counts again. This is what a user waits for on a
 * slow link, whatever the number of requests.
 */
export class RoundTripMeter {
  private readonly spans: Array<{ start: number; end: number; url: string }> = [];
  private tick = 0;

  public readonly transport: Transport = async (url, init) => {
    const start = ++this.tick;
    const response = await fetch(url, init);
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
    const sorted = [...this.spans].sort((a, b) => a.start - b.start);
    const depth: number[] = [];
    sorted.forEach((span, i) => {
      let before = 0;
      for (let j = 0; j < i; j++) if (sorted[j].end < span.start) before = Math.max(before, depth[j]);
      depth.push(before + 1);
    });
    return Math.max(0, ...depth);
  }
}
