import { busyJourney } from './harness/busyJourney';
import { startWorkbench, screenshotOnFailure, type IWorkbenchFixture } from './harness/workbench';

// When SharePoint throttles a part's requests, the part says so (politely, in words) while the data layer
// waits out Retry-After, and carries on by itself once SharePoint answers again.
let wb: IWorkbenchFixture;

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

describe('throttled by SharePoint', () => {
  it('announces that it is trying again, then shows the data once SharePoint answers', async () => {
    await wb.faults({ reset: true, throttleRate: 1, throttleStatus: 429, retryAfterSeconds: 1, pathPattern: 'TrainingCompletions' });
    const { page, context } = await wb.open('essex.callhandler@policing.example', { query: '?host=TeamsTab&parts=trainingTracker' });
    await screenshotOnFailure(page, 'throttling-training', async () => {
      const status = page.locator('[data-part-host] [data-retry-status]');
      expect(await status.getAttribute('role')).toBe('status');
      await status.filter({ hasText: /SharePoint is busy\. Trying again in 1 s \(attempt [2-5] of 6\)/ }).waitFor({ timeout: 15000 });
      await wb.faults({ reset: true });
      await page.locator('[data-module]').first().waitFor({ timeout: 15000 });
      await page.waitForFunction(() => document.querySelector('[data-part-host] [data-retry-status]')?.textContent === '', undefined, { timeout: 5000 });
      expect(await page.locator('[data-part-host]').innerText()).not.toMatch(/odata|HTTP \d{3}|Exception/);
    });
    await context.close();
  });

  it('keeps what a board member typed when SharePoint stays busy past the retries, and saves it exactly once when asked again', async () => {
    // Retry-After 1 s: the data layer's six attempts run out first.
    await busyJourney(wb, { upn: 'essex.board@policing.example', title: 'Time saved goes back to the front line', retryAfterSeconds: 1, retrying: /Trying again in 1 s/, screenshot: 'throttling-risk-save' });
  });

  it('gives up when SharePoint stays busy past a 10-second budget, keeping what was typed, and saves it once when asked again', async () => {
    // Retry-After 4 s with a 10-second budget: attempts at 0, 4 and 8 s, then a fourth wait would overrun it.
    const waited = await busyJourney(wb, {
      upn: 'kent.board@policing.example',
      title: 'Time saved goes back to the front line',
      retryAfterSeconds: 4,
      budgetSeconds: 10,
      retrying: /Trying again in 4 s \(attempt [23] of 6\)/,
      screenshot: 'throttling-risk-budget'
    });
    expect(waited).toBeGreaterThanOrEqual(8);
  });
});

describe('leaving with unsaved changes', () => {
  it('makes the browser ask before a board member closes the tab with a risk half edited', async () => {
    const { page, context } = await wb.open('kent.board@policing.example', { query: '?host=TeamsTab&parts=riskRegister' });
    await screenshotOnFailure(page, 'leave-warning', async () => {
      await page.getByRole('button', { name: 'Time saved goes back to the front line', exact: true }).first().click();
      const panel = page.getByRole('dialog');
      await panel.getByRole('button', { name: 'Edit', exact: true }).click();
      await panel.getByLabel('Controls and mitigations in place').fill('Half-written controls');
      const asked: string[] = [];
      page.on('dialog', (dialog) => {
        asked.push(dialog.type());
        dialog.dismiss().catch(() => undefined);
      });
      await page.close({ runBeforeUnload: true });
      await page.waitForTimeout(500);
      expect(asked).toEqual(['beforeunload']);
      expect(page.isClosed()).toBe(false);
    });
    await context.close();
  });
});

