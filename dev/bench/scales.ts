/**
 * The benchmarks' workforce sizes and their seeding, shared by the training dashboard benchmark and the
 * suite benchmark: the demo generator at a headcount multiplier, spread over two or 43 forces.
 */
import { spawnSync } from 'node:child_process';
import * as v8 from 'node:v8';
import { demoDirectory } from '../demo/seed';
import type { Force } from '../demo/personas';
import type { IDemoPerson } from '../demo/people';

/** Headcount multiplier of the demo generator for ≈ 100k completion records (≈ 82k at 1): two forces. */
export const DEMO_SCALE = 1.22;
/** ≈ 308,000 people, ≈ 1.7M records: the national benchmark's size. */
export const NATIONAL_SCALE = 21;
export const NATIONAL_FORCE_COUNT = 43;

export interface IWorkforceScale {
  name: string;
  scale: number;
  /** Spread the workforce over this many forces (the generator makes two). */
  forces: number;
}

export const TWO_FORCES: IWorkforceScale = { name: 'two forces (demo \u00d7 1.22)', scale: DEMO_SCALE, forces: 2 };
export const NATIONAL: IWorkforceScale = { name: `national (${NATIONAL_FORCE_COUNT} forces)`, scale: NATIONAL_SCALE, forces: NATIONAL_FORCE_COUNT };

export function nationalForces(count: number): string[] {
  return ['Kent', 'Essex', ...Array.from({ length: count - 2 }, (_, i) => `Force ${String(i + 3).padStart(2, '0')}`)];
}

/** The directory (sign-ins) and the workforce (People list rows) of a scale. */
export function benchDirectory(spec: { scale: number; forces: number }): { users: ReturnType<typeof demoDirectory>['users']; people: IDemoPerson[] } {
  const { users, people } = demoDirectory(spec.scale);
  if (spec.forces <= 2) return { users, people };
  const forces = nationalForces(spec.forces);
  // The People force column is a fill-in choice: a national directory is the same workforce in 43 forces.
  // Personas stay in Kent and Essex; the generator's type only names those two.
  return { users, people: people.map((p, i) => (p.persona ? p : { ...p, force: forces[i % forces.length] as Force })) };
}

/**
 * National scale needs more than Node's default heap (1.7M records and their generation): re-runs this
 * process with a 16 GB heap, once (`marker` names the environment variable that says it already has).
 * Returns only in the process that has the heap; the parent exits with the child's status.
 */
export function ensureLargeHeap(marker: string): void {
  const heapMB = v8.getHeapStatistics().heap_size_limit / 1048576;
  if (heapMB >= 12000 || process.env[marker] !== undefined) return;
  const child = spawnSync(process.execPath, [...process.execArgv, '--max-old-space-size=16384', ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, [marker]: '1' }
  });
  process.exit(child.status ?? 1);
}

/**
 * Lets overdue timers run after a long synchronous step (seeding into the store). The server closes idle
 * keep-alive sockets on a timer; while the event loop is blocked that timer cannot fire, and the next
 * request could be sent on a socket the server closes a moment later ("other side closed").
 */
export function idle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 250));
}
