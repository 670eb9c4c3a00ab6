import type { Page } from 'playwright-core';
import { DATA_SITE_PATH } from '../dev/demo/seed';
import { openView } from './harness/views';
import { screenshotOnFailure, startWorkbench, type IWorkbenchFixture } from './harness/workbench';

// A pseudo-locale run: the workbench loads every loc string accented and bracketed (`?strings=pseudo`,
// "⟦Šávé⟧"), then each part's main views are read for English words that are neither from the loc file
// (those are accented) nor the data shown (words held in the lists, month and day names of dates). What is
// left was written into the code in English: the run must find nothing. Text and accessible names are read.
let wb: IWorkbenchFixture;

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

/** Every text in the part: text nodes (outside style, script and hidden decoration), aria-labels, placeholders, titles. */
async function textsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-part-host]');
    if (host === null) return ['(no part on the page)'];
    const found: string[] = [];
    const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent === null || parent.closest('style, script, [aria-hidden="true"]') !== null) continue;
      found.push(node.textContent ?? '');
    }
    host.querySelectorAll('[aria-label], [placeholder], [title]').forEach((el) => {
      for (const name of ['aria-label', 'placeholder', 'title']) found.push(el.getAttribute(name) ?? '');
    });
    return Array.from(new Set(found.filter((t) => t.trim() !== '')));
  });
}

const MONTHS_AND_DAYS = new Set(
  'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun am pm'.split(' ')
);

/** Every distinct string value the data site's lists hold. */
function dataTexts(): string[] {
  const web = wb.emulator.store.getWeb(DATA_SITE_PATH);
  const texts = new Set<string>();
  for (const list of web?.lists ?? []) {
    const fields = list.fields.filter((f) => ['Text', 'Note', 'Choice', 'MultiChoice'].indexOf(f.TypeAsString) >= 0);
    for (let id = 1; id <= list.maxId; id++) {
      if (!list.isAlive(id)) continue;
      for (const f of fields) {
        const cell = list.cell(f, id);
        if (typeof cell === 'string' && cell !== '') texts.add(cell);
        else if (Array.isArray(cell)) cell.forEach((c) => typeof c === 'string' && texts.add(c));
      }
    }
  }
  return Array.from(texts);
}

const WORD = /[A-Za-z\u00c0-\u017f]+/g;
/** Pseudo-localised (an accented letter) or saying nothing about language (no plain vowel: "CSV", "Ŝ"). */
const notEnglish = (w: string): boolean => /[\u00c0-\u017f]/.test(w) || !/[aeiouAEIOU]/.test(w) || MONTHS_AND_DAYS.has(w);

/**
 * English written into the code: each run of plain English words in a text (pseudo-localised words have
 * accented letters; month and day names come from dates the browser formats) that is not part of a value
 * held in the lists.
 */
function hardCoded(text: string, data: readonly string[]): string[] {
  // A run goes on across spaces only: "Kent, Response" is two values, each looked up on its own.
  const runs: string[] = [];
  let run: string[] = [];
  let end = 0;
  const close = (): void => {
    if (run.length > 0) runs.push(run.join(' '));
    run = [];
  };
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const gap = text.slice(end, m.index);
    end = (m.index ?? 0) + w.length;
    if (!/^\s*$/.test(gap)) close();
    if (w.length > 1 && !notEnglish(w)) run.push(w);
    else close();
  }
  close();
  const words = (t: string): string => (t.match(WORD) ?? []).join(' ');
  return runs.filter((r) => !data.some((value) => value.indexOf(r.split(' ')[0]) >= 0 && words(value).indexOf(r) >= 0));
}

const VIEWS: Array<{ part: string; upn: string; tabs: string[] }> = [
  { part: 'trainingTracker', upn: 'essex.traininglead@policing.example', tabs: ['My training', 'Compliance', 'Modules'] },
  { part: 'solutionsCatalogue', upn: 'essex.champion@policing.example', tabs: ['Browse', 'Submit', 'Review queue', 'My submissions', 'Champions\u2019 desk'] },
  { part: 'evaluationSurvey', upn: 'essex.evaluationlead@policing.example', tabs: ['Your answers', 'Results', 'Value for money', 'Surveys'] },
  { part: 'riskRegister', upn: 'kent.board@policing.example', tabs: ['Register', 'Heat map', 'RAID and set-up', 'Board'] }
];

describe('pseudo-locale run', () => {
  let data: string[] = [];
  beforeAll(() => {
    data = dataTexts();
  });

  it('catches English written into the code: a planted text and a planted aria-label in a part', async () => {
    const { page, context } = await wb.open('essex.callhandler@policing.example', { query: '?host=SharePointFullPage&parts=trainingTracker&strings=pseudo' });
    await page.locator('[data-module]').first().waitFor({ timeout: 30000 });
    await page.evaluate(() => {
      const host = document.querySelector('[data-part-host]') as HTMLElement;
      host.appendChild(document.createTextNode('Save changes'));
      const button = document.createElement('button');
      button.setAttribute('aria-label', 'Close the panel');
      host.appendChild(button);
    });
    const found = (await textsOf(page)).flatMap((t) => hardCoded(t, data));
    await context.close();
    expect(found).toEqual(['Save changes', 'Close the panel']);
    // Values held in the lists are data, however English: "Kent, Response" is two of them.
    expect(hardCoded('\u27e6Šhów íñ\u27e7 Kent, Response', ['Kent', 'Response'])).toEqual([]);
  });

  it.each(VIEWS)('$part: every text on its main views comes from the loc file or the data', async ({ part, upn, tabs }) => {
    const { page, context } = await wb.open(upn, { query: `?host=SharePointFullPage&parts=${part}&strings=pseudo` });
    const findings: string[] = [];
    await screenshotOnFailure(page, `pseudo-${part}`, async () => {
      for (const tab of tabs) {
        await openView(page, `\u27e6${pseudo(tab)}\u27e7`);
        await page.waitForLoadState('networkidle');
        await page.waitForFunction(() => document.querySelectorAll('.ms-Spinner').length === 0, undefined, { timeout: 30000 });
        for (const text of await textsOf(page)) {
          const english = hardCoded(text, data);
          if (english.length > 0) findings.push(`${tab}: ${english.join(' ')} (in "${text.slice(0, 80)}")`);
        }
      }
    });
    await context.close();
    expect(findings).toEqual([]);
  });
});

/** The workbench's pseudo-localisation of one string (see dev/workbench/build.ts). */
function pseudo(text: string): string {
  const accents: Record<string, string> = { a: '\u00e1', e: '\u00e9', i: '\u00ed', o: '\u00f3', u: '\u00fa', A: '\u00c1', E: '\u00c9', I: '\u00cd', O: '\u00d3', U: '\u00da', c: '\u00e7', n: '\u00f1', s: '\u0161', y: '\u00fd' };
  return Array.from(text)
    .map((ch) => accents[ch] ?? ch)
    .join('');
}
