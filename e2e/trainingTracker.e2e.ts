import { seriousAccessibilityViolations, tabTo } from './harness/checks';
import { screenshotOnFailure, startWorkbench, type IWorkbenchFixture } from './harness/workbench';

// My training, as the Essex call handler of the demo data: attest to the new acceptable-use policy.
let wb: IWorkbenchFixture;
const callHandler = 'essex.callhandler@policing.example';

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

describe('training tracker: my training', () => {
  it('records an attestation by keyboard alone, and it is still done after a reload', async () => {
    const { page, context } = await wb.open(callHandler, { query: '?host=TeamsPersonalApp&theme=default&parts=trainingTracker' });
    await screenshotOnFailure(page, 'my-training-attest', async () => {
      const card = page.locator('[data-module="acceptable-use"]');
      await card.waitFor();
      expect(await card.getAttribute('data-state')).not.toBe('done');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await tabTo(page, (el) => el.name === 'Record completion of Acceptable use of Microsoft 365', 80);
      await page.keyboard.press('Enter');
      const box = page.getByRole('checkbox', { name: 'I have read and understood version 2 of Acceptable use of Microsoft 365.' });
      await box.waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await box.focus();
      await page.keyboard.press('Space');
      await tabTo(page, (el) => el.name === 'Submit', 5);
      await page.keyboard.press('Enter');

      await page.locator('[data-module="acceptable-use"][data-state="done"]').waitFor();
      // The knowledge check on AI limitations is still to pass (the manager journey passes it), so no licence yet.
      await page.getByText('Complete the mandatory modules to be given a Copilot licence.').waitFor();
      await page.reload();
      await page.locator('[data-module="acceptable-use"][data-state="done"]').waitFor();
    });
    await context.close();
  });

  it('refuses to record without the attestation ticked, with a clear message', async () => {
    const { page, context } = await wb.open('kent.pc@policing.example', { query: '?parts=trainingTracker' });
    const button = page.locator('[data-state]:not([data-state="done"]) button').first();
    await button.waitFor();
    await button.click();
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('Tick the box to confirm before recording your completion.').waitFor();
    await context.close();
  });
});
