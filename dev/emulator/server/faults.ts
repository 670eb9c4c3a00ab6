/**
 * Fault injection with a seeded RNG so a failing run can be repeated exactly.
 * Only REST requests are subject to faults; /_emulator/* control calls never are.
 */

export interface FaultConfig {
  /** RNG seed; changing it (or setting faults) restarts the random sequence. */
  seed: number;
  /** Extra latency added to every REST request, in ms. */
  latencyMs: number;
  /** Extra latency per list item returned, in ms. */
  perRowMs: number;
  /** Extra latency per part inside a $batch, in ms. */
  perBatchPartMs: number;
  /** Probability (0..1) that a REST request is throttled. */
  throttleRate: number;
  /** 429 (too many requests) or 503 (server busy). */
  throttleStatus: 429 | 503;
  /** Value of Retry-After, in seconds. */
  retryAfterSeconds: number;
  /** Probability that a write's connection is destroyed before the write is applied. */
  dropBeforeCommitRate: number;
  /** Probability that a write's connection is destroyed after the write committed (the duplicate-create case). */
  dropAfterCommitRate: number;
  /** Optional regex (string) on the request path: only matching requests are subject to faults. */
  pathPattern?: string;
}

export const NO_FAULTS: FaultConfig = {
  seed: 1,
  latencyMs: 0,
  perRowMs: 0,
  perBatchPartMs: 0,
  throttleRate: 0,
  throttleStatus: 429,
  retryAfterSeconds: 2,
  dropBeforeCommitRate: 0,
  dropAfterCommitRate: 0
};

/** mulberry32: tiny, fast, good enough for fault decisions, and repeatable. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function clampRate(v: unknown, name: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) throw new Error(`fault '${name}' must be a number between 0 and 1`);
  return v;
}

function nonNegative(v: unknown, name: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new Error(`fault '${name}' must be a non-negative number`);
  return v;
}

/** Validates a partial config coming from JSON (control API) or options. Throws on bad input. */
export function validateFaultPatch(patch: Record<string, unknown>): Partial<FaultConfig> {
  const out: Partial<FaultConfig> = {};
  for (const [k, v] of Object.entries(patch)) {
    switch (k) {
      case 'seed':
        out.seed = Math.floor(nonNegative(v, k));
        break;
      case 'latencyMs':
      case 'perRowMs':
      case 'perBatchPartMs':
      case 'retryAfterSeconds':
        out[k] = nonNegative(v, k);
        break;
      case 'throttleRate':
      case 'dropBeforeCommitRate':
      case 'dropAfterCommitRate':
        out[k] = clampRate(v, k);
        break;
      case 'throttleStatus':
        if (v !== 429 && v !== 503) throw new Error("fault 'throttleStatus' must be 429 or 503");
        out.throttleStatus = v;
        break;
      case 'pathPattern':
        if (v !== undefined && v !== null && typeof v !== 'string') throw new Error("fault 'pathPattern' must be a string");
        if (typeof v === 'string') compilePattern(v);
        out.pathPattern = typeof v === 'string' ? v : undefined;
        break;
      default:
        throw new Error(`unknown fault setting '${k}'`);
    }
  }
  return out;
}

/** Fault scoping takes a regex from the test or the control API on purpose: it is a local dev tool. */
function compilePattern(pattern: string): RegExp {
  // eslint-disable-next-line @rushstack/security/no-unsafe-regexp -- the pattern is the developer's own fault filter, never end-user input
  return new RegExp(pattern);
}

export type WriteDrop = 'none' | 'before' | 'after';

export class FaultInjector {
  private cfg: FaultConfig;
  private rng: () => number;
  /** Per-user instant (ms) until which every request is answered with the throttle status. */
  private readonly blockedUntil = new Map<string, number>();
  private enabled = true;

  public constructor(initial: Partial<FaultConfig> = {}) {
    this.cfg = { ...NO_FAULTS, ...validateFaultPatch(initial as Record<string, unknown>) };
    this.rng = mulberry32(this.cfg.seed);
  }

  public get config(): FaultConfig {
    return { ...this.cfg };
  }

  /**
   * Merge settings and restart the RNG from the seed, so a run is repeatable from this point.
   * Open Retry-After windows are kept: turning a storm off does not forgive a caller who must wait.
   */
  public set(patch: Partial<FaultConfig>): FaultConfig {
    this.cfg = { ...this.cfg, ...validateFaultPatch(patch as Record<string, unknown>) };
    this.rng = mulberry32(this.cfg.seed);
    return this.config;
  }

  /** Back to no faults, and forget every Retry-After window. */
  public reset(): FaultConfig {
    this.blockedUntil.clear();
    return this.set({ ...NO_FAULTS, pathPattern: undefined });
  }

  /** Journal replay switches faults off without losing the configuration. */
  public setEnabled(on: boolean): void {
    this.enabled = on;
  }

  public applies(path: string): boolean {
    if (!this.enabled) return false;
    return this.cfg.pathPattern === undefined || compilePattern(this.cfg.pathPattern).test(path);
  }

  /**
   * Decides throttling for one request. A caller still inside its Retry-After window is throttled
   * again (SharePoint counts throttled calls and punishes early retries); the window is not extended.
   */
  public throttle(user: string, nowMs: number): { status: 429 | 503; retryAfterSeconds: number } | undefined {
    const until = this.blockedUntil.get(user);
    if (until !== undefined && nowMs < until) {
      return { status: this.cfg.throttleStatus, retryAfterSeconds: Math.max(1, Math.ceil((until - nowMs) / 1000)) };
    }
    if (this.cfg.throttleRate > 0 && this.rng() < this.cfg.throttleRate) {
      const seconds = this.cfg.retryAfterSeconds;
      this.blockedUntil.set(user, nowMs + seconds * 1000);
      return { status: this.cfg.throttleStatus, retryAfterSeconds: Math.max(0, Math.ceil(seconds)) };
    }
    return undefined;
  }

  public writeDrop(): WriteDrop {
    if (this.cfg.dropBeforeCommitRate > 0 && this.rng() < this.cfg.dropBeforeCommitRate) return 'before';
    if (this.cfg.dropAfterCommitRate > 0 && this.rng() < this.cfg.dropAfterCommitRate) return 'after';
    return 'none';
  }

  public requestLatency(): number {
    return this.enabled ? this.cfg.latencyMs : 0;
  }

  public rowLatency(rows: number): number {
    return this.enabled ? this.cfg.perRowMs * rows : 0;
  }

  public batchPartLatency(): number {
    return this.enabled ? this.cfg.perBatchPartMs : 0;
  }
}
