import { overflowsHorizontally, seriousAccessibilityViolations } from './harness/checks';
import { HOSTILE_CORPUS } from './harness/hostile';
import { hostileInputFindings } from './harness/hostileCheck';
import { screenshotOnFailure, startWorkbench, type IWorkbenchFixture } from './harness/workbench';
import type { Page } from 'playwright-core';

// The evaluation survey beyond answering: results for two forces, value for money, the builder, and the
// shared checks (themes, 320 px, hostile free text) on the demo's Copilot evaluation.
let wb: IWorkbenchFixture;
const CALL_HANDLER = 'essex.callhandler@policing.example';

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
