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
});
