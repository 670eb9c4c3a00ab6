import type { Page } from 'playwright-core';
import { overflowsHorizontally, seriousAccessibilityViolations, tabTo } from './harness/checks';
import { chooseOption, openView } from './harness/views';
import { screenshotOnFailure, startWorkbench, type IWorkbenchFixture } from './harness/workbench';

// The board cycle in Chromium through the workbench, on the demo's 12 closed meetings and this week's open
// one: a Kent board member re-scores a joint risk for Kent, logs a decision and an action, closes the
// meeting, opens its board paper (grouped by topic, marked OFFICIAL-SENSITIVE at the top and bottom of
// every printed page), re-scores again after the close, and sees that change under "since last board" at
// the next meeting while the closed meeting's paper keeps what it froze. The closure record cannot be
// edited, even by the board, by direct REST.
let wb: IWorkbenchFixture;
const KENT_BOARD = 'kent.board@policing.example';
const QUERY = '?host=SharePointFullPage&parts=riskRegister';
const RISK = 'New Copilot features switched on before they are assessed';

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

/** Re-scores the joint risk's Kent current score from the register. */
async function rescoreKent(page: Page, likelihood: string, impact: string): Promise<void> {
  await openView(page, 'Register');
  await page.getByRole('button', { name: RISK, exact: true }).click();
  const panel = page.getByRole('dialog');
  await panel.getByRole('heading', { name: 'Change history' }).waitFor();
  const kent = panel.locator('[data-force="Kent"]');
  await kent.getByRole('button', { name: 'Re-score Kent' }).click();
  await chooseOption(page, kent, /^Current likelihood/, likelihood);
  await chooseOption(page, kent, /^Current impact/, impact);
  await kent.getByRole('button', { name: 'Save Kent\u2019s scores' }).click();
  await panel.getByText('Kent\u2019s scores of J-PA-02 are saved.').waitFor();
  await panel.getByRole('button', { name: 'Close' }).first().click();
  await panel.waitFor({ state: 'detached' });
}

async function openMeeting(page: Page, day: string): Promise<void> {
  await openView(page, 'Board');
  await page.getByRole('heading', { name: 'Board meetings' }).waitFor();
  await page.getByRole('button', { name: day, exact: true }).click();
  await page.getByRole('heading', { name: `Programme board, ${day}` }).waitFor();
}

/** Runs in the page: MERGE a Board records item by direct REST as the signed-in person; the HTTP status. */
async function editFirstRecord(): Promise<number> {
  const base = '/sites/m365-programme/_api';
  const records = (await (await fetch(`${base}/web/lists/getByTitle('Board records')/items?$select=Id&$top=1`, { headers: { Accept: 'application/json;odata=nometadata' } })).json()) as { value: Array<{ Id: number }> };
  const digest = ((await (await fetch(`${base}/contextinfo`, { method: 'POST', headers: { Accept: 'application/json;odata=nometadata' } })).json()) as { FormDigestValue: string }).FormDigestValue;
  const r = await fetch(`${base}/web/lists/getByTitle('Board records')/items(${records.value[0].Id})`, {
    method: 'POST',
    headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;odata=nometadata', 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*', 'X-RequestDigest': digest },
    body: JSON.stringify({ Title: 'Rewritten after the fact' })
  });
  return r.status;
}

