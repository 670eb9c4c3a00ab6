import { DATA_SITE_PATH } from '../../dev/demo/seed';
import { screenshotOnFailure, type IWorkbenchFixture } from './workbench';

export interface IBusyJourney {
  /** The board member who edits (each run its own, so runs in one workbench do not meet each other's saves). */
  upn: string;
  /** The risk edited. */
  title: string;
  /** What SharePoint says in Retry-After while it is busy. */
  retryAfterSeconds: number;
  /** The workbench's retry time budget for the part (`?retryBudget`), or the production default when absent. */
  budgetSeconds?: number;
  /** The retry line expected while the data layer waits. */
  retrying: RegExp;
  screenshot: string;
}

/**
 * A board member saves a risk while SharePoint answers every write to the register 503 for longer than the
 * data layer will wait: they are told SharePoint is busy with everything they typed kept, nothing was
 * written, and once SharePoint answers again one more Save writes it exactly once (one new version).
 * Returns how long the part waited before giving up.
 */
export async function busyJourney(wb: IWorkbenchFixture, j: IBusyJourney): Promise<number> {
  const typed = `Benefits are logged weekly by each force\u2019s lead; hours saved are not counted as cash (${j.screenshot}).`;
  const budget = j.budgetSeconds !== undefined ? `&retryBudget=${j.budgetSeconds}` : '';
  const { page, context } = await wb.open(j.upn, { query: `?host=TeamsTab&parts=riskRegister${budget}` });
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
      [DATA_SITE_PATH, j.title] as const
    );
  let waited = 0;
  await screenshotOnFailure(page, j.screenshot, async () => {
    const before = await readRisk();
    await page.getByRole('button', { name: j.title, exact: true }).first().click();
    const panel = page.getByRole('dialog');
    await panel.getByRole('button', { name: 'Edit', exact: true }).click();
    const controls = panel.getByLabel('Controls and mitigations in place');
    await controls.fill(typed);
    await wb.faults({ reset: true, throttleRate: 1, throttleStatus: 503, retryAfterSeconds: j.retryAfterSeconds, pathPattern: 'Risks' });
    const started = Date.now();
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('[data-retry-status]').filter({ hasText: j.retrying }).waitFor({ timeout: 30000 });
    await panel.getByText('SharePoint is busy. Nothing you entered is lost; try again in a minute.').waitFor({ timeout: 200000 });
    waited = (Date.now() - started) / 1000;
    expect(await controls.inputValue()).toBe(typed);
    expect(await panel.innerText()).not.toMatch(/odata|HTTP \d{3}|Exception/);
    await wb.faults({ reset: true });
    expect(await readRisk()).toEqual(before);
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await panel.getByRole('button', { name: 'Edit', exact: true }).waitFor({ timeout: 15000 });
    expect(await readRisk()).toEqual({ controls: typed, versions: before.versions + 1 });
  });
  await context.close();
  return waited;
}
