/**
 * Training dashboard benchmark: what a manager's compliance dashboard costs at the demo's size and at
 * national size, through the real data layer (PnPjs over HTTP against the emulator, as a persona).
 * Prints numbers only; nothing asserts on wall-clock time.
 *
 * For each scale: start the emulator, provision the data site with the suite's own set-up code (REST, as
 * the site owner), seed the demo (people, modules, completions and the summary a lead "rebuilt last
 * night") straight into the store, make a summary, publish a new version of the acceptable-use policy
 * and add a burst of 15,000 re-attestations to it after the rebuild, then time `loadDashboard` as a
 * manager: round trips, HTTP requests, bytes, wall time, and whether any request was refused.
 *
 *   npm run bench:dashboard                  the demo at ≈ 100k completion records (≈ 1 min)
 *   npm run bench:dashboard -- --national    then national: ≈ 1.7M records, 43 forces (≈ 10 min, ≈ 3.5 GB)
 *   npm run bench                            the store benchmark, then this one (demo only)
 *
 * Flags: `--national` adds the national scale (the process re-runs itself with a 16 GB heap);
 * `--only=national` runs only that; `--no-rebuild` skips the lead's REST rebuild at national scale (≈ 5 of
 * the 10 minutes) and keeps the summary the demo seed built in-process with `buildSummary`.
 *
 * The burst goes straight into the store (each record as `TrainingRepository.record` writes it, prior
 * state included); everything measured goes through PnPjs over HTTP.
 */
import { performance } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import { startEmulator, type RunningEmulator } from '../emulator/server';
import type { ListStore } from '../emulator/store';
import { demoSeed, DATA_SITE_PATH } from '../demo/seed';
import { demoSetUp, type IDemoSetUpReport } from '../demo/setup';
import { PERSONAS, personaUpn } from '../demo/personas';
import type { IDemoPerson } from '../demo/people';
import { Rng } from '../demo/rng';
import { benchDirectory, DEMO_SCALE, ensureLargeHeap, idle, NATIONAL_FORCE_COUNT, NATIONAL_SCALE } from './scales';
import { runSetUp } from '../../src/data/provisioning/setUpAction';
import { NetworkError } from '../../src/data/errors';
import { dataSite, spFromUrl, type DataSite } from '../../src/data/sp';
import type { Transport } from '../../src/data/sendStage';
import { RoundTripMeter } from '../../src/data/testing/roundTrips';
import { collectPages, scanByIdRange } from '../../src/data/paging';
import { updateItem } from '../../src/data/writes';
import { moduleFromItem } from '../../src/data/TrainingRepository';
import { loadDashboard, SummaryRebuild, type IDashboardData, type IRebuildProgress } from '../../src/data/trainingDashboard';
import { appliesTo } from '../../src/domain/training/applicability';
import { counts, validUntil } from '../../src/domain/training/status';
import { compliance, priorState, unitOf } from '../../src/domain/training/summary';
import type { ICompletion, ILearner, ITrainingModule, WorkerType } from '../../src/domain/training/types';
import { TrainingCompletionsList, TrainingModulesList, TrainingSummaryList, toWire, type NewTrainingCompletion } from '../../src/lists';

const TODAY = '2026-11-23';
const BURST = 15000;
const RUNS = 5;
const LATENCY_MS = 100;
const POLICY_MODULE = 'acceptable-use';

const OWNER = PERSONAS[0].upn;
const LEAD = personaUpn('trainingLead', 'Essex');
const MANAGER = personaUpn('manager', 'Essex');

// ---- measuring --------------------------------------------------------------------------------------

interface IRequest {
  url: string;
  status: number;
  bytes: number;
}

/** What a batch of work sent: each request, and the sequential round trips they took. */
interface ITraffic {
  requests: IRequest[];
  /** The longest chain of requests each sent only after the one before it answered (`RoundTripMeter`). */
  sequential: number;
}

