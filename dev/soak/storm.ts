import { startEmulator, type RunningEmulator } from '../emulator/server';
import { PeopleList, type NewPerson } from '../../src/lists';
import { ensureLists } from '../../src/data/provisioning/ensureLists';
import { dataSite, spFromUrl, type DataSite } from '../../src/data/sp';
import { createItem, updateItem } from '../../src/data/writes';
import { collectPages, scanByIdRange } from '../../src/data/paging';
import { Rng } from '../demo/rng';

/**
 * A throttling storm through the real data layer: creates and updates at several at a time while the
 * emulator answers a share of requests 429/503 (with Retry-After) and drops connections before and after
 * writes commit. Afterwards the list must equal the expected state exactly: nothing lost, nothing twice.
 */
export interface IStormOptions {
  operations: number;
  concurrency: number;
  throttleRate: number;
  dropRate: number;
  seed: number;
}

export interface IStormResult {
  operations: number;
  creates: number;
  updates: number;
  throttled: number;
  droppedBeforeCommit: number;
  droppedAfterCommit: number;
  failedOperations: number;
  /** Why operations failed, by error type (ConflictError is two people updating one item at once). */
  failures: Record<string, number>;
  lostWrites: number;
  duplicates: number;
  wrongValues: number;
  seconds: number;
}

const OWNER = 'owner@policing.example';
const WEB = '/sites/storm';

export async function runStorm(options: IStormOptions): Promise<IStormResult> {
  const emulator: RunningEmulator = await startEmulator({
    users: [{ upn: OWNER, title: 'Storm owner', isSiteAdmin: true, defaultRole: 'owner' }],
    seed: (ctx) => {
      ctx.store.createWeb(WEB, 'Storm');
    }
  });
  const started = Date.now();
  try {
    const siteUrl = `${emulator.url}${WEB}`;
    const site: DataSite = dataSite(spFromUrl(siteUrl, { headers: { 'X-Emulator-User': OWNER } }), siteUrl);
    await ensureLists(site, [PeopleList]);
    const rng = new Rng(options.seed);
    emulator.faults.set({
      seed: options.seed,
      throttleRate: options.throttleRate,
      throttleStatus: 429,
      retryAfterSeconds: 0,
      dropBeforeCommitRate: options.dropRate / 2,
      dropAfterCommitRate: options.dropRate / 2
    });

    // What the list must hold at the end: upn → the job titles it may show. A write the user was told
    // failed may or may not have landed (the answer was lost), so both values are acceptable for it.
    const expected = new Map<string, Set<string>>();
    const uncertainCreates = new Set<string>();
    const created: Array<{ upn: string; id: number; etag: string }> = [];
    let creates = 0;
    let updates = 0;
    let failed = 0;
    const failures: Record<string, number> = {};
    const fail = (error: unknown): void => {
      failed++;
      const name = error instanceof Error ? error.constructor.name : typeof error;
      failures[name] = (failures[name] ?? 0) + 1;
    };
    let next = 0;

    const worker = async (): Promise<void> => {
      while (next < options.operations) {
        const n = next++;
        // Half the operations create a person, half update one created earlier (when there is one).
        if (created.length === 0 || rng.next() < 0.5) {
          const upn = `storm.${n}@policing.example`;
          const person: NewPerson = { displayName: `Storm ${n}`, upn, force: n % 2 ? 'Kent' : 'Essex', jobTitle: 'Created' };
          try {
            const item = await createItem(site, PeopleList, person);
            created.push({ upn, id: item.id, etag: item.etag });
            expected.set(upn, new Set(['Created']));
            creates++;
          } catch (error) {
            uncertainCreates.add(upn);
            fail(error);
          }
        } else {
          const target = created[Math.floor(rng.next() * created.length)];
          const title = `Updated ${n}`;
          try {
            const { etag } = await updateItem(site, PeopleList, { id: target.id, etag: target.etag, patch: { jobTitle: title } });
            target.etag = etag;
            expected.set(target.upn, new Set([title]));
            updates++;
          } catch (error) {
            // A conflict or a spent budget: the user is told, and the value may or may not have landed.
            expected.get(target.upn)?.add(title);
            fail(error);
          }
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));

    const faultCounts = { throttled: 0, before: 0, after: 0 };
    for (const entry of emulator.log.entries()) {
      if (entry.fault === undefined) continue;
      if (/throttle/.test(entry.fault)) faultCounts.throttled++;
      else if (/before/.test(entry.fault)) faultCounts.before++;
      else if (/after/.test(entry.fault)) faultCounts.after++;
    }
    emulator.faults.reset();

    const actual = await collectPages(scanByIdRange(site, PeopleList));
    const byUpn = new Map<string, number>();
    for (const p of actual) byUpn.set(p.upn, (byUpn.get(p.upn) ?? 0) + 1);
    const byUpnItem = new Map(actual.map((p) => [p.upn, p]));
    let lost = 0;
    let wrong = 0;
    for (const [upn, titles] of expected) {
      const item = byUpnItem.get(upn);
      if (!item) lost++;
      else if (!titles.has(item.jobTitle ?? '')) wrong++;
    }
    // Anything else on the list must be a create the user was told had failed (its answer was lost).
    const unexpected = actual.filter((p) => !expected.has(p.upn) && !uncertainCreates.has(p.upn)).length;
    const duplicates = [...byUpn.values()].filter((c) => c > 1).reduce((s, c) => s + c - 1, 0) + unexpected;
    return {
      operations: options.operations,
      creates,
      updates,
      throttled: faultCounts.throttled,
      droppedBeforeCommit: faultCounts.before,
      droppedAfterCommit: faultCounts.after,
      failedOperations: failed,
      failures,
      lostWrites: lost,
      duplicates,
      wrongValues: wrong,
      seconds: (Date.now() - started) / 1000
    };
  } finally {
    await emulator.close();
  }
}
