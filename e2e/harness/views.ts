import type { Locator, Page } from 'playwright-core';

/**
 * Opens a part's view tab by name, through the "More views" menu when the tab row has no room for it.
 * Fluent's Pivot renders every tab, then measures and hides the ones that do not fit (and shows them all
 * again for a frame whenever it re-renders), so the choice is made on what is laid out at that moment,
 * and made again if the row changed under the click.
 */
export async function openView(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  const more = page.getByLabel('More views').first();
  await tab.or(more).first().waitFor({ state: 'attached' });
  for (let attempt = 0; attempt < 20; attempt++) {
    // A tab moved into the menu is display: none, so out of the accessibility tree: no match at all.
    const fits = (await tab.count()) > 0 && await tab.evaluate((t) => {
      const row = t.closest('[role=tablist]') as HTMLElement;
      const r = t.getBoundingClientRect();
      const box = row.getBoundingClientRect();
      return t.getAttribute('data-is-overflowing') !== 'true' && r.width > 0 && r.right <= box.right + 1;
    }, undefined, { timeout: 2000 }).catch(() => false);
    try {
      if (fits) await tab.click({ timeout: 2000 });
      else {
        await more.click({ timeout: 2000 });
        await page.getByRole('menuitem', { name, exact: true }).click({ timeout: 2000 });
      }
      return;
    } catch {
      await page.keyboard.press('Escape');
      await page.waitForTimeout(250);
    }
  }
  throw new Error(`Could not open the view ${name}`);
}

/** Chooses an option of a Fluent dropdown found by its label inside `scope` (the list opens in a layer on the page). */
export async function chooseOption(page: Page, scope: Page | Locator, label: RegExp, option: string): Promise<void> {
  // On a loaded machine a click can land while the dropdown re-renders and the list not open: click again.
  for (let attempt = 1; ; attempt++) {
    await scope.getByRole('combobox', { name: label }).click();
    try {
      await page.getByRole('option', { name: option, exact: true }).click({ timeout: 5000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}
