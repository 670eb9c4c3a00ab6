/** @jest-environment jsdom */
/**
 * The RAID side of the risk register end to end in the DOM, against the emulator with the suite's real
 * permissions (the programme board contributes without delete, the workforce reads): a board member adds
 * a RAID action linked to a risk, which is flagged overdue once its day has passed; a second person's
 * edit is shown as a conflict with what changed; the appetite is set by a board member and refused by
 * SharePoint for a workforce member; starter risks imported twice make one set; a CSV dry run with good
 * and bad rows applies only the good ones, applying again changes nothing, and a file error blocks it.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createTheme, setIconOptions } from '@fluentui/react/lib/Styling';
import { RiskRepository, type IRiskRights } from '../../../../data/RiskRepository';
import type { DataSite } from '../../../../data/sp';
import { emulatorSite, type RunningEmulatorLike } from '../../../../data/testing/emulator';
import { startSuiteEmulator } from '../../../../data/testing/suiteEmulator';
import { blankRisk, STARTER_RISKS, type IRiskContent } from '../../../../domain/risks';
import { HostContext, type IHostContext } from '../../../../ui/host/hostContext';
import { RaidView } from './RaidView';

setIconOptions({ disableWarnings: true });

const OWNER = 'priya.owner@policing.example';
const KENT_BOARD = 'kent.board@policing.example';
const ESSEX_BOARD = 'essex.board@policing.example';
const PC = 'essex.callhandler@policing.example';
const NOW = new Date('2026-11-23T10:00:00Z');
const TODAY = '2026-11-23';
/** Waits that include round trips to the emulator. */
const NETWORK = { timeout: 15000 };
const BOARD: IRiskRights = { canAdd: true, canEdit: true, canDelete: false, canEditAppetite: true };
const READER: IRiskRights = { canAdd: false, canEdit: false, canDelete: false, canEditAppetite: false };

let emu: RunningEmulatorLike;
let kentRiskId: number;

function repo(upn: string): RiskRepository {
  return new RiskRepository(emulatorSite(emu, upn), { now: () => NOW });
}

function risk(overrides: Partial<IRiskContent>): IRiskContent {
  return { ...blankRisk('Kent', KENT_BOARD, 'platformAssurance'), response: 'reduce', ...overrides };
}

beforeAll(async () => {
  // Only the clock is pinned: timers and promises run for real, for the emulator's sake.
  jest.useFakeTimers({
    now: NOW,
    doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout']
  });
  emu = await startSuiteEmulator({ upn: OWNER, title: 'Priya Nair' }, [
    { upn: KENT_BOARD, title: 'Ruth Calder', groups: ['workforce', 'programme'] },
    { upn: ESSEX_BOARD, title: 'James Pike', groups: ['workforce', 'programme'] },
    { upn: PC, title: 'Daniel Okafor', groups: ['workforce'] }
  ]);
  await fetch(`${emu.url}/_emulator/clock`, { method: 'POST', body: JSON.stringify({ fixed: '2026-11-23T08:00:00Z' }) });
  const board = repo(KENT_BOARD);
  const made = await board.createRisk(
    risk({ reference: 'K-01', title: 'Tenant audit log retention too short for investigations', current: { likelihood: 3, impact: 4 }, inherent: { likelihood: 4, impact: 4 }, reviewDate: '2026-12-07' })
  );
  kentRiskId = made.risk.id;
  await board.createRisk(risk({ reference: 'K-02', title: 'Licences bought before training is ready', category: 'licensingFinance', current: { likelihood: 3, impact: 3 } }));
}, 90000);

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
    instanceId: 'risk'
  };
}

function renderAs(upn: string, rights: IRiskRights, today: string = TODAY): { onChanged: jest.Mock; unmount: () => void } {
  const onChanged = jest.fn();
  const site = async (): Promise<DataSite> => emulatorSite(emu, upn);
  const { unmount } = render(
    <HostContext.Provider value={host(upn)}>
      <RaidView site={site} rights={rights} today={today} locale="en-GB" idPrefix="rv" onChanged={onChanged} />
    </HostContext.Provider>
  );
  return { onChanged, unmount };
}

async function loaded(): Promise<void> {
  await screen.findByRole('tablist', {}, NETWORK);
}

/** After a write the view reads the register again ("Updating…"): waits until it has. */
async function settled(): Promise<void> {
  await waitFor(() => expect(screen.queryByText('Updating\u2026')).toBeNull(), NETWORK);
}

