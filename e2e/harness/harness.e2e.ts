import { PERSONAS } from '../../dev/demo/personas';
import { DATA_SITE_PATH } from '../../dev/demo/seed';
import { focusEscapes, focusIsOn, overflowsHorizontally, payloadExecuted, seriousAccessibilityViolations, tabTo } from './checks';
import { HOSTILE_CORPUS } from './hostile';
import { findLiteralProblems } from './literals';
import { hostileInputFindings } from './hostileCheck';
import { startWorkbench, type IWorkbenchFixture } from './workbench';

// The shared checks every part's browser tests call, proven here against the workbench itself and against
// pages with a planted fault, so a check that silently passes everything would fail this file.

const PLANTED: Record<string, string> = {
  'inline-script.html': '<!doctype html><html lang="en"><head><title>Planted inline script</title></head><body><script>window.__pwned = 1;</script><img src="x" alt="x" onerror="window.__pwned = 2"><a href="javascript:window.__pwned=3">link</a></body></html>',
  'unlabeled-button.html': '<!doctype html><html lang="en"><head><title>Planted unlabeled button</title></head><body><main><button type="button"><svg width="16" height="16" aria-hidden="true"></svg></button></main></body></html>',
  'invisible-focus.html': '<!doctype html><html lang="en"><head><title>Planted invisible focus</title><style>button { outline: none; border: 0; }</style></head><body><main><button type="button">Save</button></main></body></html>',
  'leaky-dialog.html':
    '<!doctype html><html lang="en"><head><title>Planted leaky dialog</title></head><body><main><button type="button" id="open">Open</button><div role="dialog" aria-label="Leaky" id="dlg"><button type="button">One</button><button type="button">Two</button></div><button type="button">Behind</button></main></body></html>',
  'too-wide.html': '<!doctype html><html lang="en"><head><title>Planted overflow</title></head><body><main><div style="width: 900px">A table that does not reflow</div></main></body></html>'
};

const searchPage = (script: string): string =>
  `<!doctype html><html lang="en"><head><title>Search</title><script src="/_fixtures/${script}"></script></head><body><main><label for="q">Search</label><input id="q"><button id="go" type="button">Go</button><p id="out"></p></main></body></html>`;

