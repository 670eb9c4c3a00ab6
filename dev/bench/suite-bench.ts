/**
 * Suite benchmark (issue 12): each part's main views loaded cold in headless Chromium with a 4× CPU
 * slowdown, against the emulator with a stated SharePoint-like cost, at two-force and national scale.
 * Prints numbers beside the issue's targets (✓/✗) and writes them to temp/bench/suite-bench.json; nothing
 * asserts on wall-clock time.
 *
 *   npm run bench                      the store benchmark, the catalogue keystroke benchmark, then this at two-force scale
 *   npm run bench -- --national        … then national scale as well (opt-in: ≈ 1.6M records, ≈ 7 GB of memory, ≈ 13 min more)
 *   npm run bench:suite -- --runs=3    this benchmark alone, 3 loads per view (default 20)
 *
 * Flags: `--runs=N` cold loads per view (default 20); `--minutes=M` time for a scale's loads (default 7:
 * a view stops early, after 5 loads, once it has used its share, so slow views cannot stretch the run);
 * `--national` adds national scale, `--only=national` runs only that; `--views=dashboard,register` only
 * those views; `--cpu=N` CPU slowdown (default 4); `--no-baseline` skips the full-scan baseline;
 * `--no-build` reuses the workbench bundle in temp/bench/; `--trace` prints each view's REST requests.
 *
 * Set-up per scale: the emulator (the demo directory at the scale, the suite's real provisioning code over
 * REST, the demo data straight into the store, reused from the training dashboard benchmark's seeding) with
 * the local workbench page on the intranet site (`/sites/intranet`) and the data on the programme site
 * (`/sites/m365-programme`, found through the tenant property), as in production. Then the cost: 100 ms per
 * request + 0.2 ms per row returned + 10 ms per part inside a `$batch`. The workbench is bundled with
 * esbuild (minified, production React) and served by the emulator without the cost (SharePoint serves
 * JS from its CDN).
 *
 * Per load: a fresh browser context signed in as the view's persona, CPU throttled through CDP
 * (`Emulation.setCPUThrottlingRate`), then the page. Ready is the part's `<part>:ready` mark
 * (`src/ui/host/readyMark.ts`) where the part sets one for the view, else the bench's own probe, which
 * marks `bench:dom-ready` the same way (after the paint that follows the view's data selector appearing
 * with no spinner in the part). Start is the `<part>:start` mark (set when the web part starts, before
 * its chunk loads). From the page's resource timing: REST requests that started before ready, their
 * sequential round trips (requests that overlap count once, as `RoundTripMeter` counts them; a `$batch`
 * is one request) and bytes transferred (uncompressed: the emulator does not gzip, SharePoint does); the
 * JS heap from CDP `Performance.getMetrics` (JSHeapUsedSize) after ready, and after a forced GC.
 *
 * The emulator's own timings: each view's GET requests (batch parts one by one) replayed once with no
 * cost; the emulator's request log gives the time each took inside the emulator and the rows it scanned.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import type { Browser, CDPSession } from 'playwright-core';
import { startEmulator, type LogEntry, type RunningEmulator } from '../emulator/server';
import { DATA_SITE_PATH, demoSeed, PAGE_SITE_PATH } from '../demo/seed';
import { demoSetUp } from '../demo/setup';
import { PERSONAS, personaUpn } from '../demo/personas';
import { buildWorkbench } from '../workbench/build';
import { workbenchRoutes } from '../workbench/routes';
import { launchBrowser } from '../../e2e/harness/browser';
import { dataSite, listOf, spFromUrl, type DataSite } from '../../src/data/sp';
import type { Transport } from '../../src/data/sendStage';
import { RoundTripMeter } from '../../src/data/testing/roundTrips';
import { pagesOf, MAX_PAGE_SIZE } from '../../src/data/paging';
import { completionFromItem, TrainingRepository } from '../../src/data/TrainingRepository';
import { learnerFromPerson } from '../../src/data/teamTraining';
import { loadDashboard } from '../../src/data/trainingDashboard';
import { dayInLondon } from '../../src/domain/training/days';
import { buildSummary, compliance } from '../../src/domain/training/summary';
import type { ICompletion, ILearner } from '../../src/domain/training/types';
import { fromWire, selectFor, PeopleList, TrainingCompletionsList, type ListDefinition } from '../../src/lists';
import type { PartKey } from '../../src/webparts/shared/partCatalog';
import { benchDirectory, ensureLargeHeap, idle, NATIONAL, TWO_FORCES, type IWorkforceScale } from './scales';
import { esbuildEstimate, shipBundle, type IShippedJs, type ISize } from './shippedJs';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT_DIR = path.join(ROOT, 'temp', 'bench');
const BUNDLE_DIR = path.join(OUT_DIR, 'workbench');

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const RUNS = Math.max(1, Number(arg('runs') ?? 20));
const CPU = Math.max(1, Number(arg('cpu') ?? 4));
const ONLY = arg('only');
const NATIONAL_TOO = args.includes('--national') || ONLY === 'national';
const BUILD = !args.includes('--no-build');
const BASELINE = !args.includes('--no-baseline');
const VIEW_FILTER = arg('views')?.split(',');
const TRACE = args.includes('--trace');
/** Time for the cold loads of one scale: a view stops early once it has used its share (after MIN_RUNS loads). */
const LOAD_MINUTES = Number(arg('minutes') ?? 7);
const MIN_RUNS = Math.min(RUNS, 5);

