/** @jest-environment jsdom */
/**
 * The champions' desk in the DOM against the emulator with the suite's real permissions: a colleague asks,
 * a champion answers and publishes the answer as an FAQ that everyone can then read, and the asker sees
 * the answer; a colleague who is no champion has no queue and the repository refuses them; two champions
 * answering at once never overwrite each other silently; a busy SharePoint loses nothing typed; the
 * directory lists the champions by force and department, and says so plainly when it may not.
 */
import * as React from 'react';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import '@pnp/sp/site-groups/web';
import { CatalogueRepository } from '../../../../data/CatalogueRepository';
import { championsGroupTitle } from '../../../../data/championsDirectory';
import { ValidationError } from '../../../../data/errors';
import type { DataSite } from '../../../../data/sp';
import { emulatorSite, EMULATOR_WEB, type RunningEmulatorLike } from '../../../../data/testing/emulator';
import { restAs } from '../../../../data/testing/rest';
import { startSuiteEmulator } from '../../../../data/testing/suiteEmulator';
import { createItems } from '../../../../data/writes';
import type { IChampionQuestion } from '../../../../domain/catalogue/types';
import { CatalogueEntriesList } from '../../../../lists/catalogue';
import { PeopleList } from '../../../../lists/people';
import { ChampionsDesk } from './ChampionsDesk';

// Icon fonts are not loaded under jest; the icons are decoration here.
setIconOptions({ disableWarnings: true });

const TODAY = '2026-11-23';
const OWNER = 'essex.owner@policing.example';
const ASKER = 'essex.pc@policing.example';
const READER = 'kent.analyst@policing.example';
const CHAMPION = 'essex.champion@policing.example';
const OTHER_CHAMPION = 'kent.champion@policing.example';

/** Waits that include a round trip to the emulator (a busy test machine can take seconds). */
const NETWORK = { timeout: 10000 };

const PEOPLE: Record<string, { force: string; department: string; userId: number | null }> = {
  [ASKER]: { force: 'Essex', department: 'Response', userId: null },
  [READER]: { force: 'Kent', department: 'Intelligence and analysis', userId: null },
  [CHAMPION]: { force: 'Essex', department: 'Criminal justice and custody', userId: null },
  [OTHER_CHAMPION]: { force: 'Kent', department: 'CID / local investigation', userId: null }
};

let emu: RunningEmulatorLike;

beforeAll(async () => {
  emu = await startSuiteEmulator({ upn: OWNER, title: 'Priya Nair' }, [
    { upn: ASKER, title: 'Daniel Okafor', groups: ['workforce'] },
    { upn: READER, title: 'Tomasz Nowak', groups: ['workforce'] },
    { upn: CHAMPION, title: 'Aisha Rahman', groups: ['workforce', 'champions'] },
    { upn: OTHER_CHAMPION, title: 'Liam Foster', groups: ['workforce', 'champions'] }
    // SharePoint stamps Created and Modified on the desk's "today", whatever day the tests run.
  ], { clock: { offsetMs: Date.parse(`${TODAY}T10:00:00Z`) - Date.now() } });
  const owner = emulatorSite(emu, OWNER);
  // Whoever creates a group is its first member: the owner who ran set-up is no champion.
  await owner.sp.web.siteGroups.getByName(championsGroupTitle()).users.removeByLoginName(`i:0#.f|membership|${OWNER}`);
  await createItems(owner, PeopleList, [
    { displayName: 'Daniel Okafor', upn: ASKER, force: 'Essex', department: 'Response', jobTitle: 'Police constable' },
    { displayName: 'Tomasz Nowak', upn: READER, force: 'Kent', department: 'Intelligence and analysis', jobTitle: 'Analyst' },
    { displayName: 'Aisha Rahman', upn: CHAMPION, force: 'Essex', department: 'Criminal justice and custody', jobTitle: 'Case officer' },
    { displayName: 'Liam Foster', upn: OTHER_CHAMPION, force: 'Kent', department: 'CID / local investigation', jobTitle: 'Detective constable' }
  ]);
  for (const upn of Object.keys(PEOPLE)) {
    PEOPLE[upn].userId = ((await emulatorSite(emu, upn).sp.web.currentUser.select('Id')()) as { Id: number }).Id;
  }
}, 60000);

