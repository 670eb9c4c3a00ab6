/** @jest-environment jsdom */
/**
 * "My team" end to end in the DOM: the real loader and PnPjs against a seeded emulator (a manager in the
 * Managers group, three reports who recorded their own completions, a leaver), plus the failure and
 * "no reports" states.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { DataSiteNotConfiguredError } from '../../../../data/errors';
import type { DataSite } from '../../../../data/sp';
import { emulatorSite, type RunningEmulatorLike } from '../../../../data/testing/emulator';
import { startSuiteEmulator } from '../../../../data/testing/suiteEmulator';
import { createItem, createItems } from '../../../../data/writes';
import { trainingModule } from '../../../../domain/training/testing';
import { PeopleList, type NewPerson } from '../../../../lists/people';
import { TrainingCompletionsList } from '../../../../lists/training';
import { MyTeam } from './MyTeam';

// Icon fonts are not loaded under jest; the icons are decoration here.
setIconOptions({ disableWarnings: true });

const TODAY = '2026-11-23';
const OWNER = 'olivia.owner@essex.police.uk';
const MANAGER = 'sam.sergeant@essex.police.uk';
const CHLOE = 'chloe.barnes@essex.police.uk';
const DAN = 'dan.okafor@essex.police.uk';
const AMIR = 'amir.shah@essex.police.uk';
const LEAVER = 'lee.leaver@essex.police.uk';
const modules = [
  trainingModule({ key: 'copilot', title: 'How to use Copilot' }),
  trainingModule({ key: 'prompts', title: 'Prompt writing', mandatory: false, assignedOn: '2026-11-01' })
];

let emu: RunningEmulatorLike;
function siteOf(upn: string): () => Promise<DataSite> {
  return async () => emulatorSite(emu, upn);
}

beforeAll(async () => {
  emu = await startSuiteEmulator(
    { upn: OWNER, title: 'Olivia Owner' },
    [MANAGER, CHLOE, DAN, AMIR, LEAVER].map((upn) => ({ upn, title: upn, groups: upn === MANAGER ? (['workforce', 'managers'] as const) : (['workforce'] as const) }))
  );
  const owner = emulatorSite(emu, OWNER);
  const person = (upn: string, displayName: string, extra: { leaveDate?: string; jobTitle?: string } = {}): NewPerson => ({
    displayName,
    upn,
    force: 'Essex',
    department: 'Contact management',
    jobTitle: extra.jobTitle ?? 'Call handler',
    workerType: 'Staff',
    managerUpn: MANAGER,
    startDate: '2020-01-06',
    leaveDate: extra.leaveDate ?? null
  });
  await createItems(owner, PeopleList, [
    person(CHLOE, 'Chloe Barnes', { jobTitle: 'Dispatcher' }),
    person(DAN, 'Dan Okafor'),
    person(AMIR, 'Amir Shah'),
    person(LEAVER, 'Lee Leaver', { leaveDate: '2026-09-30' })
  ]);
  const record = async (upn: string, moduleKey: string): Promise<void> => {
    await createItem(emulatorSite(emu, upn), TrainingCompletionsList, { title: moduleKey, moduleKey, upn, completedOn: '2026-11-02', counts: true });
  };
  await record(CHLOE, 'copilot');
  await record(CHLOE, 'prompts');
  await record(AMIR, 'copilot');
});

afterAll(async () => {
  await emu.close();
});

function renderTeam(site: () => Promise<DataSite>, managerUpn: string = MANAGER): void {
  render(<MyTeam site={site} managerUpn={managerUpn} modules={modules} today={TODAY} locale="en-GB" idPrefix="t" trainingPageUrl="https://essex.sharepoint.com/sites/m365/SitePages/Training.aspx" layout="table" />);
}

describe('my team', () => {
  it('loads the manager\u2019s reports and their records, and shows who to chase', async () => {
    renderTeam(siteOf(MANAGER));
    expect(screen.getByRole('heading', { level: 3, name: 'My team' })).toBeTruthy();
    expect(screen.getByText('Loading your team\u2019s training\u2026')).toBeTruthy();

    const table = await screen.findByRole('table', { name: 'People in your team' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').firstChild?.textContent)).toEqual(['Amir Shah', 'Chloe Barnes', 'Dan Okafor']);
    expect(within(rows[1]).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Contact management', 'Dispatcher', 'None', 'None', '2 of 2', 'Yes']);
    expect(within(rows[2]).getAllByRole('cell')[2].textContent).toBe('How to use Copilot, was due 31 October 2026');
    expect(screen.getByText('1 person who has left is not shown.')).toBeTruthy();
    expect(screen.queryByText('Lee Leaver')).toBeNull();

    const link = screen.getByRole('link', { name: 'Open a Teams chat with these people (opens in a new tab)' }) as HTMLAnchorElement;
    expect(new URL(link.href).searchParams.get('users')).toBe(`${AMIR},${DAN}`);
  });

  it('tells a manager with no reports in the directory so', async () => {
    renderTeam(siteOf(CHLOE), CHLOE);
    expect(await screen.findByText(/You have no direct reports in the People directory/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a failure in words a user can act on, and tries again', async () => {
    let calls = 0;
    const flaky = async (): Promise<DataSite> => {
      calls += 1;
      if (calls === 1) throw new DataSiteNotConfiguredError();
      return emulatorSite(emu, MANAGER);
    };
    renderTeam(flaky);
    expect(await screen.findByText(/The suite\u2019s data site is not configured/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'People in your team' })).toBeTruthy();
    expect(calls).toBe(2);
  });

  it('does not reload when it is given a new site function on every render', async () => {
    let calls = 0;
    const site = async (): Promise<DataSite> => {
      calls += 1;
      return emulatorSite(emu, MANAGER);
    };
    const { rerender } = render(<MyTeam site={site} managerUpn={MANAGER} modules={modules} today={TODAY} locale="en-GB" idPrefix="t" layout="table" />);
    await screen.findByRole('table', { name: 'People in your team' });
    rerender(<MyTeam site={() => site()} managerUpn={MANAGER} modules={modules} today={TODAY} locale="en-GB" idPrefix="t" layout="table" />);
    rerender(<MyTeam site={() => site()} managerUpn={MANAGER} modules={modules} today={TODAY} locale="en-GB" idPrefix="t" layout="table" />);
    expect(screen.getByRole('table', { name: 'People in your team' })).toBeTruthy();
    expect(calls).toBe(1);
  });
});
