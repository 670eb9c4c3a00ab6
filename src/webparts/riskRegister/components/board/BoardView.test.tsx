/** @jest-environment jsdom */
/**
 * The board cycle in the DOM, through the risk register part's Board tab, against the emulator with the
 * suite's real set-up (the programme board runs meetings and only ADDS closure records; the workforce reads)
 * and the real repositories. A board member runs the week's meeting end to end: a risk re-scored since the
 * last board shows under "since last board" with its direction in words; they create the meeting (told first
 * what is missing), log a decision and an action linked to the risk, close it after a confirmation that says
 * what is frozen, open the board paper generated from the snapshot (its marking at the top and bottom, a
 * section per topic, print-ready and downloadable as one HTML file), re-open it (a reason is required and
 * listed) and close it again (the paper says it was re-issued). At the next meeting another board member
 * sees the change since that board and triages a poor-output report into an issue; a workforce member only
 * reads. The clock is fixed: today is Monday 23 November 2026.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createTheme, setIconOptions } from '@fluentui/react/lib/Styling';
import { BoardRepository } from '../../../../data/BoardRepository';
import { RiskRepository } from '../../../../data/RiskRepository';
import type { DataSite } from '../../../../data/sp';
import { emulatorSite, type RunningEmulatorLike } from '../../../../data/testing/emulator';
import { startSuiteEmulator } from '../../../../data/testing/suiteEmulator';
import { createItem } from '../../../../data/writes';
import { blankRisk, type IRisk } from '../../../../domain/risks';
import { PoorOutputReportsList } from '../../../../lists/catalogue';
import { PartServicesContext } from '../../../../ui/data/PartServices';
import { HostContext, type IHostContext } from '../../../../ui/host/hostContext';
import RiskRegisterApp from '../RiskRegisterApp';

setIconOptions({ disableWarnings: true });

const OWNER = 'olivia.owner@policing.example';
const KENT_BOARD = 'kent.board@policing.example';
const ESSEX_BOARD = 'essex.board@policing.example';
const PC = 'essex.callhandler@policing.example';
const NOW = new Date('2026-11-23T10:00:00Z');
/** Waits that include round trips to the emulator. */
const NETWORK = { timeout: 40000 };

let emu: RunningEmulatorLike;
let governance: IRisk;

function risks(upn: string, now: Date = NOW): RiskRepository {
  return new RiskRepository(emulatorSite(emu, upn), { now: () => now });
}

function board(upn: string, now: Date = NOW): BoardRepository {
  return new BoardRepository(emulatorSite(emu, upn), { now: () => now });
}

async function clock(body: Record<string, unknown>): Promise<void> {
  await fetch(`${emu.url}/_emulator/clock`, { method: 'POST', body: JSON.stringify(body) });
}