/** The cost every REST request pays (issue 12). */
const COST = { latencyMs: 100, perRowMs: 0.2, perBatchPartMs: 10 };
const LOAD_TIMEOUT_MS = 90_000;
/** After ready: let requests still in flight finish, so their timing is recorded. */
const SETTLE_MS = 250;

// ---- the views -------------------------------------------------------------------------------------

interface IView {
  key: string;
  part: PartKey;
  label: string;
  persona: string;
  /** The part's settings (as the property pane would store them) that open this view. */
  settings?: Record<string, unknown>;
  /** A selector that exists once the view shows its data (the probe also waits for no spinner in the part). */
  content: string;
  /** The issue's p75 target at this scale, ms. */
  targetMs: (scale: IWorkforceScale) => number | undefined;
}

const halfSecond = (): number => 500;
const VIEWS: readonly IView[] = [
  { key: 'my-training', part: 'trainingTracker', label: 'Training: My training', persona: personaUpn('staff', 'Essex'), content: '[data-module]', targetMs: halfSecond },
  {
    key: 'dashboard',
    part: 'trainingTracker',
    label: 'Training: compliance dashboard',
    persona: personaUpn('trainingLead', 'Essex'),
    settings: { defaultView: 'dashboard' },
    content: 'table caption',
    targetMs: (s) => (s === NATIONAL ? 1000 : 500)
  },
  { key: 'browse', part: 'solutionsCatalogue', label: 'Catalogue: Browse', persona: personaUpn('officer', 'Essex'), content: '[role="status"][data-results-count]', targetMs: halfSecond },
  {
    key: 'respond',
    part: 'evaluationSurvey',
    label: 'Survey: Your answers',
    persona: personaUpn('staff', 'Essex'),
    content: 'section[data-part-host] [role="tabpanel"] form, section[data-part-host] [role="tabpanel"] .ms-MessageBar',
    targetMs: halfSecond
  },
  {
    key: 'results',
    part: 'evaluationSurvey',
    label: 'Survey: Results (evaluation lead)',
    persona: personaUpn('evaluationLead', 'Essex'),
    settings: { mode: 'results' },
    content: '[role="region"][aria-labelledby$="-results"] h3 ~ *',
    targetMs: halfSecond
  },
  { key: 'register', part: 'riskRegister', label: 'Risks: Register (board)', persona: personaUpn('board', 'Kent'), content: 'tr[data-risk]', targetMs: halfSecond },
  {
    key: 'heat-map',
    part: 'riskRegister',
    label: 'Risks: Heat map (board)',
    persona: personaUpn('board', 'Kent'),
    settings: { defaultView: 'heatMap' },
    content: 'table[role="grid"] [data-count]',
    targetMs: halfSecond
  }
];

// ---- figures ---------------------------------------------------------------------------------------

function percentile(values: readonly number[], p: number): number {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
const median = (values: readonly number[]): number => percentile(values, 50);
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const mbText = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;
const ms = (v: number): string => (Number.isFinite(v) ? `${Math.round(v)} ms` : '-');
const n = (v: number): string => Math.round(v).toLocaleString('en-GB');
const verdict = (ok: boolean | undefined): string => (ok === undefined ? ' ' : ok ? '\u2713' : '\u2717');

/**
 * The longest chain of requests each started only after the one before it had answered (requests side by
 * side count once), and one such chain (first request first). By timing alone: a request that answered
 * before another started counts as what it waited for, whether or not it was.
 */
function longestChain<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  const previous: number[] = [];
  sorted.forEach((span, i) => {
    let best = -1;
    for (let j = 0; j < i; j++) if (sorted[j].end <= span.start && (best < 0 || depth[j] > depth[best] || (depth[j] === depth[best] && sorted[j].end > sorted[best].end))) best = j;
    depth.push(best < 0 ? 1 : depth[best] + 1);
    previous.push(best);
  });
  let at = depth.indexOf(Math.max(...depth));
  const chain: T[] = [];
  while (at >= 0) {
    chain.unshift(sorted[at]);
    at = previous[at];
  }
  return chain;
}

// ---- one cold load ---------------------------------------------------------------------------------

