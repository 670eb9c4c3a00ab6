import type { Page } from 'playwright-core';
import { payloadExecuted, tabTo } from './harness/checks';
import { HOSTILE_CORPUS } from './harness/hostile';
import { hostileInputFindings } from './harness/hostileCheck';
import { chooseOption, openView } from './harness/views';
import { screenshotOnFailure, startWorkbench, type IWorkbenchFixture } from './harness/workbench';

// Hostile text typed into the free text of the parts beyond each part's own checks: the whole corpus in the
// risk register's search box, a risk's controls (shown back in its panel) and a question to the champions;
// markup in every field of catalogue entries (submitted, approved, opened: the how-to is shown as HTML) and
// in board decisions frozen into the board paper (HTML). Nothing may run, every $filter holds the input as
// one literal, and what is shown reads exactly as typed. (Catalogue search, survey comments and module
// titles run in their parts' tests; every text column of every list in src/data/hostileText.)
let wb: IWorkbenchFixture;
const BOARD = 'essex.board@policing.example';
const CALL_HANDLER = 'essex.callhandler@policing.example';
const RISK = 'Time saved goes back to the front line';
const ANALYST = 'kent.analyst@policing.example';
const CHAMPION = 'essex.champion@policing.example';
const PC = 'essex.pc@policing.example';
const KENT_BOARD = 'kent.board@policing.example';
/** Markup, handlers, script URLs and template syntax: what an HTML sink (the how-to) must never run. */
const MARKUP = [HOSTILE_CORPUS[0], HOSTILE_CORPUS[1], HOSTILE_CORPUS[2], HOSTILE_CORPUS[3], HOSTILE_CORPUS[9]];

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