beforeAll(async () => {
  // Only the clock is pinned: timers and promises run for real, for the emulator's sake.
  jest.useFakeTimers({
    now: NOW,
    doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout']
  });
  emu = await startSuiteEmulator({ upn: OWNER, title: 'Olivia Owner' }, [
    { upn: KENT_BOARD, title: 'Ruth Calder', groups: ['workforce', 'programme'] },
    { upn: ESSEX_BOARD, title: 'James Pike', groups: ['workforce', 'programme'] },
    { upn: PC, title: 'Chloe Barnes', groups: ['workforce'] }
  ]);
  // The previous board, Thursday 19 November: the register as it stood, frozen by its closure.
  const lastBoard = new Date('2026-11-19T12:00:00Z');
  await clock({ fixed: '2026-11-19T08:00:00Z' });
  const kent = risks(KENT_BOARD, lastBoard);
  const made = (
    await kent.createRisk({
      ...blankRisk('Kent', KENT_BOARD, 'copilotGovernance'),
      reference: 'K-CG-01',
      title: 'Copilot surfaces HR files to people who should not see them',
      inherent: { likelihood: 4, impact: 4 },
      current: { likelihood: 3, impact: 3 },
      target: { likelihood: 2, impact: 2 },
      reviewDate: '2026-12-07'
    })
  ).risk;
  await risks(ESSEX_BOARD, lastBoard).createRisk({
    ...blankRisk('Essex', ESSEX_BOARD, 'trainingReadiness'),
    reference: 'E-TR-01',
    title: 'Call handlers miss Copilot training before go-live',
    current: { likelihood: 2, impact: 2 },
    reviewDate: '2027-01-11'
  });
  await kent.saveAppetite({ category: 'copilotGovernance', force: null, maxScore: 12, level: 'open', rationale: '' });
  const previous = await board(KENT_BOARD, lastBoard).createMeeting({ meetingDate: '2026-11-19', chairUpn: KENT_BOARD, attendeeUpns: [ESSEX_BOARD], marking: 'OFFICIAL', notes: '' });
  await clock({ fixed: '2026-11-19T12:00:00Z' });
  await board(KENT_BOARD, lastBoard).closeMeeting(previous);
  // Since then: Kent re-scored the governance risk up, into red and out of appetite.
  await clock({ fixed: '2026-11-23T08:00:00Z' });
  const rescored = await risks(KENT_BOARD).updateRisk(made, { ...made, current: { likelihood: 4, impact: 4 } });
  // A colleague reported a poor Copilot output through the catalogue.
  await createItem(emulatorSite(emu, PC), PoorOutputReportsList, {
    title: 'Copilot quoted a section of a policy that does not exist',
    entryId: 12,
    entryTitle: 'Summarise a policy',
    category: 'madeUp',
    details: 'The answer quoted section 12 of the flexible working policy, which has 8 sections.',
    product: 'Copilot Chat',
    reporterUpn: PC,
    force: 'Essex',
    department: 'Contact centre',
    status: 'new'
  });
  await clock({ advanceMs: 60000 });
  governance = rescored;
}, 120000);

afterAll(async () => {
  jest.useRealTimers();
  await emu.close();
});

function host(upn: string): IHostContext {
  return {
    host: 'SharePointWebPart',
    user: { displayName: upn, email: upn, loginName: `i:0#.f|membership|${upn}` },
    pageSiteUrl: 'https://contoso.sharepoint.com/sites/programme',
    locale: 'en-GB',
    themeName: 'sharepoint',
    theme: createTheme({}),
    instanceId: 'rr'
  };
}

function renderAs(upn: string): ReturnType<typeof render> {
  const site = emulatorSite(emu, upn);
  const services = { dataSite: async (): Promise<DataSite> => site };
  return render(
    <HostContext.Provider value={host(upn)}>
      <PartServicesContext.Provider value={services}>
        <RiskRegisterApp settings={{}} />
      </PartServicesContext.Provider>
    </HostContext.Provider>
  );
}

/** Opens the Board tab (through "More views" when jsdom's layout moved it there) and waits for the meetings. */
async function openBoard(): Promise<void> {
  const tablist = await screen.findByRole('tablist', {}, NETWORK);
  const shown = within(tablist).queryByRole('tab', { name: 'Board' });
  if (shown !== null) fireEvent.click(shown);
  else {
    fireEvent.click(within(tablist).getByLabelText('More views'));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Board' }));
  }
  await screen.findByRole('heading', { name: 'Board meetings' }, NETWORK);
}

function button(name: string | RegExp, container: HTMLElement = document.body): HTMLElement {
  return within(container).getByRole('button', { name });
}

function field(label: string | RegExp, container: HTMLElement = document.body): HTMLInputElement {
  return within(container).getByLabelText(label, { selector: 'input, textarea' }) as HTMLInputElement;
}

async function choose(label: RegExp, option: string, container: HTMLElement = document.body): Promise<void> {
  const combo = within(container).getByRole('combobox', { name: label });
  fireEvent.click(combo);
  fireEvent.click(await screen.findByRole('option', { name: option }));
  await waitFor(() => expect(combo.textContent).toContain(option));
}

function section(headingId: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`section[aria-labelledby="${headingId}"]`);
  if (found === null) throw new Error(`no section ${headingId}`);
  return found;
}

