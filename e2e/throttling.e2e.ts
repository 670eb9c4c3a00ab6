import { DATA_SITE_PATH } from '../dev/demo/seed';
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
    const TITLE = 'Time saved goes back to the front line';
    const TYPED = 'Benefits are logged weekly by each force\u2019s lead; hours saved are not counted as cash.';
    const { page, context } = await wb.open('essex.board@policing.example', { query: '?host=TeamsTab&parts=riskRegister' });
    const readRisk = (): Promise<{ controls: string; versions: number }> =>
      page.evaluate(
        async ([site, title]) => {
          const base = `${site}/_api/web/lists/getByTitle('Risks')/items`;
          const r = await fetch(`${base}?$select=Id,rskControls&$filter=Title eq '${title.replace(/'/g, "''")}'`, { headers: { Accept: 'application/json;odata=nometadata' } });
          const rows = (body: { value?: unknown[]; d?: { results?: unknown[] } }): unknown[] => body.value ?? body.d?.results ?? [];
          if (!r.ok) throw new Error(`${r.status} ${await r.text()}`);
          const item = rows(await r.json())[0] as { Id: number; rskControls: string | null };
          const v = await fetch(`${base}(${item.Id})/versions?$select=VersionLabel`, { headers: { Accept: 'application/json;odata=nometadata' } });
          if (!v.ok) throw new Error(`${v.status} ${await v.text()}`);
          return { controls: item.rskControls ?? '', versions: rows(await v.json()).length };
        },
        [DATA_SITE_PATH, TITLE] as const
      );
    await screenshotOnFailure(page, 'throttling-risk-save', async () => {
      const before = await readRisk();
      await page.getByRole('button', { name: TITLE, exact: true }).first().click();
      const panel = page.getByRole('dialog');
      await panel.getByRole('button', { name: 'Edit', exact: true }).click();
      const controls = panel.getByLabel('Controls and mitigations in place');
      await controls.fill(TYPED);
      // Every write to the register refused with 503 and Retry-After: 1 s, beyond the data layer's six attempts.
      await wb.faults({ reset: true, throttleRate: 1, throttleStatus: 503, retryAfterSeconds: 1, pathPattern: 'Risks' });
      await panel.getByRole('button', { name: 'Save changes' }).click();
      await page.locator('[data-retry-status]').filter({ hasText: /Trying again in 1 s/ }).waitFor({ timeout: 15000 });
      await panel.getByText('SharePoint is busy. Nothing you entered is lost; try again in a minute.').waitFor({ timeout: 30000 });
      expect(await controls.inputValue()).toBe(TYPED);
      expect(await panel.innerText()).not.toMatch(/odata|HTTP \d{3}|Exception/);
      await wb.faults({ reset: true });
      expect(await readRisk()).toEqual(before);
      await panel.getByRole('button', { name: 'Save changes' }).click();
      await panel.getByRole('button', { name: 'Edit', exact: true }).waitFor({ timeout: 15000 });
      expect(await readRisk()).toEqual({ controls: TYPED, versions: before.versions + 1 });
    });
    await context.close();
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

