import type { Locator, Page } from 'playwright-core';
import { eventually, seriousAccessibilityViolations } from './harness/checks';
import { chooseOption, openView } from './harness/views';
import { screenshotOnFailure, startWorkbench, type IWorkbenchFixture } from './harness/workbench';

// The governance risk register's journeys in Chromium through the workbench, on the demo's 80 risks:
// a board member creates a joint risk from the heat map and re-scores it for Essex only (Kent's score
// unchanged, both the heat map and the register show it); two board members edit one risk at once and
// the second is told what changed and loses nothing; a workforce member can neither edit nor delete a
// risk, in the UI or by direct REST, and the board cannot delete one either (closing is a status).
let wb: IWorkbenchFixture;
const ESSEX_BOARD = 'essex.board@policing.example';
const KENT_BOARD = 'kent.board@policing.example';
const WORKFORCE = 'essex.callhandler@policing.example';
const QUERY = '?host=SharePointFullPage&parts=riskRegister';
const REFERENCE = 'J-CG-90';
const TITLE = 'Copilot answers from out-of-date policy pages';

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

/** The heat map cell's accessible name, e.g. "Likelihood 4, impact 4: 3 risks, red". */
async function cellCount(page: Page, likelihood: number, impact: number): Promise<number> {
  const label = (await page.locator(`[role=gridcell][aria-label^="Likelihood ${likelihood}, impact ${impact}:"]`).getAttribute('aria-label')) ?? '';
  const match = /: (no|\d+) risks?/.exec(label);
  if (match === null) throw new Error(`unexpected cell label ${label}`);
  return match[1] === 'no' ? 0 : Number(match[1]);
}

interface IRestRisk {
  id: number;
  etag: string;
  assessments: Array<{ force: string; l: number; i: number; etag: string }>;
}

/** Runs in the page as the signed-in person: the risk by reference, with each force's current score. */
async function restRisk(reference: string): Promise<IRestRisk | null> {
  const base = '/sites/m365-programme/_api/web';
  const json = async (url: string): Promise<Array<Record<string, unknown>>> =>
    ((await (await fetch(base + url, { headers: { Accept: 'application/json;odata=minimalmetadata' } })).json()) as { value: Array<Record<string, unknown>> }).value;
  const risks = await json(`/lists/getByTitle('Risks')/items?$select=Id&$filter=rskRef eq '${reference}'`);
  if (risks.length === 0) return null;
  const id = risks[0].Id as number;
  const assessments = await json(`/lists/getByTitle('Risk force assessments')/items?$select=rfaForce,rfaCurrentL,rfaCurrentI&$filter=rfaRiskId eq ${id}&$orderby=rfaForce`);
  const risk = await json(`/lists/getByTitle('Risks')/items?$select=Id&$filter=Id eq ${id}`);
  return {
    id,
    etag: String(risk[0]['odata.etag']),
    assessments: assessments.map((a) => ({ force: String(a.rfaForce), l: Number(a.rfaCurrentL), i: Number(a.rfaCurrentI), etag: String(a['odata.etag']) }))
  };
}

/** Runs in the page as the signed-in person: MERGE or DELETE a risk by direct REST; the HTTP status. */
async function restWrite(args: { id: number; method: 'MERGE' | 'DELETE' }): Promise<number> {
  const base = '/sites/m365-programme/_api';
  const digest = ((await (await fetch(`${base}/contextinfo`, { method: 'POST', headers: { Accept: 'application/json;odata=nometadata' } })).json()) as { FormDigestValue: string }).FormDigestValue;
  const r = await fetch(`${base}/web/lists/getByTitle('Risks')/items(${args.id})`, {
    method: 'POST',
    headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;odata=nometadata', 'X-HTTP-Method': args.method, 'IF-MATCH': '*', 'X-RequestDigest': digest },
    body: args.method === 'MERGE' ? JSON.stringify({ Title: 'Changed by direct REST' }) : undefined
  });
  return r.status;
}

/** Opens a risk from the register by its title; the risk panel. */
async function openRisk(page: Page, title: string): Promise<Locator> {
  await page.getByRole('button', { name: title, exact: true }).first().click();
  const panel = page.getByRole('dialog');
  await panel.getByRole('heading', { name: 'Change history' }).waitFor();
  return panel;
}