/** Opens a tab, through the "More views" menu when jsdom's missing layout moved it there. */
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

function field(label: string | RegExp): HTMLInputElement {
  return screen.getByLabelText(label, { selector: 'input, textarea' }) as HTMLInputElement;
}

function type(label: string | RegExp, value: string): void {
  fireEvent.change(field(label), { target: { value } });
}

function button(name: string | RegExp): HTMLElement {
  return screen.getByRole('button', { name });
}

async function choose(label: RegExp, option: string): Promise<void> {
  fireEvent.click(screen.getByRole('combobox', { name: label }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

function row(header: string): HTMLElement {
  const cell = screen.getByRole('rowheader', { name: header });
  return cell.closest('tr') as HTMLElement;
}

describe('the RAID log', () => {
  it('adds an action linked to a risk, named problems first; it is flagged overdue once its day has passed', async () => {
    const { onChanged, unmount } = renderAs(KENT_BOARD, BOARD);
    await loaded();
    expect(await screen.findByText('The RAID log is empty.', {}, NETWORK)).toBeTruthy();
    fireEvent.click(button('Add a RAID item'));
    await waitFor(() => expect(document.activeElement?.id).toBe('rv-raid-form-heading'));
    expect(field(/^Reference/).value).toBe('A-01');
    expect(field(/^Owner/).value).toBe(KENT_BOARD);

    // Nothing chosen yet: each problem at its field, and a summary that takes focus.
    type(/^Owner/, 'Ruth Calder');
    fireEvent.click(button('Save'));
    expect(await screen.findByText('There are 4 problems to fix before saving:')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe('rv-raid-form-summary'));
    expect(screen.getByText('This is required.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Title: This is required.' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Topic: Choose one.' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Force: Choose one.' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Owner: Enter one person\u2019s sign-in name, such as name@force.police.uk.' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Title: This is required.' }));
    await waitFor(() => expect(document.activeElement).toBe(field(/^Title/)));

    type(/^Title/, 'Brief sergeants on the audit log gap');
    type(/^Owner/, KENT_BOARD);
    await choose(/^Topic/, 'Platform risk and assurance');
    await choose(/^Force/, 'Kent');
    type(/^Due/, '30/11/2026');
    type('Find a risk to link', 'k-0');
    expect(screen.getByText('2 risks match.')).toBeTruthy();
    fireEvent.click(button('Link K-01 \u2014 Tenant audit log retention too short for investigations'));
    expect(screen.getByRole('button', { name: 'Remove the link to K-01' })).toBeTruthy();
    fireEvent.click(button('Save'));

    expect(await screen.findByText('A-01 was added to the log.', {}, NETWORK)).toBeTruthy();
    await settled();
    await waitFor(() => expect(screen.getByRole('rowheader', { name: 'A-01' })).toBeTruthy(), NETWORK);
    const line = row('A-01');
    expect(within(line).getByText('30 November 2026')).toBeTruthy();
    expect(within(line).getByText('K-01')).toBeTruthy();
    expect(within(line).queryByText(/Overdue/)).toBeNull();
    expect(onChanged).toHaveBeenCalled();
    const stored = (await repo(OWNER).register()).raid;
    expect(stored.map((r) => [r.reference, r.type, r.riskIds, r.dueDate, r.ownerUpn, r.force])).toEqual([['A-01', 'action', [kentRiskId], '2026-11-30', KENT_BOARD, 'Kent']]);
    unmount();

    // A week later the same action is overdue, said in words.
    renderAs(PC, READER, '2026-12-05');
    await loaded();
    expect(await screen.findByText('1 RAID item is overdue.', {}, NETWORK)).toBeTruthy();
    expect(within(row('A-01')).getByText('Overdue by 5 days')).toBeTruthy();
    expect(screen.getByText(/Only programme board members can add or change them\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add a RAID item' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit A-01' })).toBeNull();
  });

  it('shows a second person what the first changed, and keeps both when asked', async () => {
    renderAs(KENT_BOARD, BOARD);
    await loaded();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit A-01' }, NETWORK));
    await screen.findByText('Edit A-01');
    type(/^Title/, 'Brief sergeants and inspectors on the audit log gap');

    // Meanwhile James Pike changes the owner and the description.
    const essex = repo(ESSEX_BOARD);
    const item = (await essex.register()).raid[0];
    await essex.updateRaidItem(item, { ...item, ownerUpn: ESSEX_BOARD, description: 'Agreed at the November board.' });

    fireEvent.click(button('Save'));
    expect(await screen.findByText(/^James Pike saved a change at /, {}, NETWORK)).toBeTruthy();
    expect(screen.getByText(`Owner: ${KENT_BOARD} \u2192 ${ESSEX_BOARD}`)).toBeTruthy();
    expect(screen.getByText('Description: (empty) \u2192 Agreed at the November board.')).toBeTruthy();
    expect(screen.getByText(/You did not change the same things/)).toBeTruthy();
    // Nothing typed is lost.
    expect(field(/^Title/).value).toBe('Brief sergeants and inspectors on the audit log gap');
    fireEvent.click(button('Keep both sets of changes'));
    expect(field(/^Owner/).value).toBe(ESSEX_BOARD);
    expect(field(/^Title/).value).toBe('Brief sergeants and inspectors on the audit log gap');
    fireEvent.click(button('Save'));
    expect(await screen.findByText('Your changes to A-01 were saved.', {}, NETWORK)).toBeTruthy();
    await settled();
    const stored = (await repo(OWNER).register()).raid[0];
    expect([stored.title, stored.ownerUpn, stored.description]).toEqual(['Brief sergeants and inspectors on the audit log gap', ESSEX_BOARD, 'Agreed at the November board.']);
  });
});

describe('risk appetite', () => {
  it('is set by a board member with its RAG band shown; a bad score is named at its field', async () => {
    renderAs(KENT_BOARD, BOARD);
    await loaded();
    await goToTab('Risk appetite');
    expect(await screen.findByText(/each force\u2019s score is checked against the stricter \(lower\)/)).toBeTruthy();
    fireEvent.click(button('Set the appetite for Copilot deployment and governance, All forces'));
    await waitFor(() => expect(document.activeElement).toBe(field(/^Highest acceptable current score/)));
    type(/^Highest acceptable current score/, '30');
    fireEvent.click(button('Save the appetite'));
    expect(await screen.findByText('Enter a whole number from 1 to 25.')).toBeTruthy();
    type(/^Highest acceptable current score/, '9');
    expect(screen.getByText('This is in the band Amber (5\u20139).')).toBeTruthy();
    type(/^Rationale/, 'Some risk to learn, none with people\u2019s data.');
    fireEvent.click(button('Save the appetite'));
    expect(await screen.findByText('Saved: Copilot deployment and governance, All forces is 9, Amber (5\u20139).', {}, NETWORK)).toBeTruthy();
    await settled();
    await waitFor(() => expect(within(row('Copilot deployment and governance')).getByText('9 \u00b7 Amber (5\u20139)')).toBeTruthy(), NETWORK);
    const stored = await repo(OWNER).appetites();
    expect(stored.map((a) => [a.category, a.force, a.maxScore, a.rationale])).toEqual([['copilotGovernance', null, 9, 'Some risk to learn, none with people\u2019s data.']]);
  });

  it('is read-only for the workforce, and SharePoint\u2019s refusal is shown plainly if they try', async () => {
    const { unmount } = renderAs(PC, READER);
    await loaded();
    await goToTab('Risk appetite');
    expect(await screen.findByText('Only the programme board can change the risk appetite. You can read it here.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save the appetite' })).toBeNull();
    expect(within(row('Copilot deployment and governance')).getByText('9 \u00b7 Amber (5\u20139)')).toBeTruthy();
    unmount();

    // Rights read before a permission change: the controls are offered, and SharePoint says no.
    renderAs(PC, { ...READER, canEditAppetite: true });
    await loaded();
    await goToTab('Risk appetite');
    fireEvent.click(await screen.findByRole('button', { name: 'Change the appetite for Copilot deployment and governance, All forces' }));
    type(/^Highest acceptable current score/, '16');
    fireEvent.click(button('Save the appetite'));
    expect(await screen.findByText(/^Not saved\. SharePoint refused the change: you do not have permission to change the register\./, {}, NETWORK)).toBeTruthy();
    expect(field(/^Highest acceptable current score/).value).toBe('16');
    expect((await repo(OWNER).appetites()).map((a) => a.maxScore)).toEqual([9]);
  });
});

