import type { Page } from 'playwright-core';
import { overflowsHorizontally, seriousAccessibilityViolations, tabTo } from './harness/checks';
import { HOSTILE_SAMPLE } from './harness/hostile';
import { hostileInputFindings } from './harness/hostileCheck';
import { screenshotOnFailure, startWorkbench, type IWorkbenchFixture } from './harness/workbench';

// The manager and training lead journeys on the demo data: a call handler passes a knowledge check and
// her manager's dashboard shows it after Refresh; a lead publishes a new acceptable-use version and the
// attestation is due again; the shared checks on every view these people use.
let wb: IWorkbenchFixture;
const CALL_HANDLER = 'essex.callhandler@policing.example';
const MANAGER = 'essex.manager@policing.example';
const LEAD = 'essex.traininglead@policing.example';

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

async function openTab(page: Page, tab: string): Promise<void> {
  await page.getByRole('tab', { name: tab }).click();
}

async function essexDoneInContactManagement(page: Page): Promise<number> {
  const cell = page.locator('table:has(caption:text-is("Completion by Department: Essex, All mandatory modules")) tr:has(th:text-is("Contact management")) td').nth(1);
  await cell.waitFor();
  return Number((await cell.innerText()).replace(/[^0-9]/g, ''));
}

/** Ticks a Fluent checkbox as a keyboard user does (its styled label sits over the input). */
async function tick(page: Page, name: string): Promise<void> {
  const box = page.getByRole('checkbox', { name });
  await box.focus();
  await page.keyboard.press('Space');
  expect(await box.isChecked()).toBe(true);
}

async function chooseEssex(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Force' }).click();
  await page.getByRole('option', { name: 'Essex' }).click();
}