describe('hostile text across the parts', () => {
  it('risk register: searching the register and saving a risk\u2019s controls run nothing and keep the text exactly', async () => {
    const { page, context, csp } = await wb.open(BOARD, { query: '?host=SharePointFullPage&parts=riskRegister' });
    await screenshotOnFailure(page, 'hostile-risk', async () => {
      const search = page.getByRole('searchbox', { name: 'Search the register' });
      await search.waitFor({ timeout: 30000 });
      const searchFindings = await hostileInputFindings(page, csp, (since) => wb.emulator.log.entries(since), { field: search, submit: () => page.waitForLoadState('networkidle') }, HOSTILE_CORPUS);
      expect(searchFindings).toEqual([]);
      await search.fill('');

      await page.getByRole('button', { name: RISK, exact: true }).first().click();
      const panel = page.getByRole('dialog');
      const controls = panel.getByLabel('Controls and mitigations in place');
      const edit = async (): Promise<void> => {
        await panel.getByRole('button', { name: 'Edit', exact: true }).click();
        await controls.waitFor();
      };
      await edit();
      const findings = await hostileInputFindings(
        page,
        csp,
        (since) => wb.emulator.log.entries(since),
        {
          field: controls,
          submit: async () => {
            await panel.getByRole('button', { name: 'Save changes' }).click();
            await panel.getByRole('button', { name: 'Edit', exact: true }).waitFor({ timeout: 30000 });
            await page.waitForLoadState('networkidle');
          },
          shownIn: () => panel.locator('dt', { hasText: /^Controls and mitigations in place$/ }).locator('xpath=following-sibling::dd[1]'),
          after: edit
        },
        HOSTILE_CORPUS
      );
      expect(findings).toEqual([]);
    });
    await context.close();
  });

  it('solutions catalogue: entries of markup in every field, submitted, approved and opened, run nothing and read as typed', async () => {
    const titleOf = (i: number, text: string): string => `Hostile ${i + 1} ${text}`;
    const tab = async (page: Page, name: string): Promise<void> => openView(page, name);

    const analyst = await wb.open(ANALYST, { query: '?host=SharePointFullPage&parts=solutionsCatalogue' });
    await screenshotOnFailure(analyst.page, 'hostile-catalogue-submit', async () => {
      const page = analyst.page;
      for (const [i, text] of MARKUP.entries()) {
        await tab(page, 'Submit');
        await page.getByRole('heading', { name: 'Submit a use case or FAQ' }).waitFor();
        await page.getByLabel('Title', { exact: true }).fill(titleOf(i, text));
        await page.getByLabel('Summary', { exact: true }).fill(`Summary: ${text}`);
        await page.getByLabel('Step-by-step how-to').fill(`1. ${text}\n2. Then <b>bold</b> & done.`);
        await page.getByLabel('Prompt 1', { exact: true }).fill(`Prompt: ${text}`);
        await page.getByLabel('When not to use it').fill(`Never: ${text}`);
        await page.getByLabel('Red: templates and public sources only').check();
        await page.getByRole('button', { name: 'Submit for approval' }).click();
        await page.getByText(`\u201c${titleOf(i, text)}\u201d is submitted. A champion will check it`, { exact: false }).waitFor({ timeout: 30000 });
      }
      expect({ ran: await payloadExecuted(page), csp: await analyst.csp.violations() }).toEqual({ ran: false, csp: [] });
    });
    await analyst.context.close();

    const champion = await wb.open(CHAMPION, { query: '?host=SharePointFullPage&parts=solutionsCatalogue' });
    await screenshotOnFailure(champion.page, 'hostile-catalogue-approve', async () => {
      const page = champion.page;
      for (const [i, text] of MARKUP.entries()) {
        await tab(page, 'Review queue');
        await page.getByRole('button', { name: `Review ${titleOf(i, text)}`, exact: true }).click();
        await page.getByRole('button', { name: 'Approve and publish' }).click();
        await page.getByText(`\u201c${titleOf(i, text)}\u201d is published.`, { exact: false }).waitFor({ timeout: 30000 });
      }
      expect({ ran: await payloadExecuted(page), csp: await champion.csp.violations() }).toEqual({ ran: false, csp: [] });
    });
    await champion.context.close();

    const reader = await wb.open(PC, { query: '?host=SharePointFullPage&parts=solutionsCatalogue' });
    await screenshotOnFailure(reader.page, 'hostile-catalogue-read', async () => {
      const page = reader.page;
      for (const [i, text] of MARKUP.entries()) {
        await page.getByRole('searchbox', { name: 'Search the catalogue' }).fill(`Hostile ${i + 1}`);
        await page.getByRole('button', { name: titleOf(i, text), exact: true }).click();
        const panel = page.getByRole('dialog');
        await panel.getByRole('heading', { name: titleOf(i, text), exact: true }).waitFor();
        const shown = await panel.innerText();
        for (const part of [`Summary: ${text}`, `Prompt: ${text}`, `Never: ${text}`]) expect({ part, shown: shown.includes(part) }).toEqual({ part, shown: true });
        // The how-to is the one field shown as HTML: its "1." and "2." lines are a numbered list whose items
        // read exactly as typed; typed markup is text there, never elements.
        const items = await panel.locator('li').evaluateAll((els) => els.map((el) => el.textContent));
        expect(items).toEqual(expect.arrayContaining([text, 'Then <b>bold</b> & done.']));
        expect(await panel.locator('img, script, b, svg[onload], a[href^="javascript:"]').count()).toBe(0);
        await page.keyboard.press('Escape');
        await panel.waitFor({ state: 'detached' });
      }
      expect({ ran: await payloadExecuted(page), csp: await reader.csp.violations() }).toEqual({ ran: false, csp: [] });
    });
    await reader.context.close();
  });

  it('board paper: decisions of markup, logged and frozen into the paper, run nothing and read as typed', async () => {
    const { page, context, csp } = await wb.open(KENT_BOARD, { query: '?host=SharePointFullPage&parts=riskRegister' });
    await screenshotOnFailure(page, 'hostile-board-paper', async () => {
      await openView(page, 'Board');
      await page.getByRole('button', { name: '26 November 2026', exact: true }).click();
      await page.getByRole('heading', { name: 'Programme board, 26 November 2026' }).waitFor();
      const log = page.getByRole('region', { name: 'Log a decision, action or issue' });
      for (const [i, text] of MARKUP.entries()) {
        await log.getByRole('textbox', { name: /^Title/ }).fill(`Decision ${i + 1} ${text}`);
        await log.getByLabel('The decision and its rationale').fill(`Because ${text} & more.`);
        await chooseOption(page, log, /^Topic/, 'Platform risk and assurance');
        await chooseOption(page, log, /^Force/, 'Joint (Kent and Essex)');
        await log.getByRole('button', { name: 'Log the decision' }).click();
        await log.getByText(/^D-\d+ is logged against this meeting\.$/).waitFor();
      }
      await page.getByRole('button', { name: 'Edit the details' }).focus();
      await tabTo(page, (el) => el.tag === 'button' && el.name.includes('Close the meeting'), 5);
      await page.keyboard.press('Enter');
      await page.getByRole('alertdialog').getByRole('button', { name: /Close and freeze/ }).click();
      await page.getByText('The meeting of 26 November 2026 is closed and frozen; its board paper is ready.').waitFor({ timeout: 30000 });
      await page.getByRole('button', { name: 'Open the board paper' }).click();
      const paper = page.locator('[data-paper]');
      await paper.getByRole('heading', { name: 'Programme board paper, 26 November 2026' }).waitFor();
      const text = await paper.innerText();
      for (const [i, input] of MARKUP.entries()) {
        expect({ input, title: text.includes(`Decision ${i + 1} ${input}`), rationale: text.includes(`Because ${input} & more.`) }).toEqual({ input, title: true, rationale: true });
      }
      // The paper is HTML built from the log: typed markup is text in it, never elements.
      expect(await paper.locator('img, script, svg[onload], a[href^="javascript:"]').count()).toBe(0);
      expect({ ran: await payloadExecuted(page), csp: await csp.violations() }).toEqual({ ran: false, csp: [] });
    });
    await context.close();
  });

  it('champions\u2019 desk: a question of any text is sent and listed exactly as typed, or refused with a clear message when too long', async () => {
    const { page, context, csp } = await wb.open(CALL_HANDLER, { query: '?host=SharePointFullPage&parts=solutionsCatalogue' });
    await screenshotOnFailure(page, 'hostile-question', async () => {
      await openView(page, 'Champions\u2019 desk');
      const question = page.getByRole('textbox', { name: /^Your question/ });
      await question.waitFor({ timeout: 30000 });
      const short = HOSTILE_CORPUS.filter((text) => text.length <= 2000);
      const findings = await hostileInputFindings(
        page,
        csp,
        (since) => wb.emulator.log.entries(since),
        {
          field: question,
          submit: async () => {
            await page.getByRole('button', { name: 'Send question' }).click();
            await page.getByText(/^Your question was sent to the champions\./).waitFor({ timeout: 30000 });
            await page.waitForLoadState('networkidle');
          }
        },
        short
      );
      expect(findings).toEqual([]);
      // Each is listed under My questions exactly as typed (text nodes, never markup).
      const listed = await page.getByRole('list', { name: 'My questions' }).innerText();
      // innerText drops zero-width and direction characters (the risk controls above are compared character for character).
      const invisible = /\u200B|\u200D|\uFEFF|\u202E|\u202C/;
      for (const text of short.filter((t) => !invisible.test(t))) expect(listed).toContain(text);
      const long = HOSTILE_CORPUS.find((text) => text.length > 2000) as string;
      await question.fill(long);
      await page.getByRole('button', { name: 'Send question' }).click();
      await page.getByText('This is 8,000 characters too long (the limit is 2,000). Shorten it: nothing has been cut.').first().waitFor();
      expect(await question.inputValue()).toBe(long);
      // An unsent question: the browser asks before the tab closes.
      const asked: string[] = [];
      page.on('dialog', (dialog) => {
        asked.push(dialog.type());
        dialog.dismiss().catch(() => undefined);
      });
      await page.close({ runBeforeUnload: true });
      await page.waitForTimeout(500);
      expect(asked).toEqual(['beforeunload']);
    });
    await context.close();
  });
});
