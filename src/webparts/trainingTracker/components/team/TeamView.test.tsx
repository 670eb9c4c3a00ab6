/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createTheme, setIconOptions } from '@fluentui/react/lib/Styling';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { teamStatuses, TEAMS_LINK_MAX_LENGTH, type ITeamMember } from '../../../../domain/training/team';
import { completion, learner, trainingModule } from '../../../../domain/training/testing';
import type { ICompletion } from '../../../../domain/training/types';
import { TEAM_CSV_HEADERS, teamCsvRows, TeamView, type ITeamViewProps } from './TeamView';
import { trainingPageFrom } from './reminderText';

// Icon fonts are not loaded under jest; the icons are decoration here.
setIconOptions({ disableWarnings: true });

const TODAY = '2026-11-23';
const PAGE = 'https://essex.sharepoint.com/sites/m365/SitePages/Training.aspx';
const modules = [
  // Due 31 October: overdue.
  trainingModule({ key: 'copilot', title: 'How to use Copilot' }),
  // Policy v2 published 16 November: due 16 December, coming up.
  trainingModule({ key: 'aup', title: 'Acceptable use of M365', policy: { version: 2, publishedOn: '2026-11-16' } }),
  // Optional, due 1 December: due soon.
  trainingModule({ key: 'prompts', title: 'Prompt writing', mandatory: false, assignedOn: '2026-11-01' })
];

function member(upn: string, displayName: string, jobTitle: string = 'Call handler'): ITeamMember {
  return { learner: learner({ upn, jobTitle }), displayName };
}

const chloe = member('chloe.barnes@essex.police.uk', 'Chloe Barnes', 'Dispatcher');
const dan = member('dan.okafor@essex.police.uk', 'Dan Okafor');
const amir = member('amir.shah@essex.police.uk', 'Amir Shah', '');
const done = (upn: string, moduleKey: string, extra: Partial<ICompletion> = {}): ICompletion => completion({ upn, moduleKey, completedOn: '2026-11-10', ...extra });
const records = new Map<string, ICompletion[]>([
  [chloe.learner.upn, [done(chloe.learner.upn, 'copilot'), done(chloe.learner.upn, 'aup', { policyVersion: 2 }), done(chloe.learner.upn, 'prompts')]],
  [amir.learner.upn, [done(amir.learner.upn, 'copilot')]]
]);
const reports = teamStatuses([dan, chloe, amir], modules, records, TODAY);

function renderTeam(overrides: Partial<ITeamViewProps> = {}): void {
  render(<TeamView reports={reports} modules={modules} leavers={0} today={TODAY} locale="en-GB" idPrefix="t" trainingPageUrl={PAGE} layout="table" {...overrides} />);
}

let clipboard: jest.Mock<Promise<void>, [string]>;
beforeEach(() => {
  clipboard = jest.fn(async (_text: string) => undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: clipboard }, configurable: true });
});

describe('team summary', () => {
  it('counts module states and licence readiness across the team', () => {
    renderTeam();
    const summary = screen.getByRole('region', { name: 'Team summary' });
    const value = (label: string): string | null => within(summary).getByText(label).nextElementSibling?.textContent ?? null;
    expect(value('Modules overdue')).toBe('1');
    expect(value('Modules due soon')).toBe('2');
    expect(value('Modules done')).toBe('4 of 9');
    expect(value('Ready for a Copilot licence')).toBe('1 of 3');
    expect(within(summary).getByText('2 of 3 people have something overdue or due soon.')).toBeTruthy();
  });

  it('says how many leavers are left out', () => {
    renderTeam({ leavers: 2 });
    expect(screen.getByText('2 people who have left are not shown.')).toBeTruthy();
  });
});