describe('training tracker: manager and lead journeys', () => {
  it('shows a call handler\u2019s passed knowledge check on her manager\u2019s dashboard after Refresh, and names her in the drill', async () => {
    const manager = await wb.open(MANAGER, { query: '?parts=trainingTracker' });
    const learner = await wb.open(CALL_HANDLER, { query: '?parts=trainingTracker' });
    await screenshotOnFailure(manager.page, 'dashboard-manager', async () => {
      await openTab(manager.page, 'Compliance');
      await chooseEssex(manager.page);
      const before = await essexDoneInContactManagement(manager.page);

      const { page } = learner;
      await page.locator('[data-module="ai-limitations"]').waitFor();
      expect(await page.locator('[data-module="ai-limitations"]').getAttribute('data-state')).not.toBe('done');
      await page.getByRole('button', { name: 'Record completion of Limitations of AI outputs' }).click();
      const answer = async (question: string, option: string): Promise<void> => {
        await page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: option }).check();
      };
      await answer('1. Copilot can state things that are not true, confidently.', 'True');
      await answer('2. A Copilot summary of a witness statement can go into evidence unchecked.', 'False');
      await answer('3. What do you do when Copilot gets something wrong?', 'Correct it and report a poor output');
      await tick(page, 'I have completed Limitations of AI outputs.');
      await page.getByRole('button', { name: 'Submit' }).click();
      await page.locator('[data-module="ai-limitations"][data-state="done"]').waitFor();

      // The documented refresh: the dashboard reads the completions made since the rebuild on Refresh.
      await manager.page.getByRole('button', { name: 'Refresh' }).click();
      await manager.page.getByText(/plus 251 completions recorded since/).waitFor();
      expect(await essexDoneInContactManagement(manager.page)).toBe(before + 1);

      await manager.page
        .locator('table:has(caption:text-is("Completion by Department: Essex, All mandatory modules")) tr:has(th:text-is("Contact management"))')
        .getByRole('button', { name: /^Show the .* Done in Contact management$/ })
        .click();
      const panel = manager.page.getByRole('list', { name: 'Done: your direct reports in Contact management' });
      await panel.waitFor();
      await panel.locator('li', { hasText: 'Chloe Barnes' }).filter({ hasText: 'Limitations of AI outputs' }).waitFor();
      expect(await seriousAccessibilityViolations(manager.page)).toEqual([]);
    });
    await manager.context.close();
    await learner.context.close();
  });

  it('makes the acceptable-use attestation due again when a lead publishes a new version', async () => {
    const learner = await wb.open(CALL_HANDLER, { query: '?parts=trainingTracker' });
    const lead = await wb.open(LEAD, { query: '?parts=trainingTracker' });
    await screenshotOnFailure(lead.page, 'publish-policy-version', async () => {
      const card = learner.page.locator('[data-module="acceptable-use"]');
      await card.waitFor();
      if ((await card.getAttribute('data-state')) !== 'done') {
        await learner.page.getByRole('button', { name: 'Record completion of Acceptable use of Microsoft 365' }).click();
        await tick(learner.page, 'I have read and understood version 2 of Acceptable use of Microsoft 365.');
        await learner.page.getByRole('button', { name: 'Submit' }).click();
        await learner.page.locator('[data-module="acceptable-use"][data-state="done"]').waitFor();
      }

      await openTab(lead.page, 'Modules');
      await lead.page.getByRole('button', { name: 'Publish a new policy version of Acceptable use of Microsoft 365' }).click();
      await lead.page.getByRole('button', { name: 'Publish version 3' }).click();
      await lead.page.locator('[data-module="acceptable-use"]', { hasText: 'Version 3' }).waitFor();

      await learner.page.reload();
      await learner.page.locator('[data-module="acceptable-use"]').waitFor();
      expect(await learner.page.locator('[data-module="acceptable-use"]').getAttribute('data-state')).not.toBe('done');
      await learner.page.getByRole('button', { name: 'Record completion of Acceptable use of Microsoft 365' }).click();
      await learner.page.getByRole('checkbox', { name: 'I have read and understood version 3 of Acceptable use of Microsoft 365.' }).waitFor();
    });
    await learner.context.close();
    await lead.context.close();
  });

  it('lets a training lead reach the dashboard, a drill and back by keyboard alone', async () => {
    const { page, context } = await wb.open(LEAD, { query: '?parts=trainingTracker' });
    await screenshotOnFailure(page, 'dashboard-keyboard', async () => {
      await page.getByRole('heading', { name: 'My training' }).first().waitFor();
      await tabTo(page, (el) => el.role === 'tab' && el.name === 'My training', 60);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Compliance' }).first().waitFor();
      await tabTo(page, (el) => /^Show the .* Overdue in /.test(el.name), 80);
      const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      await page.keyboard.press('Enter');
      const list = page.getByRole('list', { name: /^Overdue: / });
      await list.waitFor();
      expect(await list.locator('li').count()).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      // Focus returns to the number that opened the list.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toBe(name);
    });
    await context.close();
  });

  it('keeps every manager and lead view accessible in each theme and usable at 320 px', async () => {
    const views: Array<[string, string]> = [
      [MANAGER, 'Compliance'],
      [MANAGER, 'My team'],
      [LEAD, 'Modules']
    ];
    for (const theme of ['default', 'dark', 'contrast']) {
      for (const [upn, tab] of views) {
        const { page, context } = await wb.open(upn, { query: `?host=TeamsTab&theme=${theme}&parts=trainingTracker` });
        await screenshotOnFailure(page, `views-${theme}-${tab}`, async () => {
          await openTab(page, tab);
          await page.getByRole('heading', { name: tab === 'Modules' ? 'Training modules' : tab }).first().waitFor();
          await page.waitForLoadState('networkidle');
          expect([theme, tab, await seriousAccessibilityViolations(page)]).toEqual([theme, tab, []]);
        });
        await context.close();
      }
    }
    for (const [upn, tab] of views) {
      const { page, context } = await wb.open(upn, { query: '?host=TeamsPersonalApp&theme=default&parts=trainingTracker', width: 320, height: 640 });
      await screenshotOnFailure(page, `views-320-${tab}`, async () => {
        // At 320 px the tabs that do not fit move into the Pivot's overflow menu.
        await page.getByRole('heading', { name: 'My training' }).first().waitFor();
        await page.waitForLoadState('networkidle');
        const tabButton = page.getByRole('tab', { name: tab });
        if (await tabButton.isVisible()) await tabButton.click();
        else {
          await page.getByLabel('More views').click();
          await page.getByRole('menuitem', { name: tab }).click();
        }
        await page.getByRole('heading', { name: tab === 'Modules' ? 'Training modules' : tab }).first().waitFor();
        await page.waitForLoadState('networkidle');
        expect([tab, await overflowsHorizontally(page)]).toEqual([tab, false]);
      });
      await context.close();
    }
  });

  it('saves any text a lead types as a module title exactly as typed, with nothing executed or injected', async () => {
    const { page, context, csp } = await wb.open(LEAD, { query: '?parts=trainingTracker' });
    await screenshotOnFailure(page, 'module-title-hostile', async () => {
      await openTab(page, 'Modules');
      const row = page.locator('tr[data-module="prompt-writing"]');
      const edit = async (): Promise<void> => {
        await row.getByRole('button', { name: /^Edit/ }).click();
        await page.getByRole('textbox', { name: /^Module title/ }).waitFor();
      };
      await edit();
      const findings = await hostileInputFindings(
        page,
        csp,
        (since) => wb.emulator.log.entries(since),
        {
          field: page.getByRole('textbox', { name: /^Module title/ }),
          submit: async () => {
            await page.getByRole('button', { name: 'Save' }).click();
            await page.getByRole('textbox', { name: /^Module title/ }).waitFor({ state: 'detached' });
            await page.waitForLoadState('networkidle');
            // Open the editor again for the next input; the saved title stays readable in the row behind it.
            await edit();
          },
          shownIn: () => row.locator('th')
        },
        HOSTILE_SAMPLE
      );
      expect(findings).toEqual([]);
    });
    await context.close();
  });
});
