import * as fs from 'fs';
import type { IncomingMessage, ServerResponse } from 'http';
import * as path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startEmulator, type FaultConfig, type LogEntry, type RunningEmulator } from '../../dev/emulator/server';
import { PERSONAS } from '../../dev/demo/personas';
import { DATA_SITE_PATH, DATA_SITE_STORAGE_KEY, demoDirectory, demoSeed, PAGE_SITE_PATH } from '../../dev/demo/seed';
import { demoSetUp } from '../../dev/demo/setup';
import { CONTENT_SECURITY_POLICY, workbenchRoutes } from '../../dev/workbench/routes';
import { launchBrowser } from './browser';
import { watchCsp, type ICspWatcher } from './checks';

/** Where the jest global set-up put the workbench bundle. */
export const BUNDLE_DIR: string = path.resolve(__dirname, '..', '..', 'temp', 'e2e-workbench');
const OUTPUT_DIR = path.resolve(__dirname, '..', '..', 'e2e-output');

/** The date every browser test runs on (browser and emulator clocks). */
export const FIXED_NOW: string = '2026-11-23T09:30:00Z';

export interface IOpenOptions {
  /** Workbench query, e.g. `?host=TeamsTab&theme=dark&parts=trainingTracker`. */
  query?: string;
  width?: number;
  height?: number;
}

export interface IOpenPage {
  page: Page;
  context: BrowserContext;
  csp: ICspWatcher;
}

export interface IWorkbenchFixture {
  url: string;
  emulator: RunningEmulator;
  browser: Browser;
  /** Opens the workbench signed in as `upn` (a fresh browser context, as a separate person would be). */
  open(upn: string, options?: IOpenOptions): Promise<IOpenPage>;
  /** Emulator request log entries since `since` (a sequence number). */
  log(since?: number): Promise<LogEntry[]>;
  faults(config: Partial<FaultConfig> & { reset?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export interface IFixtureOptions {
  /** Extra pages served from the same origin with the same CSP (the harness's self-tests plant faults there). */
  pages?: Record<string, string>;
  /** Leave the data site as a new, empty site (only the tenant property points at it). Default: set up. */
  unprovisioned?: boolean;
}

/** One emulator (demo directory, fixed clock, random port) and one browser per test file. */
export async function startWorkbench(options: IFixtureOptions = {}): Promise<IWorkbenchFixture> {
  if (!fs.existsSync(path.join(BUNDLE_DIR, 'workbench.js'))) {
    throw new Error(`No workbench bundle in ${BUNDLE_DIR}: run the browser tests through jest.e2e.config.js (its global set-up builds it)`);
  }
  const { users, people } = demoDirectory();
  const pages = options.pages ?? {};
  const pageRoute = (req: IncomingMessage, res: ServerResponse): boolean => {
    const name = (req.url ?? '').replace(/^\/_fixtures\//, '');
    if (!(req.url ?? '').startsWith('/_fixtures/') || pages[name] === undefined) return false;
    const type = name.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
    res.end(pages[name]);
    return true;
  };
  const routes = workbenchRoutes({ bundleDir: BUNDLE_DIR, sitePath: PAGE_SITE_PATH, personas: PERSONAS, defaultUpn: PERSONAS[0].upn });
  const emulator = await startEmulator({
    users,
    defaultUser: PERSONAS[0].upn,
    clock: { fixed: FIXED_NOW },
    seed: demoSeed,
    setUp: async (ctx) => {
      if (options.unprovisioned) ctx.storage.set(DATA_SITE_STORAGE_KEY, `${ctx.url}${DATA_SITE_PATH}`);
      else await demoSetUp(ctx, people, PERSONAS[0].upn, FIXED_NOW.slice(0, 10));
    },
    routes: [(req, res) => routes.handle(req, res), pageRoute]
  });
  const origin = emulator.url;
  const browser = await launchBrowser();

  return {
    url: origin,
    emulator,
    browser,
    async open(upn, o = {}) {
      const context = await browser.newContext({ viewport: { width: o.width ?? 1280, height: o.height ?? 800 }, locale: 'en-GB', timezoneId: 'Europe/London' });
      await context.addCookies([{ name: 'emu_user', value: encodeURIComponent(upn), url: origin }]);
      const page = await context.newPage();
      // Starts the page's clock at the fixed date and lets it run: a frozen Date.now would stall Fluent's debounced
      // validation and any other timing the page measures.
      await page.clock.install({ time: new Date(FIXED_NOW) });
      const csp = await watchCsp(page);
      await page.goto(`${origin}/_workbench/${o.query ?? ''}`);
      await page.waitForSelector('[data-part-host]');
      return { page, context, csp };
    },
    async log(since = 0) {
      return emulator.log.entries(since);
    },
    async faults(config) {
      const { reset, ...rest } = config;
      if (reset) emulator.faults.reset();
      emulator.faults.set(rest);
    },
    async close() {
      await browser.close();
      await emulator.close();
    }
  };
}

/** Runs a browser step; on failure keeps a screenshot in e2e-output/ and rethrows. */
export async function screenshotOnFailure<T>(page: Page, name: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT_DIR, `${name.replace(/[^a-z0-9-]+/gi, '_')}.png`), fullPage: true }).catch(() => undefined);
    throw error;
  }
}
