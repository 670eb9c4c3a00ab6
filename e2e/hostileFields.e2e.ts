import { HOSTILE_CORPUS } from './harness/hostile';
import { hostileInputFindings } from './harness/hostileCheck';
import { openView } from './harness/views';
import { screenshotOnFailure, startWorkbench, type IWorkbenchFixture } from './harness/workbench';

// The whole hostile corpus typed into the free text of the parts beyond each part's own checks: the risk
// register's search box and a risk's controls (shown back in the risk's panel), and a question to the
// champions. Nothing may run, every $filter holds the input as one literal, and what is shown reads
// exactly as typed. (Catalogue search, survey comments and module titles run in their parts' tests.)
let wb: IWorkbenchFixture;
const BOARD = 'essex.board@policing.example';
const CALL_HANDLER = 'essex.callhandler@policing.example';
const RISK = 'Time saved goes back to the front line';

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

describe('hostile text across the parts', () => {
  it('risk register: searching the register and saving a risk\u2019s controls run nothing and keep the text exactly', async () => {
    const { page, context, csp } = await wb.open(BOARD, { query: '?host=SharePointFullPage&parts=riskRegister' });
    await screenshotOnFailure(page, 'hostile-risk', async () => {
      const search = page.getByRole('searchbox', { name: 'Search the register' });
      await search.waitFor({ timeout: 30000 });
      const searchFindings = await hostileInputFindings(page, csp, (since) => wb.emulator.log.entries(since), { field: search, submit: () => page.waitForLoadState('networkidle') }, HOSTILE_CORPUS);
      expect(searchFindings).toEqual([]);
      await search.fill('');

      await page.getByRole('button', { name: RISK, exact: true }).first().click();
      const panel = page.getByRole('dialog');
      const controls = panel.getByLabel('Controls and mitigations in place');
      const edit = async (): Promise<void> => {
        await panel.getByRole('button', { name: 'Edit', exact: true }).click();
        await controls.waitFor();
      };
      await edit();
      const findings = await hostileInputFindings(
        page,
        csp,
        (since) => wb.emulator.log.entries(since),
        {
          field: controls,
          submit: async () => {
            await panel.getByRole('button', { name: 'Save changes' }).click();
            await panel.getByRole('button', { name: 'Edit', exact: true }).waitFor({ timeout: 30000 });
            await page.waitForLoadState('networkidle');
          },
          shownIn: () => panel.locator('dt', { hasText: /^Controls and mitigations in place$/ }).locator('xpath=following-sibling::dd[1]'),
          after: edit
        },
        HOSTILE_CORPUS
      );
      expect(findings).toEqual([]);
    });
    await context.close();
  });

  it('champions\u2019 desk: a question of any text is sent and listed exactly as typed, or refused with a clear message when too long', async () => {
    const { page, context, csp } = await wb.open(CALL_HANDLER, { query: '?host=SharePointFullPage&parts=solutionsCatalogue' });
    await screenshotOnFailure(page, 'hostile-question', async () => {
      await openView(page, 'Champions\u2019 desk');
      const question = page.getByRole('textbox', { name: /^Your question/ });
      await question.waitFor({ timeout: 30000 });
      const short = HOSTILE_CORPUS.filter((text) => text.length <= 2000);
      const findings = await hostileInputFindings(
        page,
        csp,
        (since) => wb.emulator.log.entries(since),
        {
          field: question,
          submit: async () => {
            await page.getByRole('button', { name: 'Send question' }).click();
            await page.getByText(/^Your question was sent to the champions\./).waitFor({ timeout: 30000 });
            await page.waitForLoadState('networkidle');
          }
        },
        short
      );
      expect(findings).toEqual([]);
      // Each is listed under My questions exactly as typed (text nodes, never markup).
      const listed = await page.getByRole('list', { name: 'My questions' }).innerText();
      // innerText drops zero-width and direction characters (the risk controls above are compared character for character).
      const invisible = /\u200B|\u200D|\uFEFF|\u202E|\u202C/;
      for (const text of short.filter((t) => !invisible.test(t))) expect(listed).toContain(text);
      const long = HOSTILE_CORPUS.find((text) => text.length > 2000) as string;
      await question.fill(long);
      await page.getByRole('button', { name: 'Send question' }).click();
      await page.getByText('This is 8,000 characters too long (the limit is 2,000). Shorten it: nothing has been cut.').first().waitFor();
      expect(await question.inputValue()).toBe(long);
    });
    await context.close();
  });
});
