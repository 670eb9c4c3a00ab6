import { overflowsHorizontally, pressUntilFocused, seriousAccessibilityViolations, tabTo } from './harness/checks';
import { HOSTILE_CORPUS } from './harness/hostile';
import { hostileInputFindings } from './harness/hostileCheck';
import { screenshotOnFailure, startWorkbench, type IWorkbenchFixture } from './harness/workbench';
import type { Page } from 'playwright-core';

// The evaluation survey beyond answering: results for two forces, value for money, the builder, and the
// shared checks (themes, 320 px, hostile free text) on the demo's Copilot evaluation.
let wb: IWorkbenchFixture;
const CALL_HANDLER = 'essex.callhandler@policing.example';
const KENT_LEAD = 'kent.evaluationlead@policing.example';
const ESSEX_LEAD = 'essex.evaluationlead@policing.example';

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

/** Opens a tab of the part; at 320 px the tabs that do not fit are in the Pivot's overflow menu. */
async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name });
  await page.getByRole('tablist').first().waitFor();
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByLabel('More views').click();
    await page.getByRole('menuitem', { name }).click();
  }
}

describe('evaluation survey: keyboard', () => {
  it('can be answered and submitted with the keyboard alone, focus always visible', async () => {
    const { page, context } = await wb.open('kent.pc@policing.example', { query: '?host=TeamsPersonalApp&parts=evaluationSurvey' });
    await screenshotOnFailure(page, 'survey-keyboard', async () => {
      await page.getByRole('radiogroup', { name: /How often do you use/ }).waitFor();
      await tabTo(page, (el) => el.role === 'radio' || el.tag === 'input', 40);
      // Arrow keys move through a radio group and choose as they go: up from the first wraps to "Never".
      await page.keyboard.press('ArrowUp');
      expect(await page.getByRole('radio', { name: 'Never' }).isChecked()).toBe(true);
      await tabTo(page, (el) => el.tag === 'textarea', 5);
      await page.keyboard.type('Keyboard only.');
      await tabTo(page, (el) => el.name === 'Submit your answers', 5);
      await page.keyboard.press('Enter');
      await page.getByText(/^Thank you — your answers for /).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });
    await context.close();
  });
});

describe('evaluation survey: results and value for money by keyboard', () => {
  it('lets a lead change the breakdown, publish through the dialog and price a licence with the keyboard alone', async () => {
    const { page, context } = await wb.open(ESSEX_LEAD, { query: '?host=SharePointFullPage&parts=evaluationSurvey' });
    await screenshotOnFailure(page, 'survey-keyboard-results', async () => {
      await page.getByRole('tablist').first().waitFor();
      // The Pivot is one tab stop: arrows move along it, Enter opens the tab.
      await tabTo(page, (el) => el.role === 'tab', 20);
      await pressUntilFocused(page, 'ArrowRight', (el) => el.role === 'tab' && el.name.startsWith('Results'));
      await page.keyboard.press('Enter');
      await page.getByRole('table', { name: /by force, the one-month survey$/ }).first().waitFor();

      await tabTo(page, (el) => el.role === 'combobox' && /Break down by/i.test(el.label), 30);
      await page.keyboard.press('Enter');
      await page.getByRole('option', { name: 'Department' }).waitFor();
      await pressUntilFocused(page, 'ArrowDown', (el) => el.role === 'option' && el.name === 'Department');
      await page.keyboard.press('Enter');
      await page.getByRole('table', { name: /by department, the one-month survey$/ }).first().waitFor();

      await tabTo(page, (el) => el.tag === 'button' && /Publish results/.test(el.name), 60);
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('alertdialog', { name: 'Publish these results?' });
      // Fluent's modal wrapper has no height of its own (its surface is fixed), so wait for what is in it.
      await dialog.getByRole('button', { name: 'Cancel' }).waitFor();
      // Focus is inside the dialog, and Tab stays there until it closes.
      await tabTo(page, (el) => el.tag === 'button' && /^\W*Publish\W*$/.test(el.name), 5);
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByText(/^Published on 23 November 2026; everyone in the workforce can now read these aggregates\.$/).waitFor();

      await page.keyboard.press('Shift+Tab');
      await tabTo(page, (el) => el.role === 'tab', 80);
      await pressUntilFocused(page, 'ArrowRight', (el) => el.role === 'tab' && el.name.startsWith('Value for money'));
      await page.keyboard.press('Enter');
      await page.getByRole('table', { name: 'Value for money: Essex' }).waitFor();
      await tabTo(page, (el) => el.tag === 'input' && /Hourly cost/.test(el.label), 80);
      await page.keyboard.type('30');
      await page.getByText(/At £30\.00 an hour, a licence costing £238\.00 a year .* is covered by 2\.12 minutes saved per user per day/).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });
    await context.close();
  });
});