describe('starter risks', () => {
  it('imports the chosen risks once: a second import changes nothing', async () => {
    renderAs(KENT_BOARD, BOARD);
    await loaded();
    await goToTab('Starter risks');
    await screen.findByText(/Importing again changes nothing/);
    fireEvent.click(screen.getByRole('radio', { name: 'Kent' }));
    fireEvent.click(button('Choose none'));
    expect(screen.getByText(`0 of ${STARTER_RISKS.length} starter risks chosen.`)).toBeTruthy();
    fireEvent.click(button('Import 0 starter risks'));
    expect(await screen.findByText('Choose at least one starter risk to import.')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /^Import K-CG-01: / }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Import K-CG-02: / }));
    fireEvent.click(button('Import 2 starter risks'));
    expect(await screen.findByText('Done: 2 created, 0 already on the register (left alone), 0 failed.', {}, NETWORK)).toBeTruthy();
    await settled();
    expect(within(screen.getByRole('table', { name: 'What the import did, by reference' })).getAllByText('Created, as proposed')).toHaveLength(2);
    const first = await repo(OWNER).register();
    const starter = first.risks.filter((r) => /^K-CG-0[12]$/.test(r.reference));
    expect(starter.map((r) => [r.reference, r.status, r.ownerUpn])).toEqual([
      ['K-CG-01', 'proposed', KENT_BOARD],
      ['K-CG-02', 'proposed', KENT_BOARD]
    ]);
    const preview = (): HTMLElement => screen.getByRole('table', { name: 'Starter risks, with the references they would have for Kent' });
    await waitFor(() => expect(within(within(preview()).getByRole('rowheader', { name: 'K-CG-01' }).closest('tr') as HTMLElement).getByText('Already on the register')).toBeTruthy(), NETWORK);
    expect(within(within(preview()).getByRole('rowheader', { name: 'K-CG-03' }).closest('tr') as HTMLElement).getByText('Not yet')).toBeTruthy();

    fireEvent.click(button('Import 2 starter risks'));
    expect(await screen.findByText('Done: 0 created, 2 already on the register (left alone), 0 failed.', {}, NETWORK)).toBeTruthy();
    const second = await repo(OWNER).register();
    expect(second.risks.length).toBe(first.risks.length);
    expect(second.actions.length).toBe(first.actions.length);
    expect(second.risks.map((r) => r.etag)).toEqual(first.risks.map((r) => r.etag));
  });
});

