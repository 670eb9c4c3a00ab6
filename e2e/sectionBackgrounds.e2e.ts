import { seriousAccessibilityViolations } from './harness/checks';
import { openView } from './harness/views';
import { screenshotOnFailure, startWorkbench, type IWorkbenchFixture } from './harness/workbench';

// SharePoint section backgrounds (neutral, soft, strong) hand a web part a theme variant: every part's
// views must keep WCAG AA contrast on each, including its text, links, messages and field errors.
let wb: IWorkbenchFixture;

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

const CASES: Array<{ part: string; upn: string; views: string[] }> = [
  { part: 'trainingTracker', upn: 'essex.traininglead@policing.example', views: ['My training', 'Compliance'] },
  { part: 'solutionsCatalogue', upn: 'essex.champion@policing.example', views: ['Browse', 'Submit'] },
  { part: 'riskRegister', upn: 'essex.board@policing.example', views: ['Register', 'Heat map'] },
  { part: 'evaluationSurvey', upn: 'essex.evaluationlead@policing.example', views: ['Your answers', 'Results'] }
];

describe('SharePoint section backgrounds', () => {
  for (const { part, upn, views } of CASES) {
    it(`keeps ${part} readable on neutral, soft and strong sections`, async () => {
      for (const background of ['neutral', 'soft', 'strong']) {
        const { page, context } = await wb.open(upn, { query: `?host=SharePointWebPart&background=${background}&parts=${part}` });
        for (const view of views) {
          await screenshotOnFailure(page, `section-${background}-${part}-${view}`, async () => {
            await openView(page, view);
            await page.waitForLoadState('networkidle');
            await page.waitForFunction(() => document.querySelectorAll('.ms-Spinner').length === 0);
            expect([background, view, await seriousAccessibilityViolations(page)]).toEqual([background, view, []]);
          });
        }
        await context.close();
      }
    });
  }
});
