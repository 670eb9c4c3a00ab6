/** @jest-environment jsdom */
/**
 * "Report a poor output" in the DOM against the emulator with the suite's real permissions: a report is
 * stored once, seen by its reporter, the programme board and champions (nobody else); the form warns about
 * personal and operational data as it is typed; failures lose nothing and a retry never files two reports;
 * someone SharePoint refuses is told so plainly; closing with text typed asks first.
 */
import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { CatalogueRepository } from '../../../../data/CatalogueRepository';
import { emulatorSite, EMULATOR_WEB, type RunningEmulatorLike } from '../../../../data/testing/emulator';
import { restAs } from '../../../../data/testing/rest';
import { startSuiteEmulator } from '../../../../data/testing/suiteEmulator';
import type { ICatalogueEntry, IPoorOutputReport } from '../../../../domain/catalogue/types';
import { PoorOutputReportsList } from '../../../../lists/catalogue';
import { ReportPoorOutput } from './ReportPoorOutput';

// Icon fonts are not loaded under jest; the icons are decoration here.
setIconOptions({ disableWarnings: true });

const OWNER = 'essex.owner@policing.example';
const REPORTER = 'essex.pc@policing.example';
const COLLEAGUE = 'kent.analyst@policing.example';
const CHAMPION = 'essex.champion@policing.example';
const BOARD = 'kent.board@policing.example';
const OUTSIDER = 'visiting.contractor@policing.example';

const NETWORK = { timeout: 10000 };

let emu: RunningEmulatorLike;
let entry: ICatalogueEntry;

beforeAll(async () => {
  emu = await startSuiteEmulator({ upn: OWNER, title: 'Priya Nair' }, [
    { upn: REPORTER, title: 'Daniel Okafor', groups: ['workforce'] },
    { upn: COLLEAGUE, title: 'Tomasz Nowak', groups: ['workforce'] },
    { upn: CHAMPION, title: 'Aisha Rahman', groups: ['workforce', 'champions'] },
    { upn: BOARD, title: 'Ruth Calder', groups: ['workforce', 'programme'] },
    // A colleague of the tenant with no grant on the data site: in no suite group.
    { upn: OUTSIDER, title: 'Visiting Contractor', groups: [] }
  ]);
  const champion = { upn: CHAMPION, userId: null, isChampion: true };
  const repo = new CatalogueRepository(emulatorSite(emu, CHAMPION));
  const asked = await new CatalogueRepository(emulatorSite(emu, REPORTER)).ask('Can Copilot summarise the PEEL report?', { upn: REPORTER, force: 'Essex', department: 'Response' });
  const question = (await repo.questions()).filter((q) => q.id === asked.id)[0];
  entry = (
    await repo.promoteToFaq(champion, question, {
      type: 'faq',
      title: 'Summarise a published inspection report',
      summary: 'Yes: it is a published report.',
      problem: '',
      howToHtml: '<p>Open it in Word and ask for the key findings.</p>',
      prompts: [],
      products: ['Copilot in Word'],
      departments: [],
      roles: [],
      force: 'Essex',
      ownerUpn: CHAMPION,
      handling: 'green',
      whenNotToUse: '',
      trainingModuleKey: '',
      estimatedMinutesPerUse: null,
      measuredTask: null
    })
  ).entry;
}, 60000);

afterAll(async () => {
  await emu.close();
});

afterEach(() => {
  emu.faults.reset();
  cleanup();
});

function renderReport(upn: string, maxAttempts?: number): jest.Mock {
  const onClose = jest.fn();
  render(
    <ReportPoorOutput
      site={async () => emulatorSite(emu, upn, maxAttempts !== undefined ? { maxAttempts } : {})}
      entry={entry}
      me={{ upn, force: upn === COLLEAGUE ? 'Kent' : 'Essex', department: 'Response' }}
      locale="en-GB"
      onClose={onClose}
    />
  );
  return onClose;
}

async function reportsOf(upn: string): Promise<IPoorOutputReport[]> {
  return new CatalogueRepository(emulatorSite(emu, upn)).poorOutputReports();
}

function dialog(): HTMLElement {
  return screen.getByRole('dialog', { name: 'Report a poor output' });
}

function details(): HTMLTextAreaElement {
  return within(dialog()).getByLabelText(/^Describe what went wrong/, { selector: 'textarea' }) as HTMLTextAreaElement;
}

function button(name: string | RegExp, container: HTMLElement = document.body): HTMLElement {
  return within(container).getByRole('button', { name });
}

const WRONG = 'It listed an area for improvement that the report does not contain, and quoted it as if it did.';

