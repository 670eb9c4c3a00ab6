import { readFileSync } from 'fs';
import { overflowsHorizontally, seriousAccessibilityViolations } from './harness/checks';
import { openView } from './harness/views';
import { screenshotOnFailure, startWorkbench, type IWorkbenchFixture } from './harness/workbench';

// Subject access in the training tracker: a site owner finds everything the suite holds on one person,
// downloads it with its history and removes what the retention rules allow; a training lead (no Delete
// on People) is not offered the view, and SharePoint would refuse them anyway (subjectAccess.emulator.test).
let wb: IWorkbenchFixture;
const OWNER = 'essex.owner@policing.example';
const LEAD = 'essex.traininglead@policing.example';
const CALL_HANDLER = 'essex.callhandler@policing.example';
const TRAINING = { query: '?host=SharePointFullPage&parts=trainingTracker' };

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

/** Runs in the page: how many items a list holds under a sign-in column, read as the signed-in user. */
async function held([list, column, upn]: readonly [string, string, string]): Promise<number> {
  const r = await fetch(`/sites/m365-programme/_api/web/lists/getByTitle('${list}')/items?$select=Id&$filter=${column} eq '${upn}'`, { headers: { Accept: 'application/json;odata=nometadata' } });
  if (!r.ok) throw new Error(`${r.status}`);
  return ((await r.json()) as { value: unknown[] }).value.length;
}

describe('training tracker: subject access', () => {
  it('exports everything held on one person with its history, and removes what the rules allow', async () => {
    const { page, context } = await wb.open(OWNER, TRAINING);
    await screenshotOnFailure(page, 'subject-access', async () => {
      await openView(page, 'Subject access');
      const name = page.getByRole('textbox', { name: 'Sign-in name' });
      await name.fill('callhandler at essex');
      await page.getByRole('button', { name: 'Find records' }).click();
      await page.getByText('Enter a sign-in name such as name@force.police.uk.').waitFor();
      expect(await name.inputValue()).toBe('callhandler at essex');

      await name.fill(CALL_HANDLER);
      await page.keyboard.press('Enter');
      const table = page.getByRole('table', { name: 'Subject access' });
      await table.waitFor({ timeout: 30000 });
      const rows = await table.locator('tbody tr').allInnerTexts();
      expect(rows.some((r) => /^People\t1\t\d+\tKept while they are in the workforce and 6 years after they leave$/.test(r))).toBe(true);
      expect(rows.some((r) => /^Training completions\t\d+\t\d+\tKept while they are in the workforce/.test(r))).toBe(true);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      expect(await page.locator('[data-part-host]').innerText()).not.toMatch(/odata|HTTP \d{3}|Exception/);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the export (JSON)' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^subject-access-\d{4}-\d{2}-\d{2}\.json$/);
      const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { upn: string; sources: Array<{ listKey: string; items: Array<{ versions: unknown[] }> }> };
      expect(exported.upn).toBe(CALL_HANDLER);
      const completions = exported.sources.find((s) => s.listKey === 'trainingCompletions');
      expect(completions?.items.length).toBeGreaterThan(0);
      expect(completions?.items.every((i) => i.versions.length >= 1)).toBe(true);

      // Her own survey answers go; her training records and People row stay while she is in the workforce.
      const responsesBefore = await page.evaluate(held, ['Survey responses', 'svrUpn', CALL_HANDLER] as const);
      const completionsBefore = await page.evaluate(held, ['Training completions', 'trcUpn', CALL_HANDLER] as const);
      expect(responsesBefore).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Remove what the rules allow' }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.getByText(/^Remove \d+ items for good\?$/).waitFor();
      expect(await dialog.innerText()).toContain('Survey responses');
      await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
      await page.getByText(/^Removed \d+ items\./).waitFor({ timeout: 30000 });
      expect(await page.evaluate(held, ['Survey responses', 'svrUpn', CALL_HANDLER] as const)).toBe(0);
      expect(await page.evaluate(held, ['Training completions', 'trcUpn', CALL_HANDLER] as const)).toBe(completionsBefore);
      await page.getByText('Nothing can be removed today under the retention rules.').waitFor();

      // Narrow (a Teams tab on a phone): nothing scrolls sideways.
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await overflowsHorizontally(page)).toBe(false);
    });
    await context.close();
  });

  it('is not offered to a training lead, who holds no Delete on People', async () => {
    const { page, context } = await wb.open(LEAD, TRAINING);
    await screenshotOnFailure(page, 'subject-access-lead', async () => {
      await page.getByRole('tab', { name: 'Compliance' }).waitFor({ timeout: 30000 });
      expect(await page.getByRole('tab', { name: 'Subject access' }).count()).toBe(0);
    });
    await context.close();
  });
});
