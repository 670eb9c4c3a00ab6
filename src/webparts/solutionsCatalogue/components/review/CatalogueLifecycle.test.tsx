/** @jest-environment jsdom */
/**
 * The catalogue part end to end in the DOM, against the emulator with the suite's real set-up (content
 * approval on the entries, champions holding Approve Items): a Kent analyst submits a use case that no
 * other colleague can see (in the UI, through the repository and by direct REST) until an Essex champion
 * approves it in the review queue; then a colleague finds it by search and a facet and copies its prompt.
 * A rejection's comment reaches its author, who edits and resubmits.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createTheme, setIconOptions } from '@fluentui/react/lib/Styling';
import { CatalogueRepository } from '../../../../data/CatalogueRepository';
import type { Transport } from '../../../../data/sendStage';
import type { DataSite } from '../../../../data/sp';
import { emulatorSite, EMULATOR_WEB, type RunningEmulatorLike } from '../../../../data/testing/emulator';
import { restAs } from '../../../../data/testing/rest';
import { startSuiteEmulator } from '../../../../data/testing/suiteEmulator';
import { createItem } from '../../../../data/writes';
import { content } from '../../../../domain/catalogue/testing';
import type { ICatalogueEntry } from '../../../../domain/catalogue/types';
import { CatalogueEntriesList } from '../../../../lists/catalogue';
import { PeopleList } from '../../../../lists/people';
import { PartServicesContext } from '../../../../ui/data/PartServices';
import { HostContext, type IHostContext } from '../../../../ui/host/hostContext';
import type { ICatalogueSettings } from '../../settings';
import SolutionsCatalogueApp from '../SolutionsCatalogueApp';

setIconOptions({ disableWarnings: true });

const OWNER = 'olivia.owner@policing.example';
const ANALYST = 'kent.analyst@policing.example';
const PC = 'essex.pc@policing.example';
const CHAMPION = 'essex.champion@policing.example';
const NOW = new Date('2026-11-23T10:00:00Z');
const TITLE = 'Structure a burglary problem profile from published statistics';
const PROMPT = 'Suggest the headings of a problem profile on burglary using only these published statistics.';
/** Waits that include round trips to the emulator. */
const NETWORK = { timeout: 15000 };

let emu: RunningEmulatorLike;
let writeText: jest.Mock<Promise<void>, [string]>;

beforeAll(async () => {
  // Only the clock is pinned: timers and promises run for real, for the emulator's sake.
  jest.useFakeTimers({
    now: NOW,
    doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout']
  });
  emu = await startSuiteEmulator({ upn: OWNER, title: 'Olivia Owner' }, [
    { upn: ANALYST, title: 'Tomasz Nowak', groups: ['workforce'] },
    { upn: PC, title: 'Daniel Okafor', groups: ['workforce'] },
    { upn: CHAMPION, title: 'Aisha Rahman', groups: ['workforce', 'champions'] }
  ]);
  const owner = emulatorSite(emu, OWNER);
  await createItem(owner, PeopleList, { displayName: 'Tomasz Nowak', upn: ANALYST, force: 'Kent', department: 'Intelligence and analysis' });
  await createItem(owner, PeopleList, { displayName: 'Daniel Okafor', upn: PC, force: 'Essex', department: 'Response' });
  await createItem(owner, PeopleList, { displayName: 'Aisha Rahman', upn: CHAMPION, force: 'Essex', department: 'Criminal justice and custody' });
  // An entry already published, so the catalogue is not empty.
  const champion = new CatalogueRepository(emulatorSite(emu, CHAMPION), { now: () => NOW });
  const me = (await emulatorSite(emu, CHAMPION).sp.web.currentUser.select('Id')()) as { Id: number };
  const actor = { upn: CHAMPION, userId: me.Id, isChampion: true };
  await champion.approve(actor, await champion.submit(actor, content({ title: 'Draft a shift briefing summary', ownerUpn: CHAMPION, force: 'Essex' })));
}, 90000);

afterAll(async () => {
  jest.useRealTimers();
  await emu.close();
});