describe('risk register: a joint risk created from the heat map and re-scored for Essex only', () => {
  it('moves Essex\u2019s score on the heat map and in the register and leaves Kent\u2019s as it was', async () => {
    const { page, context } = await wb.open(ESSEX_BOARD, { query: QUERY });
    await screenshotOnFailure(page, 'risks-rescore', async () => {
      await openView(page, 'Heat map');
      await chooseOption(page, page, /^Whose scores/, 'Essex');
      const before44 = await cellCount(page, 4, 4);
      const before55 = await cellCount(page, 5, 5);

      // Create the joint risk from the heat map view, each force scoring it.
      await page.getByRole('button', { name: 'New risk' }).click();
      const form = page.getByRole('dialog');
      await form.getByRole('heading', { name: 'New risk' }).waitFor();
      expect(await seriousAccessibilityViolations(page, '.ms-Panel')).toEqual([]);
      await form.getByRole('button', { name: 'Create the risk' }).click();
      await form.getByText(/^There (is 1 problem|are \d+ problems) to fix/).waitFor();
      await form.getByLabel('Reference').fill(REFERENCE);
      await form.getByLabel('Title').fill(TITLE);
      await chooseOption(page, form, /^Force/, 'Joint');
      const kent = form.getByRole('group', { name: 'Kent\u2019s owner and scores' });
      const essex = form.getByRole('group', { name: 'Essex\u2019s owner and scores' });
      await kent.getByLabel('Kent owner').fill(KENT_BOARD);
      await essex.getByLabel('Essex owner').fill(ESSEX_BOARD);
      await chooseOption(page, kent, /^Current likelihood/, '4 \u2013 Likely');
      await chooseOption(page, kent, /^Current impact/, '5 \u2013 Severe');
      await chooseOption(page, essex, /^Current likelihood/, '4 \u2013 Likely');
      await chooseOption(page, essex, /^Current impact/, '4 \u2013 Major');
      await form.getByRole('button', { name: 'Create the risk' }).click();
      await page.getByText(`${REFERENCE} is added to the register.`).waitFor();
      const created = (await page.evaluate(restRisk, REFERENCE)) as IRestRisk;
      expect(created.assessments.map((a) => [a.force, a.l, a.i])).toEqual([
        ['Essex', 4, 4],
        ['Kent', 4, 5]
      ]);
      const kentEtag = created.assessments[1].etag;
      await form.getByRole('button', { name: 'Close' }).first().click();
      await form.waitFor({ state: 'detached' });
      // The panel gives focus back to the button that opened it (after its closing animation).
      await page.waitForFunction(() => document.activeElement?.textContent?.includes('New risk') === true);
      expect(await eventually(() => cellCount(page, 4, 4), before44 + 1)).toBe(before44 + 1);

      // Select the cell by keyboard: it lists its risks; open the new one and re-score Essex only.
      await page.getByRole('gridcell', { name: /^Likelihood 4, impact 4:/ }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: /^Risks at likelihood 4 \u2013 Likely, impact 4 \u2013 Major/ }).waitFor();
      const panel = await openRisk(page, TITLE);
      const essexCard = panel.locator('[data-force="Essex"]');
      await essexCard.getByRole('button', { name: 'Re-score Essex' }).click();
      await essexCard.getByText('Only Essex\u2019s scores change; the other force\u2019s stay as they are.').waitFor();
      await chooseOption(page, essexCard, /^Current likelihood/, '5 \u2013 Almost certain');
      await chooseOption(page, essexCard, /^Current impact/, '5 \u2013 Severe');
      expect(await essexCard.locator('[data-score-output="current"]').textContent()).toBe('Current score: 25 \u00b7 Red');
      await essexCard.getByLabel('Essex commentary').fill('Two answers quoted withdrawn guidance this week.');
      await essexCard.getByRole('button', { name: 'Save Essex\u2019s scores' }).click();
      await panel.getByText(`Essex\u2019s scores of ${REFERENCE} are saved.`).waitFor();
      // The risk is read again after the write: its history has the change, and Kent's score is as it was.
      await panel.getByText('Essex current score: 4 \u00d7 4 = 16 \u2192 5 \u00d7 5 = 25 (up)').waitFor();
      expect(await panel.locator('[data-force="Kent"]').getByText('20 \u00b7 Red').count()).toBe(1);
      expect(await seriousAccessibilityViolations(page, '.ms-Panel')).toEqual([]);
      await panel.getByRole('button', { name: 'Close' }).first().click();
      await panel.waitFor({ state: 'detached' });

      // The heat map (Essex's view) and the register both show it; Kent's view and score are unchanged.
      expect(await eventually(() => cellCount(page, 5, 5), before55 + 1)).toBe(before55 + 1);
      expect(await cellCount(page, 4, 4)).toBe(before44);
      await openView(page, 'Register');
      // The register still shows the cell chosen on the heat map (4 × 4), which the risk has left.
      await page.getByRole('button', { name: /^Clear the cell filter/ }).click();
      const line = page.locator('tr', { has: page.getByRole('button', { name: TITLE, exact: true }) });
      expect(await eventually(() => line.getByText('Essex:').textContent(), 'Essex: 25 \u00b7 Red')).toBe('Essex: 25 \u00b7 Red');
      expect(await line.getByText('Kent:').textContent()).toBe('Kent: 20 \u00b7 Red');
      expect(await line.getByText('Forces differ by 5 (Essex higher)').count()).toBe(1);
      await openView(page, 'Heat map');
      await chooseOption(page, page, /^Whose scores/, 'Kent');
      await page.getByRole('gridcell', { name: /^Likelihood 4, impact 5:/ }).click();
      expect(await page.getByRole('button', { name: TITLE, exact: true }).count()).toBe(1);
      const after = (await page.evaluate(restRisk, REFERENCE)) as IRestRisk;
      expect(after.assessments.map((a) => [a.force, a.l, a.i])).toEqual([
        ['Essex', 5, 5],
        ['Kent', 4, 5]
      ]);
      expect(after.assessments[1].etag).toBe(kentEtag);
      expect(after.etag).toBe(created.etag);
    });
    await context.close();
  });
});