afterAll(async () => {
  await emu.close();
});

afterEach(() => {
  emu.faults.reset();
  cleanup();
});

function renderDesk(upn: string, options: { questionsOpen?: boolean; site?: () => Promise<DataSite> } = {}): jest.Mock {
  const onPromoted = jest.fn();
  const p = PEOPLE[upn];
  render(
    <ChampionsDesk
      site={options.site ?? (async () => emulatorSite(emu, upn))}
      me={{ upn, userId: p.userId, isChampion: upn === CHAMPION || upn === OTHER_CHAMPION, force: p.force, department: p.department }}
      today={TODAY}
      locale="en-GB"
      idPrefix="desk"
      questionsOpen={options.questionsOpen ?? true}
      onPromoted={onPromoted}
    />
  );
  return onPromoted;
}

function field(name: string | RegExp): HTMLTextAreaElement | HTMLInputElement {
  return screen.getByLabelText(name, { selector: 'input, textarea' }) as HTMLTextAreaElement;
}

function type(name: string | RegExp, value: string): void {
  fireEvent.change(field(name), { target: { value } });
}

function button(name: string | RegExp, container: HTMLElement = document.body): HTMLElement {
  return within(container).getByRole('button', { name });
}

function tab(name: RegExp): HTMLElement {
  return within(screen.getByRole('tablist')).getByRole('tab', { name });
}

function panel(name: string): HTMLElement {
  return screen.getByRole('tabpanel', { name });
}

function card(container: HTMLElement, title: string): HTMLElement {
  return within(container).getByRole('listitem', { name: title });
}

/** The person's questions have been read (their list's heading shows). */
async function questionsLoaded(): Promise<void> {
  await within(panel('Ask a champion')).findByRole('heading', { name: 'My questions' }, NETWORK);
}

async function questionsOf(upn: string): Promise<IChampionQuestion[]> {
  return new CatalogueRepository(emulatorSite(emu, upn)).questions();
}

const QUESTION = 'Can I use Copilot to tidy up my pocket notebook entries before I type them up?';
const ANSWER = 'No. Notebook entries are evidential and hold personal data: they must never go into Copilot.\n\nYou can ask Copilot Chat to explain the published notebook guidance instead.';