beforeEach(() => {
  writeText = jest.fn(async (_text: string) => undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  window.history.replaceState({}, '', '/sites/intranet/SitePages/Catalogue.aspx');
});

function host(upn: string): IHostContext {
  return {
    host: 'SharePointWebPart',
    user: { displayName: upn, email: upn, loginName: `i:0#.f|membership|${upn}` },
    pageSiteUrl: 'https://contoso.sharepoint.com/sites/intranet',
    locale: 'en-GB',
    themeName: 'sharepoint',
    theme: createTheme({}),
    instanceId: 'cat'
  };
}

/** Data writes sent (method as sent, path), the form digest's POST left out. */
let writes: Array<{ method: string; path: string }> = [];

const recording: Transport = (url, init) => {
  const method = (new Headers(init.headers).get('X-HTTP-Method') ?? init.method ?? 'GET').toUpperCase();
  const path = decodeURIComponent(new URL(url).pathname);
  if (method !== 'GET' && !path.endsWith('/_api/contextinfo')) writes.push({ method, path });
  return fetch(url, init);
};

function renderAs(upn: string, settings: ICatalogueSettings = {}): ReturnType<typeof render> {
  const site = emulatorSite(emu, upn, { transport: recording });
  const services = { dataSite: async (): Promise<DataSite> => site };
  return render(
    <HostContext.Provider value={host(upn)}>
      <PartServicesContext.Provider value={services}>
        <SolutionsCatalogueApp settings={settings} />
      </PartServicesContext.Provider>
    </HostContext.Provider>
  );
}

async function loaded(): Promise<void> {
  await screen.findByRole('tablist', {}, NETWORK);
}

/**
 * Opens a tab, through the "More views" menu when the tab has moved there (jsdom lays nothing out, so
 * the Pivot's overflow may move any tab into its menu, as on a narrow screen).
 */
async function goToTab(name: string): Promise<void> {
  const tablist = screen.getByRole('tablist');
  const shown = within(tablist).queryByRole('tab', { name });
  if (shown !== null) {
    fireEvent.click(shown);
    return;
  }
  fireEvent.click(within(tablist).getByLabelText('More views'));
  fireEvent.click(await screen.findByRole('menuitem', { name }));
}

function hasTab(name: string): boolean {
  return within(screen.getByRole('tablist'))
    .queryAllByRole('tab', { hidden: true })
    .some((t) => (t.textContent ?? '').trim() === name);
}

function field(label: string | RegExp): HTMLInputElement {
  return screen.getByLabelText(label, { selector: 'input, textarea' }) as HTMLInputElement;
}

function type(label: string | RegExp, value: string): void {
  fireEvent.change(field(label), { target: { value } });
}

/** The form's summary of problems (Fluent gives every field error the alert role too). */
async function errorSummary(heading: string | RegExp): Promise<HTMLElement> {
  const found = (await screen.findByText(heading)).closest<HTMLElement>('[id$="-summary"]');
  if (found === null) throw new Error('no error summary');
  return found;
}

/** A button by its text (role queries over a whole form are slow in jsdom). */
function button(text: string | RegExp, container: HTMLElement = document.body): HTMLElement {
  const found = within(container).getByText(text, { selector: 'button, button *' }).closest('button');
  if (found === null) throw new Error(`no button ${String(text)}`);
  return found;
}

/** The panel's heading (level 2), when it says `text`. */
function panelHeading(panel: HTMLElement, text: string): HTMLElement | undefined {
  return Array.from(panel.querySelectorAll<HTMLElement>('[role="heading"][aria-level="2"]')).filter((h) => h.textContent === text)[0];
}

function resultCount(): string {
  return screen.getByText(/entr(y|ies) found\.$/).textContent ?? '';
}

async function userId(upn: string): Promise<number> {
  return ((await emulatorSite(emu, upn).sp.web.currentUser.select('Id')()) as { Id: number }).Id;
}

const ITEMS = `_api/web/getList('${encodeURIComponent(`${EMULATOR_WEB}/${CatalogueEntriesList.url}`)}')/items`;

async function restIdsAs(upn: string): Promise<number[]> {
  const answer = await restAs(`${emu.url}${EMULATOR_WEB}`, upn)('GET', `${ITEMS}?$select=Id&$top=5000`);
  expect(answer.status).toBe(200);
  return (answer.body as { value: Array<{ Id: number }> }).value.map((r) => r.Id);
}

let submittedId: number;

describe('the solutions catalogue, submit → approve → find → copy', () => {
  it('lets a Kent analyst submit a use case, naming what is missing first and warning about personal data', async () => {
    renderAs(ANALYST);
    await loaded();
    expect(hasTab('Review queue')).toBe(false);
    expect(hasTab('Submit')).toBe(true);
    await goToTab('Submit');
    await screen.findByRole('heading', { name: 'Submit a use case or FAQ' });

    // Nothing filled in: the problems are named at their fields and in a summary that takes focus.
    fireEvent.click(button('Submit for approval'));
    const summary = await errorSummary('There are 5 problems to fix');
    expect(summary.contains(document.activeElement)).toBe(true);
    expect(within(summary).getByRole('button', { name: 'Title: Enter a title.' })).toBeTruthy();
    expect(screen.getByText('Write the steps (or the answer).')).toBeTruthy();
    expect(screen.getAllByText('Say when not to use it: the situations and information it must not be used with.').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Choose the data-handling label: what information it is safe to use with.').length).toBeGreaterThan(0);
    // The person's force and department are filled in from the directory.
    expect(screen.getByRole('combobox', { name: /^Originating force/ }).textContent).toContain('Kent');
    expect(field('Owner or champion').value).toBe(ANALYST);

    type('Title', TITLE);
    type('Summary', 'Turn ONS and police.uk figures into the headings of a problem profile in minutes.');
    type('Step-by-step how-to', '1. Download the published figures.\n2. Ask Copilot in Excel to explain the trend.');
    type('Prompt 1', `${PROMPT} Ring me on 07700 900123.`);
    // Fluent paints a warning's text a moment after the bar (so screen readers announce it): wait for it.
    expect(await screen.findByText('Check before you save: this may hold personal or operational data')).toBeTruthy();
    expect(button('Example prompts: looks like a phone number')).toBeTruthy();
    type('Prompt 1', PROMPT);
    await waitFor(() => expect(screen.queryByText('Check before you save: this may hold personal or operational data')).toBeNull());
    type('When not to use it', 'Never with named victims, suspects or unpublished data.');
    fireEvent.click(screen.getByLabelText('Red: templates and public sources only'));
    const products = screen.getByRole('combobox', { name: /^Products/ });
    fireEvent.click(products);
    fireEvent.click(await screen.findByRole('option', { name: 'Copilot in Excel' }));
    fireEvent.keyDown(products, { key: 'Escape', keyCode: 27, which: 27 });
    await waitFor(() => expect(products.getAttribute('aria-expanded')).toBe('false'));
    expect(products.textContent).toContain('Copilot in Excel');

    fireEvent.click(button('Submit for approval'));
    await screen.findByText(/is submitted\. A champion will check it/, {}, NETWORK);

    // The author sees it waiting in their submissions.
    await goToTab('My submissions');
    const mine = await screen.findByRole('list', { name: 'What you have written' }, NETWORK);
    const item = within(mine).getByRole('heading', { name: TITLE }).closest('li') as HTMLElement;
    expect(within(item).getByText('Waiting for a champion')).toBeTruthy();
    submittedId = Number(item.getAttribute('data-entry'));
    expect(submittedId).toBeGreaterThan(0);
  }, 90000);

  it('keeps the submission from another workforce member: in the UI, through the repository and by direct REST', async () => {
    renderAs(PC);
    await loaded();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search the catalogue' }), { target: { value: 'burglary problem profile' } });
    expect(resultCount()).toBe('No entries found.');

    const repository = new CatalogueRepository(emulatorSite(emu, PC));
    expect((await repository.publishedEntries()).map((e) => e.id)).not.toContain(submittedId);
    expect(await repository.entry(submittedId)).toBeUndefined();
    expect(await restIdsAs(PC)).not.toContain(submittedId);
    expect((await restAs(`${emu.url}${EMULATOR_WEB}`, PC)('GET', `${ITEMS}(${submittedId})`)).status).toBe(404);
  }, 90000);

  it('lets an Essex champion approve it from the review queue, with the review-by date six months on, in one request', async () => {
    renderAs(CHAMPION);
    await loaded();
    await goToTab('Review queue');
    const queue = await screen.findByRole('list', { name: 'Submissions waiting for a champion' }, NETWORK);
    fireEvent.click(within(queue).getByRole('button', { name: `Review ${TITLE}` }));
    await screen.findByRole('heading', { name: `Review \u201c${TITLE}\u201d` });
    expect(screen.getByText('Submitted by Tomasz Nowak on 23 November 2026.')).toBeTruthy();
    expect(field(/^Review by/).value).toBe('23/05/2027');

    writes = [];
    fireEvent.click(button('Approve and publish'));
    await screen.findByText(`\u201c${TITLE}\u201d is published. Review by 23 May 2027.`, {}, NETWORK);
    // One request: the status, the review-by day and the published day together.
    expect(writes).toEqual([{ method: 'MERGE', path: expect.stringContaining(`/items(${submittedId})`) as unknown as string }]);
    expect(screen.getByText('Nothing is waiting for review.')).toBeTruthy();

    const stored = (await new CatalogueRepository(emulatorSite(emu, PC)).entry(submittedId)) as ICatalogueEntry;
    expect(stored).toMatchObject({ state: 'approved', moderation: 'approved', reviewBy: '2027-05-23', publishedOn: '2026-11-23', prompts: [PROMPT] });
  }, 90000);

  it('lets the other colleague find it by search and a facet, open it and copy its prompt', async () => {
    renderAs(PC);
    await loaded();
    expect(await restIdsAs(PC)).toContain(submittedId);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search the catalogue' }), { target: { value: 'problem prof' } });
    expect(resultCount()).toBe('1 entry found.');
    const intelligence = screen.getByLabelText('Intelligence and analysis (1)');
    fireEvent.click(intelligence);
    expect(resultCount()).toBe('1 entry found.');
    expect(screen.getByLabelText('Red: templates and public sources only (1)')).toBeTruthy();

    // The title is the button that opens it (its words marked where they matched).
    const title = document.getElementById(`cat-catalogue-browse-result-${submittedId}`) as HTMLElement;
    expect(title.textContent).toBe(TITLE);
    expect(Array.from(title.querySelectorAll('mark')).map((m) => m.textContent)).toEqual(['problem', 'prof']);
    fireEvent.click(title);
    const panel = await screen.findByRole('dialog');
    expect(panelHeading(panel, TITLE)).toBeTruthy();
    expect(within(panel).getByText('Download the published figures.').tagName).toBe('LI');
    expect(within(panel).getByText('Red: templates and public sources only')).toBeTruthy();
    fireEvent.click(within(panel).getByLabelText('Copy prompt 1 of 1'));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(PROMPT));
    await within(panel).findByText('Prompt 1 copied.');

    fireEvent.click(button('Copy link', panel));
    await waitFor(() => expect(writeText).toHaveBeenLastCalledWith(`http://localhost/sites/intranet/SitePages/Catalogue.aspx?entry=${submittedId}`));

    // "This helped me" is a vote of its own: the entry stays published.
    fireEvent.click(button('This helped me', panel));
    await within(panel).findByText('Helped 1 person', {}, NETWORK);
    expect((await new CatalogueRepository(emulatorSite(emu, PC)).entry(submittedId))?.state).toBe('approved');
  }, 90000);

  it('opens an entry from a deep link in the page address', async () => {
    window.history.replaceState({}, '', `/sites/intranet/SitePages/Catalogue.aspx?entry=${submittedId}`);
    renderAs(PC);
    const panel = await screen.findByRole('dialog', {}, NETWORK);
    expect(panelHeading(panel, TITLE)).toBeTruthy();
  }, 90000);
});

describe('retiring', () => {
  it('lets a champion retire an entry with a reason: it leaves browsing, and its link still opens it with the reason', async () => {
    window.history.replaceState({}, '', `/sites/intranet/SitePages/Catalogue.aspx?entry=${submittedId}`);
    const champion = renderAs(CHAMPION);
    const panel = await screen.findByRole('dialog', {}, NETWORK);
    fireEvent.click(button('Retire', panel));
    const dialog = await screen.findByRole('alertdialog', { name: `Retire \u201c${TITLE}\u201d` });
    fireEvent.click(button('Retire', dialog));
    expect(await within(dialog).findByText('Say why it is retired: people who open an old link will read it.')).toBeTruthy();
    expect((await new CatalogueRepository(emulatorSite(emu, PC)).entry(submittedId))?.state).toBe('approved');
    fireEvent.change(within(dialog).getByLabelText(/^Why it is retired/, { selector: 'textarea' }), { target: { value: 'Merged into a clearer entry on the same task.' } });
    fireEvent.click(button('Retire', dialog));
    await within(panel).findByText(`\u201c${TITLE}\u201d is retired.`, {}, NETWORK);
    expect(await within(panel).findByText('Retired on 23 November 2026: Merged into a clearer entry on the same task.')).toBeTruthy();
    champion.unmount();

    window.history.replaceState({}, '', '/sites/intranet/SitePages/Catalogue.aspx');
    const pc = renderAs(PC);
    await loaded();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search the catalogue' }), { target: { value: 'problem prof' } });
    expect(resultCount()).toBe('No entries found.');
    pc.unmount();

    window.history.replaceState({}, '', `/sites/intranet/SitePages/Catalogue.aspx?entry=${submittedId}`);
    renderAs(PC);
    const opened = await screen.findByRole('dialog', {}, NETWORK);
    expect(await within(opened).findByText('Retired on 23 November 2026: Merged into a clearer entry on the same task.')).toBeTruthy();
    expect(within(opened).queryByText('This helped me')).toBeNull();
  }, 90000);
});

describe('a rejection', () => {
  it('reaches the author with the champion\u2019s comment, and the author edits and resubmits', async () => {
    const analyst = { upn: ANALYST, userId: await userId(ANALYST), isChampion: false };
    const sent = await new CatalogueRepository(emulatorSite(emu, ANALYST), { now: () => NOW }).submit(
      analyst,
      content({ title: 'Draft a witness appeal', ownerUpn: ANALYST, force: 'Kent', prompts: ['Write an appeal naming the victim at 12 High Street.'] })
    );

    const champion = renderAs(CHAMPION);
    await loaded();
    await goToTab('Review queue');
    const queue = await screen.findByRole('list', { name: 'Submissions waiting for a champion' }, NETWORK);
    fireEvent.click(within(queue).getByRole('button', { name: 'Review Draft a witness appeal' }));
    await screen.findByRole('heading', { name: 'Review \u201cDraft a witness appeal\u201d' });
    // A rejection needs a comment: said at the field and in the summary, and nothing is sent.
    fireEvent.click(button('Send back'));
    const summary = await errorSummary('There is 1 problem to fix');
    expect(within(summary).getByRole('button', { name: 'Comment to the author: Say what the author should change before it can be published.' })).toBeTruthy();
    expect((await new CatalogueRepository(emulatorSite(emu, CHAMPION)).entry(sent.id))?.state).toBe('submitted');
    type('Comment to the author', 'The prompt names a victim and an address. Use a made-up example and resubmit.');
    fireEvent.click(button('Send back'));
    await screen.findByText('\u201cDraft a witness appeal\u201d is sent back to its author with your comment.', {}, NETWORK);
    champion.unmount();

    renderAs(ANALYST);
    await loaded();
    await goToTab('My submissions');
    const mine = await screen.findByRole('list', { name: 'What you have written' }, NETWORK);
    const item = within(mine).getByRole('heading', { name: 'Draft a witness appeal' }).closest('li') as HTMLElement;
    expect(within(item).getByText('Sent back')).toBeTruthy();
    expect(await within(item).findByText('The champion\u2019s comment: The prompt names a victim and an address. Use a made-up example and resubmit.')).toBeTruthy();

    fireEvent.click(within(item).getByRole('button', { name: 'Edit and resubmit Draft a witness appeal' }));
    const panel = await screen.findByRole('dialog');
    expect(await within(panel).findByText('The champion\u2019s comment: The prompt names a victim and an address. Use a made-up example and resubmit.')).toBeTruthy();
    fireEvent.change(within(panel).getByLabelText('Prompt 1', { selector: 'textarea' }), { target: { value: 'Write an appeal for witnesses to a burglary on a made-up street.' } });
    await act(async () => {
      fireEvent.click(button('Submit for approval', panel));
    });
    await within(panel).findByText(/is submitted\. A champion will check it/, {}, NETWORK);
    const stored = await new CatalogueRepository(emulatorSite(emu, ANALYST)).entry(sent.id);
    expect(stored).toMatchObject({ state: 'submitted', prompts: ['Write an appeal for witnesses to a burglary on a made-up street.'] });
    // My submissions reads the list again after the write.
    await waitFor(() => expect(document.querySelector(`li[data-entry="${sent.id}"]`)?.getAttribute('data-state')).toBe('submitted'), NETWORK);
  }, 90000);
});

describe('two champions editing one entry', () => {
  it('detects the second save, says who changed what and when, and lets the champion choose', async () => {
    const champion = { upn: CHAMPION, userId: await userId(CHAMPION), isChampion: true };
    const owner = { upn: OWNER, userId: await userId(OWNER), isChampion: true };
    const repository = new CatalogueRepository(emulatorSite(emu, CHAMPION), { now: () => NOW });
    const published = await repository.approve(champion, await repository.submit(champion, content({ title: 'Tidy a duty roster note', ownerUpn: CHAMPION, force: 'Essex' })));

    window.history.replaceState({}, '', `/sites/intranet/SitePages/Catalogue.aspx?entry=${published.id}`);
    renderAs(CHAMPION);
    const panel = await screen.findByRole('dialog', {}, NETWORK);
    fireEvent.click(button('Edit', panel));
    type('Summary', 'Turn a roster change into a clear two-line note for the team.');

    // Meanwhile the site owner, also allowed to approve, changes the prompts and the summary and saves first.
    const theirs = await new CatalogueRepository(emulatorSite(emu, OWNER), { now: () => NOW }).edit(owner, published, { ...published, summary: 'A roster note in plain English.', prompts: ['Rewrite this roster change as two short lines.'] });
    expect(theirs.etag).not.toBe(published.etag);

    fireEvent.click(button('Save changes', panel));
    expect(await within(panel).findByText(/^Someone changed this entry after you opened it\. Your text is still here\./, {}, NETWORK)).toBeTruthy();
    const change = await waitFor(() => {
      const found = panel.querySelector('[data-their-change]');
      if (found === null) throw new Error('not shown yet');
      return found;
    }, NETWORK);
    expect(change.textContent).toMatch(/^Olivia Owner saved it at 23 Nov 2026, \d\d:\d\d\. They changed: Summary and Example prompts\.$/);
    // Nothing was overwritten: what is stored is the owner's, and the champion's text is still in the form.
    expect((await repository.entry(published.id))?.summary).toBe('A roster note in plain English.');
    expect(field('Summary').value).toBe('Turn a roster change into a clear two-line note for the team.');

    // The champion chooses to save theirs over it: one write, against the owner's version.
    fireEvent.click(button('Save mine over it', panel));
    await waitFor(async () => expect((await repository.entry(published.id))?.summary).toBe('Turn a roster change into a clear two-line note for the team.'), NETWORK);
    // "Mine over it" is the whole form, as the notice said: the prompts go back to what the champion had,
    // and the entry stays published (a champion's edit carries the approval in the same request).
    expect(await repository.entry(published.id)).toMatchObject({ state: 'approved', prompts: published.prompts });
  }, 90000);
});

describe('an overdue review', () => {
  it('is flagged to its owner when they open the catalogue, and "See my entries" lists it as overdue', async () => {
    // Approved last spring, so its six-month review day (1 September) has passed by 23 November.
    const spring = new Date('2026-03-01T10:00:00Z');
    const analyst = { upn: ANALYST, userId: await userId(ANALYST), isChampion: false };
    const champion = { upn: CHAMPION, userId: await userId(CHAMPION), isChampion: true };
    const sent = await new CatalogueRepository(emulatorSite(emu, ANALYST), { now: () => spring }).submit(
      analyst,
      content({ title: 'Summarise a week of intelligence bulletins', ownerUpn: ANALYST, force: 'Kent' })
    );
    const approved = await new CatalogueRepository(emulatorSite(emu, CHAMPION), { now: () => spring }).approve(champion, sent);
    expect(approved).toMatchObject({ state: 'approved', reviewBy: '2026-09-01' });

    // Another workforce member is not told about someone else's entry.
    const pc = renderAs(PC);
    await loaded();
    await screen.findAllByRole('heading', { name: 'Summarise a week of intelligence bulletins' }, NETWORK);
    expect(screen.queryByText(/whose review date has passed/)).toBeNull();
    pc.unmount();

    renderAs(ANALYST);
    await loaded();
    expect(
      await screen.findByText('You own 1 catalogue entry whose review date has passed. Check it is still right, then update it or ask a champion to confirm it.', {}, NETWORK)
    ).toBeTruthy();
    fireEvent.click(button('See my entries'));
    const mine = await screen.findByRole('list', { name: 'What you have written' }, NETWORK);
    const item = within(mine).getByRole('heading', { name: 'Summarise a week of intelligence bulletins' }).closest('li') as HTMLElement;
    expect(within(item).getByText('Review overdue: review by 1 September 2026.')).toBeTruthy();
  }, 90000);
});
