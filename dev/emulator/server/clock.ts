/**
 * The emulator's clock. Everything the server stamps (Created/Modified, digest expiry, journal times)
 * reads now(); Retry-After windows read elapsedMs(). Tests pin or shift time without fake timers.
 */
export interface ClockState {
  mode: 'real' | 'fixed' | 'offset';
  now: string;
  offsetMs: number;
}

export class EmulatorClock {
  private fixed: number | undefined;
  private offsetMs = 0;
  /** Every advance() ever made, so elapsed time can run on when the business clock is pinned. */
  private advancedMs = 0;

  public now(): Date {
    return new Date(this.fixed ?? Date.now() + this.offsetMs);
  }

  /** Pin the clock to an instant (ISO string or Date). */
  public setFixed(at: Date | string): void {
    const t = new Date(at).getTime();
    if (!Number.isFinite(t)) throw new Error(`Invalid clock time '${String(at)}'`);
    this.fixed = t;
  }

  /** Run in real time shifted by offsetMs (clears a fixed time). */
  public setOffset(offsetMs: number): void {
    this.fixed = undefined;
    this.offsetMs = offsetMs;
  }

  /** Move time forward: shifts the fixed instant, or grows the offset. */
  public advance(ms: number): void {
    this.advancedMs += ms;
    if (this.fixed !== undefined) this.fixed += ms;
    else this.offsetMs += ms;
  }

  /**
   * Milliseconds for measuring waits (Retry-After windows): real time plus every advance. Unlike now(),
   * it keeps running while the business clock is pinned, so a client that really waits its Retry-After
   * gets through in a browser test with a fixed date, and a test can still skip the wait with advance().
   */
  public elapsedMs(): number {
    return Date.now() + this.advancedMs;
  }

  public reset(): void {
    this.fixed = undefined;
    this.offsetMs = 0;
  }

  public state(): ClockState {
    return { mode: this.fixed !== undefined ? 'fixed' : this.offsetMs !== 0 ? 'offset' : 'real', now: this.now().toISOString(), offsetMs: this.offsetMs };
  }
}
