import { PERSONAS } from '../dev/demo/personas';
import { seriousAccessibilityViolations } from './harness/checks';
import { screenshotOnFailure, startWorkbench, type IWorkbenchFixture } from './harness/workbench';

// A new data site: the parts say so, and only a site owner gets the button that sets the lists up.
let wb: IWorkbenchFixture;
const owner = PERSONAS.filter((p) => p.role === 'owner')[0].upn;
const callHandler = 'essex.callhandler@policing.example';

beforeAll(async () => {
  wb = await startWorkbench({ unprovisioned: true });
});

afterAll(async () => {
  await wb.close();
});

describe('setting up the data site from a part', () => {
  it('tells a colleague without rights to ask a site owner, and offers no button', async () => {
    const { page, context } = await wb.open(callHandler, { query: '?parts=trainingTracker' });
    await page.getByText(/Ask a site owner of the suite\u2019s data site/).waitFor();
    expect(await page.getByRole('button', { name: 'Set up now' }).count()).toBe(0);
    await context.close();
  });

  it('lets the site owner set everything up in one action; afterwards the notice is gone', async () => {
    const { page, context } = await wb.open(owner, { query: '?parts=trainingTracker' });
    await screenshotOnFailure(page, 'set-up', async () => {
      await page.getByText(/need setting up or upgrading: Suite settings, People/).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Set up now' }).click();
      await page.getByText(/Set-up finished: \d+ changes made/).waitFor({ timeout: 30000 });
      await page.getByText(/Members group can still manage lists/).waitFor();
    });
    await context.close();
    const again = await wb.open(owner, { query: '?parts=trainingTracker' });
    await again.page.waitForTimeout(500);
    expect(await again.page.getByText(/need setting up/).count()).toBe(0);
    await again.context.close();
  });
});
