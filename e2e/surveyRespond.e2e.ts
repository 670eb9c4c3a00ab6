import { seriousAccessibilityViolations } from './harness/checks';
import { screenshotOnFailure, startWorkbench, type IWorkbenchFixture } from './harness/workbench';

// Responding to the open wave of the demo's Copilot evaluation (the part is not released yet): the draft
// is on the server, a lost connection loses nothing, and another person cannot see the answers.
let wb: IWorkbenchFixture;
const CALL_HANDLER = 'essex.callhandler@policing.example';
const OTHER = 'kent.pc@policing.example';

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

/** Runs in the page: the call handler's response to the open wave, asked for by name through REST. */
async function ownRows(): Promise<number> {
  const r = await fetch("/sites/m365-programme/_api/web/lists/getByTitle('Survey responses')/items?$filter=svrUpn eq 'essex.callhandler@policing.example' and svrWaveId eq 'month3'", {
    headers: { Accept: 'application/json;odata=nometadata' }
  });
  return ((await r.json()) as { value: unknown[] }).value.length;
}

describe('evaluation survey: responding', () => {
  it('keeps the draft on the server, survives a lost connection and submits once; a colleague sees none of it', async () => {
    const { page, context } = await wb.open(CALL_HANDLER, { query: '?host=SharePointFullPage&parts=evaluationSurvey' });
    await screenshotOnFailure(page, 'survey-respond', async () => {
      await page.getByRole('radio', { name: 'Never' }).check();
      await page.getByText(/^Saved at /).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // The draft is on the server, not in the browser: a reload (a closed tab) brings it back.
      await page.reload();
      await page.getByRole('radio', { name: 'Never' }).waitFor();
      expect(await page.getByRole('radio', { name: 'Never' }).isChecked()).toBe(true);

      // The connection drops while typing: a clear message, the text stays, retrying saves it.
      await wb.faults({ dropBeforeCommitRate: 1, pathPattern: 'SurveyResponses' });
      const comment = page.getByRole('textbox', { name: /anything else/i });
      await comment.fill('Not yet: I have not had the training.');
      await page.getByText(/could not be saved to SharePoint/).waitFor({ timeout: 60000 });
      expect(await comment.inputValue()).toBe('Not yet: I have not had the training.');
      await wb.faults({ reset: true });
      await page.getByRole('button', { name: 'Retry saving' }).click();
      await page.getByText(/^Saved at /).waitFor();

      await page.getByRole('button', { name: 'Submit your answers' }).click();
      await page.getByText(/^Thank you — your answers for /).waitFor();
      // The same REST query that finds nothing for a colleague (below) finds her own response.
      expect(await page.evaluate(ownRows)).toBe(1);
    });
    await context.close();

    // Exactly one response item for the call handler in the open wave, whatever the retries did.
    const creates = wb.emulator.log.entries(0).filter((e) => e.method === 'POST' && /SurveyResponses.*\/items$/i.test(e.path) && e.status === 201);
    expect(creates.map((e) => e.user)).toEqual([expect.stringContaining('essex.callhandler')]);

    const other = await wb.open(OTHER, { query: '?host=SharePointFullPage&parts=evaluationSurvey' });
    await screenshotOnFailure(other.page, 'survey-other', async () => {
      await other.page.getByRole('radio', { name: 'Never' }).waitFor();
      expect(await other.page.getByRole('radio', { name: 'Never' }).isChecked()).toBe(false);
      expect(await other.page.getByText('Not yet: I have not had the training.').count()).toBe(0);
      // And not through the REST API either: item-level security, not a filter in the app.
      expect(await other.page.evaluate(ownRows)).toBe(0);
    });
    await other.context.close();
  });
});