describe('board cycle: a meeting run end to end', () => {
  it('re-scores, logs, closes, prints the paper with its marking, and shows the next change at the next meeting', async () => {
    const { page, context } = await wb.open(KENT_BOARD, { query: QUERY });
    await screenshotOnFailure(page, 'board-cycle', async () => {
      // During the week: Kent re-scores the joint risk from 2 × 3 to 3 × 4.
      await rescoreKent(page, '3 \u2013 Possible', '4 \u2013 Major');

      // This week's meeting: the re-score is on its "since last board", compared with last week's closure.
      await openMeeting(page, '26 November 2026');
      const since = page.getByRole('region', { name: 'Since the last board' });
      await since.getByText('Compared with the board of 19 November 2026, as its closure froze it.').waitFor();
      await since.getByText(/Up from 2 \u00d7 3 = 6 to 3 \u00d7 4 = 12 \(worse\)/).first().waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // Log a decision and an action against the meeting.
      const log = page.getByRole('region', { name: 'Log a decision, action or issue' });
      await log.getByRole('textbox', { name: /^Title/ }).fill('Hold new Copilot features until assessed');
      await log.getByLabel('The decision and its rationale').fill('Features stay off until the platform team has assessed them.');
      await chooseOption(page, log, /^Topic/, 'Platform risk and assurance');
      await chooseOption(page, log, /^Force/, 'Joint (Kent and Essex)');
      await log.getByRole('button', { name: 'Log the decision' }).click();
      await log.getByText(/^D-\d+ is logged against this meeting\.$/).waitFor();
      await log.getByLabel('Action', { exact: true }).check();
      await log.getByRole('textbox', { name: /^Title/ }).fill('Publish the feature assessment checklist');
      await chooseOption(page, log, /^Topic/, 'Platform risk and assurance');
      await chooseOption(page, log, /^Force/, 'Kent');
      await log.getByRole('combobox', { name: /^Due/ }).fill('10/12/2026');
      await log.getByRole('combobox', { name: /^Due/ }).press('Tab');
      await log.getByRole('button', { name: 'Log the action' }).click();
      await log.getByText(/^A-\d+ is logged against this meeting\.$/).waitFor();

      // Close: the confirmation says what is frozen.
      // By keyboard, with visible focus: to "Close the meeting", Enter, then inside the dialog.
      await page.getByRole('button', { name: 'Edit the details' }).focus();
      await tabTo(page, (el) => el.tag === 'button' && el.name.includes('Close the meeting'), 5);
      await page.keyboard.press('Enter');
      const confirm = page.getByRole('alertdialog');
      await confirm.getByRole('list', { name: 'What closing freezes' }).waitFor();
      expect(await seriousAccessibilityViolations(page, '[role=alertdialog]')).toEqual([]);
      await tabTo(page, (el) => el.tag === 'button' && el.name.includes('Close and freeze'), 10);
      await page.keyboard.press('Enter');
      await page.getByText('The meeting of 26 November 2026 is closed and frozen; its board paper is ready.').waitFor();

      // The board paper, grouped by topic, carrying its marking.
      await page.getByRole('button', { name: 'Open the board paper' }).click();
      const paper = page.locator('[data-paper]');
      await paper.getByRole('heading', { name: 'Programme board paper, 26 November 2026' }).waitFor();
      const topics = (await paper.getByRole('heading').allTextContents()).filter((t) => /^\d\. /.test(t));
      expect(topics).toEqual([
        '1. Copilot deployment and governance',
        '2. Platform risk and assurance',
        '3. Licensing and finance',
        '4. Storage and records management',
        '5. National developments',
        '6. Training readiness',
        '7. Benefits realisation'
      ]);
      const platform = paper.locator('section', { has: page.getByRole('heading', { name: '2. Platform risk and assurance' }) });
      await platform.getByText('Hold new Copilot features until assessed', { exact: false }).first().waitFor();
      await platform.getByText('Publish the feature assessment checklist', { exact: false }).first().waitFor();
      await platform.getByText(/Up from 2 \u00d7 3 = 6 to 3 \u00d7 4 = 12 \(worse\)/).first().waitFor();
      expect(await paper.locator('.bp-marking').first().textContent()).toBe('OFFICIAL-SENSITIVE');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      // Printed: only the paper, with the marking fixed at the top and bottom (Chromium repeats fixed
      // elements on every printed page).
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const shown = (el: Element | null): boolean => el !== null && getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null;
        const fixed = Array.from(document.querySelectorAll('[data-paper] .bp-fixed')).map((el) => ({ text: el.textContent, position: getComputedStyle(el).position, shown: getComputedStyle(el).display !== 'none' }));
        return { fixed, tabs: shown(document.querySelector('[role=tablist]')), chrome: shown(document.querySelector('header, [data-workbench-bar]')) };
      });
      expect(printed.fixed).toEqual([
        { text: 'OFFICIAL-SENSITIVE', position: 'fixed', shown: true },
        { text: 'OFFICIAL-SENSITIVE', position: 'fixed', shown: true }
      ]);
      expect(printed.tabs).toBe(false);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.emulateMedia({ media: 'screen' });

      // After the meeting, Kent re-scores again (3 × 4 → 4 × 4).
      await rescoreKent(page, '4 \u2013 Likely', '4 \u2013 Major');

      // The closed meeting's paper keeps what it froze.
      await openMeeting(page, '26 November 2026');
      await page.getByRole('button', { name: 'Open the board paper' }).click();
      const frozen = page.locator('[data-paper] section', { has: page.getByRole('heading', { name: '2. Platform risk and assurance' }) });
      await frozen.getByText(/Up from 2 \u00d7 3 = 6 to 3 \u00d7 4 = 12 \(worse\)/).first().waitFor();
      expect(await frozen.getByText(/to 4 \u00d7 4 = 16/).count()).toBe(0);

      // The next meeting: created for 3 December, it shows the change since the board of 26 November.
      await openView(page, 'Register');
      await openView(page, 'Board');
      await page.getByRole('button', { name: 'Create a meeting' }).click();
      await page.getByRole('combobox', { name: /^Meeting date/ }).fill('03/12/2026');
      await page.getByRole('combobox', { name: /^Meeting date/ }).press('Tab');
      await page.getByRole('button', { name: 'Create the meeting' }).click();
      await page.getByRole('heading', { name: 'Programme board, 3 December 2026' }).waitFor();
      const next = page.getByRole('region', { name: 'Since the last board' });
      await next.getByText('Compared with the board of 26 November 2026, as its closure froze it.').waitFor();
      await next.getByText(/Up from 3 \u00d7 4 = 12 to 4 \u00d7 4 = 16 \(worse\)/).first().waitFor();
      expect(await next.getByText(/Up from 2 \u00d7 3 = 6/).count()).toBe(0);

      // The record of a closure is add-only: not even the board may rewrite it.
      expect(await page.evaluate(editFirstRecord)).toBe(403);
    });
    await context.close();
  });

  it('keeps the meeting and its paper usable at 320 px and in the Teams dark theme', async () => {
    const { page, context } = await wb.open(KENT_BOARD, { query: '?host=TeamsPersonalApp&theme=dark&parts=riskRegister', width: 320, height: 640 });
    await screenshotOnFailure(page, 'board-320', async () => {
      await openMeeting(page, '19 November 2026');
      expect(await overflowsHorizontally(page)).toBe(false);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Open the board paper' }).click();
      await page.locator('[data-paper]').getByRole('heading', { name: 'Programme board paper, 19 November 2026' }).waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });
    await context.close();
  });
});
