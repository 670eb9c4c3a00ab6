import { seriousAccessibilityViolations } from './harness/checks';
import { screenshotOnFailure, startWorkbench, type IWorkbenchFixture } from './harness/workbench';

// Teams tells a tab when the person switches theme; every part must re-theme in place: no reload, its own
// text and its Fluent controls in the new theme's colours, and still without serious axe findings.
let wb: IWorkbenchFixture;

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

// Body text of the suite's Teams themes (src/ui/host/themes.ts), as the browser computes them.
const BODY_TEXT: Record<string, string> = { default: 'rgb(37, 36, 35)', dark: 'rgb(255, 255, 255)', contrast: 'rgb(255, 255, 255)' };
const PARTS: Array<{ part: string; upn: string }> = [
  { part: 'trainingTracker', upn: 'essex.traininglead@policing.example' },
  { part: 'solutionsCatalogue', upn: 'essex.champion@policing.example' },
  { part: 'riskRegister', upn: 'essex.board@policing.example' },
  { part: 'evaluationSurvey', upn: 'essex.evaluationlead@policing.example' }
];

describe('Teams theme switched live', () => {
  for (const { part, upn } of PARTS) {
    it(`re-themes ${part} without reloading`, async () => {
      const { page, context } = await wb.open(upn, { query: `?host=TeamsTab&theme=default&parts=${part}` });
      await page.waitForLoadState('networkidle');
      await page.waitForFunction(() => document.querySelectorAll('.ms-Spinner').length === 0);
      await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
      const colours = async (): Promise<{ text: string; tab: string }> =>
        page.evaluate(() => {
          const host = document.querySelector('[data-part-host]') as HTMLElement;
          const tab = host.querySelector('[role="tab"]') as HTMLElement;
          return { text: getComputedStyle(host).color, tab: getComputedStyle(tab).color };
        });
      const before = await colours();
      expect(before.text).toBe(BODY_TEXT.default);
      for (const [theme, label] of [
        ['dark', 'Dark'],
        ['contrast', 'High contrast'],
        ['default', 'Default']
      ]) {
        await screenshotOnFailure(page, `theme-switch-${part}-${theme}`, async () => {
          await page.getByRole('combobox', { name: 'Teams theme' }).click();
          await page.getByRole('option', { name: label, exact: true }).click();
          await page.waitForSelector(`[data-part-host][data-theme="${theme}"]`);
          const now = await colours();
          expect([theme, now.text]).toEqual([theme, BODY_TEXT[theme]]);
          if (theme !== 'default') expect([theme, now.tab === before.tab]).toEqual([theme, false]);
          else expect(now).toEqual(before);
          expect([theme, await seriousAccessibilityViolations(page)]).toEqual([theme, []]);
        });
      }
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      await context.close();
    });
  }
});