/** A fetch that remembers every request (status, body size) and meters round trips as the tests do. */
class CountingTransport {
  private requests: IRequest[] = [];
  private readonly meter = new RoundTripMeter();

  public readonly fetch: Transport = async (url, init) => {
    const response = await this.meter.transport(url, init);
    this.requests.push({ url, status: response.status, bytes: Number(response.headers.get('content-length') ?? 0) });
    return response;
  };

  /** The traffic since the last call. */
  public take(): ITraffic {
    const out = { requests: this.requests, sequential: this.meter.sequential() };
    this.requests = [];
    this.meter.reset();
    return out;
  }
}

/** Peak resident set size while `work` runs, sampled every 50 ms. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakMB: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, peakMB: Math.round(peak / 1048576) };
  } finally {
    clearInterval(timer);
  }
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const n = (v: number): string => Math.round(v).toLocaleString('en-GB');
const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(2)} MB`;
const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const memory = (): string => {
  const m = process.memoryUsage();
  return `heap ${n(m.heapUsed / 1048576)} MB, rss ${n(m.rss / 1048576)} MB`;
};
const line = (label: string, value: string): void => console.log(`  ${label.padEnd(44)} ${value}`);

// ---- one scale --------------------------------------------------------------------------------------

interface IScale {
  name: string;
  scale: number;
  /** Spread the workforce over this many forces (the generator makes two). */
  forces: number;
  /** Run the lead's rebuild over REST (else keep the summary the seed built in-process). */
  rebuild: boolean;
}

function learnerOf(p: IDemoPerson): ILearner {
  return { upn: p.upn, force: p.force, department: p.department, grade: p.grade, workerType: p.workerType as WorkerType, jobTitle: p.jobTitle, startDate: p.startDate, leaveDate: p.leaveDate };
}

interface IDashboardRun {
  ms: number;
  data: IDashboardData;
  traffic: ITraffic;
}

/** The figures of one scale, for the closing table. */
interface IScaleResult {
  name: string;
  people: number;
  records: number;
  summaryItems: number;
  summaryBytes: number;
  rebuild: { ms: number; recordsPerSecond: number; requests: number; bytes: number; peakMB: number } | undefined;
  roundTrips: number;
  sequential: number;
  requests: number;
  bytes: number;
  medianMs: number;
  latencyMs: number;
  forceMs: number;
  forceBytes: number;
  refused: number;
}

const bytesOf = (requests: readonly IRequest[]): number => requests.reduce((s, r) => s + r.bytes, 0);
const spread = (values: readonly number[]): string => `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}\u2013${Math.max(...values).toFixed(0)})`;