describe('ask a champion, answer, publish as an FAQ', () => {
  it('lets a colleague ask with their force and department, warned live about personal data, and keeps the question theirs', async () => {
    renderDesk(ASKER);
    expect(screen.getByText('Your question goes to the champions with your force and department: Essex, Response.')).toBeTruthy();
    expect(screen.getByText(/Do not include personal or operational data/)).toBeTruthy();
    // No queue for a colleague who is no champion.
    expect(within(screen.getByRole('tablist')).queryByRole('tab', { name: /Open questions/ })).toBeNull();
    expect(await screen.findByText('You have not asked the champions anything yet.', {}, NETWORK)).toBeTruthy();

    // Sending nothing names the problem at the field and keeps focus there.
    fireEvent.click(button('Send question'));
    expect(await screen.findByText('Enter your question.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(field(/^Your question/)));

    // Personal data is flagged as it is typed, by kind.
    type(/^Your question/, 'Can Copilot summarise crime ref KT-2611-004512 for 07700 900123?');
    expect(screen.getByText(/This may contain personal or operational data: a phone number; a crime, incident or case reference\./)).toBeTruthy();
    expect(screen.getByText(/^No personal or operational data\. 64 of 2,000 characters\.$/)).toBeTruthy();

    type(/^Your question/, QUESTION);
    expect(screen.queryByText(/This may contain personal or operational data/)).toBeNull();
    fireEvent.click(button('Send question'));
    expect(await screen.findByText(/Your question was sent to the champions/, {}, NETWORK)).toBeTruthy();
    expect(field(/^Your question/).value).toBe('');

    const mine = within(panel('Ask a champion')).getByRole('list', { name: 'My questions' });
    const asked = card(mine, QUESTION);
    expect(within(asked).getByText('Waiting for an answer')).toBeTruthy();
    expect(within(asked).getByText('Asked on 23 November 2026')).toBeTruthy();

    // Stored with the asker's force and department; another colleague cannot see it, by the repository or by REST.
    const stored = (await questionsOf(ASKER))[0];
    expect(stored).toMatchObject({ question: QUESTION, askerUpn: ASKER, force: 'Essex', department: 'Response', status: 'open' });
    expect(await questionsOf(READER)).toEqual([]);
  });

  it('lets a champion answer from the queue; the asker sees the answer; a colleague who is no champion is refused', async () => {
    const [asked] = await questionsOf(ASKER);
    // The repository refuses a non-champion before sending, and SharePoint refuses one who claims to be a champion.
    await expect(new CatalogueRepository(emulatorSite(emu, READER)).answer({ upn: READER, userId: PEOPLE[READER].userId, isChampion: false }, asked, 'Yes')).rejects.toBeInstanceOf(ValidationError);
    const direct = await restAs(`${emu.url}${EMULATOR_WEB}`, READER)('POST', `_api/web/getList('${encodeURIComponent(`${EMULATOR_WEB}/Lists/ChampionQuestions`)}')/items(${asked.id})`, {
      xHttpMethod: 'MERGE',
      body: { chqAnswer: 'Yes', chqStatus: 'answered' }
    });
    expect([403, 404]).toContain(direct.status);

    renderDesk(CHAMPION);
    fireEvent.click(tab(/^Open questions/));
    const queue = panel('Open questions');
    const open = card(await within(queue).findByRole('list', { name: 'Open questions' }, NETWORK), QUESTION);
    expect(within(open).getByText(`Asked by ${ASKER} (Essex, Response) on 23 November 2026`)).toBeTruthy();
    // The queue filters by force and department.
    expect(within(queue).getByText('Open questions: 1.')).toBeTruthy();

    // An empty answer is refused at the field.
    fireEvent.click(button(`Send answer: “${QUESTION}”`, open));
    expect(await within(open).findByText('Enter an answer.')).toBeTruthy();
    fireEvent.change(within(open).getByLabelText(`Your answer: “${QUESTION}”`), { target: { value: ANSWER } });
    fireEvent.click(button(`Send answer: “${QUESTION}”`, open));
    expect(await screen.findByText(`Your answer to “${QUESTION}” was sent. The asker sees it under My questions.`, {}, NETWORK)).toBeTruthy();
    expect(within(queue).getByText('No open questions match.')).toBeTruthy();
    fireEvent.click(tab(/^Answered questions/));
    const answered = card(within(panel('Answered questions')).getByRole('list', { name: 'Answered questions' }), QUESTION);
    expect(within(answered).getByText(`Answered by ${CHAMPION} on 23 November 2026`)).toBeTruthy();

    cleanup();
    renderDesk(ASKER);
    const mine = card(await within(panel('Ask a champion')).findByRole('list', { name: 'My questions' }, NETWORK), QUESTION);
    expect(within(mine).getByText(`Answered by ${CHAMPION} on 23 November 2026`)).toBeTruthy();
    expect(within(mine).getByText((_c, el) => el?.textContent === ANSWER && el.tagName === 'SPAN')).toBeTruthy();
  });

  it('publishes an answered question as an FAQ in one step: approved, linked, readable by everyone, and the asker told', async () => {
    const onPromoted = renderDesk(CHAMPION);
    fireEvent.click(tab(/^Answered questions/));
    const list = await within(panel('Answered questions')).findByRole('list', { name: 'Answered questions' }, NETWORK);
    fireEvent.click(button(`Publish as an FAQ: “${QUESTION}”`, card(list, QUESTION)));

    // Prefilled from the question and its answer.
    const form = await screen.findByRole('dialog', {}, NETWORK);
    expect((within(form).getByLabelText(/^Title/, { selector: 'input' }) as HTMLInputElement).value).toBe(QUESTION);
    expect((within(form).getByLabelText(/^Summary/, { selector: 'textarea' }) as HTMLTextAreaElement).value).toBe('No.');
    expect((within(form).getByLabelText(/^Answer/, { selector: 'textarea' }) as HTMLTextAreaElement).value).toBe(ANSWER);
    fireEvent.change(within(form).getByLabelText(/^Summary/, { selector: 'textarea' }), { target: { value: 'No: notebook entries are evidential and hold personal data.' } });

    // The data-handling label must be chosen: named in a summary, at its group, nothing lost.
    fireEvent.click(button('Publish FAQ', form));
    expect(await within(form).findByText('There is 1 problem to fix before publishing. Nothing you typed is lost.')).toBeTruthy();
    expect(within(form).getAllByText(/Choose the data-handling label\./).length).toBeGreaterThanOrEqual(2);
    fireEvent.click(within(form).getByRole('radio', { name: /^Red:/ }));
    fireEvent.click(button('Publish FAQ', form));
    await waitFor(() => expect(onPromoted).toHaveBeenCalledTimes(1), NETWORK);
    expect(await screen.findByText(`“${QUESTION}” is published as an FAQ, and the asker can see the answer.`)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();

    // Published: another workforce member reads it, approved and linked to the question; by REST too.
    const entryId = onPromoted.mock.calls[0][0] as number;
    const [asked] = await questionsOf(ASKER);
    const faq = await new CatalogueRepository(emulatorSite(emu, READER)).entry(entryId);
    expect(faq).toMatchObject({
      type: 'faq',
      state: 'approved',
      title: QUESTION,
      summary: 'No: notebook entries are evidential and hold personal data.',
      handling: 'red',
      force: 'Essex',
      ownerUpn: CHAMPION,
      sourceQuestionId: asked.id,
      publishedOn: TODAY,
      reviewBy: '2027-05-23'
    });
    expect(faq?.howToHtml).toBe('<p>No. Notebook entries are evidential and hold personal data: they must never go into Copilot.</p><p>You can ask Copilot Chat to explain the published notebook guidance instead.</p>');
    const raw = await restAs(`${emu.url}${EMULATOR_WEB}`, READER)('GET', `_api/web/getList('${encodeURIComponent(`${EMULATOR_WEB}/${CatalogueEntriesList.url}`)}')/items(${entryId})?$select=Id,OData__ModerationStatus`);
    expect(raw).toMatchObject({ status: 200, body: { Id: entryId, OData__ModerationStatus: 0 } });
    expect(asked.promotedEntryId).toBe(entryId);

    // The champion's list now offers the FAQ; the asker sees it too.
    fireEvent.click(button(`Open the FAQ: “${QUESTION}”`, card(within(panel('Answered questions')).getByRole('list', { name: 'Answered questions' }), QUESTION)));
    expect(onPromoted).toHaveBeenLastCalledWith(entryId);
    cleanup();
    const askerOpens = renderDesk(ASKER);
    const mine = card(await within(panel('Ask a champion')).findByRole('list', { name: 'My questions' }, NETWORK), QUESTION);
    expect(within(mine).getByText('This answer is now an FAQ in the catalogue.')).toBeTruthy();
    fireEvent.click(button(`Open the FAQ: “${QUESTION}”`, mine));
    expect(askerOpens).toHaveBeenCalledWith(entryId);
  });

  it('answers an open question and publishes it in one step from the queue', async () => {
    const question = 'Is there a prompt that turns ward panel minutes into the newsletter format?';
    await new CatalogueRepository(emulatorSite(emu, READER)).ask(question, { upn: READER, force: 'Kent', department: 'Neighbourhood policing' });
    const onPromoted = renderDesk(OTHER_CHAMPION);
    fireEvent.click(tab(/^Open questions/));
    const open = card(await within(panel('Open questions')).findByRole('list', { name: 'Open questions' }, NETWORK), question);
    fireEvent.change(within(open).getByLabelText(`Your answer: “${question}”`), { target: { value: 'Yes. Open the minutes in Word and ask Copilot in Word for a newsletter of 300 words.' } });
    fireEvent.click(button(`Answer and publish as an FAQ: “${question}”`, open));
    const form = await screen.findByRole('dialog', {}, NETWORK);
    // The champion's force, the asker's department, and the products the answer names.
    expect(within(form).getByRole('combobox', { name: /^Originating force/ }).textContent).toContain('Kent');
    expect(within(form).getByRole('combobox', { name: /^Departments/ }).textContent).toContain('Neighbourhood policing');
    expect(within(form).getByRole('combobox', { name: /^Products/ }).textContent).toContain('Copilot in Word');
    fireEvent.click(within(form).getByRole('radio', { name: /^Amber:/ }));
    fireEvent.click(button('Publish FAQ', form));
    await waitFor(() => expect(onPromoted).toHaveBeenCalledTimes(1), NETWORK);

    const stored = (await questionsOf(READER))[0];
    expect(stored).toMatchObject({ status: 'answered', answeredBy: OTHER_CHAMPION, answer: 'Yes. Open the minutes in Word and ask Copilot in Word for a newsletter of 300 words.', promotedEntryId: onPromoted.mock.calls[0][0] });
    const published = await new CatalogueRepository(emulatorSite(emu, ASKER)).publishedEntries();
    expect(published.filter((e) => e.sourceQuestionId === stored.id)).toMatchObject([{ type: 'faq', handling: 'amber', departments: ['Neighbourhood policing'], products: ['Copilot in Word'] }]);
  });
});

describe('when things go wrong', () => {
  it('never overwrites another champion\u2019s answer silently: shows theirs, keeps mine, and replaces only when asked', async () => {
    const question = 'Can I paste anonymised call volumes by hour into Copilot in Excel?';
    await new CatalogueRepository(emulatorSite(emu, ASKER)).ask(question, { upn: ASKER, force: 'Essex', department: 'Contact management' });
    renderDesk(CHAMPION);
    fireEvent.click(tab(/^Open questions/));
    const open = card(await within(panel('Open questions')).findByRole('list', { name: 'Open questions' }, NETWORK), question);
    const mine = 'Yes, if the figures are counts only, with nothing that identifies a caller or an incident.';
    fireEvent.change(within(open).getByLabelText(`Your answer: “${question}”`), { target: { value: mine } });

    // Another champion answers first.
    const theirs = 'Yes: aggregated counts are fine. Check the charts it makes.';
    const read = (await questionsOf(OTHER_CHAMPION)).filter((q) => q.question === question)[0];
    await new CatalogueRepository(emulatorSite(emu, OTHER_CHAMPION)).answer({ upn: OTHER_CHAMPION, userId: PEOPLE[OTHER_CHAMPION].userId, isChampion: true }, read, theirs);

    fireEvent.click(button(`Send answer: “${question}”`, open));
    expect(await within(open).findByText(`Another champion (${OTHER_CHAMPION}) answered this question while you were writing. Their answer:`, {}, NETWORK)).toBeTruthy();
    expect(within(open).getByText(theirs)).toBeTruthy();
    expect((within(open).getByLabelText(`Your answer: “${question}”`) as HTMLTextAreaElement).value).toBe(mine);
    // Nothing of theirs was overwritten.
    expect((await questionsOf(ASKER)).filter((q) => q.question === question)[0]).toMatchObject({ answer: theirs, answeredBy: OTHER_CHAMPION });

    fireEvent.click(button(`Replace with my answer: “${question}”`, open));
    expect(await screen.findByText(`Your answer to “${question}” was sent. The asker sees it under My questions.`, {}, NETWORK)).toBeTruthy();
    expect((await questionsOf(ASKER)).filter((q) => q.question === question)[0]).toMatchObject({ answer: mine, answeredBy: CHAMPION });
  });

  it('makes one FAQ when two champions publish the same question: the second is offered the first\u2019s', async () => {
    const question = 'Can I use Copilot to plan the custody rota?';
    await new CatalogueRepository(emulatorSite(emu, ASKER)).ask(question, { upn: ASKER, force: 'Essex', department: 'Criminal justice and custody' });
    const onPromoted = renderDesk(CHAMPION);
    fireEvent.click(tab(/^Open questions/));
    const open = card(await within(panel('Open questions')).findByRole('list', { name: 'Open questions' }, NETWORK), question);
    fireEvent.change(within(open).getByLabelText(`Your answer: “${question}”`), { target: { value: 'Yes, with a rota that holds shift patterns and initials only.' } });
    fireEvent.click(button(`Answer and publish as an FAQ: “${question}”`, open));
    const form = await screen.findByRole('dialog', {}, NETWORK);
    fireEvent.click(within(form).getByRole('radio', { name: /^Amber:/ }));

    // Meanwhile the other champion publishes it.
    const theirs = (await questionsOf(OTHER_CHAMPION)).filter((q) => q.question === question)[0];
    const first = await new CatalogueRepository(emulatorSite(emu, OTHER_CHAMPION)).promoteToFaq({ upn: OTHER_CHAMPION, userId: PEOPLE[OTHER_CHAMPION].userId, isChampion: true }, theirs, {
      type: 'faq',
      title: question,
      summary: 'Yes, with initials only.',
      problem: '',
      howToHtml: '<p>Yes, with initials only.</p>',
      prompts: [],
      products: ['Copilot in Excel'],
      departments: [],
      roles: [],
      force: 'Kent',
      ownerUpn: OTHER_CHAMPION,
      handling: 'amber',
      whenNotToUse: '',
      trainingModuleKey: '',
      estimatedMinutesPerUse: null,
      measuredTask: null
    });

    fireEvent.click(button('Publish FAQ', form));
    expect(await within(form).findByText('Another champion has already published this question as an FAQ.', {}, NETWORK)).toBeTruthy();
    expect(onPromoted).not.toHaveBeenCalled();
    fireEvent.click(button('Open the FAQ', form));
    expect(onPromoted).toHaveBeenCalledWith(first.entry.id);
    const published = await new CatalogueRepository(emulatorSite(emu, READER)).publishedEntries();
    expect(published.filter((e) => e.sourceQuestionId === theirs.id).map((e) => e.id)).toEqual([first.entry.id]);
  });

  it('keeps a typed answer when SharePoint is busy, and sends it on the next try', async () => {
    const question = 'How do I copy one of the catalogue prompts into Outlook?';
    await new CatalogueRepository(emulatorSite(emu, ASKER)).ask(question, { upn: ASKER, force: 'Essex', department: 'Criminal justice and custody' });
    renderDesk(CHAMPION, { site: async () => emulatorSite(emu, CHAMPION, { maxAttempts: 1 }) });
    fireEvent.click(tab(/^Open questions/));
    const queue = panel('Open questions');
    await within(queue).findByRole('list', { name: 'Open questions' }, NETWORK);
    // Filter to the asker's department.
    fireEvent.click(within(queue).getByRole('combobox', { name: /^Asker’s department/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Criminal justice and custody' }));
    expect(within(queue).getByText('Open questions: 1.')).toBeTruthy();
    const open = card(within(queue).getByRole('list', { name: 'Open questions' }), question);
    const text = 'Select the prompt, press Copy, then paste it into Copilot in Outlook.';
    fireEvent.change(within(open).getByLabelText(`Your answer: “${question}”`), { target: { value: text } });

    emu.faults.set({ throttleRate: 1, retryAfterSeconds: 0, pathPattern: '/items' });
    fireEvent.click(button(`Send answer: “${question}”`, open));
    expect(await within(open).findByText(/Your answer was not sent\. SharePoint is busy/, {}, NETWORK)).toBeTruthy();
    expect((within(open).getByLabelText(`Your answer: “${question}”`) as HTMLTextAreaElement).value).toBe(text);
    emu.faults.reset();
    fireEvent.click(button(`Send answer: “${question}”`, open));
    expect(await screen.findByText(`Your answer to “${question}” was sent. The asker sees it under My questions.`, {}, NETWORK)).toBeTruthy();
    expect((await questionsOf(ASKER)).filter((q) => q.question === question)[0]).toMatchObject({ status: 'answered', answer: text });
  });

  it('says questions are closed and where to go instead, and still shows the person\u2019s answers', async () => {
    renderDesk(ASKER, { questionsOpen: false });
    expect(screen.getByText(/New questions to the champions are closed here/)).toBeTruthy();
    expect(screen.queryByLabelText(/^Your question/)).toBeNull();
    expect(await within(panel('Ask a champion')).findByRole('list', { name: 'My questions' }, NETWORK)).toBeTruthy();
    fireEvent.click(button('Find a champion'));
    expect(tab(/^Champions directory/).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByRole('heading', { name: 'Essex: 1 champion' }, NETWORK)).toBeTruthy();
  });
});

describe('the champions directory', () => {
  it('lists champions by force (the reader\u2019s first) and department, with a Teams chat and an e-mail', async () => {
    renderDesk(READER);
    await questionsLoaded();
    fireEvent.click(tab(/^Champions directory/));
    const directory = panel('Champions directory');
    expect(await within(directory).findByText('Champions listed: 2.', {}, NETWORK)).toBeTruthy();
    const headings = within(directory)
      .getAllByRole('heading')
      .map((h) => `${h.tagName} ${h.textContent ?? ''}`);
    expect(headings).toEqual(['H3 Champions directory', 'H4 Kent: 1 champion', 'H5 CID / local investigation', 'H4 Essex: 1 champion', 'H5 Criminal justice and custody']);
    const liam = within(directory).getByRole('listitem', { name: 'Liam Foster' });
    expect(within(liam).getByText('Detective constable')).toBeTruthy();
    expect(within(liam).getByRole('link', { name: 'Chat in Teams with Liam Foster (opens in a new tab)' }).getAttribute('href')).toBe(`https://teams.microsoft.com/l/chat/0/0?users=${OTHER_CHAMPION}`);
    expect(within(liam).getByRole('link', { name: `Email Liam Foster at ${OTHER_CHAMPION}` }).getAttribute('href')).toBe(`mailto:${OTHER_CHAMPION}`);
  });

  it('says plainly when the reader may not see who the champions are', async () => {
    const owner = emulatorSite(emu, OWNER);
    await owner.sp.web.siteGroups.getByName(championsGroupTitle()).update({ OnlyAllowMembersViewMembership: true });
    try {
      renderDesk(READER);
      await questionsLoaded();
      await act(async () => {
        fireEvent.click(tab(/^Champions directory/));
      });
      expect(await screen.findByText(/You do not have permission to see who is in the champions group \(“M365 Suite Champions”\)/, {}, NETWORK)).toBeTruthy();
    } finally {
      await owner.sp.web.siteGroups.getByName(championsGroupTitle()).update({ OnlyAllowMembersViewMembership: false });
    }
  });
});