describe('people table', () => {
  it('shows each report with department, role, overdue and due-soon modules, done x of y and licence readiness', () => {
    renderTeam();
    const table = screen.getByRole('table', { name: 'People in your team' });
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Name', 'Department', 'Role', 'Overdue', 'Due soon', 'Done', 'Licence ready']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').firstChild?.textContent)).toEqual(['Amir Shah', 'Chloe Barnes', 'Dan Okafor']);
    const cells = (row: HTMLElement): string[] => within(row).getAllByRole('cell').map((c) => c.textContent ?? '');
    expect(cells(rows[2])).toEqual([
      'Contact management',
      'Call handler',
      'How to use Copilot, was due 31 October 2026',
      'Prompt writing, due 1 December 2026',
      '0 of 3',
      'No'
    ]);
    expect(cells(rows[1])).toEqual(['Contact management', 'Dispatcher', 'None', 'None', '3 of 3', 'Yes']);
    // A missing role is said, not left blank.
    expect(cells(rows[0])[1]).toBe('Not recorded');
  });

  it('offers a private Teams message to each person with something to chase', () => {
    renderTeam();
    const link = screen.getByRole('link', { name: 'Message in Teams: Dan Okafor (opens in a new tab)' }) as HTMLAnchorElement;
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
    const url = new URL(link.href);
    expect(url.searchParams.get('users')).toBe('dan.okafor@essex.police.uk');
    expect(url.searchParams.get('message')).toContain('Hello Dan Okafor,');
    expect(url.searchParams.get('message')).toContain('- How to use Copilot (was due 31 October 2026)');
    expect(screen.queryByRole('link', { name: /Chloe Barnes/ })).toBeNull();
  });

  it('filters to people with something overdue or due soon, and says how many are shown', async () => {
    renderTeam();
    // A live status, so a screen reader hears the new count when the filter changes.
    expect(screen.getByText('Showing 3 of 3 people.').getAttribute('role')).toBe('status');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only people with something overdue or due soon' }));
    expect(await screen.findByText('Showing 2 of 3 people.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'People in your team' });
    expect(within(table).queryByText('Chloe Barnes')).toBeNull();
  });

  it('says so when the filter leaves nobody', async () => {
    const upToDate = teamStatuses([chloe], modules, records, TODAY);
    renderTeam({ reports: upToDate });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only people with something overdue or due soon' }));
    expect(await screen.findByText('Nobody in your team has anything overdue or due soon.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('narrow layout', () => {
  it('stacks people as a labelled list with the same facts', () => {
    renderTeam({ layout: 'list' });
    expect(screen.queryByRole('table')).toBeNull();
    const list = screen.getByRole('list', { name: 'People in your team' });
    const items = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    expect(items.map((li) => within(li).getByRole('heading', { level: 5 }).textContent)).toEqual(['Amir Shah', 'Chloe Barnes', 'Dan Okafor']);
    const danCard = items[2];
    expect(within(danCard).getByText('Contact management · Call handler')).toBeTruthy();
    const value = (term: string): string | null => within(danCard).getByText(term).nextElementSibling?.textContent ?? null;
    expect(value('Overdue')).toBe('How to use Copilot, was due 31 October 2026');
    expect(value('Done')).toBe('0 of 3');
    expect(value('Licence ready')).toBe('No');
  });

  it('keeps the table until the part has been measured (width 0 means not laid out)', () => {
    renderTeam({ layout: 'auto' });
    expect(screen.getByRole('table', { name: 'People in your team' })).toBeTruthy();
  });
});

describe('reminder', () => {
  it('gives the message to copy: greeting, overdue and due-soon modules with dates, the training page, no names', () => {
    renderTeam();
    const region = screen.getByRole('region', { name: 'Remind your team' });
    const box = within(region).getByRole('textbox', { name: 'Message to send' }) as HTMLTextAreaElement;
    expect(box.readOnly).toBe(true);
    expect(box.value).toBe(
      [
        'Hello everyone,',
        '',
        'This is a reminder about your Microsoft 365 and Copilot training.',
        '',
        'Overdue:',
        '- How to use Copilot (was due 31 October 2026)',
        '',
        'Due soon:',
        '- Prompt writing (due by 1 December 2026)',
        '',
        `You can complete it on the training page: ${PAGE}`,
        '',
        'Thank you.'
      ].join('\n')
    );
    expect(box.value).not.toMatch(/Dan|Amir|Chloe/);
  });

  it('opens one Teams chat with the people to remind, message and topic filled in', () => {
    renderTeam();
    const link = screen.getByRole('link', { name: 'Open a Teams chat with these people (opens in a new tab)' }) as HTMLAnchorElement;
    expect(link.textContent).toBe('Open a Teams chat with these people');
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
    expect(link.href.startsWith('https://teams.microsoft.com/l/chat/0/0?users=amir.shah@essex.police.uk,dan.okafor@essex.police.uk&topicName=Training%20reminder&message=Hello%20everyone%2C')).toBe(true);
    expect(screen.queryByText(/too long to go in the link/)).toBeNull();
  });

  it('copies the message and says so', async () => {
    renderTeam();
    fireEvent.click(screen.getByRole('button', { name: 'Copy message' }));
    expect(await screen.findByText('Message copied. Paste it into a Teams chat or an email.')).toBeTruthy();
    expect(clipboard).toHaveBeenCalledWith(expect.stringContaining('Hello everyone,'));
  });

  it('says how to copy by hand when the browser refuses', async () => {
    clipboard.mockRejectedValueOnce(new Error('denied'));
    renderTeam();
    fireEvent.click(screen.getByRole('button', { name: 'Copy message' }));
    expect(await screen.findByText('The browser did not allow copying. Select the text in the box and copy it.')).toBeTruthy();
  });

  it('greets one person by name and says where to go without a page address', () => {
    renderTeam({ reports: teamStatuses([dan, chloe], modules, records, TODAY), trainingPageUrl: undefined });
    const box = screen.getByRole('textbox', { name: 'Message to send' }) as HTMLTextAreaElement;
    expect(box.value.startsWith('Hello Dan Okafor,')).toBe(true);
    expect(box.value).toContain('You can complete it in the training tracker on the intranet or in Teams.');
  });

  it('splits a large team across chats, each link within the length Teams handles', () => {
    const many = Array.from({ length: 70 }, (_, i) => member(`response.officer.${String(i).padStart(3, '0')}@essex.police.uk`, `Officer ${i}`));
    renderTeam({ reports: teamStatuses(many, modules, new Map(), TODAY) });
    expect(screen.getByText('Too many people to fit in one Teams link, so the reminder is split across 2 chats.')).toBeTruthy();
    const links = screen.getAllByRole('link', { name: /^Open a Teams chat with these people \(chat \d of 2, \d+ people\)/ }) as HTMLAnchorElement[];
    expect(links).toHaveLength(2);
    expect(links.every((l) => l.href.length <= TEAMS_LINK_MAX_LENGTH)).toBe(true);
    expect(links.map((l) => new URL(l.href).searchParams.get('users')?.split(',').length).reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(70);
    // The full first chat has no room for the message: the manager is told to paste it.
    expect(screen.getAllByText('The message is too long to go in the link. Copy it from the box above and paste it into the chat.').length).toBeGreaterThan(0);
  });

  it('has nothing to send when nobody has anything overdue or due soon', () => {
    renderTeam({ reports: teamStatuses([chloe], modules, records, TODAY) });
    expect(screen.getByText('Nobody in your team has anything overdue or due soon, so there is nothing to remind them about.')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('link', { name: /Open a Teams chat/ })).toBeNull();
  });
});

describe('CSV export', () => {
  it('has one row per person and module: name, UPN, force, department, role, module, state, ISO date', () => {
    expect(TEAM_CSV_HEADERS).toEqual(['Name', 'UPN', 'Force', 'Department', 'Role', 'Module', 'State', 'Due or completed on']);
    const rows = teamCsvRows(reports, modules);
    expect(rows).toHaveLength(9);
    expect(rows.filter((r) => r[0] === 'Dan Okafor')).toEqual([
      ['Dan Okafor', 'dan.okafor@essex.police.uk', 'Essex', 'Contact management', 'Call handler', 'How to use Copilot', 'Overdue', '2026-10-31'],
      ['Dan Okafor', 'dan.okafor@essex.police.uk', 'Essex', 'Contact management', 'Call handler', 'Acceptable use of M365', 'Coming up', '2026-12-16'],
      ['Dan Okafor', 'dan.okafor@essex.police.uk', 'Essex', 'Contact management', 'Call handler', 'Prompt writing', 'Due soon', '2026-12-01']
    ]);
    expect(rows.find((r) => r[0] === 'Chloe Barnes' && r[5] === 'Prompt writing')).toEqual(['Chloe Barnes', 'chloe.barnes@essex.police.uk', 'Essex', 'Contact management', 'Dispatcher', 'Prompt writing', 'Done', '2026-11-10']);
  });

  it('keeps a person nothing applies to, with empty module columns', () => {
    const kent = { learner: learner({ upn: 'k@kent.police.uk', force: 'Kent' }), displayName: 'Kim Kent' };
    const onlyEssex = modules.map((m) => ({ ...m, audience: { forces: ['Essex'] } }));
    expect(teamCsvRows(teamStatuses([kent], onlyEssex, new Map(), TODAY), onlyEssex)).toEqual([['Kim Kent', 'k@kent.police.uk', 'Kent', 'Contact management', 'Call handler', '', '', '']]);
  });

  it('copies what is shown (the filter applies)', async () => {
    renderTeam();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only people with something overdue or due soon' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy your team\u2019s training as CSV' }));
    await waitFor(() => expect(clipboard).toHaveBeenCalled());
    const csv = clipboard.mock.calls[0][0];
    expect(csv.split('\r\n')[0]).toBe('Name,UPN,Force,Department,Role,Module,State,Due or completed on');
    expect(csv).toContain('Dan Okafor,dan.okafor@essex.police.uk,Essex');
    expect(csv).not.toContain('Chloe Barnes');
  });
});

describe('themes', () => {
  it('renders with a dark theme from the host', () => {
    const dark = createTheme({ isInverted: true, palette: { white: '#1b1a19', black: '#ffffff', neutralPrimary: '#ffffff' } });
    render(
      <ThemeProvider theme={dark}>
        <TeamView reports={reports} modules={modules} leavers={0} today={TODAY} locale="en-GB" idPrefix="t" trainingPageUrl={PAGE} layout="list" />
      </ThemeProvider>
    );
    expect(screen.getByRole('list', { name: 'People in your team' })).toBeTruthy();
  });
});

describe('the training page a reminder points to', () => {
  it.each([
    ['https://essex.sharepoint.com/sites/m365/SitePages/Training.aspx?debug=true#top', 'https://essex.sharepoint.com/sites/m365/SitePages/Training.aspx'],
    ['https://essex.sharepoint.com/_layouts/15/teamshostedapp.aspx?x=1', undefined],
    ['https://essex.sharepoint.com/sites/m365/_layouts/15/workbench.aspx', undefined],
    // eslint-disable-next-line no-script-url -- RATIONALE: proves a script URL is never offered.
    ['javascript:alert(1)', undefined],
    ['not a url', undefined],
    [undefined, undefined]
  ])('%s → %s', (href, expected) => {
    expect(trainingPageFrom(href)).toBe(expected);
  });
});