/** The text of a table's rows: each row's cells' text. */
function rowsOf(table: HTMLElement): string[][] {
  return Array.from(table.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').trim()));
}

function tableCaptioned(caption: string, container: HTMLElement = document.body): HTMLElement {
  const region = within(container).getByRole('region', { name: caption });
  return region.querySelector('table') as HTMLElement;
}

async function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/** Work done outside the UI while it is on screen, inside act. */
async function meanwhile<T>(task: () => Promise<T>): Promise<T> {
  let out: T | undefined;
  await act(async () => {
    out = await task();
  });
  return out as T;
}

const MEETING_ID = 'rr-risks-board-meeting';

describe('running the week\u2019s meeting', () => {
  it('creates it, logs a decision and an action, closes it, prints its paper, re-opens it with a reason and re-issues it', async () => {
    renderAs(KENT_BOARD);
    await openBoard();

    // The meetings so far: last week's, closed.
    const list = tableCaptioned('1 meeting');
    expect(rowsOf(list)).toEqual([['19 November 2026', 'Ruth Calder', 'OFFICIAL', 'Closed', expect.stringMatching(/^Ruth Calder, 19 Nov 2026, 12:0\d$/) as unknown as string, 'Never']]);

    // Create the week's meeting: Thursday 26 November by default, chaired by me; the form names what is missing first.
    fireEvent.click(button('Create this week\u2019s meeting'));
    await screen.findByRole('heading', { name: 'Create this week\u2019s meeting' });
    expect(field('Meeting date').value).toBe('26/11/2026');
    expect(within(screen.getByRole('combobox', { name: /^Chair/ })).getByText('Ruth Calder (kent.board@policing.example)')).toBeTruthy();
    fireEvent.change(field('Meeting date'), { target: { value: '19/11/2026' } });
    fireEvent.click(button('Create the meeting'));
    expect(await screen.findByText('There is 1 problem to fix before saving:')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Meeting date: There is already a meeting on this day. Choose another day, or open that meeting.' }));
    await waitFor(() => expect(document.activeElement).toBe(field('Meeting date')));
    fireEvent.change(field('Meeting date'), { target: { value: '26/11/2026' } });
    expect((screen.getByLabelText('Ruth Calder (chair)') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('James Pike'));
    fireEvent.click(screen.getByLabelText(/^OFFICIAL-SENSITIVE/));
    fireEvent.click(button('Create the meeting'));
    await screen.findByRole('heading', { name: 'Programme board, 26 November 2026' }, NETWORK);
    expect(await screen.findByText('The meeting of 26 November 2026 is created.')).toBeTruthy();
    const made = (await meanwhile(() => board(PC).meetings())).filter((m) => m.meetingDate === '2026-11-26')[0];
    expect(made).toMatchObject({ status: 'open', chairUpn: KENT_BOARD, attendeeUpns: [KENT_BOARD, ESSEX_BOARD], marking: 'OFFICIAL-SENSITIVE' });

    // The agenda by topic, from the live register, RAG in words.
    const agenda = section(`${MEETING_ID}-agenda`);
    await within(agenda).findByRole('region', { name: 'Open risks: Copilot deployment and governance' }, NETWORK);
    const governanceRisks = tableCaptioned('Open risks: Copilot deployment and governance', agenda);
    expect(rowsOf(governanceRisks)[0].slice(0, 5)).toEqual(['K-CG-01', 'Copilot surfaces HR files to people who should not see them', 'Kent', 'Ruth Calder', '16 \u00b7 Red']);
    expect(rowsOf(governanceRisks)[0][6]).toBe('Out of appetite');
    expect(within(agenda).getByText('Nothing on the agenda for this topic.', { selector: '[data-topic="platformAssurance"] *' })).toBeTruthy();

    // Since the last board: the re-score, with its direction in words beside the arrow; per force too.
    const since = section(`${MEETING_ID}-since`);
    expect(within(since).getByText('Compared with the board of 19 November 2026, as its closure froze it.')).toBeTruthy();
    const changes = rowsOf(tableCaptioned('Since the last board: Copilot deployment and governance', since));
    expect(changes).toContainEqual(['Re-scored', 'K-CG-01 \u2014 Copilot surfaces HR files to people who should not see them', 'Kent', '\u2191Up from 3 \u00d7 3 = 9 to 4 \u00d7 4 = 16 (worse)']);
    expect(changes).toContainEqual(['Out of appetite', 'K-CG-01 \u2014 Copilot surfaces HR files to people who should not see them', 'Kent', 'Out of appetite at 16, newly since the last board']);
    const arrow = within(since).getByText('\u2191');
    expect(arrow.getAttribute('aria-hidden')).toBe('true');
    expect(rowsOf(tableCaptioned('Since the last board, per force', since))[0].slice(0, 5)).toEqual(['Kent', '0', '0', '1', '0']);

    // The live indicators say where they come from and when it was published.
    const indicators = section(`${MEETING_ID}-indicators`);
    await within(indicators).findByText('Training readiness (Training readiness)', {}, NETWORK);
    expect(within(indicators).getByText('From Training summary: nothing published yet.')).toBeTruthy();
    expect(within(indicators).getByText(/^From Poor output reports, published 23 Nov 2026, 08:0\d\.$/)).toBeTruthy();

    // Log a decision: what is missing is named first; linked to the risk; made at the meeting.
    const log = section(`${MEETING_ID}-log`);
    expect(field(/^Reference/, log).value).toBe('D-01');
    fireEvent.click(button('Log the decision', log));
    expect(await within(log).findByText('There are 3 problems to fix before saving:')).toBeTruthy();
    expect(within(log).getByRole('button', { name: 'Title: This is required.' })).toBeTruthy();
    fireEvent.change(field(/^Title/, log), { target: { value: 'Adopt restricted SharePoint search' } });
    fireEvent.change(field('The decision and its rationale', log), { target: { value: 'Until sensitivity labels cover the HR sites.' } });
    await choose(/^Topic/, 'Copilot deployment and governance', log);
    await choose(/^Force/, 'Joint (Kent and Essex)', log);
    fireEvent.change(field('Find a risk to link', log), { target: { value: 'K-CG' } });
    fireEvent.click(button('Link K-CG-01 \u2014 Copilot surfaces HR files to people who should not see them', log));
    fireEvent.click(button('Log the decision', log));
    expect(await within(log).findByText('D-01 is logged against this meeting.', {}, NETWORK)).toBeTruthy();

    // Then an action, due in a fortnight.
    fireEvent.click(within(log).getByLabelText('Action'));
    expect(field(/^Reference/, log).value).toBe('A-01');
    fireEvent.change(field(/^Title/, log), { target: { value: 'Review permissions on the HR sites' } });
    await choose(/^Topic/, 'Copilot deployment and governance', log);
    await choose(/^Force/, 'Kent', log);
    fireEvent.change(field(/^Due/, log), { target: { value: '10/12/2026' } });
    fireEvent.click(button('Log the action', log));
    expect(await within(log).findByText('A-01 is logged against this meeting.', {}, NETWORK)).toBeTruthy();

    // Both appear on the agenda, under their topic, as logged at this meeting.
    await waitFor(() => {
      const logged = tableCaptioned('Logged at this meeting: Copilot deployment and governance', section(`${MEETING_ID}-agenda`));
      expect(rowsOf(logged).map((r) => r.slice(0, 3))).toEqual([
        ['D-01', 'Decision', 'Adopt restricted SharePoint search: Until sensitivity labels cover the HR sites.'],
        ['A-01', 'Action', 'Review permissions on the HR sites']
      ]);
    }, NETWORK);
    const raid = (await meanwhile(() => risks(PC).register())).raid;
    expect(raid.map((r) => [r.reference, r.type, r.status, r.meetingId, r.meetingDate, r.riskIds])).toEqual([
      ['D-01', 'decision', 'closed', made.id, '2026-11-26', [governance.id]],
      ['A-01', 'action', 'open', made.id, '2026-11-26', []]
    ]);

    // Close the meeting: the confirmation says what will be frozen.
    fireEvent.click(button('Close the meeting'));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('Close the meeting of 26 November 2026?')).toBeTruthy();
    const frozen = within(dialog).getByRole('list', { name: 'What closing freezes' });
    expect(Array.from(frozen.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'the register\u2019s 2 risks, with their scores, RAG, appetite and escalation;',
      'the RAID log\u2019s 2 items, including the 2 logged at this meeting;',
      'the indicators Training readiness, Benefits realisation, Poor Copilot outputs waiting for triage, as published now;',
      'the meeting\u2019s date, chair, attendees, notes and its marking, OFFICIAL-SENSITIVE.'
    ]);
    // Cancelling closes nothing.
    fireEvent.click(button('Cancel', dialog));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    fireEvent.click(button('Close the meeting'));
    fireEvent.click(button('Close and freeze', await screen.findByRole('alertdialog')));
    expect(await screen.findByText('The meeting of 26 November 2026 is closed and frozen; its board paper is ready.', {}, NETWORK)).toBeTruthy();
    await screen.findByText(/^Closed by Ruth Calder, 23 Nov 2026, 08:0\d$/, {}, NETWORK);
    expect(screen.queryByRole('button', { name: 'Close the meeting' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Log a decision, action or issue' })).toBeNull();
    const stored = (await meanwhile(() => board(PC).meetings())).filter((m) => m.id === made.id)[0];
    expect(stored.status).toBe('closed');
    const snapshot = await meanwhile(() => board(PC).snapshot(stored));
    expect(snapshot?.register.raid.map((r) => r.reference)).toEqual(['D-01', 'A-01']);

    // The board paper, generated from the snapshot: marking at the top and bottom, a section per topic.
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    fireEvent.click(button('Open the board paper'));
    const paper = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[data-paper]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    }, NETWORK);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Programme board paper, 26 November 2026'));
    expect(within(paper).getByRole('heading', { name: 'Programme board paper, 26 November 2026', level: 3 })).toBeTruthy();
    const markings = Array.from(paper.querySelectorAll('.bp-marking')).map((m) => m.textContent);
    expect(markings).toEqual(['OFFICIAL-SENSITIVE', 'OFFICIAL-SENSITIVE', 'OFFICIAL-SENSITIVE', 'OFFICIAL-SENSITIVE']);
    expect(paper.querySelector('.bp-fixed-top')?.getAttribute('aria-hidden')).toBe('true');
    expect(paper.querySelector('thead .bp-marking')?.textContent).toBe('OFFICIAL-SENSITIVE');
    expect(paper.querySelector('tfoot .bp-marking')?.textContent).toBe('OFFICIAL-SENSITIVE');
    expect(Array.from(paper.querySelectorAll('section[data-level="1"] > h4')).map((h) => h.textContent)).toEqual([
      'Summary',
      '1. Copilot deployment and governance',
      '2. Platform risk and assurance',
      '3. Licensing and finance',
      '4. Storage and records management',
      '5. National developments',
      '6. Training readiness',
      '7. Benefits realisation',
      'Indicators'
    ]);
    const governanceSection = paper.querySelector('section[data-section="topic-copilotGovernance"]') as HTMLElement;
    expect(within(governanceSection).getByText('Up from 3 \u00d7 3 = 9 to 4 \u00d7 4 = 16 (worse)', { exact: false })).toBeTruthy();
    expect(within(governanceSection).getByText('Adopt restricted SharePoint search: Until sensitivity labels cover the HR sites.')).toBeTruthy();
    expect(within(governanceSection).getByRole('table', { name: 'Heat map: Copilot deployment and governance' })).toBeTruthy();
    // Print-ready: only the paper prints (the page's chrome too is hidden by the body class), marking fixed on every page.
    expect(document.body.classList.contains('rr-risks-board-paper-document-printing')).toBe(true);
    const css = Array.from(document.querySelectorAll('style')).map((s) => s.textContent ?? '').join('\n');
    expect(css).toContain('body.rr-risks-board-paper-document-printing *:not(:has(#rr-risks-board-paper-document)):not(#rr-risks-board-paper-document):not(#rr-risks-board-paper-document *) { display: none !important; }');
    expect(css).toMatch(/@media print \{[\s\S]*#rr-risks-board-paper-document \.bp-fixed \{ display: block; position: fixed;/);
    fireEvent.click(button('Print or save as PDF'));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();

    // Download: one HTML file, its styles inside, no scripts, the marking in the header and footer.
    const blobs: Blob[] = [];
    // jsdom has no object URLs: the downloads' are caught here (and left for the revoke that follows them).
    URL.createObjectURL = jest.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:paper';
    });
    URL.revokeObjectURL = jest.fn();
    const noNavigation = (e: Event): void => e.preventDefault();
    document.addEventListener('click', noNavigation);
    fireEvent.click(button('Download the paper'));
    expect(await screen.findByText('Downloaded board-paper-2026-11-26.html.')).toBeTruthy();
    fireEvent.click(button('Download the changes since the last board as CSV'));
    document.removeEventListener('click', noNavigation);
    expect(blobs).toHaveLength(2);
    const html = await readBlob(blobs[0]);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|src=|href=/i);
    expect(html).toContain('<thead><tr><td><div class="bp-marking bp-space">OFFICIAL-SENSITIVE</div></td></tr></thead>');
    expect(html).toContain('<tfoot><tr><td><div class="bp-marking bp-space">OFFICIAL-SENSITIVE</div></td></tr></tfoot>');
    const csv = await readBlob(blobs[1]);
    expect(csv).toContain('Copilot deployment and governance,Re-scored,K-CG-01,Copilot surfaces HR files to people who should not see them,Kent,Up,9,16,Up from 3 \u00d7 3 = 9 to 4 \u00d7 4 = 16 (worse)');

    // Back to the meeting, closed and read-only; re-opening needs a reason, which is recorded and listed.
    fireEvent.click(button('Back to the meeting'));
    await screen.findByRole('heading', { name: 'Programme board, 26 November 2026' });
    expect(document.body.classList.contains('rr-risks-board-paper-document-printing')).toBe(false);
    fireEvent.click(button('Re-open the meeting'));
    const reopen = await screen.findByRole('alertdialog');
    fireEvent.click(button('Re-open', reopen));
    expect(await within(reopen).findByText('Give the reason for re-opening.')).toBeTruthy();
    expect(document.activeElement).toBe(field(/^Why it is re-opened/, reopen));
    fireEvent.change(field(/^Why it is re-opened/, reopen), { target: { value: 'The decision D-01 was minuted without its condition.' } });
    fireEvent.click(button('Re-open', reopen));
    expect(await screen.findByText('The meeting of 26 November 2026 is open again; the reason is recorded.', {}, NETWORK)).toBeTruthy();
    const record = screen.getByRole('list', { name: 'Record of the meeting' });
    expect(Array.from(record.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Closed by Ruth Calder, 23 Nov 2026, 08:0\d\.$/),
      expect.stringMatching(/^Re-opened by Ruth Calder, 23 Nov 2026, 08:0\d: The decision D-01 was minuted without its condition\.$/)
    ]);
    expect(screen.getByRole('button', { name: 'Close the meeting' })).toBeTruthy();

    // The meetings list shows the re-opening with its reason.
    fireEvent.click(button('Back to the meetings'));
    await screen.findByRole('heading', { name: 'Board meetings' });
    const row = rowsOf(tableCaptioned('2 meetings, newest first'))[0];
    expect(row.slice(0, 5)).toEqual(['26 November 2026', 'Ruth Calder', 'OFFICIAL-SENSITIVE', 'Open', 'Not closed']);
    expect(row[5]).toMatch(/^Ruth Calder, 23 Nov 2026, 08:0\d: The decision D-01 was minuted without its condition\.$/);

    // Closed again, the paper says it was re-issued, and why.
    fireEvent.click(screen.getByRole('button', { name: '26 November 2026' }));
    await screen.findByRole('heading', { name: 'Programme board, 26 November 2026' });
    fireEvent.click(button('Close the meeting'));
    fireEvent.click(button('Close and freeze', await screen.findByRole('alertdialog')));
    await screen.findByText(/^Closed again \(re-issued\) by Ruth Calder/, {}, NETWORK);
    fireEvent.click(button('Open the board paper'));
    const reissued = await screen.findByText(/^Re-issued after re-opening: this paper replaces the one issued at 23 Nov 2026, 08:0\d\. Re-opened by Ruth Calder, 23 Nov 2026, 08:0\d: The decision D-01 was minuted without its condition\.$/, {}, NETWORK);
    expect(reissued.closest('[data-paper]')).not.toBeNull();
  }, 180000);
});

describe('the next meeting', () => {
  it('shows what changed since that board, and lets another board member triage a poor-output report into an issue', async () => {
    // Since the board of 26 November: Kent brought the governance risk down; the week's meeting of 3 December exists.
    await clock({ advanceMs: 600000 });
    const latest = (await risks(KENT_BOARD).latest(governance.id)) as IRisk;
    await risks(KENT_BOARD).updateRisk(latest, { ...latest, current: { likelihood: 2, impact: 3 } });
    await board(ESSEX_BOARD).createMeeting({ meetingDate: '2026-12-03', chairUpn: ESSEX_BOARD, attendeeUpns: [KENT_BOARD], marking: 'OFFICIAL', notes: '' });

    renderAs(ESSEX_BOARD);
    await openBoard();
    fireEvent.click(screen.getByRole('button', { name: 'Go to the meeting of 3 December 2026' }));
    await screen.findByRole('heading', { name: 'Programme board, 3 December 2026' }, NETWORK);
    const since = section(`${MEETING_ID}-since`);
    await within(since).findByText('Compared with the board of 26 November 2026, as its closure froze it.', {}, NETWORK);
    const changes = rowsOf(tableCaptioned('Since the last board: Copilot deployment and governance', since));
    expect(changes).toContainEqual(['Re-scored', 'K-CG-01 \u2014 Copilot surfaces HR files to people who should not see them', 'Kent', '\u2193Down from 4 \u00d7 4 = 16 to 2 \u00d7 3 = 6 (better)']);
    expect(changes).toContainEqual(['Back within appetite', 'K-CG-01 \u2014 Copilot surfaces HR files to people who should not see them', 'Kent', 'From 16 to 6, now within appetite']);
    // What was logged at the last board is not news any more.
    expect(changes.some((r) => r[1].startsWith('D-01'))).toBe(false);

    // Triage the report into an issue logged against this meeting.
    const triage = section(`${MEETING_ID}-triage`);
    expect(await within(triage).findByText('1 report is waiting for triage.', {}, NETWORK)).toBeTruthy();
    expect(within(triage).getByText(/What went wrong: Made up/)).toBeTruthy();
    fireEvent.click(button('Triage: Copilot quoted a section of a policy that does not exist', triage));
    fireEvent.click(button('Save the triage', triage));
    expect(await within(triage).findByRole('button', { name: 'Outcome: Choose what to do with the report.' })).toBeTruthy();
    fireEvent.click(within(triage).getByLabelText('Log an issue against this meeting'));
    expect(field(/^Reference/, triage).value).toBe('I-01');
    expect(field(/^Title/, triage).value).toBe('Copilot quoted a section of a policy that does not exist');
    fireEvent.click(button('Save the triage', triage));
    expect(await within(triage).findByText('The report is logged as the issue I-01.', {}, NETWORK)).toBeTruthy();
    expect(within(triage).getByText('No reports are waiting for triage.')).toBeTruthy();
    const issue = (await meanwhile(() => risks(PC).register())).raid.filter((r) => r.reference === 'I-01')[0];
    expect(issue).toMatchObject({ type: 'issue', force: 'Essex', ownerUpn: ESSEX_BOARD, meetingDate: '2026-12-03', description: 'The answer quoted section 12 of the flexible working policy, which has 8 sections.' });
    // It is on the agenda as a new issue.
    await waitFor(() => expect(rowsOf(tableCaptioned('New issues: Copilot deployment and governance', section(`${MEETING_ID}-agenda`)))[0][0]).toBe('I-01'), NETWORK);
  }, 120000);
});

describe('a workforce member', () => {
  it('reads the meetings and the board paper, with nothing to run', async () => {
    renderAs(PC);
    await openBoard();
    expect(screen.getByText('You can read the meetings and their papers. Only programme board members can run them.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Create/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '26 November 2026' }));
    await screen.findByRole('heading', { name: 'Programme board, 26 November 2026' }, NETWORK);
    expect(screen.queryByRole('button', { name: 'Re-open the meeting' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit the details' })).toBeNull();
    fireEvent.click(button('Open the board paper'));
    await waitFor(() => expect(document.querySelector('[data-paper]')).not.toBeNull(), NETWORK);
  }, 120000);
});

describe('editing an open meeting', () => {
  it('shows a conflict with what the other person changed and keeps both when asked; a close meanwhile refuses the edit and keeps what was typed', async () => {
    const created = await board(ESSEX_BOARD).createMeeting({ meetingDate: '2026-12-10', chairUpn: ESSEX_BOARD, attendeeUpns: [], marking: 'OFFICIAL', notes: '' });
    renderAs(KENT_BOARD);
    await openBoard();
    fireEvent.click(screen.getByRole('button', { name: '10 December 2026' }));
    await screen.findByRole('heading', { name: 'Programme board, 10 December 2026' }, NETWORK);
    fireEvent.click(button('Edit the details'));
    await screen.findByRole('heading', { name: 'Edit the meeting of 10 December 2026' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Edit the meeting of 10 December 2026'));
    fireEvent.change(field('Notes'), { target: { value: 'Extra item: the national licensing offer.' } });
    expect(screen.getByText('You have unsaved changes.')).toBeTruthy();

    // Meanwhile James Pike raises the marking.
    await meanwhile(async () => {
      await clock({ advanceMs: 60000 });
      await board(ESSEX_BOARD).updateMeeting(created, { ...created, marking: 'OFFICIAL-SENSITIVE' });
      await clock({ advanceMs: 60000 });
    });
    fireEvent.click(button('Save changes'));
    const conflict = await screen.findByRole('list', { name: 'What they changed' }, NETWORK);
    expect(Array.from(conflict.querySelectorAll('li')).map((li) => li.textContent)).toEqual(['Protective marking: OFFICIAL \u2192 OFFICIAL-SENSITIVE']);
    expect(screen.getByText(/^James Pike changed this meeting at 23 Nov 2026, \d\d:\d\d, after you opened it\.$/)).toBeTruthy();
    expect(field('Notes').value).toBe('Extra item: the national licensing offer.');
    fireEvent.click(button('Their changes with my other changes'));
    expect(await screen.findByText(/^The form now holds their changes with yours/)).toBeTruthy();
    expect((screen.getByLabelText(/^OFFICIAL-SENSITIVE/) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(button('Save changes'));
    expect(await screen.findByText('Your changes to the meeting of 10 December 2026 are saved.', {}, NETWORK)).toBeTruthy();
    const saved = (await meanwhile(() => board(PC).latest(created.id))) as NonNullable<Awaited<ReturnType<BoardRepository['latest']>>>;
    expect(saved).toMatchObject({ marking: 'OFFICIAL-SENSITIVE', notes: 'Extra item: the national licensing offer.' });

    // Editing again while someone closes the meeting: nothing is saved, what was typed stays.
    fireEvent.click(button('Edit the details'));
    await screen.findByRole('heading', { name: 'Edit the meeting of 10 December 2026' });
    fireEvent.change(field('Notes'), { target: { value: 'Apologies from the Essex DPO.' } });
    await meanwhile(async () => {
      await board(ESSEX_BOARD).closeMeeting(saved);
    });
    fireEvent.click(button('Save changes'));
    expect(await screen.findByText(/^Someone closed this meeting while you were editing it, so nothing was saved\./, {}, NETWORK)).toBeTruthy();
    expect(field('Notes').value).toBe('Apologies from the Essex DPO.');
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
    expect((await meanwhile(() => board(PC).latest(created.id)))?.notes).toBe('Extra item: the national licensing offer.');
    fireEvent.click(button('Back to the meeting'));
    await screen.findByRole('heading', { name: 'Programme board, 10 December 2026' });
    expect(await screen.findByRole('button', { name: 'Open the board paper' })).toBeTruthy();
  }, 120000);
});