interface IResource {
  name: string;
  start: number;
  end: number;
  transfer: number;
  type: string;
}

interface IPageFigures {
  start: number | null;
  ready: number | null;
  dom: number | null;
  resources: IResource[];
  error: string | null;
}

interface ILoad {
  /** `<part>:start` → ready, ms. */
  startToReady: number;
  /** Navigation → ready, ms (includes the workbench page's own JS). */
  navToReady: number;
  readySource: 'mark' | 'probe';
  /** Probe time − mark time (when both exist), ms: how far the part's own mark is from the DOM's view. */
  probeMinusMark: number;
  sequential: number;
  requests: number;
  restBytes: number;
  jsBytes: number;
  allBytes: number;
  /** From start: the first REST request sent, the last REST answer before ready, the last JS file loaded before ready. */
  firstRequest: number;
  lastAnswer: number;
  lastScript: number;
  /** The longest chain of sequential REST round trips before ready. */
  chain: string[];
  /** The REST requests before ready, from start (for --trace). */
  trace: Array<{ start: number; end: number; bytes: number; what: string }>;
  batchParts: number;
  refused: number;
  heapUsed: number;
  heapAfterGc: number;
  /** Emulator log entries of the load (for the replay). */
  log: LogEntry[];
}

/** Installed before the page's own scripts; a string, because tsx's helpers do not exist in the page. */
function probeScript(content: string): string {
  return `(() => {
  try { performance.setResourceTimingBufferSize(5000); } catch (e) { /* older browsers */ }
  const content = ${JSON.stringify(content)};
  let done = false;
  const check = () => {
    if (done) return;
    const error = document.querySelector('section[data-part-host] .ms-MessageBar--error');
    if (error) window.__benchError = error.textContent;
    if (!document.querySelector('section[data-part-host]') || document.querySelector('section[data-part-host] .ms-Spinner')) return;
    if (!document.querySelector(content)) return;
    done = true;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => performance.mark('bench:dom-ready'), 0));
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;
}

const FIGURES = (part: PartKey): string => `(() => {
  const at = (name) => { const e = performance.getEntriesByName(name, 'mark')[0]; return e ? e.startTime : null; };
  return {
    start: at(${JSON.stringify(`${part}:start`)}),
    ready: at(${JSON.stringify(`${part}:ready`)}),
    dom: at('bench:dom-ready'),
    error: window.__benchError || null,
    resources: performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd, transfer: e.transferSize, type: e.initiatorType }))
  };
})()`;

async function heapUsed(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

function viewUrl(origin: string, view: IView): string {
  const settings = view.settings ? `&settings=${encodeURIComponent(JSON.stringify({ [view.part]: view.settings }))}` : '';
  return `${origin}/_workbench/?host=SharePointWebPart&parts=${view.part}${settings}`;
}

async function coldLoad(browser: Browser, emu: RunningEmulator, view: IView): Promise<ILoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  try {
    await context.addCookies([{ name: 'emu_user', value: encodeURIComponent(view.persona), url: emu.url }]);
    await context.addInitScript(probeScript(view.content));
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    await cdp.send('Performance.enable');
    const seq = emu.log.last()?.seq ?? 0;
    await page.goto(viewUrl(emu.url, view), { waitUntil: 'commit' });
    // A function, not a string: the page's CSP (no unsafe-eval) refuses Playwright's evaluation of strings here.
    await page.waitForFunction(() => window.performance.getEntriesByName('bench:dom-ready', 'mark').length > 0 || (window as unknown as { __benchError?: string }).__benchError !== undefined, undefined, {
      timeout: LOAD_TIMEOUT_MS,
      polling: 50
    });
    await page.waitForTimeout(SETTLE_MS);
    const f = (await page.evaluate(FIGURES(view.part))) as IPageFigures;
    if (f.error !== null || f.dom === null) throw new Error(`${view.label}: the part showed an error: ${f.error ?? '(none)'}${pageErrors.length ? `; page errors: ${pageErrors.join('; ')}` : ''}`);
    if (f.start === null) throw new Error(`${view.label}: no ${view.part}:start mark`);
    const heap = await heapUsed(cdp);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapGc = await heapUsed(cdp);
    const ready = f.ready ?? f.dom;
    const rest = f.resources.filter((r) => /\/_api(\/|\$|\?)/.test(r.name) && r.start < ready);
    const scripts = f.resources.filter((r) => /\.js(\?|$)/.test(r.name) && r.start < ready);
    const start = f.start;
    const log = emu.log.entries(seq);
    const trace = rest.map((r) => ({ start: r.start - start, end: r.end - start, bytes: r.transfer, what: describe(new URL(r.name).pathname + new URL(r.name).search) })).sort((a, b) => a.start - b.start);
    const chain = longestChain(trace.filter((r) => r.end <= ready - start));
    return {
      startToReady: ready - f.start,
      navToReady: ready,
      readySource: f.ready !== null ? 'mark' : 'probe',
      probeMinusMark: f.ready !== null ? f.dom - f.ready : NaN,
      // Requests answered before ready (one still in flight then was not waited for).
      sequential: chain.length,
      chain: chain.map((r) => r.what),
      requests: rest.length,
      restBytes: rest.reduce((s, r) => s + r.transfer, 0),
      jsBytes: f.resources.filter((r) => /\.js(\?|$)/.test(r.name)).reduce((s, r) => s + r.transfer, 0),
      allBytes: f.resources.reduce((s, r) => s + r.transfer, 0),
      firstRequest: rest.length > 0 ? Math.min(...rest.map((r) => r.start)) - start : NaN,
      lastAnswer: rest.length > 0 ? Math.max(...rest.map((r) => r.end)) - start : NaN,
      lastScript: scripts.length > 0 ? Math.max(...scripts.map((r) => r.end)) - start : NaN,
      trace,
      batchParts: log.filter((e) => e.batchSeq !== undefined).length,
      refused: log.filter((e) => e.status >= 400).length,
      heapUsed: heap,
      heapAfterGc: heapGc,
      log
    };
  } finally {
    await context.close();
  }
}

// ---- the emulator's own timings --------------------------------------------------------------------

interface IServerTimings {
  requests: number;
  totalMs: number;
  slowest: { ms: number; what: string; scanned: number; index: string } | undefined;
}

/** A request's list and query, short enough for a table. */
function describe(pathAndQuery: string): string {
  const u = decodeURIComponent(pathAndQuery.replace(/\+/g, ' '));
  const list = /getList\('[^']*\/Lists\/([^']+)'\)/i.exec(u)?.[1] ?? /getByTitle\('([^']+)'\)/i.exec(u)?.[1] ?? u.replace(/\?.*$/, '').split('/_api/')[1] ?? u;
  const filter = /\$filter=([^&]*)/.exec(u)?.[1];
  const top = /\$top=(\d+)/.exec(u)?.[1];
  return `${list}${filter ? ` where ${filter.length > 70 ? `${filter.slice(0, 70)}\u2026` : filter}` : ''}${top ? ` top ${top}` : ''}`;
}

/**
 * Replays a load's GET requests (batch parts one by one) with no cost, three times, and reads the time each
 * took inside the emulator from its request log (the least of the three: warm, as a busy server is).
 */
async function replay(emu: RunningEmulator, persona: string, log: readonly LogEntry[]): Promise<IServerTimings> {
  const gets = log.filter((e) => e.method === 'GET' && /\/_api\//i.test(e.path));
  const saved = emu.faults.config;
  emu.faults.reset();
  try {
    const rounds: LogEntry[][] = [];
    for (let round = 0; round < 3; round++) {
      const seq = emu.log.last()?.seq ?? 0;
      for (const e of gets) {
        const response = await fetch(`${emu.url}${e.path}`, { headers: { Accept: 'application/json', 'X-Emulator-User': persona } });
        await response.arrayBuffer();
      }
      rounds.push(emu.log.entries(seq));
    }
    const replayed = rounds[0].map((e, i) => ({ ...e, ms: Math.min(...rounds.map((r) => r[i]?.ms ?? e.ms)) }));
    const slow = [...replayed].sort((a, b) => b.ms - a.ms)[0];
    const filter = slow?.filters[0];
    return {
      requests: replayed.length,
      totalMs: replayed.reduce((s, e) => s + e.ms, 0),
      slowest: slow ? { ms: slow.ms, what: describe(slow.path), scanned: filter?.scanned ?? 0, index: filter?.usedIndex ?? (filter ? 'none' : '-') } : undefined
    };
  } finally {
    emu.faults.set(saved);
  }
}

// ---- the full-scan baseline ------------------------------------------------------------------------

interface IBaseline {
  fast: { medianMs: number; runs: number[]; sequential: number; requests: number; bytes: number };
  naive: { ms: number; requests: number; sequential: number; bytes: number; people: number; records: number };
  ratio: number;
}

function countingSite(origin: string, upn: string): { site: DataSite; take: () => { requests: number; sequential: number; bytes: number } } {
  const meter = new RoundTripMeter();
  let requests = 0;
  let bytes = 0;
  const transport: Transport = async (url, init) => {
    const response = await meter.transport(url, init);
    requests += 1;
    bytes += Number(response.headers.get('content-length') ?? 0);
    return response;
  };
  const url = `${origin}${DATA_SITE_PATH}`;
  return {
    site: dataSite(spFromUrl(url, { headers: { 'X-Emulator-User': upn }, transport }), url),
    take: () => {
      const out = { requests, sequential: meter.sequential(), bytes };
      requests = 0;
      bytes = 0;
      meter.reset();
      return out;
    }
  };
}

async function* everyRow<L extends ListDefinition>(site: DataSite, def: L, keys?: readonly string[]): AsyncGenerator<unknown[], void, undefined> {
  const spec = selectFor(def, keys);
  let q = listOf(site, def).items.select(...spec.select).top(MAX_PAGE_SIZE);
  if (spec.expand.length > 0) q = q.expand(...spec.expand);
  yield* pagesOf(q);
}

/**
 * The naive dashboard: the same repository reading every person and every completion record, page after
 * page of `$top=5000` (plain paging by Id, which SharePoint allows at any size), then the same summary and
 * compliance figures worked out in the client.
 */
async function naiveDashboard(site: DataSite, today: string): Promise<{ people: number; records: number }> {
  const modules = await new TrainingRepository(site).modules();
  const learners: ILearner[] = [];
  for await (const page of everyRow(site, PeopleList)) for (const raw of page) learners.push(learnerFromPerson(fromWire(PeopleList, raw)));
  const records = new Map<string, ICompletion[]>();
  let count = 0;
  let maxId = 0;
  for await (const page of everyRow(site, TrainingCompletionsList, ['upn', 'moduleKey', 'completedOn', 'policyVersion', 'score'])) {
    for (const raw of page) {
      const item = fromWire(TrainingCompletionsList, raw);
      const c = completionFromItem(item);
      records.set(c.upn, [...(records.get(c.upn) ?? []), c]);
      maxId = Math.max(maxId, item.id);
      count += 1;
    }
  }
  const summary = buildSummary(learners, modules, records, today, maxId);
  compliance(summary, modules.filter((m) => m.mandatory), today, { groupBy: ['department'] });
  return { people: learners.length, records: count };
}

async function baseline(emu: RunningEmulator, lead: string, today: string): Promise<IBaseline> {
  const { site, take } = countingSite(emu.url, lead);
  const runs: number[] = [];
  let fast = { requests: 0, sequential: 0, bytes: 0 };
  for (let i = 0; i < 3; i++) {
    take();
    const t = performance.now();
    await loadDashboard(site);
    runs.push(performance.now() - t);
    fast = take();
  }
  const t = performance.now();
  const counted = await naiveDashboard(site, today);
  const naiveMs = performance.now() - t;
  const naive = { ms: naiveMs, ...take(), ...counted };
  return { fast: { medianMs: median(runs), runs, ...fast }, naive, ratio: naiveMs / median(runs) };
}

// ---- one scale -------------------------------------------------------------------------------------

interface IViewResult {
  view: string;
  label: string;
  part: PartKey;
  persona: string;
  loads: Array<Omit<ILoad, 'log' | 'trace' | 'chain'>>;
  failures: string[];
  readySource: string;
  medianMs: number;
  p75Ms: number;
  navMedianMs: number;
  targetMs: number | undefined;
  sequential: number;
  requests: number;
  restBytes: number;
  jsBytes: number;
  heapUsed: number;
  heapAfterGc: number;
  batchParts: number;
  refused: number;
  probeMinusMark: number;
  firstRequest: number;
  lastAnswer: number;
  lastScript: number;
  /** The longest chain of the load with the median number of sequential round trips. */
  chain: string[];
  server: IServerTimings | undefined;
}

interface IScaleResult {
  scale: string;
  people: number;
  completionRecords: number;
  seedSeconds: number;
  views: IViewResult[];
  baseline: IBaseline | undefined;
  seconds: number;
}

async function runScale(spec: IWorkforceScale, browser: Browser, today: string): Promise<IScaleResult> {
  const t0 = performance.now();
  console.log(`\n== ${spec.name} ==`);
  const { users, people } = benchDirectory(spec);
  const owner = PERSONAS[0].upn;
  const routes = workbenchRoutes({ bundleDir: BUNDLE_DIR, sitePath: PAGE_SITE_PATH, personas: PERSONAS, defaultUpn: owner });
  const emu = await startEmulator({
    port: 0,
    users,
    defaultUser: owner,
    seed: demoSeed,
    setUp: async (ctx) => {
      await demoSetUp(ctx, people, owner, today);
    },
    routes: [(req, res) => routes.handle(req, res)]
  });
  await idle();
  try {
    const completions = emu.store.getWeb(DATA_SITE_PATH)?.getListByUrl(`${DATA_SITE_PATH}/${TrainingCompletionsList.url}`);
    const seedSeconds = (performance.now() - t0) / 1000;
    console.log(`  ${n(people.length)} people, ${n(completions?.itemCount ?? 0)} completion records; seeded in ${seedSeconds.toFixed(0)} s; ${mbText(process.memoryUsage().rss)} rss`);
    console.log(`  page on ${PAGE_SITE_PATH}, data on ${DATA_SITE_PATH}; cost ${COST.latencyMs} ms/request + ${COST.perRowMs} ms/row + ${COST.perBatchPartMs} ms/batch part; CPU ${CPU}\u00d7 slower; ${RUNS} cold loads per view`);
    emu.faults.set(COST);

    const views = VIEWS.filter((v) => VIEW_FILTER === undefined || VIEW_FILTER.includes(v.key));
    const loads = new Map<string, ILoad[]>(views.map((v) => [v.key, []]));
    const failures = new Map<string, string[]>(views.map((v) => [v.key, []]));
    // Interleaved (each run loads every view once), so drift on a shared machine spreads over all views.
    // A view whose loads have used its share of the time stops after MIN_RUNS (slow views, not slow runs).
    const share = (LOAD_MINUTES * 60000) / views.length;
    const spent = new Map<string, number>(views.map((v) => [v.key, 0]));
    // A view that timed out once would time out again: it is not loaded any more at this scale.
    const timedOut = new Set<string>();
    for (let run = 0; run < RUNS; run++) {
      const due = views.filter((v) => !timedOut.has(v.key) && (run < MIN_RUNS || (spent.get(v.key) ?? 0) < share));
      if (due.length === 0) break;
      for (const view of due) {
        const t = performance.now();
        try {
          loads.get(view.key)?.push(await coldLoad(browser, emu, view));
        } catch (error) {
          const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
          failures.get(view.key)?.push(message);
          if (/Timeout \d+ms exceeded/.test(message)) timedOut.add(view.key);
        }
        spent.set(view.key, (spent.get(view.key) ?? 0) + performance.now() - t);
      }
      process.stdout.write(`\r  run ${run + 1}/${RUNS}: ${due.length} views (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    }
    process.stdout.write('\n');
    if (TRACE) {
      for (const view of views) {
        const first = loads.get(view.key)?.[0];
        if (!first) continue;
        console.log(`  trace, ${view.label} (ms from start; ready at ${Math.round(first.startToReady)}, last JS at ${Math.round(first.lastScript)}):`);
        for (const r of first.trace) console.log(`    ${String(Math.round(r.start)).padStart(6)} \u2192 ${String(Math.round(r.end)).padStart(6)}  ${kb(r.bytes).padStart(10)}  ${r.what}`);
      }
    }

    const results: IViewResult[] = [];
    for (const view of views) {
      const ok = loads.get(view.key) ?? [];
      const pick = (f: (l: ILoad) => number): number => median(ok.map(f));
      const server = ok.length > 0 ? await replay(emu, view.persona, ok[0].log) : undefined;
      const sources = [...new Set(ok.map((l) => l.readySource))];
      results.push({
        view: view.key,
        label: view.label,
        part: view.part,
        persona: view.persona,
        loads: ok.map(({ log, trace, chain, ...rest }) => rest),
        failures: failures.get(view.key) ?? [],
        readySource: sources.length === 1 ? sources[0] : sources.join('+'),
        medianMs: pick((l) => l.startToReady),
        p75Ms: percentile(
          ok.map((l) => l.startToReady),
          75
        ),
        navMedianMs: pick((l) => l.navToReady),
        targetMs: view.targetMs(spec),
        sequential: pick((l) => l.sequential),
        requests: pick((l) => l.requests),
        restBytes: pick((l) => l.restBytes),
        jsBytes: pick((l) => l.jsBytes),
        heapUsed: pick((l) => l.heapUsed),
        heapAfterGc: pick((l) => l.heapAfterGc),
        batchParts: pick((l) => l.batchParts),
        refused: pick((l) => l.refused),
        probeMinusMark: pick((l) => l.probeMinusMark),
        firstRequest: pick((l) => l.firstRequest),
        lastAnswer: pick((l) => l.lastAnswer),
        lastScript: pick((l) => l.lastScript),
        chain: [...ok].sort((a, b) => a.sequential - b.sequential)[Math.floor((ok.length - 1) / 2)]?.chain ?? [],
        server
      });
    }

    let base: IBaseline | undefined;
    if (BASELINE && spec !== NATIONAL && (VIEW_FILTER === undefined || VIEW_FILTER.includes('dashboard'))) {
      process.stdout.write('  baseline: loadDashboard \u00d7 3, then the full scan (\u2248 1 min)\u2026');
      base = await baseline(emu, personaUpn('trainingLead', 'Essex'), today);
      process.stdout.write(' done\n');
    }
    return { scale: spec.name, people: people.length, completionRecords: completions?.itemCount ?? 0, seedSeconds, views: results, baseline: base, seconds: (performance.now() - t0) / 1000 };
  } finally {
    await emu.close();
  }
}