// Both pages search the Harness list and show what was searched for; one does it wrongly.
const searchScript = (safe: boolean): string => `
document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('go').addEventListener('click', async () => {
    document.body.dataset.busy = '1';
    const v = document.getElementById('q').value;
    ${safe ? "document.getElementById('out').textContent = v;" : "document.getElementById('out').innerHTML = v;"}
    const literal = ${safe ? `"'" + v.replace(/'/g, "''") + "'"` : `"'" + v + "'"`};
    await fetch('${DATA_SITE_PATH}/_api/web/lists/getbytitle(\\'Harness\\')/items?$filter=' + encodeURIComponent('Title eq ' + literal), { headers: { Accept: 'application/json' } });
    document.body.dataset.busy = '0';
  });
});`;

PLANTED['unsafe-search.html'] = searchPage('unsafe-search.js');
PLANTED['unsafe-search.js'] = searchScript(false);
PLANTED['safe-search.html'] = searchPage('safe-search.js');
PLANTED['safe-search.js'] = searchScript(true);

const owner = PERSONAS[0].upn;
const callHandler = 'essex.callhandler@policing.example';

let wb: IWorkbenchFixture;

beforeAll(async () => {
  wb = await startWorkbench({ pages: PLANTED });
  // A list to run filters against, created straight in the store like any seeded list.
  const web = wb.emulator.store.getWeb(DATA_SITE_PATH);
  const list = web!.createList({ Title: 'Harness' });
  list.addItem({ Title: "O'Brien & Sons #1 + 50%" }, { userId: 1, now: new Date('2026-11-01T10:00:00Z') });
});

afterAll(async () => {
  await wb.close();
});

describe('accessibility check', () => {
  it('passes the workbench page with a part on it', async () => {
    const { page, context } = await wb.open(owner, { query: '?host=SharePointWebPart&parts=trainingTracker' });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('catches a planted unlabeled button', async () => {
    const { context } = await wb.open(owner);
    const page = await context.newPage();
    await page.goto(`${wb.url}/_fixtures/unlabeled-button.html`);
    const ids = (await seriousAccessibilityViolations(page)).map((v) => v.id);
    expect(ids).toContain('button-name');
    await context.close();
  });
});

describe('script policy check', () => {
  it('sees no violation on the workbench', async () => {
    const { page, context, csp } = await wb.open(owner, { query: '?host=TeamsTab&theme=dark&parts=riskRegister' });
    await page.waitForTimeout(300);
    expect(await csp.violations()).toEqual([]);
    expect(await payloadExecuted(page)).toBe(false);
    await context.close();
  });

  it('catches planted inline script, an event handler and a javascript: URL, and none of them runs', async () => {
    const { page, context, csp } = await wb.open(owner);
    await page.goto(`${wb.url}/_fixtures/inline-script.html`);
    await page.click('a');
    await page.waitForTimeout(300);
    const violations = await csp.violations();
    expect(violations.length).toBeGreaterThanOrEqual(2);
    expect(await payloadExecuted(page)).toBe(false);
    await context.close();
  });
});

describe('literal check', () => {
  const listItems = `${DATA_SITE_PATH}/_api/web/lists/getbytitle('Harness')/items`;
  const query = async (filter: string): Promise<number> =>
    (await fetch(`${wb.url}${listItems}?$filter=${encodeURIComponent(filter)}`, { headers: { Accept: 'application/json', 'X-Emulator-User': owner } })).status;
  const lastSeq = (): number => wb.emulator.log.entries().slice(-1)[0]?.seq ?? 0;

  it('accepts every hostile input sent through one escaped literal', async () => {
    for (const input of HOSTILE_CORPUS.slice(0, 8)) {
      const since = lastSeq();
      expect(await query(`Title eq '${input.replace(/'/g, "''")}'`)).toBe(200);
      const entries = (await wb.log(since)).filter((e) => e.seq > since);
      expect(entries.some((e) => e.filters.length > 0)).toBe(true);
      expect(findLiteralProblems(entries, input)).toEqual([]);
    }
  });

  it('catches a planted unescaped filter that lets the input become query syntax', async () => {
    const input = "x' or Title ne '";
    const since = lastSeq();
    expect(await query(`Title eq '${input}'`)).toBe(200);
    const problems = findLiteralProblems((await wb.log(since)).filter((e) => e.seq > since), input);
    expect(problems).toHaveLength(1);
  });
});

describe('hostile input check', () => {
  const run = async (pageName: string): Promise<Array<{ input: string; problem: string }>> => {
    const { page, context, csp } = await wb.open(owner);
    await page.goto(`${wb.url}/_fixtures/${pageName}`);
    const findings = await hostileInputFindings(page, csp, (since) => wb.emulator.log.entries(since), {
      field: page.locator('#q'),
      submit: async () => {
        await page.click('#go');
        await page.waitForFunction(() => document.body.dataset.busy === '0');
      },
      shownIn: () => page.locator('#out')
    }, HOSTILE_CORPUS);
    await context.close();
    return findings;
  };

  it('passes a field that escapes its filter and shows text as text, with the whole corpus', async () => {
    expect(await run('safe-search.html')).toEqual([]);
  });

  it('catches a planted field that builds its filter by hand and shows input as HTML', async () => {
    const problems = (await run('unsafe-search.html')).map((f) => f.problem);
    expect(problems.some((p) => /not one literal/.test(p))).toBe(true);
    expect(problems.some((p) => /script policy violated/.test(p))).toBe(true);
    expect(problems.some((p) => /not shown exactly as typed/.test(p))).toBe(true);
  });
});