describe('evaluation survey: free text', () => {
  it('saves any text typed as a comment exactly as typed, with nothing executed or injected', async () => {
    const { page, context, csp } = await wb.open(CALL_HANDLER, { query: '?parts=evaluationSurvey' });
    await screenshotOnFailure(page, 'survey-hostile-comment', async () => {
      const comment = page.getByRole('textbox', { name: /anything else you would like to tell/i });
      await comment.waitFor();
      const findings = await hostileInputFindings(
        page,
        csp,
        (since) => wb.emulator.log.entries(since),
        {
          field: comment,
          // The draft is saved on the server shortly after typing stops: wait for that write.
          submit: async () => {
            await page.waitForResponse((r) => /SurveyResponses/i.test(r.url()) && r.request().method() === 'POST' && r.status() < 300);
            await page.waitForLoadState('networkidle');
          }
        },
        HOSTILE_CORPUS
      );
      expect(findings).toEqual([]);
      // What the server holds reads back exactly as typed.
      await page.reload();
      await comment.waitFor();
      expect(await comment.inputValue()).toBe(HOSTILE_CORPUS[HOSTILE_CORPUS.length - 1]);
    });
    await context.close();
  });
});

describe('evaluation survey: results and value for money', () => {
  it('shows a lead live results for both forces and lets them publish; a colleague then reads the aggregates and never the free text', async () => {
    const lead = await wb.open(KENT_LEAD, { query: '?host=SharePointFullPage&parts=evaluationSurvey' });
    await screenshotOnFailure(lead.page, 'survey-results-lead', async () => {
      const page = lead.page;
      await openTab(page, 'Results');
      const byForce = page.getByRole('table', { name: /by force, the one-month survey$/ }).first();
      await byForce.waitFor();
      expect(await byForce.getByRole('rowheader').allTextContents()).toEqual(['Essex', 'Kent', 'All respondents']);
      await page.getByRole('heading', { name: 'Free-text answers: only evaluation leads see this' }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Publish results' }).click();
      await page.getByRole('alertdialog', { name: 'Publish these results?' }).getByRole('button', { name: 'Publish' }).click();
      await page.getByText('Published on 23 November 2026; everyone in the workforce can now read these aggregates.').waitFor();
    });
    await lead.context.close();

    const colleague = await wb.open(CALL_HANDLER, { query: '?host=TeamsTab&theme=dark&parts=evaluationSurvey' });
    await screenshotOnFailure(colleague.page, 'survey-results-colleague', async () => {
      const page = colleague.page;
      await openTab(page, 'Results');
      await page.getByText('Published on 23 November 2026; groups of fewer than 10 are left out.').waitFor();
      const byForce = page.getByRole('table', { name: /by force, the one-month survey$/ }).first();
      expect(await byForce.getByRole('rowheader').allTextContents()).toEqual(['Essex', 'Kent', 'All respondents']);
      expect(await page.getByRole('heading', { name: /Free-text answers/ }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Publish results' }).count()).toBe(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });
    await colleague.context.close();
  });

  it('prices a licence at £238 and gives the break-even minutes a day for the hourly cost entered', async () => {
    const { page, context } = await wb.open(ESSEX_LEAD, { query: '?parts=evaluationSurvey' });
    await screenshotOnFailure(page, 'survey-benefits', async () => {
      await openTab(page, 'Value for money');
      const essex = page.getByRole('table', { name: 'Value for money: Essex' });
      await essex.waitFor();
      const costPerLicence = essex.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Cost per licence' }) });
      expect(await costPerLicence.getByRole('cell').first().textContent()).toBe('£238.00');
      await page.getByRole('textbox', { name: 'Hourly cost (£)' }).fill('30');
      await page.getByText(/At £30\.00 an hour, a licence costing £238\.00 a year .* is covered by 2\.12 minutes saved per user per day/).waitFor();
    });
    await context.close();
  });
});

describe('evaluation survey: every view in each theme and at 320 px', () => {
  it('keeps the lead\u2019s views accessible in three themes and usable at 320 px without sideways scrolling', async () => {
    const tabs = ['Your answers', 'Results', 'Value for money', 'Surveys'];
    for (const theme of ['default', 'dark', 'contrast']) {
      const { page, context } = await wb.open(ESSEX_LEAD, { query: `?host=TeamsTab&theme=${theme}&parts=evaluationSurvey` });
      for (const tab of tabs) {
        await screenshotOnFailure(page, `survey-${theme}-${tab}`, async () => {
          await openTab(page, tab);
          await page.waitForLoadState('networkidle');
          await page.getByRole('tabpanel').getByRole('heading').first().waitFor();
          expect([theme, tab, await seriousAccessibilityViolations(page)]).toEqual([theme, tab, []]);
        });
      }
      await context.close();
    }
    const { page, context } = await wb.open(ESSEX_LEAD, { query: '?host=TeamsPersonalApp&parts=evaluationSurvey', width: 320, height: 640 });
    for (const tab of tabs) {
      await screenshotOnFailure(page, `survey-320-${tab}`, async () => {
        await openTab(page, tab);
        await page.waitForLoadState('networkidle');
        await page.getByRole('tabpanel').getByRole('heading').first().waitFor();
        expect([tab, await overflowsHorizontally(page)]).toEqual([tab, false]);
      });
    }
    await context.close();
  });
});