// ---- printing --------------------------------------------------------------------------------------

function printScale(r: IScaleResult): void {
  console.log(`\n${r.scale}: ${n(r.people)} people, ${n(r.completionRecords)} completion records (${r.seconds.toFixed(0)} s)`);
  const head = ['view', 'ready p50', 'p75', 'target', '', 'nav\u2192ready', 'seq RT', '\u2264 3', 'requests (parts)', 'REST bytes', 'heap', 'after GC', '\u2264 40 MB', 'ready from'];
  const rows = r.views.map((v) => {
    const fails = v.failures.length > 0 ? ` (${v.failures.length} failed)` : '';
    const timedOut = v.loads.length === 0 && v.failures.some((f) => /Timeout \d+ms exceeded/.test(f));
    const over = `> ${LOAD_TIMEOUT_MS / 1000} s`;
    return [
      `${v.label}${fails}`,
      timedOut ? over : ms(v.medianMs),
      timedOut ? over : ms(v.p75Ms),
      v.targetMs !== undefined ? `\u2264 ${v.targetMs} ms` : '',
      verdict(timedOut ? false : v.targetMs !== undefined && Number.isFinite(v.p75Ms) ? v.p75Ms <= v.targetMs : undefined),
      ms(v.navMedianMs),
      Number.isFinite(v.sequential) ? String(v.sequential) : '-',
      verdict(Number.isFinite(v.sequential) ? v.sequential <= 3 : undefined),
      Number.isFinite(v.requests) ? `${v.requests}${v.batchParts > 0 ? ` (${v.batchParts})` : ''}${v.refused > 0 ? ` ${v.refused} refused` : ''}` : '-',
      Number.isFinite(v.restBytes) ? kb(v.restBytes) : '-',
      Number.isFinite(v.heapUsed) ? mbText(v.heapUsed) : '-',
      Number.isFinite(v.heapAfterGc) ? mbText(v.heapAfterGc) : '-',
      verdict(Number.isFinite(v.heapUsed) ? v.heapUsed <= 40 * 1048576 : undefined),
      v.readySource === 'mark' && Number.isFinite(v.probeMinusMark) ? `mark (probe ${v.probeMinusMark >= 0 ? '+' : ''}${Math.round(v.probeMinusMark)} ms)` : v.readySource
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`  ${line(head)}`);
  for (const row of rows) console.log(`  ${line(row)}`);
  console.log('  ready: <part>:start \u2192 ready, ms (median, 75th percentile); nav\u2192ready: from navigation (the workbench page\u2019s own JS too); seq RT: sequential');
  console.log('  REST round trips before ready ($batch = 1); requests: REST requests before ready (batch parts); heap: JSHeapUsedSize at ready (medians)');
  for (const v of r.views) for (const f of [...new Set(v.failures)]) console.log(`  ! ${v.label}: ${f}`);

  console.log('\n  Where the time goes (medians, ms from <part>:start): the part\u2019s JS loaded, its first REST request sent, its last REST answer');
  console.log('  before ready received, then ready (render and paint after the data); loads: cold loads measured');
  for (const v of r.views) {
    console.log(
      `    ${v.label.padEnd(36)} JS ${ms(v.lastScript).padStart(8)}   first request ${ms(v.firstRequest).padStart(8)}   last answer ${ms(v.lastAnswer).padStart(8)}   ready ${ms(v.medianMs).padStart(8)}   loads ${v.loads.length}`
    );
    console.log(`      longest chain: ${v.chain.join(' \u2192 ')}`);
  }

  console.log('\n  The emulator\u2019s own time for each view\u2019s requests (replayed with no cost, batch parts one by one; least of 3):');
  for (const v of r.views) {
    if (!v.server) continue;
    const s = v.server.slowest;
    console.log(
      `    ${v.label.padEnd(36)} ${String(v.server.requests).padStart(3)} requests ${ms(v.server.totalMs).padStart(8)}; slowest ${s ? `${ms(s.ms)}: ${s.what} (scanned ${n(s.scanned)}, index ${s.index})` : '-'}`
    );
  }
  if (r.baseline) {
    const b = r.baseline;
    console.log('\n  Training dashboard vs the full scan (Node, PnPjs over HTTP, the same cost, as the Essex training lead):');
    console.log(`    loadDashboard (summary + deltas)   ${ms(b.fast.medianMs).padStart(9)} median of 3; ${b.fast.requests} requests, ${b.fast.sequential} sequential, ${kb(b.fast.bytes)}`);
    console.log(`    every record, $top=5000 pages      ${ms(b.naive.ms).padStart(9)}; ${b.naive.requests} requests, ${b.naive.sequential} sequential, ${mbText(b.naive.bytes)} (${n(b.naive.people)} people, ${n(b.naive.records)} records)`);
    const dash = r.views.find((v) => v.view === 'dashboard');
    console.log(`    ratio ${b.ratio.toFixed(1)}\u00d7 faster   target \u2265 10\u00d7 ${verdict(b.ratio >= 10)}${dash ? `   (full scan / browser dashboard p75: ${(b.naive.ms / dash.p75Ms).toFixed(1)}\u00d7)` : ''}`);
  }
}

function printShipped(js: IShippedJs | undefined, missing: string | undefined, title: string): void {
  if (!js) {
    console.log(`\nShipped JS, ${title}: ${missing ?? 'not available'}. Make one with \`npm run bundle\` (gulp clean + gulp bundle --ship, \u2248 30 s).`);
    return;
  }
  const size = (s: ISize): string => `${kb(s.raw).padStart(9)} ${kb(s.gzip).padStart(9)}`;
  console.log(`\nShipped JS per part, ${js.source}${js.builtAt ? `, built ${js.builtAt}` : ''} (raw, gzip; beyond react, react-dom and @microsoft/sp-*):`);
  if (js.warning) console.log(`  ${js.warning}`);
  console.log(`  ${'part'.padEnd(20)} ${'first chunk (shared)'.padStart(20)} \u2264 80 KB  ${'at start'.padStart(19)}  ${'to main view'.padStart(19)}  ${'lazy (on demand)'.padStart(19)}`);
  for (const p of js.parts) {
    console.log(`  ${p.part.padEnd(20)} ${size(p.first)}    ${verdict(p.first.gzip <= 80 * 1024)}     ${size(p.start)}  ${size(p.toMainView)}  ${size(p.lazy)}`);
  }
  console.log(`  all four parts on one page: ${size(js.allFourOnOnePage).trim()}   target \u2264 200 KB gzip ${verdict(js.allFourOnOnePage.gzip <= 200 * 1024)}`);
  console.log('  first chunk: the entry bundle (all web part classes, loaded before a part starts, strings included); at start: the');
  console.log('  part\u2019s app chunk group, the data layer and the set-up check; lazy: what those load only when asked (editors, charts, other views)');
}

// ---- main ------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (NATIONAL_TOO) ensureLargeHeap('SUITE_BENCH_CHILD');
  const t0 = performance.now();
  const today = dayInLondon(new Date());
  const cpus = os.cpus();
  const load = (): string => os.loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`Suite benchmark (issue 12), ${today}: ${cpus.length} \u00d7 ${cpus[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB; Node ${process.version}, heap limit ${n(v8.getHeapStatistics().heap_size_limit / 1048576)} MB`);
  const loadBefore = load();
  console.log(`Load average before: ${loadBefore} (other work on the machine slows the browser's CPU too)`);
  if (BUILD || !fs.existsSync(path.join(BUNDLE_DIR, 'workbench.js'))) {
    const t = performance.now();
    await buildWorkbench(BUNDLE_DIR);
    console.log(`Workbench bundled with esbuild into ${path.relative(ROOT, BUNDLE_DIR)} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const ship = shipBundle();
  const estimate = await esbuildEstimate();

  const browser = await launchBrowser();
  console.log(`Chromium ${browser.version()} (headless), CPU ${CPU}\u00d7 slower through CDP`);
  const scales: IWorkforceScale[] = [];
  if (ONLY !== 'national') scales.push(TWO_FORCES);
  if (NATIONAL_TOO) scales.push(NATIONAL);
  const results: IScaleResult[] = [];
  try {
    for (const spec of scales) {
      const r = await runScale(spec, browser, today);
      results.push(r);
      printScale(r);
    }
  } finally {
    await browser.close();
  }

  printShipped(ship.result, ship.missing, 'ship bundle');
  printShipped(estimate, undefined, 'esbuild estimate');
  console.log('\nNot measured here: catalogue keystroke \u2192 painted results (\u2264 50 ms with 1,000 entries): `npm run bench:catalogue-paint`;');
  console.log('the emulator\u2019s indexed query on 1.7M items (\u2264 20 ms): the store benchmark (`npx tsx dev/emulator/bench/store-bench.ts`).');

  fs.mkdirSync(OUT_DIR, { recursive: true });
  const out = path.join(OUT_DIR, 'suite-bench.json');
  fs.writeFileSync(
    out,
    JSON.stringify(
      {
        date: today,
        machine: { cpus: cpus.length, model: cpus[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverageBefore: loadBefore, loadAverageAfter: load() },
        settings: { runs: RUNS, cpuSlowdown: CPU, cost: COST, pageSite: PAGE_SITE_PATH, dataSite: DATA_SITE_PATH },
        scales: results,
        shippedJs: { shipBundle: ship.result ?? { missing: ship.missing }, esbuildEstimate: estimate }
      },
      null,
      1
    )
  );
  console.log(`\nResults written to ${path.relative(ROOT, out)}; ${((performance.now() - t0) / 1000).toFixed(0)} s in all; load average now ${load()}.`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  }
);