describe('risk register: two board members edit one risk at once', () => {
  it('tells the second what changed, keeps what they typed, and saves both once they choose', async () => {
    const essex = await wb.open(ESSEX_BOARD, { query: QUERY });
    const kent = await wb.open(KENT_BOARD, { query: QUERY });
    await screenshotOnFailure(essex.page, 'risks-conflict', async () => {
      const mine = await openRisk(essex.page, TITLE);
      await mine.getByRole('button', { name: 'Edit', exact: true }).click();
      await mine.getByLabel('Title').fill(`${TITLE} (Essex)`);
      await mine.getByLabel('Controls and mitigations in place').fill('Essex: policy pages carry a review date.');

      const theirs = await openRisk(kent.page, TITLE);
      await theirs.getByRole('button', { name: 'Edit', exact: true }).click();
      await theirs.getByLabel('Controls and mitigations in place').fill('Kent: withdrawn pages excluded from search.');
      await theirs.getByLabel(/^Effect/).fill('Officers act on withdrawn guidance.');
      await theirs.getByRole('button', { name: 'Save changes' }).click();
      await theirs.getByText(`${REFERENCE} is saved.`).waitFor();

      await mine.getByRole('button', { name: 'Save changes' }).click();
      const conflict = mine.locator('section', { has: essex.page.getByRole('heading', { name: 'Someone else saved while you were editing' }) });
      await conflict.getByText(/^Ruth Calder changed this risk at .*, after you opened it\./).waitFor();
      const changed = await conflict.getByRole('list', { name: 'What they changed' }).locator('li').allTextContents();
      expect(changed).toEqual(expect.arrayContaining([expect.stringMatching(/^Effect: .* \u2192 Officers act on withdrawn guidance\.$/), expect.stringMatching(/^Controls and mitigations in place: .*\(you changed this too\)$/)]));
      // Nothing typed is lost, nothing of theirs is overwritten.
      expect(await mine.getByLabel('Title').inputValue()).toBe(`${TITLE} (Essex)`);
      expect(await seriousAccessibilityViolations(essex.page, '.ms-Panel')).toEqual([]);
      await conflict.getByRole('radio', { name: 'Mine: Essex: policy pages carry a review date.' }).focus();
      await essex.page.keyboard.press('Space');
      await conflict.getByRole('button', { name: 'Save with these choices' }).click();
      await mine.getByText(`${REFERENCE} is saved.`).waitFor();
      const stored = await essex.page.evaluate(async (ref) => {
        const r = await fetch(`/sites/m365-programme/_api/web/lists/getByTitle('Risks')/items?$select=Title,rskControls,rskEffect&$filter=rskRef eq '${ref}'`, { headers: { Accept: 'application/json;odata=nometadata' } });
        return ((await r.json()) as { value: Array<Record<string, string>> }).value[0];
      }, REFERENCE);
      expect(stored).toMatchObject({ Title: `${TITLE} (Essex)`, rskControls: 'Essex: policy pages carry a review date.', rskEffect: 'Officers act on withdrawn guidance.' });
    });
    await essex.context.close();
    await kent.context.close();
  });
});

describe('risk register: who may change and delete risks', () => {
  it('gives a workforce member no edit controls and SharePoint refuses their edit and delete; the board cannot delete either', async () => {
    const { page, context } = await wb.open(WORKFORCE, { query: QUERY });
    await screenshotOnFailure(page, 'risks-workforce', async () => {
      await page.getByRole('button', { name: `${TITLE} (Essex)`, exact: true }).waitFor();
      expect(await page.getByRole('button', { name: 'New risk' }).count()).toBe(0);
      const panel = await openRisk(page, `${TITLE} (Essex)`);
      await panel.getByText('You can read this risk. Only the programme board can change it.').waitFor();
      for (const name of ['Edit', 'Re-score Essex', 'Re-score Kent', 'Close the risk', 'Add an action']) {
        expect([name, await panel.getByRole('button', { name, exact: true }).count()]).toEqual([name, 0]);
      }
      expect(await seriousAccessibilityViolations(page, '.ms-Panel')).toEqual([]);
      const risk = (await page.evaluate(restRisk, REFERENCE)) as IRestRisk;
      expect(await page.evaluate(restWrite, { id: risk.id, method: 'MERGE' as const })).toBe(403);
      expect(await page.evaluate(restWrite, { id: risk.id, method: 'DELETE' as const })).toBe(403);
      expect(((await page.evaluate(restRisk, REFERENCE)) as IRestRisk).etag).toBe(risk.etag);
    });
    await context.close();
    const board = await wb.open(ESSEX_BOARD, { query: QUERY });
    const risk = (await board.page.evaluate(restRisk, REFERENCE)) as IRestRisk;
    expect(await board.page.evaluate(restWrite, { id: risk.id, method: 'DELETE' as const })).toBe(403);
    expect(await board.page.evaluate(restRisk, REFERENCE)).not.toBeNull();
    await board.context.close();
  });
});
