import { PERSONAS } from '../dev/demo/personas';
import { DATA_SITE_PATH } from '../dev/demo/seed';
import { seriousAccessibilityViolations } from './harness/checks';
import { chooseOption } from './harness/views';
import { screenshotOnFailure, startWorkbench, type IWorkbenchFixture } from './harness/workbench';

// The workbench itself: who you are, where the part is hosted and its settings.
let wb: IWorkbenchFixture;

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

describe('the local workbench', () => {
  it('switches user: the page signs in again and SharePoint sees the new person', async () => {
    const { page, context } = await wb.open(PERSONAS[0].upn);
    await screenshotOnFailure(page, 'switch-user', async () => {
      await page.getByRole('combobox', { name: 'You are' }).click();
      await Promise.all([page.waitForEvent('load'), page.getByRole('option', { name: /Chloe Barnes/ }).click()]);
      await page.waitForSelector('[data-part-host]');
      expect(await page.getByRole('combobox', { name: 'You are' }).textContent()).toContain('Chloe Barnes');
      const email = await page.evaluate(async (site) => {
        const r = await fetch(`${site}/_api/web/currentuser`, { headers: { Accept: 'application/json' } });
        return ((await r.json()) as { Email: string }).Email;
      }, DATA_SITE_PATH);
      expect(email).toBe('essex.callhandler@policing.example');
    });
    await context.close();
  });

  it('offers every host and keeps the choice in the address for links and tests', async () => {
    const { page, context } = await wb.open(PERSONAS[0].upn, { query: '?host=SharePointWebPart&parts=trainingTracker' });
    await page.getByRole('combobox', { name: 'Host' }).click();
    await page.getByRole('option', { name: 'Teams personal app' }).click();
    await page.waitForSelector('[data-part-host="TeamsPersonalApp"]');
    expect(page.url()).toContain('host=TeamsPersonalApp');
    await context.close();
  });

  it('shows a part\u2019s settings as its property pane would, with specific validation messages', async () => {
    const { page, context } = await wb.open(PERSONAS[0].upn, { query: '?host=SharePointWebPart&parts=trainingTracker' });
    await screenshotOnFailure(page, 'settings-panel', async () => {
      await page.getByRole('button', { name: 'Settings of Training tracker' }).click();
      const field = page.getByRole('textbox', { name: 'Data site URL (optional)' });
      await field.fill('http://contoso.sharepoint.com/sites/x');
      // Fluent validates after a short pause in typing, as the property pane does.
      await page.getByText('The address must start with https://.').waitFor();
      await field.fill('https://contoso.sharepoint.com/sites/m365-programme');
      await page.waitForFunction(() => !document.body.textContent?.includes('The address must start with https://.'));
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Close settings' }).click();
      expect(page.url()).toContain('m365-programme');
    });
    await context.close();
  });

  it('lets whoever adds the Suite channel tab choose the part and the view it opens on', async () => {
    const { page, context } = await wb.open('essex.board@policing.example', { query: '?host=TeamsTab&parts=suite' });
    await screenshotOnFailure(page, 'suite-part-and-view', async () => {
      await page.getByRole('status').filter({ hasText: 'Choose which part of the suite to show' }).waitFor();
      await page.getByRole('button', { name: /^Settings of Suite/ }).click();
      expect(await page.getByRole('combobox', { name: 'Open on' }).count()).toBe(0);
      await chooseOption(page, page.locator('body'), /^Part to show/, 'Governance risk register');
      await chooseOption(page, page.locator('body'), /^Open on/, 'Heat map');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Close settings' }).click();
      await page.getByRole('tab', { name: 'Heat map', selected: true }).waitFor();
      // Another part starts from its own defaults, not from the risk register's opening view.
      await page.getByRole('button', { name: /^Settings of Suite/ }).click();
      await chooseOption(page, page.locator('body'), /^Part to show/, 'Training tracker');
      await page.getByRole('button', { name: 'Close settings' }).click();
      await page.locator('[data-module]').first().waitFor();
      expect(page.url()).not.toContain('heatMap');
    });
    await context.close();
  });
});