describe('keyboard check', () => {
  it('reaches the workbench settings button by Tab with visible focus', async () => {
    const { page, context } = await wb.open(owner);
    await tabTo(page, (el) => el.tag === 'button' && /Settings/.test(el.name));
    await context.close();
  });

  it('catches a planted control whose focus is invisible', async () => {
    const { context } = await wb.open(owner);
    const page = await context.newPage();
    await page.goto(`${wb.url}/_fixtures/invisible-focus.html`);
    await expect(tabTo(page, (el) => el.tag === 'button', 3)).rejects.toThrow(/not visible/);
    await context.close();
  });
});

describe('focus trap check', () => {
  it('keeps focus inside an open Fluent dialog, and sees it back on the opener once closed', async () => {
    const { page, context } = await wb.open(owner);
    const opener = page.getByRole('button', { name: 'Settings' });
    await opener.click();
    // A Fluent panel's dialog element has no box of its own (its content is fixed-positioned): wait for what is in it.
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button').first().waitFor();
    expect(await focusEscapes(page, dialog)).toBeUndefined();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusIsOn(opener)).toBe(true);
    await context.close();
  });

  it('catches a planted dialog that lets Tab walk out of it', async () => {
    const { context } = await wb.open(owner);
    const page = await context.newPage();
    await page.goto(`${wb.url}/_fixtures/leaky-dialog.html`);
    await page.getByRole('button', { name: 'One' }).focus();
    expect(await focusEscapes(page, page.getByRole('dialog'))).toMatch(/^Tab \d+: button "(Behind|Open)"$/);
    expect(await focusIsOn(page.getByRole('button', { name: 'Open' }))).toBe(false);
    await context.close();
  });
});

describe('themes and widths check', () => {
  it.each(['default', 'dark', 'contrast'])('renders in the Teams %s theme at 320 px without sideways scrolling', async (theme) => {
    const { page, context } = await wb.open(owner, { query: `?host=TeamsTab&theme=${theme}&parts=trainingTracker`, width: 320, height: 640 });
    expect(await page.getAttribute('[data-part-host]', 'data-theme')).toBe(theme);
    expect(await overflowsHorizontally(page)).toBe(false);
    await context.close();
  });

  it('catches a planted fixed-width block at 320 px', async () => {
    const { context } = await wb.open(owner, { width: 320 });
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${wb.url}/_fixtures/too-wide.html`);
    expect(await overflowsHorizontally(page)).toBe(true);
    await context.close();
  });

  it('switches theme live, without reloading the page', async () => {
    const { page, context } = await wb.open(owner, { query: '?host=TeamsTab&theme=default&parts=trainingTracker' });
    await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
    await page.getByRole('combobox', { name: 'Teams theme' }).click();
    await page.getByRole('option', { name: 'Dark' }).click();
    await page.waitForSelector('[data-part-host][data-theme="dark"]');
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
    await context.close();
  });
});

describe('two users check', () => {
  it('keeps two people apart in two browser contexts at once', async () => {
    const a = await wb.open(owner);
    const b = await wb.open(callHandler);
    const who = async (page: typeof a.page): Promise<string> =>
      page.evaluate(async (site) => {
        const r = await fetch(`${site}/_api/web/currentuser`, { headers: { Accept: 'application/json' } });
        return ((await r.json()) as { Email: string }).Email;
      }, DATA_SITE_PATH);
    expect(await who(a.page)).toBe(owner);
    expect(await who(b.page)).toBe(callHandler);
    expect(await a.page.textContent('[role="combobox"]')).toContain('Priya Nair');
    expect(await b.page.textContent('[role="combobox"]')).toContain('Chloe Barnes');
    await a.context.close();
    await b.context.close();
  });
});

describe('faults check', () => {
  it('throttles requests from the page when a storm is switched on, and stops when it is reset', async () => {
    const { page, context } = await wb.open(owner);
    const status = async (): Promise<number> =>
      page.evaluate(async (site) => (await fetch(`${site}/_api/web/currentuser`, { headers: { Accept: 'application/json' } })).status, DATA_SITE_PATH);
    await wb.faults({ throttleRate: 1, throttleStatus: 503, retryAfterSeconds: 1 });
    expect(await status()).toBe(503);
    await wb.faults({ reset: true });
    expect(await status()).toBe(200);
    await context.close();
  });
});
