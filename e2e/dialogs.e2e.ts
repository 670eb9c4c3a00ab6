import type { Locator, Page } from 'playwright-core';
import { eventually, focusEscapes, focusIsOn } from './harness/checks';
import { openView } from './harness/views';
import { screenshotOnFailure, startWorkbench, type IWorkbenchFixture } from './harness/workbench';

// Every part's dialogs and panels keep the keyboard inside while open (Tab and Shift+Tab never leave) and
// give focus back to what opened them when closed by Escape or Cancel (WCAG 2.4.3 focus order).
let wb: IWorkbenchFixture;

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

interface IDialogCase {
  /** What opens it; focus must come back here. */
  opener: Locator;
  /** The open dialog (or panel) and something in it to wait for. */
  dialog: Locator;
  ready: Locator;
  /** Closes it without saving; Escape when absent. */
  close?: Locator;
}

/** Opens by keyboard (Enter on the opener), checks the trap, closes, checks focus is back on the opener. */
async function trapsAndReturns(page: Page, c: IDialogCase): Promise<void> {
  await c.opener.focus();
  await page.keyboard.press('Enter');
  await c.ready.waitFor({ timeout: 30000 });
  expect(await focusEscapes(page, c.dialog)).toBeUndefined();
  if (c.close) await c.close.click();
  else await page.keyboard.press('Escape');
  await c.ready.waitFor({ state: 'detached' });
  expect(await eventually(() => focusIsOn(c.opener), true, 5000)).toBe(true);
}

describe('dialogs and panels: focus stays inside, then returns', () => {
  it('training tracker: the record-completion dialog and the subject access confirmation', async () => {
    const learner = await wb.open('essex.callhandler@policing.example', { query: '?host=TeamsPersonalApp&parts=trainingTracker' });
    await screenshotOnFailure(learner.page, 'dialogs-training', async () => {
      const page = learner.page;
      // Fluent gives a blocking dialog the alertdialog role.
      const dialog = page.getByRole('alertdialog');
      await trapsAndReturns(page, {
        opener: page.getByRole('button', { name: 'Record completion of Acceptable use of Microsoft 365' }),
        dialog,
        ready: page.getByRole('checkbox', { name: /^I have read and understood/ }),
        close: dialog.getByRole('button', { name: 'Cancel' })
      });
    });
    await learner.context.close();

    const owner = await wb.open('essex.owner@policing.example', { query: '?host=SharePointFullPage&parts=trainingTracker' });
    await screenshotOnFailure(owner.page, 'dialogs-subject-access', async () => {
      const page = owner.page;
      await openView(page, 'Subject access');
      await page.getByRole('textbox', { name: 'Sign-in name' }).fill('essex.callhandler@policing.example');
      await page.keyboard.press('Enter');
      const confirm = page.getByRole('alertdialog');
      await trapsAndReturns(page, {
        opener: page.getByRole('button', { name: 'Remove what the rules allow' }),
        dialog: confirm,
        ready: confirm.getByRole('button', { name: 'Remove', exact: true }),
        close: confirm.getByRole('button', { name: 'Cancel' })
      });
    });
    await owner.context.close();
  });

  it('solutions catalogue: an entry\u2019s panel', async () => {
    const { page, context } = await wb.open('essex.pc@policing.example', { query: '?host=SharePointFullPage&parts=solutionsCatalogue' });
    await screenshotOnFailure(page, 'dialogs-catalogue', async () => {
      await page.getByRole('searchbox', { name: 'Search the catalogue' }).fill('minutes');
      const opener = page.locator('[data-entry] button').first();
      await opener.waitFor({ timeout: 30000 });
      const dialog = page.getByRole('dialog');
      await trapsAndReturns(page, { opener, dialog, ready: dialog.getByRole('heading').first() });
    });
    await context.close();
  });

  it('risk register: a risk\u2019s panel and the close-meeting confirmation', async () => {
    const { page, context } = await wb.open('kent.board@policing.example', { query: '?host=SharePointFullPage&parts=riskRegister' });
    await screenshotOnFailure(page, 'dialogs-risk', async () => {
      const dialog = page.getByRole('dialog');
      await trapsAndReturns(page, {
        opener: page.getByRole('button', { name: 'Time saved goes back to the front line', exact: true }).first(),
        dialog,
        ready: dialog.getByRole('heading', { name: 'Change history' })
      });
      await openView(page, 'Board');
      await page.getByRole('button', { name: '26 November 2026', exact: true }).click();
      const confirm = page.getByRole('alertdialog');
      await trapsAndReturns(page, {
        opener: page.getByRole('button', { name: /Close the meeting/ }),
        dialog: confirm,
        ready: confirm.getByRole('list', { name: 'What closing freezes' }),
        close: confirm.getByRole('button', { name: 'Cancel' })
      });
    });
    await context.close();
  });

  it('evaluation survey: the publish confirmation', async () => {
    const { page, context } = await wb.open('kent.evaluationlead@policing.example', { query: '?host=SharePointFullPage&parts=evaluationSurvey' });
    await screenshotOnFailure(page, 'dialogs-survey', async () => {
      await openView(page, 'Results');
      const confirm = page.getByRole('alertdialog', { name: 'Publish these results?' });
      await trapsAndReturns(page, {
        opener: page.getByRole('button', { name: 'Publish results' }),
        dialog: confirm,
        ready: confirm.getByRole('button', { name: 'Publish', exact: true }),
        close: confirm.getByRole('button', { name: 'Cancel' })
      });
    });
    await context.close();
  });
});
