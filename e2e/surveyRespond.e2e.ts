import { seriousAccessibilityViolations } from './harness/checks';
import { screenshotOnFailure, startWorkbench, type IWorkbenchFixture } from './harness/workbench';

// Responding to the open wave of the demo's Copilot evaluation: the draft is on the server, a lost
// connection loses nothing, and two respondents cannot read each other's answers in the UI or by REST.
let wb: IWorkbenchFixture;
const CALL_HANDLER = 'essex.callhandler@policing.example';
const OTHER = 'kent.pc@policing.example';
const HER_COMMENT = 'Not yet: I have not had the training.';
const HIS_COMMENT = 'Booked on the Kent Copilot course next month.';

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

/** Runs in the page: someone's response to the open wave, asked for by name through REST. */
async function responsesOf(upn: string): Promise<number> {
  const r = await fetch(`/sites/m365-programme/_api/web/lists/getByTitle('Survey responses')/items?$filter=svrUpn eq '${upn}' and svrWaveId eq 'month3'`, {
    headers: { Accept: 'application/json;odata=nometadata' }
  });
  return ((await r.json()) as { value: unknown[] }).value.length;
}

/** Runs in the page: how many things this origin keeps in the browser's storage. */
async function browserStorage(): Promise<number> {
  const databases = typeof indexedDB.databases === 'function' ? (await indexedDB.databases()).length : 0;
  return localStorage.length + sessionStorage.length + databases;
}

const SURVEY = { query: '?host=SharePointFullPage&parts=evaluationSurvey' };

describe('evaluation survey: responding', () => {
  it('keeps the draft on the server, survives a lost connection and submits once; two respondents cannot read each other', async () => {
    const { page, context } = await wb.open(CALL_HANDLER, SURVEY);
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
      await comment.fill(HER_COMMENT);
      await page.getByText(/could not be saved to SharePoint/).waitFor({ timeout: 60000 });
      expect(await comment.inputValue()).toBe(HER_COMMENT);
      await wb.faults({ reset: true });
      await page.getByRole('button', { name: 'Retry saving' }).click();
      await page.getByText(/^Saved at /).waitFor();

      await page.getByRole('button', { name: 'Submit your answers' }).click();
      await page.getByText(/^Thank you — your answers for /).waitFor();
      // The same REST query that finds nothing for a colleague (below) finds her own response.
      expect(await page.evaluate(responsesOf, CALL_HANDLER)).toBe(1);
      expect(await page.evaluate(browserStorage)).toBe(0);
    });
    await context.close();

    // Exactly one response item for the call handler in the open wave, whatever the retries did.
    const creates = wb.emulator.log.entries(0).filter((e) => e.method === 'POST' && /SurveyResponses.*\/items$/i.test(e.path) && e.status === 201);
    expect(creates.map((e) => e.user)).toEqual([expect.stringContaining('essex.callhandler')]);

    // A Kent PC responds too: he starts from an empty form (none of her answers), and neither the UI nor
    // the REST API gives him her response.
    const other = await wb.open(OTHER, SURVEY);
    await screenshotOnFailure(other.page, 'survey-other', async () => {
      await other.page.getByRole('radio', { name: 'Never' }).waitFor();
      expect(await other.page.getByRole('radio', { name: 'Never' }).isChecked()).toBe(false);
      expect(await other.page.getByText(HER_COMMENT).count()).toBe(0);
      expect(await other.page.evaluate(responsesOf, CALL_HANDLER)).toBe(0);

      await other.page.getByRole('radio', { name: 'Never' }).check();
      await other.page.getByRole('textbox', { name: /anything else/i }).fill(HIS_COMMENT);
      await other.page.getByText(/^Saved at /).waitFor();
      await other.page.getByRole('button', { name: 'Submit your answers' }).click();
      await other.page.getByText(/^Thank you — your answers for /).waitFor();
      expect(await other.page.evaluate(responsesOf, OTHER)).toBe(1);
      expect(await other.page.evaluate(responsesOf, CALL_HANDLER)).toBe(0);
      expect(await other.page.evaluate(browserStorage)).toBe(0);
    });
    await other.context.close();

    // And the other way: she sees her own answers back, never his, and REST gives her nothing of his.
    const again = await wb.open(CALL_HANDLER, SURVEY);
    await screenshotOnFailure(again.page, 'survey-again', async () => {
      await again.page.getByText(/^Thank you — your answers for /).waitFor();
      await again.page.getByRole('button', { name: 'Change your answers' }).click();
      const comment = again.page.getByRole('textbox', { name: /anything else/i });
      await comment.waitFor();
      expect(await comment.inputValue()).toBe(HER_COMMENT);
      expect(await again.page.getByText(HIS_COMMENT).count()).toBe(0);
      expect(await again.page.evaluate(responsesOf, OTHER)).toBe(0);
      expect(await again.page.evaluate(responsesOf, CALL_HANDLER)).toBe(1);
    });
    await again.context.close();
  });
});
