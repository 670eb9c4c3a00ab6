import { overflowsHorizontally } from './harness/checks';
import { openView } from './harness/views';
import { screenshotOnFailure, startWorkbench, type IWorkbenchFixture } from './harness/workbench';

// Every part at a tablet's width (768 px) and in a SharePoint page's narrowest column (a third of a
// 1280 px page, three columns): nothing wider than its column, so nothing scrolls sideways. (320 px is
// checked view by view in each part's own tests.)
let wb: IWorkbenchFixture;

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

const CASES: Array<{ part: string; upn: string; views: string[] }> = [
  { part: 'trainingTracker', upn: 'essex.traininglead@policing.example', views: ['My training', 'My team', 'Compliance', 'Modules'] },
  { part: 'solutionsCatalogue', upn: 'essex.champion@policing.example', views: ['Browse', 'Submit', 'Review queue', 'My submissions', 'Champions\u2019 desk'] },
  { part: 'riskRegister', upn: 'essex.board@policing.example', views: ['Register', 'Heat map', 'RAID and set-up', 'Board'] },
  { part: 'evaluationSurvey', upn: 'essex.evaluationlead@policing.example', views: ['Your answers', 'Results', 'Value for money', 'Surveys'] }
];

/**
 * The parts on the page wider than the column they sit in (after layout settles). Fluent's wrapping Stack
 * lets its inner row reach half its gap past each side (negative margins), so up to 16 px is not counted;
 * a wide table scrolling inside its own region is allowed (it does not widen the part).
 */
async function partsOverflowColumns(page: import('playwright-core').Page): Promise<string[]> {
  const wider = (): Promise<string[]> =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-part-host]')].filter((host) => host.scrollWidth > host.clientWidth + 16).map((host) => host.getAttribute('aria-label') ?? '?')
    );
  for (let i = 0; i < 10 && (await wider()).length > 0; i++) await page.waitForTimeout(200);
  return wider();
}

describe('widths between 320 px and full', () => {
  for (const { part, upn, views } of CASES) {
    it(`keeps ${part} within 768 px and within a one-third column`, async () => {
      for (const [query, width] of [
        [`?host=SharePointWebPart&layout=1&parts=${part}`, 768],
        [`?host=SharePointWebPart&layout=3&parts=${part},suite,suite`, 1280]
      ] as const) {
        const { page, context } = await wb.open(upn, { query, width, height: 900 });
        for (const view of views) {
          await screenshotOnFailure(page, `width-${width}-${part}-${view}`, async () => {
            await openView(page, view);
            await page.waitForLoadState('networkidle');
            await page.waitForFunction(() => document.querySelectorAll('.ms-Spinner').length === 0);
            expect([width, view, await overflowsHorizontally(page), await partsOverflowColumns(page)]).toEqual([width, view, false, []]);
          });
        }
        await context.close();
      }
    });
  }
});
