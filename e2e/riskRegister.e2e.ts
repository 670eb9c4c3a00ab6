import { overflowsHorizontally, seriousAccessibilityViolations } from './harness/checks';
import { openView } from './harness/views';
import { screenshotOnFailure, startWorkbench, type IWorkbenchFixture } from './harness/workbench';

// The governance risk register (not released yet) on the demo's 80 risks: the shared checks on every view.
let wb: IWorkbenchFixture;
const BOARD = 'essex.board@policing.example';

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});


describe('risk register: every view in each theme and at 320 px', () => {
  it('keeps a board member\u2019s views accessible in three themes and usable at 320 px without sideways scrolling', async () => {
    const tabs = ['Register', 'Heat map', 'RAID and set-up', 'Board'];
    for (const theme of ['default', 'dark', 'contrast']) {
      const { page, context } = await wb.open(BOARD, { query: `?host=TeamsTab&theme=${theme}&parts=riskRegister` });
      for (const tab of tabs) {
        await screenshotOnFailure(page, `risks-${theme}-${tab}`, async () => {
          await openView(page, tab);
          await page.waitForLoadState('networkidle');
          await page.getByRole('tab', { name: tab, exact: true }).or(page.getByRole('menuitem', { name: tab, exact: true })).first().waitFor({ state: 'attached' });
          await page.waitForFunction(() => document.querySelectorAll('.ms-Spinner').length === 0);
          expect([theme, tab, await seriousAccessibilityViolations(page)]).toEqual([theme, tab, []]);
        });
      }
      await context.close();
    }
    const { page, context } = await wb.open(BOARD, { query: '?host=TeamsPersonalApp&parts=riskRegister', width: 320, height: 640 });
    for (const tab of tabs) {
      await screenshotOnFailure(page, `risks-320-${tab}`, async () => {
        await openView(page, tab);
        await page.waitForLoadState('networkidle');
        await page.waitForFunction(() => document.querySelectorAll('.ms-Spinner').length === 0);
        expect([tab, await overflowsHorizontally(page)]).toEqual([tab, false]);
      });
    }
    await context.close();
  });
});