describe('report a poor output', () => {
  it('stores one report the reporter sees, for the programme board\u2019s triage, warning about personal data as it is typed', async () => {
    renderReport(REPORTER);
    const panel = dialog();
    expect(within(panel).getByText('Tell the programme board where Copilot got it wrong when you followed “Summarise a published inspection report”.')).toBeTruthy();
    expect(within(panel).getByText(/Do not paste the output itself, and do not include personal or operational data/)).toBeTruthy();

    // Nothing chosen or typed: both problems named, focus on the first.
    fireEvent.click(button('Send report', panel));
    expect(await within(panel).findByText('Choose what went wrong.')).toBeTruthy();
    expect(await within(panel).findByText('Describe what went wrong.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(panel).getByRole('radio', { name: /^Inaccurate/ })));

    fireEvent.click(within(panel).getByRole('radio', { name: /^Made up: invented facts, sources, quotes or references \(hallucination\)/ }));
    fireEvent.change(details(), { target: { value: 'It made up a quote about crime ref 42/123456/26 and named DOB details.' } });
    expect(within(panel).getByText(/This may contain personal or operational data: a crime, incident or case reference; a date of birth\./)).toBeTruthy();
    fireEvent.change(details(), { target: { value: WRONG } });
    expect(within(panel).queryByText(/This may contain personal or operational data/)).toBeNull();
    // The entry's own products come first.
    fireEvent.click(within(panel).getByRole('combobox', { name: /^Product \(optional\)/ }));
    const options = await screen.findAllByRole('option');
    expect(options[1].textContent).toBe('Copilot in Word');
    fireEvent.click(options[1]);
    expect(within(panel).getByText(`Reported as ${REPORTER} (Essex, Response).`)).toBeTruthy();

    fireEvent.click(button('Send report', panel));
    expect(await within(panel).findByText(/your report was sent to the programme board’s risk register triage/, {}, NETWORK)).toBeTruthy();
    const mine = within(panel).getByRole('list', { name: 'Your reports on this entry' });
    expect(within(mine).getAllByRole('listitem')).toHaveLength(1);
    expect(within(mine).getByText('Status: new, waiting for the programme board’s triage')).toBeTruthy();
    expect(within(mine).getByText('Product: Copilot in Word')).toBeTruthy();

    // One item: the reporter's, read by the board and champions; no other colleague sees it, even by REST.
    const stored = await reportsOf(REPORTER);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ entryId: entry.id, entryTitle: entry.title, category: 'madeUp', details: WRONG, product: 'Copilot in Word', reporterUpn: REPORTER, force: 'Essex', department: 'Response', status: 'new' });
    expect((await reportsOf(BOARD)).map((r) => r.id)).toEqual([stored[0].id]);
    expect((await reportsOf(CHAMPION)).map((r) => r.id)).toEqual([stored[0].id]);
    expect(await reportsOf(COLLEAGUE)).toEqual([]);
    const direct = await restAs(`${emu.url}${EMULATOR_WEB}`, COLLEAGUE)('GET', `_api/web/getList('${encodeURIComponent(`${EMULATOR_WEB}/${PoorOutputReportsList.url}`)}')/items(${stored[0].id})`);
    expect(direct.status).toBe(404);
  });

  it('shows the board\u2019s triage of the reporter\u2019s earlier reports', async () => {
    const [report] = await reportsOf(BOARD);
    await new CatalogueRepository(emulatorSite(emu, BOARD)).triageReport(report, { status: 'onRiskRegister', riskRef: 'R-014', triageNote: 'Hallucination risk: added to R-014.' });
    renderReport(REPORTER);
    const mine = await within(dialog()).findByRole('list', { name: 'Your reports on this entry' }, NETWORK);
    expect(within(mine).getByText('Status: on the risk register (R-014)')).toBeTruthy();
    expect(within(mine).getByText('Programme board’s note: Hallucination risk: added to R-014.')).toBeTruthy();
  });

  it('keeps everything typed when SharePoint is busy, and files exactly one report on the retry', async () => {
    const before = (await reportsOf(BOARD)).length;
    renderReport(COLLEAGUE, 1);
    const panel = dialog();
    fireEvent.click(within(panel).getByRole('radio', { name: /^Out of date/ }));
    fireEvent.change(details(), { target: { value: 'It followed the 2023 vetting guidance, which was replaced this year.' } });
    emu.faults.set({ throttleRate: 1, retryAfterSeconds: 0, pathPattern: '/items' });
    fireEvent.click(button('Send report', panel));
    expect(await within(panel).findByText(/Your report was not sent\. SharePoint is busy/, {}, NETWORK)).toBeTruthy();
    expect(details().value).toBe('It followed the 2023 vetting guidance, which was replaced this year.');
    expect((within(panel).getByRole('radio', { name: /^Out of date/ }) as HTMLInputElement).checked).toBe(true);
    emu.faults.reset();
    fireEvent.click(button('Try again', panel));
    expect(await within(panel).findByText(/your report was sent/, {}, NETWORK)).toBeTruthy();
    const after = await reportsOf(BOARD);
    expect(after).toHaveLength(before + 1);
    expect(after.filter((r) => r.reporterUpn === COLLEAGUE)).toMatchObject([{ category: 'outdatedPolicy', force: 'Kent' }]);
  });

  it('tells someone SharePoint refuses, plainly, and keeps what they typed', async () => {
    const before = (await reportsOf(BOARD)).length;
    renderReport(OUTSIDER);
    const panel = dialog();
    fireEvent.click(within(panel).getByRole('radio', { name: /^Inaccurate/ }));
    fireEvent.change(details(), { target: { value: 'Wrong dates in the summary.' } });
    fireEvent.click(button('Send report', panel));
    expect(await within(panel).findByText(/SharePoint did not let you send a report/, {}, NETWORK)).toBeTruthy();
    expect(details().value).toBe('Wrong dates in the summary.');
    expect(await reportsOf(BOARD)).toHaveLength(before);
  });

  it('asks before discarding what was typed, and closes at once when nothing was', async () => {
    const onClose = renderReport(REPORTER);
    fireEvent.change(details(), { target: { value: 'Half a thought' } });
    fireEvent.click(button('Cancel', dialog()));
    const confirm = await screen.findByRole('alertdialog', { name: 'Discard this report?' });
    fireEvent.click(button('Keep writing', confirm));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(onClose).not.toHaveBeenCalled();
    expect(details().value).toBe('Half a thought');
    fireEvent.click(button('Cancel', dialog()));
    fireEvent.click(button('Discard', await screen.findByRole('alertdialog', { name: 'Discard this report?' })));
    expect(onClose).toHaveBeenCalledTimes(1);

    cleanup();
    const closeAtOnce = renderReport(REPORTER);
    fireEvent.click(button('Cancel', dialog()));
    expect(closeAtOnce).toHaveBeenCalledTimes(1);
  });
});