async function runScale(spec: IScale): Promise<IScaleResult> {
  console.log(`\n== ${spec.name} ==`);
  const t0 = performance.now();
  const { users, people } = benchDirectory(spec);
  line('directory generated', `${n(people.length)} people in ${spec.forces} forces, ${secs(performance.now() - t0)}`);

  const counter = new CountingTransport();
  const siteAt = (origin: string, upn: string): DataSite => {
    const url = `${origin}${DATA_SITE_PATH}`;
    return dataSite(spFromUrl(url, { headers: { 'X-Emulator-User': upn }, transport: counter.fetch }), url);
  };
  let setUpMs = 0;
  let seedMs = 0;
  let report: IDemoSetUpReport | undefined;
  const started = performance.now();
  const emu = await startEmulator({
    port: 0,
    users,
    defaultUser: OWNER,
    clock: { fixed: `${TODAY}T09:00:00Z` },
    seed: demoSeed,
    setUp: async (ctx) => {
      const t = performance.now();
      await runSetUp(siteAt(ctx.url, OWNER));
      setUpMs = performance.now() - t;
      // The demo: memberships, people, modules, completions and last night's summary, into the store.
      const s = performance.now();
      report = await demoSetUp(ctx, people, OWNER, TODAY);
      seedMs = performance.now() - s;
    }
  });
  const site = (upn: string): DataSite => siteAt(emu.url, upn);
  await idle();
  try {
    const provisioning = counter.take().requests;
    const web = emu.store.getWeb(DATA_SITE_PATH);
    const completions = web?.getListByUrl(`${DATA_SITE_PATH}/${TrainingCompletionsList.url}`);
    const summaryList = web?.getListByUrl(`${DATA_SITE_PATH}/${TrainingSummaryList.url}`);
    if (!completions || !summaryList) throw new Error('the training lists were not provisioned');
    const storeMB = emu.store.memoryReport().lists.find((l) => l.title === TrainingCompletionsList.title)?.estimatedMB ?? 0;
    line('provisioning (runSetUp, REST as the owner)', `${secs(setUpMs)}, ${n(provisioning.length)} requests`);
    line('demo seed (straight into the store)', `${secs(seedMs)}: ${report?.slices.map((s) => `${s.name} ${n(s.items)}`).join(', ')}`);
    line('completion records', `${n(completions.itemCount)} (the store estimates ${n(storeMB)} MB for them)`);
    line('emulator ready', `${secs(performance.now() - started)}, ${memory()}`);

    // ---- the summary -------------------------------------------------------------------------------
    let rebuild: IScaleResult['rebuild'];
    if (spec.rebuild) {
      const progress: IRebuildProgress[] = [];
      let resumed = 0;
      const { result, peakMB } = await withPeakRss(async () => {
        const t = performance.now();
        const rebuilder = new SummaryRebuild(site(LEAD), TODAY);
        for (;;) {
          try {
            return { r: await rebuilder.run((p) => progress.push(p)), ms: performance.now() - t };
          } catch (error) {
            // Counting 300k people blocks the event loop for seconds (see `idle`): a lost connection is
            // what the rebuild is made to survive, so carry on from where it stopped, as the UI would.
            if (!(error instanceof NetworkError) || resumed >= 3) throw error;
            resumed += 1;
            await idle();
          }
        }
      });
      const requests = counter.take().requests;
      const windows = (list: string): number => requests.filter((r) => requestKind(r.url) === list && /Id[+ ]ge[+ ]\d+/.test(decodeURIComponent(r.url))).length;
      const steps = (phase: string): number => progress.filter((p) => p.phase === phase).reduce((m, p) => Math.max(m, p.total), 0);
      rebuild = { ms: result.ms, recordsPerSecond: result.r.records / (result.ms / 1000), requests: requests.length, bytes: bytesOf(requests), peakMB };
      line('rebuild (SummaryRebuild over REST, as a lead)', `${secs(result.ms)}: ${n(result.r.people)} people, ${n(result.r.records)} records, ${n(result.r.cells)} cells`);
      line('  records per second', n(rebuild.recordsPerSecond));
      line('  Id windows of \u2264 5,000 (4 side by side)', `${windows('people')} people + ${windows('completions')} records, in ${steps('people')} + ${steps('records')} steps`);
      line('  requests, bytes read', `${n(requests.length)}, ${mb(rebuild.bytes)}`);
      line('  peak rss (emulator and client)', `${n(peakMB)} MB`);
      if (resumed > 0) line('  resumed after a lost connection', `${resumed} time(s)`);
    } else {
      line('summary', 'the demo seed\u2019s (buildSummary in-process over every record but the newest 250)');
    }
    const summaryItems = Array.from({ length: summaryList.maxId }, (_, i) => summaryList.getItem(i + 1)).filter((i) => i !== undefined);
    const latestRebuild = summaryItems[summaryItems.length - 1]?.values.trsRebuildId;
    const current = summaryItems.filter((i) => i?.values.trsRebuildId === latestRebuild);
    const summaryBytes = current.reduce((s, i) => s + String(i?.values.trsCells ?? '').length, 0);
    line('summary of the newest rebuild', `${n(current.length)} items (markers included), ${mb(summaryBytes)} of cells`);

    // ---- a new policy version, and the burst of re-attestations after the rebuild ---------------
    const lead = site(LEAD);
    const moduleItems = await collectPages(scanByIdRange(lead, TrainingModulesList));
    const policyItem = moduleItems.find((m) => m.key === POLICY_MODULE);
    if (!policyItem || policyItem.policyVersion === null) throw new Error(`${POLICY_MODULE} is not a policy module`);
    const version = policyItem.policyVersion + 1;
    await updateItem(lead, TrainingModulesList, { id: policyItem.id, etag: policyItem.etag, patch: { policyVersion: version, policyPublishedOn: TODAY } });
    const policy: ITrainingModule = { ...moduleFromItem(policyItem), policy: { version, publishedOn: TODAY } };
    counter.take();

    const recordsBefore = completions.itemCount;
    const t = performance.now();
    const burst = burstRows(emu, people, policy, completions);
    const firstBurstId = completions.maxId + 1;
    for (let i = 0; i < burst.length; i += 1000) completions.bulkInsert(burst.slice(i, i + 1000));
    line(`lead publishes ${POLICY_MODULE} v${version}; then a burst`, `${n(burst.length)} attestations (store), ids ${n(firstBurstId)}\u2013${n(completions.maxId)}, ${secs(performance.now() - t)}`);
    line('completion records now', `${n(completions.itemCount)}, ${memory()}`);
    await idle();

    // ---- the dashboard ------------------------------------------------------------------------------
    const manager = site(MANAGER);
    const logBefore = emu.log.last()?.seq ?? 0;
    let logged = 0;
    const load = async (options: { force?: string } = {}): Promise<IDashboardRun> => {
      counter.take();
      const seq = emu.log.last()?.seq ?? 0;
      const s = performance.now();
      const data = await loadDashboard(manager, options);
      const ms = performance.now() - s;
      logged = emu.log.entries(seq).length;
      return { ms, data, traffic: counter.take() };
    };
    const cold = await load();
    const runs: IDashboardRun[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await load());
    const last = runs[runs.length - 1];
    const { requests, sequential } = last.traffic;
    const kinds = requests.reduce((m, r) => m.set(requestKind(r.url), (m.get(requestKind(r.url)) ?? 0) + 1), new Map<string, number>());
    console.log(`\n  loadDashboard as a manager, all forces (${RUNS} runs after a first, cold one):`);
    line('round trips (as the function counts them)', String(last.data.roundTrips));
    line('sequential round trips (metered)', String(sequential));
    line('HTTP requests', `${requests.length}: ${[...kinds].map(([k, c]) => `${k} ${c}`).join(', ')} (emulator log: ${logged})`);
    const summaryReads = requests.filter((r) => requestKind(r.url) === 'summary');
    if (summaryReads.length > 1) {
      line(
        '  of which reads of the summary',
        `${summaryReads.length}, ${mb(bytesOf(summaryReads))}: the newest 500 items, then the whole rebuild (${n(current.length)} items) once more for each force with items older than those`
      );
    }
    line('bytes received', mb(bytesOf(requests)));
    line('completions applied since the rebuild', `${n(last.data.deltasApplied)}, to ${last.data.rebuilds.length} force summaries`);
    line(`wall time, median of ${RUNS} (min\u2013max)`, `${spread(runs.map((r) => r.ms))}; cold ${cold.ms.toFixed(0)} ms`);

    // What a rebuild now would count for the policy: the burst done, everyone it applies to once.
    const [row] = compliance(last.data.summary ?? { asOf: TODAY, maxRecordId: 0, cells: [] }, last.data.modules, TODAY, { groupBy: ['moduleKey'], where: { moduleKey: POLICY_MODULE } });
    const appliesToday = people.filter((p) => appliesTo(policy, learnerOf(p), TODAY)).length;
    line(`${POLICY_MODULE} v${version} on the dashboard`, `done ${n(row?.done ?? 0)}, applicable ${n(row?.applicable ?? 0)}, upcoming ${n(row?.upcoming ?? 0)}, due soon ${n(row?.dueSoon ?? 0)}, overdue ${n(row?.overdue ?? 0)}`);
    const over = (row?.applicable ?? 0) - appliesToday;
    line('  a rebuild now would show', `done ${n(burst.length)}, applicable ${n(appliesToday)}${over !== 0 ? `  << ${n(over)} people counted twice` : ''}`);

    emu.faults.set({ latencyMs: LATENCY_MS });
    const slow: number[] = [];
    for (let i = 0; i < 3; i++) slow.push((await load()).ms);
    emu.faults.reset();
    line(`wall time with ${LATENCY_MS} ms added per request`, `${spread(slow)}, median of 3`);

    const oneForce: IDashboardRun[] = [];
    for (let i = 0; i < RUNS; i++) oneForce.push(await load({ force: 'Kent' }));
    const kent = oneForce[oneForce.length - 1];
    line(`one force (Kent), median of ${RUNS}`, `${spread(oneForce.map((r) => r.ms))}, ${kent.traffic.requests.length} requests, ${mb(bytesOf(kent.traffic.requests))}, ${kent.traffic.sequential} round trips, ${n(kent.data.deltasApplied)} applied`);
    const refused = emu.log.entries(logBefore).filter((e) => e.status >= 400);
    line('refused requests (threshold or other errors)', refused.length === 0 ? 'none' : refused.map((e) => `${e.status} ${e.path}`).join('; '));
    line('memory at the end', memory());
    return {
      name: spec.name,
      people: people.length,
      records: recordsBefore,
      summaryItems: current.length,
      summaryBytes,
      rebuild,
      roundTrips: last.data.roundTrips,
      sequential,
      requests: requests.length,
      bytes: bytesOf(requests),
      medianMs: median(runs.map((r) => r.ms)),
      latencyMs: median(slow),
      forceMs: median(oneForce.map((r) => r.ms)),
      forceBytes: bytesOf(kent.traffic.requests),
      refused: refused.length
    };
  } finally {
    await emu.close();
  }
}

