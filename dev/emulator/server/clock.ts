/**
 * The emulator's clock. Everything the server stamps (Created/Modified, digest expiry, Retry-After
 * windows, journal times) reads this clock, so tests can pin or shift time without fake timers.
 */
export interface ClockState {
  mode: 'real' | 'fixed' | 'offset';
  now: string;
  offsetMs: number;
}

export class EmulatorClock {
  private fixed: number | undefined;
  private offsetMs = 0;

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
    if (this.fixed !== undefined) this.fixed += ms;
    else this.offsetMs += ms;
  }

  public reset(): void {
    this.fixed = undefined;
    this.offsetMs = 0;
  }

  public state(): ClockState {
    return { mode: this.fixed !== undefined ? 'fixed' : this.offsetMs !== 0 ? 'offset' : 'real', now: this.now().toISOString(), offsetMs: this.offsetMs };
  }
}
