import type { Page } from 'playwright-core';
import { overflowsHorizontally, seriousAccessibilityViolations, tabTo } from './harness/checks';
import { HOSTILE_SAMPLE } from './harness/hostile';
import { hostileInputFindings } from './harness/hostileCheck';
import { screenshotOnFailure, startWorkbench, type IWorkbenchFixture } from './harness/workbench';

// The solutions catalogue on the demo data: a Kent analyst's use case stays with its author and the
// champions until an Essex champion approves it; then anyone finds it and copies its prompt. A question
// to the champions is answered and becomes an FAQ. And the shared checks on every view.
let wb: IWorkbenchFixture;
const ANALYST = 'kent.analyst@policing.example';
const ESSEX_CHAMPION = 'essex.champion@policing.example';
const PC = 'essex.pc@policing.example';
const KENT_PC = 'kent.pc@policing.example';
const TITLE = 'Burglary problem profile headings from published figures';
const PROMPT = 'Explain the trend in these published burglary figures for a problem profile, in five headings.';

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name });
  await tab.or(page.getByLabel('More views').first()).first().waitFor();
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByLabel('More views').first().click();
    await page.getByRole('menuitem', { name }).click();
  }
}

/** Runs in the page: the ids of the catalogue entries this person can read through REST, by title. */
async function restIds(title: string): Promise<number[]> {
  const r = await fetch(`/sites/m365-programme/_api/web/lists/getByTitle('Catalogue entries')/items?$select=Id&$filter=Title eq '${title.replace(/'/g, "''")}'`, {
    headers: { Accept: 'application/json;odata=nometadata' }
  });
  return ((await r.json()) as { value: Array<{ Id: number }> }).value.map((v) => v.Id);
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search the catalogue' }).fill(text);
}

describe('solutions catalogue: submit, approve, find, copy', () => {
  it('keeps a submission from colleagues until a champion approves it; then anyone finds it and copies its prompt', async () => {
    const analyst = await wb.open(ANALYST, { query: '?host=SharePointFullPage&parts=solutionsCatalogue' });
    await screenshotOnFailure(analyst.page, 'catalogue-submit', async () => {
      const page = analyst.page;
      await openTab(page, 'Submit');
      await page.getByRole('heading', { name: 'Submit a use case or FAQ' }).waitFor();
      await page.getByLabel('Title', { exact: true }).fill(TITLE);
      await page.getByLabel('Summary', { exact: true }).fill('Turn ONS and police.uk figures into the headings of a problem profile in minutes.');
      await page.getByLabel('Step-by-step how-to').fill('1. Download the published figures.\n2. Ask Copilot in Excel to explain the trend.');
      await page.getByLabel('Prompt 1', { exact: true }).fill(PROMPT);
      await page.getByLabel('When not to use it').fill('Never with named victims, suspects or unpublished data.');
      await page.getByLabel('Red: templates and public sources only').check();
      const products = page.getByRole('combobox', { name: /^Products/ });
      await products.click();
      // A multi-select option is a checkbox under its label: click it as the label would.
      await page.getByRole('option', { name: 'Copilot in Excel' }).dispatchEvent('click');
      await page.keyboard.press('Escape');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Submit for approval' }).click();
      await page.getByText(/is submitted\. A champion will check it/).waitFor();
    });
    await analyst.context.close();

    const colleague = await wb.open(PC, { query: '?parts=solutionsCatalogue' });
    await screenshotOnFailure(colleague.page, 'catalogue-hidden', async () => {
      await search(colleague.page, 'burglary problem profile');
      await colleague.page.getByText('No entries found.').waitFor();
      // Content approval, not a filter in the app: REST returns nothing either.
      expect(await colleague.page.evaluate(restIds, TITLE)).toEqual([]);
    });
    await colleague.context.close();

    const champion = await wb.open(ESSEX_CHAMPION, { query: '?host=TeamsTab&theme=dark&parts=solutionsCatalogue' });
    await screenshotOnFailure(champion.page, 'catalogue-approve', async () => {
      const page = champion.page;
      await openTab(page, 'Review queue');
      await page.getByRole('button', { name: `Review ${TITLE}` }).click();
      await page.getByRole('button', { name: 'Approve and publish' }).click();
      await page.getByText(`\u201c${TITLE}\u201d is published. Review by 23 May 2027.`).waitFor();
    });
    await champion.context.close();

    const finder = await wb.open(PC, { query: '?parts=solutionsCatalogue' });
    await screenshotOnFailure(finder.page, 'catalogue-find', async () => {
      const page = finder.page;
      await search(page, 'problem prof');
      await page.getByText('1 entry found.').waitFor();
      // Fluent's label covers its checkbox: focus it and press Space, as a keyboard user would.
      await page.getByLabel('Intelligence and analysis (1)').focus();
      await page.keyboard.press('Space');
      await page.getByText('1 entry found.').waitFor();
      expect(await page.evaluate(restIds, TITLE)).toHaveLength(1);
      await page.getByRole('button', { name: TITLE }).click();
      const panel = page.getByRole('dialog');
      await panel.getByLabel('Copy prompt 1 of 1').click();
      await panel.getByText('Prompt 1 copied.').waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });
    await finder.context.close();
  });

  it('opens an entry from a Teams deep link (the tab\u2019s sub-page id), and "Copy link" there gives a Teams deep link', async () => {
    const { page, context } = await wb.open(PC, { query: '?host=TeamsPersonalApp&parts=solutionsCatalogue&subPageId=1' });
    await screenshotOnFailure(page, 'catalogue-deep-link', async () => {
      const panel = page.getByRole('dialog');
      await panel.getByRole('heading').first().waitFor();
      // What the page hands the clipboard (the hosted frame's own address would open nothing in Teams).
      await page.evaluate(() => {
        const w = window as unknown as { copied: string[] };
        w.copied = [];
        navigator.clipboard.writeText = async (text: string): Promise<void> => {
          w.copied.push(text);
        };
      });
      await panel.getByRole('button', { name: 'Copy link' }).click();
      await panel.getByText('Link copied.').waitFor();
      const copied = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
      expect(copied).toEqual([
        'https://teams.microsoft.com/l/entity/e182983d-d1f2-4cd3-8334-9fba639d7751/64fd769b-4096-4879-8bc0-93e7c0927c73?context=%7B%22subEntityId%22%3A%221%22%7D'
      ]);
    });
    await context.close();
  });
});