/** Which list a request read, and whether it asked for the items or the user's rights. */
function requestKind(url: string): string {
  const u = decodeURIComponent(url);
  const list = /getList\('[^']*\/Lists\/([^']+)'\)/i.exec(u)?.[1];
  if (list === undefined) return 'other';
  const name = list.replace(/^Training/, '').toLowerCase();
  return /\/items/i.test(u) ? name : `${name} rights`;
}

/**
 * 15,000 people (active on the day, in a fixed random order) attest to the new policy version this
 * morning, each record as `TrainingRepository.record` writes it: unit and prior state from their own
 * earlier attestations, which are read from the store (the fixture, not the measured path).
 */
function burstRows(emu: RunningEmulator, people: readonly IDemoPerson[], policy: ITrainingModule, completions: ListStore): Array<{ values: Record<string, unknown>; authorId: number; created: string }> {
  const eligible = people.filter((p) => p.startDate <= TODAY && (p.leaveDate === undefined || p.leaveDate > TODAY));
  const rng = new Rng(2026);
  for (let i = eligible.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [eligible[i], eligible[j]] = [eligible[j], eligible[i]];
  }
  const chosen = eligible.slice(0, BURST);
  const wanted = new Set(chosen.map((p) => p.upn));
  const records = new Map<string, ICompletion[]>();
  for (let id = 1; id <= completions.maxId; id++) {
    const item = completions.getItem(id);
    if (!item || item.values.trcModuleKey !== policy.key || !wanted.has(String(item.values.trcUpn))) continue;
    const upn = String(item.values.trcUpn);
    const score = item.values.trcScore;
    const version = item.values.trcPolicyVersion;
    const c: ICompletion = {
      upn,
      moduleKey: policy.key,
      completedOn: String(item.values.trcCompletedOn).slice(0, 10),
      policyVersion: typeof version === 'number' ? version : undefined,
      score: typeof score === 'number' ? score : undefined
    };
    records.set(upn, [...(records.get(upn) ?? []), c]);
  }
  const security = emu.security.site(DATA_SITE_PATH);
  const morning = Date.parse(`${TODAY}T08:00:00Z`);
  return chosen.map((person, i) => {
    const learner = learnerOf(person);
    const completion: ICompletion = { upn: person.upn, moduleKey: policy.key, completedOn: TODAY, policyVersion: policy.policy?.version, score: undefined };
    const prior = priorState(policy, learner, records.get(person.upn) ?? [], TODAY);
    const unit = unitOf(learner);
    const item: NewTrainingCompletion = {
      title: policy.title,
      moduleKey: policy.key,
      upn: person.upn,
      completedOn: TODAY,
      policyVersion: completion.policyVersion,
      attestation: `I have read and understood version ${String(completion.policyVersion)} of ${policy.title}.`,
      counts: counts(policy, completion),
      validUntil: validUntil(policy, completion),
      force: unit.force,
      department: unit.department,
      grade: unit.grade,
      workerType: unit.workerType,
      prior: prior ? JSON.stringify(prior) : undefined,
      clientId: `bench-burst-${i}`
    };
    const author = security.userByUpn(person.upn);
    return { values: { ...toWire(TrainingCompletionsList, item) }, authorId: author?.id ?? 1, created: new Date(morning + i * 200).toISOString().replace(/\.\d{3}Z$/, 'Z') };
  });
}

// ---- main -------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const national = args.includes('--national') || only === 'national';
  // 1.7M records, their generation and a REST rebuild need more than Node's default heap.
  if (national) ensureLargeHeap('TRAINING_BENCH_CHILD');
  const heapMB = v8.getHeapStatistics().heap_size_limit / 1048576;
  console.log(`Training dashboard benchmark (today ${TODAY}; Node ${process.version}, heap limit ${n(heapMB)} MB)`);
  const scales: IScale[] = [];
  if (only !== 'national') scales.push({ name: 'demo \u00d7 1.22, 2 forces', scale: DEMO_SCALE, forces: 2, rebuild: true });
  if (national) scales.push({ name: `national, ${NATIONAL_FORCE_COUNT} forces`, scale: NATIONAL_SCALE, forces: NATIONAL_FORCE_COUNT, rebuild: !args.includes('--no-rebuild') });
  const t = performance.now();
  const results: IScaleResult[] = [];
  for (const spec of scales) results.push(await runScale(spec));
  console.log('\n| scale | people | records (before the burst of 15,000) | summary | lead\u2019s rebuild | dashboard: round trips claimed / metered / requests | bytes | median | +100 ms/request | one force |');
  console.log('|---|---:|---:|---|---|---|---:|---:|---:|---|');
  for (const r of results) {
    const rebuild = r.rebuild ? `${secs(r.rebuild.ms)}, ${n(r.rebuild.recordsPerSecond)} records/s, ${mb(r.rebuild.bytes)}, peak rss ${n(r.rebuild.peakMB)} MB` : 'in-process (seed)';
    console.log(
      `| ${r.name} | ${n(r.people)} | ${n(r.records)} | ${n(r.summaryItems)} items, ${mb(r.summaryBytes)} | ${rebuild} | ${r.roundTrips} / ${r.sequential} / ${r.requests}${r.refused ? `, ${r.refused} refused` : ''} | ${mb(r.bytes)} | ${n(r.medianMs)} ms | ${n(r.latencyMs)} ms | ${n(r.forceMs)} ms, ${mb(r.forceBytes)} |`
    );
  }
  console.log(`\nDone in ${secs(performance.now() - t)}; peak rss ${n(process.resourceUsage().maxRSS / 1024)} MB.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
