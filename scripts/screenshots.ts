import * as fs from 'fs';
import * as path from 'path';
import { buildWorkbench } from '../dev/workbench/build';
import { BUNDLE_DIR, startWorkbench } from '../e2e/harness/workbench';
import { PERSONAS } from '../dev/demo/personas';

/**
 * `npm run screenshots`: the workbench views the README shows, in every theme and at phone and desktop
 * widths, written to docs/screenshots/. Deterministic: demo data from a seed and a fixed clock.
 */
interface IShot {
  name: string;
  query: string;
  width: number;
  height: number;
  /** Signed in as (default: the first persona). */
  upn?: string;
  /** The part's tab to open. */
  tab?: string;
  /** Then text boxes to fill, by label (e.g. a sign-in name to look up). */
  fill?: Array<[string, string]>;
  /** Then buttons to press in turn (e.g. a risk's title, to open its panel). */
  press?: string[];
}

const THEMES: Array<[string, string]> = [
  ['sharepoint', '?host=SharePointWebPart&layout=2&background=soft&parts=trainingTracker,suite'],
  ['teams-default', '?host=TeamsTab&theme=default&parts=trainingTracker'],
  ['teams-dark', '?host=TeamsTab&theme=dark&parts=trainingTracker'],
  ['teams-contrast', '?host=TeamsTab&theme=contrast&parts=trainingTracker']
];

const SHOTS: IShot[] = [
  ...THEMES.map(([name, query]) => ({ name: `workbench-${name}`, query, width: 1280, height: 720 })),
  { name: 'workbench-teams-personal-320', query: '?host=TeamsPersonalApp&theme=default&parts=trainingTracker', width: 320, height: 640 },
  { name: 'training-my-training', query: '?host=SharePointFullPage&parts=trainingTracker', width: 1280, height: 900, upn: 'essex.callhandler@policing.example' },
  { name: 'training-compliance', query: '?host=SharePointFullPage&parts=trainingTracker', width: 1280, height: 1400, upn: 'essex.traininglead@policing.example', tab: 'Compliance' },
  { name: 'training-my-team', query: '?host=TeamsTab&theme=dark&parts=trainingTracker', width: 1280, height: 1100, upn: 'essex.manager@policing.example', tab: 'My team' },
  { name: 'training-modules', query: '?host=TeamsTab&theme=contrast&parts=trainingTracker', width: 1280, height: 900, upn: 'essex.traininglead@policing.example', tab: 'Modules' },
  { name: 'training-compliance-320', query: '?host=TeamsPersonalApp&theme=default&parts=trainingTracker', width: 320, height: 1200, upn: 'essex.manager@policing.example', tab: 'Compliance' },
  {
    name: 'training-subject-access',
    query: '?host=SharePointFullPage&parts=trainingTracker',
    width: 1280,
    height: 800,
    upn: 'essex.owner@policing.example',
    tab: 'Subject access',
    fill: [['Sign-in name', 'essex.callhandler@policing.example']],
    press: ['Find records']
  },
  { name: 'survey-respond', query: '?host=SharePointFullPage&parts=evaluationSurvey', width: 1280, height: 1000, upn: 'kent.pc@policing.example' },
  { name: 'survey-results', query: '?host=SharePointFullPage&parts=evaluationSurvey', width: 1280, height: 1400, upn: 'kent.evaluationlead@policing.example', tab: 'Results' },
  { name: 'survey-benefits', query: '?host=TeamsTab&theme=dark&parts=evaluationSurvey', width: 1280, height: 1400, upn: 'essex.evaluationlead@policing.example', tab: 'Value for money' },
  { name: 'catalogue-browse', query: '?host=SharePointFullPage&parts=solutionsCatalogue', width: 1280, height: 1100, upn: 'kent.analyst@policing.example' },
  { name: 'catalogue-entry', query: '?host=TeamsPersonalApp&theme=dark&parts=solutionsCatalogue&subPageId=2', width: 1280, height: 1100, upn: 'essex.pc@policing.example' },
  { name: 'catalogue-review', query: '?host=TeamsTab&theme=default&parts=solutionsCatalogue', width: 1280, height: 1000, upn: 'essex.champion@policing.example', tab: 'Review queue' },
  { name: 'catalogue-desk', query: '?host=TeamsTab&theme=contrast&parts=solutionsCatalogue', width: 1280, height: 1000, upn: 'kent.champion@policing.example', tab: 'Champions\u2019 desk' },
  { name: 'survey-builder', query: '?host=TeamsTab&theme=contrast&parts=evaluationSurvey', width: 1280, height: 900, upn: 'essex.evaluationlead@policing.example', tab: 'Surveys' },
  { name: 'risks-register', query: '?host=SharePointFullPage&parts=riskRegister', width: 1280, height: 1100, upn: 'essex.board@policing.example', tab: 'Register' },
  { name: 'risks-heatmap', query: '?host=TeamsTab&theme=dark&parts=riskRegister', width: 1280, height: 1000, upn: 'kent.board@policing.example', tab: 'Heat map' },
  { name: 'risks-joint-risk', query: '?host=SharePointFullPage&parts=riskRegister', width: 1280, height: 1100, upn: 'essex.board@policing.example', tab: 'Register', press: ['New Copilot features switched on before they are assessed'] },
  { name: 'risks-raid', query: '?host=TeamsTab&theme=contrast&parts=riskRegister', width: 1280, height: 1000, upn: 'kent.board@policing.example', tab: 'RAID and set-up' },
  { name: 'risks-board-meetings', query: '?host=SharePointFullPage&parts=riskRegister', width: 1280, height: 1000, upn: 'kent.board@policing.example', tab: 'Board' },
  { name: 'risks-board-meeting', query: '?host=TeamsTab&theme=dark&parts=riskRegister', width: 1280, height: 1400, upn: 'essex.board@policing.example', tab: 'Board', press: ['Go to the meeting of 26 November 2026'] },
  { name: 'risks-board-paper', query: '?host=SharePointFullPage&parts=riskRegister', width: 1280, height: 1400, upn: 'kent.board@policing.example', tab: 'Board', press: ['19 November 2026', 'Open the board paper'] }
];

async function main(): Promise<void> {
  const outDir = path.join(__dirname, '..', 'docs', 'screenshots');
  fs.mkdirSync(outDir, { recursive: true });
  await buildWorkbench(BUNDLE_DIR);
  const wb = await startWorkbench();
  try {
    // `npm run screenshots -- risks` writes only the shots whose names start with "risks".
    const only = process.argv[2];
    for (const shot of SHOTS.filter((x) => only === undefined || x.name.startsWith(only))) {
      const { page, context } = await wb.open(shot.upn ?? PERSONAS[0].upn, { query: shot.query, width: shot.width, height: shot.height });
      if (shot.tab) {
        const tab = page.getByRole('tab', { name: shot.tab });
        // The tab itself, or (at narrow widths) the Pivot's overflow menu holding it.
        await tab.or(page.getByLabel('More views')).first().waitFor();
        if (await tab.isVisible()) await tab.click();
        else {
          await page.getByLabel('More views').click();
          await page.getByRole('menuitem', { name: shot.tab }).click();
        }
      }
      await page.waitForLoadState('networkidle');
      for (const [label, text] of shot.fill ?? []) await page.getByRole('textbox', { name: label }).fill(text);
      for (const name of shot.press ?? []) {
        await page.getByRole('button', { name, exact: true }).first().click();
        await page.waitForLoadState('networkidle');
      }
      await page.waitForTimeout(300);
      const file = path.join(outDir, `${shot.name}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
      await context.close();
    }
  } finally {
    await wb.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