describe('solutions catalogue: keyboard', () => {
  it('can be searched, filtered, opened, a prompt copied, marked helpful and closed with the keyboard alone, focus always visible', async () => {
    const { page, context } = await wb.open(KENT_PC, { query: '?host=SharePointFullPage&parts=solutionsCatalogue' });
    await screenshotOnFailure(page, 'catalogue-keyboard', async () => {
      await page.getByRole('searchbox', { name: 'Search the catalogue' }).waitFor();
      await tabTo(page, (el) => el.tag === 'input' && /Search the catalogue/.test(el.label || el.name), 30);
      await page.keyboard.type('minutes');
      await page.getByText(/^\d+ entr(y|ies) found\.$/).waitFor();
      // The first department facet: Space ticks it, as on any checkbox.
      await tabTo(page, (el) => el.tag === 'input' && /\(\d+\)$/.test(el.label || el.name), 40);
      const facet = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');
      await page.keyboard.press('Space');
      await page.getByText(/^\d+ entr(y|ies) found\.$/).waitFor();
      expect(await page.getByLabel(facet).isChecked()).toBe(true);

      // The first result opens in the panel with Enter; focus moves into it.
      await tabTo(page, (el) => el.tag === 'button' && el.role === null && /minutes/i.test(el.name), 80);
      await page.keyboard.press('Enter');
      const panel = page.getByRole('dialog');
      await panel.getByRole('heading').first().waitFor();
      await tabTo(page, (el) => /^Copy prompt 1 of/.test(el.label || el.name), 40);
      await page.keyboard.press('Enter');
      await panel.getByText('Prompt 1 copied.').waitFor();
      await tabTo(page, (el) => /This helped me/.test(el.label || el.name), 40);
      await page.keyboard.press('Space');
      await panel.getByText(/Helped (1 person|\d+ people)/).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      // Escape closes the panel and gives focus back to the result it was opened from.
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => /minutes/i.test(document.activeElement?.textContent ?? ''))).toBe(true);
    });
    await context.close();
  });
});