describe('importing a register', () => {
  const GOOD_AND_BAD = [
    'Reference,Title,Topic,Force,Owner,Current likelihood,Current impact,Review date',
    `K-01,Tenant audit log retention too short for investigations,Platform risk and assurance,Kent,${KENT_BOARD},4,4,14/12/2026`,
    `K-10,Copilot licences sit unused after training,Licensing and finance,Kent,${KENT_BOARD},3,3,2026-12-21`,
    `K-11,Bad topic,Weather,Kent,${KENT_BOARD},3,3,`,
    'K-12,Bad owner and level,Training readiness,Kent,Ruth Calder,9,3,'
  ].join('\n');

  it('dry-runs good and bad rows; applying changes only the good ones; applying again changes nothing', async () => {
    renderAs(KENT_BOARD, BOARD);
    await loaded();
    await goToTab('Import a register');
    type(/^Or paste the rows here/, GOOD_AND_BAD);
    const before = await repo(OWNER).register();
    fireEvent.click(button('Check the file (dry run)'));
    expect(await screen.findByText('Dry run: 1 to create, 1 to update, 0 unchanged, 2 rejected. Nothing has been changed yet.', {}, NETWORK)).toBeTruthy();
    const plan = screen.getByRole('table', { name: 'Each row of the file and what applying it would do' });
    expect(within(row('K-01')).getByText('Update')).toBeTruthy();
    expect(within(row('K-01')).getByText('Current likelihood: 3 \u2192 4')).toBeTruthy();
    expect(within(row('K-01')).getByText('Next review: 7 December 2026 \u2192 14 December 2026')).toBeTruthy();
    expect(within(row('K-10')).getByText('Create')).toBeTruthy();
    expect(within(row('K-11')).getByText('Reject (changes nothing)')).toBeTruthy();
    expect(within(row('K-11')).getByText(/Line 4, column \u201cTopic\u201d: \u201cWeather\u201d is not accepted here\. Use Copilot deployment and governance/)).toBeTruthy();
    expect(within(row('K-12')).getByText(/Line 5, column \u201cOwner\u201d: \u201cRuth Calder\u201d is not a sign-in name\./)).toBeTruthy();
    expect(within(row('K-12')).getByText(/Line 5, column \u201cCurrent likelihood\u201d: \u201c9\u201d is not a likelihood from 1 to 5/)).toBeTruthy();
    expect(within(plan).getAllByRole('row')).toHaveLength(5);
    // The dry run wrote nothing.
    expect((await repo(OWNER).register()).risks.map((r) => r.etag)).toEqual(before.risks.map((r) => r.etag));

    fireEvent.click(button('Apply 2 rows'));
    expect(await screen.findByText('Applied: 1 created, 1 updated, 0 already as in the file, 2 rejected (nothing changed), 0 changed by someone since the dry run, 0 failed.', {}, NETWORK)).toBeTruthy();
    await settled();
    const applied = await repo(OWNER).register();
    const refs = applied.risks.map((r) => r.reference);
    expect(refs).toContain('K-10');
    expect(refs).not.toContain('K-11');
    expect(refs).not.toContain('K-12');
    const k01 = applied.risks.filter((r) => r.reference === 'K-01')[0];
    expect([k01.current, k01.reviewDate]).toEqual([{ likelihood: 4, impact: 4 }, '2026-12-14']);

    // The same plan again: nothing changes.
    fireEvent.click(button('Apply 2 rows'));
    expect(await screen.findByText('Applied: 0 created, 0 updated, 2 already as in the file, 2 rejected (nothing changed), 0 changed by someone since the dry run, 0 failed.', {}, NETWORK)).toBeTruthy();
    const result = screen.getByRole('table', { name: 'Each row of the file and what happened' });
    expect(within(result).getAllByText('Already applied: nothing changed')).toHaveLength(2);
    const again = await repo(OWNER).register();
    expect(again.risks.map((r) => [r.reference, r.etag])).toEqual(applied.risks.map((r) => [r.reference, r.etag]));

    // A new dry run finds the good rows as the register now holds them.
    fireEvent.click(button('Check the file (dry run)'));
    expect(await screen.findByText('Dry run: 0 to create, 0 to update, 2 unchanged, 2 rejected. Nothing has been changed yet.', {}, NETWORK)).toBeTruthy();
    expect(screen.getByText('Nothing to apply: every row is unchanged or rejected.')).toBeTruthy();
  });

  it('blocks a file it cannot read as a register: nothing can be applied', async () => {
    renderAs(KENT_BOARD, BOARD);
    await loaded();
    await goToTab('Import a register');
    type(/^Or paste the rows here/, 'Title,Topic,Owner\nSomething new,Licensing and finance,kent.board@policing.example');
    fireEvent.click(button('Check the file (dry run)'));
    expect(await screen.findByText('This file cannot be imported until these are fixed. Nothing will be applied.', {}, NETWORK)).toBeTruthy();
    expect(screen.getByText(/The file has no reference column\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Apply/ })).toBeNull();

    type(/^Or paste the rows here/, 'Reference,Title,Topic\nK-20,"Unclosed quote,Licensing and finance');
    expect(screen.queryByText('This file cannot be imported until these are fixed. Nothing will be applied.')).toBeNull();
    fireEvent.click(button('Check the file (dry run)'));
    expect(await screen.findByText(/A cell starting with a quote mark is never closed/, {}, NETWORK)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Apply/ })).toBeNull();
    expect((await repo(OWNER).register()).risks.map((r) => r.reference)).not.toContain('K-20');
  });

  it('reads a chosen file, and says so when it is an Excel workbook rather than CSV', async () => {
    renderAs(KENT_BOARD, BOARD);
    await loaded();
    await goToTab('Import a register');
    const input = screen.getByLabelText('Choose a CSV file') as HTMLInputElement;
    const csv = new File([`Reference,Title,Topic,Force,Owner,Current likelihood,Current impact\nK-30,From a file,Benefits realisation,Kent,${KENT_BOARD},2,2`], 'register.csv', { type: 'text/csv' });
    await act(async () => {
      fireEvent.change(input, { target: { files: [csv] } });
    });
    expect(await screen.findByText('register.csv was read. Check it below, then run the dry run.')).toBeTruthy();
    expect(field(/^The rows from register\.csv/).value).toContain('K-30,From a file');
    fireEvent.click(button('Check the file (dry run)'));
    expect(await screen.findByText('Dry run: 1 to create, 0 to update, 0 unchanged, 0 rejected. Nothing has been changed yet.', {}, NETWORK)).toBeTruthy();

    const workbook = new File(['PK\u0003\u0004binary'], 'register.xlsx');
    await act(async () => {
      fireEvent.change(input, { target: { files: [workbook] } });
    });
    expect(await screen.findByText(/register\.xlsx is an Excel workbook, not a CSV file\./)).toBeTruthy();
  });
});