describe('solutions catalogue: ask a champion', () => {
  it('turns a colleague\u2019s question into a published FAQ, and the asker sees the answer', async () => {
    const question = 'Can Copilot tidy up my pocket notebook entries before I type them into the crime system?';
    const asker = await wb.open(KENT_PC, { query: '?parts=solutionsCatalogue' });
    await screenshotOnFailure(asker.page, 'catalogue-ask', async () => {
      const page = asker.page;
      await openTab(page, 'Champions\u2019 desk');
      await page.getByLabel(/^Your question/).fill(question);
      await page.getByRole('button', { name: 'Send question' }).click();
      await page.getByText(/Your question was sent to the champions/).waitFor();
    });
    await asker.context.close();

    const champion = await wb.open(ESSEX_CHAMPION, { query: '?parts=solutionsCatalogue' });
    await screenshotOnFailure(champion.page, 'catalogue-answer', async () => {
      const page = champion.page;
      await openTab(page, 'Champions\u2019 desk');
      await page.getByRole('tab', { name: /^Open questions/ }).click();
      await page.getByRole('textbox', { name: /^Your answer: \u201cCan Copilot tidy up my pocket notebook/ }).fill('No. Notebook entries are evidential and hold personal data: type them yourself.');
      await page.getByRole('button', { name: `Answer and publish as an FAQ: \u201c${question}\u201d` }).click();
      const form = page.getByRole('dialog');
      await form.getByRole('radio', { name: /^Red:/ }).focus();
      await page.keyboard.press('Space');
      await form.getByRole('button', { name: 'Publish FAQ' }).click();
      await page.getByText(`\u201c${question}\u201d is published as an FAQ, and the asker can see the answer.`).waitFor();
    });
    await champion.context.close();

    const back = await wb.open(KENT_PC, { query: '?parts=solutionsCatalogue' });
    await screenshotOnFailure(back.page, 'catalogue-asker-sees', async () => {
      const page = back.page;
      await openTab(page, 'Champions\u2019 desk');
      await page.getByText('No. Notebook entries are evidential and hold personal data: type them yourself.').first().waitFor();
      await openTab(page, 'Browse');
      await search(page, 'pocket notebook');
      await page.getByRole('button', { name: question }).waitFor();
    });
    await back.context.close();
  });
});

describe('solutions catalogue: every view in each theme, at 320 px, and hostile search text', () => {
  it('keeps the champion\u2019s views accessible in three themes and usable at 320 px without sideways scrolling', async () => {
    const tabs = ['Browse', 'Submit', 'Review queue', 'My submissions', 'Champions\u2019 desk'];
    for (const theme of ['default', 'dark', 'contrast']) {
      const { page, context } = await wb.open(ESSEX_CHAMPION, { query: `?host=TeamsTab&theme=${theme}&parts=solutionsCatalogue` });
      for (const tab of tabs) {
        await screenshotOnFailure(page, `catalogue-${theme}-${tab}`, async () => {
          await openTab(page, tab);
          await page.waitForLoadState('networkidle');
          await page.getByRole('tabpanel').getByRole('heading').first().waitFor();
          expect([theme, tab, await seriousAccessibilityViolations(page)]).toEqual([theme, tab, []]);
        });
      }
      await context.close();
    }
    const { page, context } = await wb.open(ESSEX_CHAMPION, { query: '?host=TeamsPersonalApp&parts=solutionsCatalogue', width: 320, height: 640 });
    for (const tab of tabs) {
      await screenshotOnFailure(page, `catalogue-320-${tab}`, async () => {
        await openTab(page, tab);
        await page.waitForLoadState('networkidle');
        await page.getByRole('tabpanel').getByRole('heading').first().waitFor();
        expect([tab, await overflowsHorizontally(page)]).toEqual([tab, false]);
      });
    }
    await context.close();
  });

  it('searches for any text exactly as typed, with nothing executed', async () => {
    const { page, context, csp } = await wb.open(PC, { query: '?parts=solutionsCatalogue' });
    await screenshotOnFailure(page, 'catalogue-hostile-search', async () => {
      const box = page.getByRole('searchbox', { name: 'Search the catalogue' });
      await box.waitFor();
      const findings = await hostileInputFindings(page, csp, (since) => wb.emulator.log.entries(since), { field: box, submit: () => page.getByText(/entr(y|ies) found\.$/).first().waitFor() }, HOSTILE_SAMPLE);
      expect(findings).toEqual([]);
    });
    await context.close();
  });
});
