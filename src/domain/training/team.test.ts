import { completion, learner, trainingModule } from './testing';
import {
  reminderLines,
  reminderSummary,
  reportStatus,
  teamRollup,
  teamsChatLink,
  teamsReminderMessage,
  teamStatuses,
  TEAMS_CHAT_MAX_OTHERS,
  TEAMS_LINK_MAX_LENGTH,
  type IReminderLine,
  type IReminderWording,
  type ITeamMember
} from './team';
import type { ICompletion, IModuleStatus } from './types';

// A fixed clock: every date below is relative to Monday 23 November 2026.
const TODAY = '2026-11-23';

const modules = [
  // Assigned 1 Oct, due in 30 days: due 31 Oct, overdue today.
  trainingModule({ key: 'copilot', title: 'How to use Copilot' }),
  // Policy v2 published 16 Nov: due 16 Dec, coming up (more than 14 days away).
  trainingModule({ key: 'aup', title: 'Acceptable use of M365', policy: { version: 2, publishedOn: '2026-11-16' } }),
  // Optional, assigned 1 Nov: due 1 Dec, due soon.
  trainingModule({ key: 'prompts', title: 'Prompt writing', mandatory: false, assignedOn: '2026-11-01' }),
  // Only for Kent: never applies to the Essex people below.
  trainingModule({ key: 'kent-only', title: 'Kent local guidance', audience: { forces: ['Kent'] } }),
  // Assigned 1 Nov with 25 days: due 26 Nov, due soon.
  trainingModule({ key: 'limits', title: 'Limitations of AI outputs', assignedOn: '2026-11-01', dueWithinDays: 25 })
];

function member(upn: string, displayName: string, overrides: Parameters<typeof learner>[0] = {}): ITeamMember {
  return { learner: learner({ upn, ...overrides }), displayName };
}

const chloe = member('chloe.barnes@essex.police.uk', 'Chloe Barnes');
const dan = member('dan.okafor@essex.police.uk', 'Dan Okafor');
const amir = member('amir.shah@essex.police.uk', 'amir Shah');
// Joined 20 Nov: everything is due 30 days (or 25) from then, so nothing is due soon or overdue yet.
const newJoiner = member('new.joiner@essex.police.uk', 'Zoe New', { startDate: '2026-11-20' });

function done(upn: string, moduleKey: string, overrides: Partial<ICompletion> = {}): ICompletion {
  return completion({ upn, moduleKey, completedOn: '2026-11-10', ...overrides });
}

const wording: IReminderWording = {
  greeting: 'Hello everyone,',
  intro: 'This is a reminder about your Microsoft 365 and Copilot training.',
  overdueHeading: 'Overdue:',
  dueSoonHeading: 'Due soon:',
  overdueLine: '{0} (was due {1})',
  dueSoonLine: '{0} (due {1})',
  trainingPage: 'Complete it on the training page: {0}',
  trainingPageNoLink: 'Complete it in the training tracker on the intranet.',
  signOff: 'Thank you.'
};

const day = (d: string): string => `[${d}]`;

describe('a report\u2019s status', () => {
  it('uses the learner\u2019s own rules: states, due days, done x of y and licence readiness', () => {
    const r = reportStatus(chloe, modules, [done(chloe.learner.upn, 'aup', { policyVersion: 2 })], TODAY);
    expect(r.applicable).toBe(4);
    expect(r.done).toBe(1);
    expect(r.overdue.map((s) => [s.moduleKey, s.dueOn])).toEqual([['copilot', '2026-10-31']]);
    expect(r.dueSoon.map((s) => [s.moduleKey, s.dueOn])).toEqual([
      ['limits', '2026-11-26'],
      ['prompts', '2026-12-01']
    ]);
    expect(r.statuses.map((s) => s.moduleKey)).toEqual(['copilot', 'limits', 'aup', 'prompts']);
    expect(r.licenceReady).toBe(false);
  });

  it('is licence-ready once every mandatory module is done, whatever the optional ones say', () => {
    const upn = chloe.learner.upn;
    const r = reportStatus(chloe, modules, [done(upn, 'copilot'), done(upn, 'aup', { policyVersion: 2 }), done(upn, 'limits')], TODAY);
    expect(r.licenceReady).toBe(true);
    expect(r.dueSoon.map((s) => s.moduleKey)).toEqual(['prompts']);
  });

  it('does not count an attestation to an old policy version', () => {
    const r = reportStatus(chloe, modules, [done(chloe.learner.upn, 'aup', { policyVersion: 1 })], TODAY);
    expect(r.done).toBe(0);
  });

  it('ignores records of someone else', () => {
    const r = reportStatus(chloe, modules, [done(dan.learner.upn, 'copilot')], TODAY);
    expect(r.overdue.map((s) => s.moduleKey)).toEqual(['copilot']);
  });

  it.each([
    [7, ['limits']],
    [8, ['limits', 'prompts']],
    [2, []],
    [3, ['limits']],
    [30, ['limits', 'aup', 'prompts']]
  ])('honours a due-soon window of %i days', (dueSoonDays, expected) => {
    expect(reportStatus(chloe, modules, [], TODAY, { dueSoonDays }).dueSoon.map((s) => s.moduleKey)).toEqual(expected);
  });

  it('gives a new joiner their own due days', () => {
    const r = reportStatus(newJoiner, modules, [], TODAY);
    expect(r.overdue).toEqual([]);
    expect(r.dueSoon).toEqual([]);
    expect(r.statuses.find((s) => s.moduleKey === 'copilot')?.dueOn).toBe('2026-12-20');
  });
});

describe('the team', () => {
  const records = new Map<string, ICompletion[]>([
    [chloe.learner.upn, [done(chloe.learner.upn, 'copilot'), done(chloe.learner.upn, 'limits'), done(chloe.learner.upn, 'aup', { policyVersion: 2 })]],
    [dan.learner.upn, [done(dan.learner.upn, 'limits')]]
  ]);

  it('lists reports by name, ignoring case, with records matched by lower-case UPN', () => {
    const mixedCase = member('Dan.Okafor@Essex.Police.UK', 'Dan Okafor');
    const reports = teamStatuses([newJoiner, mixedCase, chloe, amir], modules, records, TODAY);
    expect(reports.map((r) => r.member.displayName)).toEqual(['amir Shah', 'Chloe Barnes', 'Dan Okafor', 'Zoe New']);
    expect(reports[2].done).toBe(1);
    expect(reports[2].member.learner.upn).toBe('dan.okafor@essex.police.uk');
    // No entry in the map: no records, not an error.
    expect(reports[0].done).toBe(0);
  });

  it('rolls up module states and people to remind', () => {
    const reports = teamStatuses([chloe, dan, amir, newJoiner], modules, records, TODAY);
    expect(teamRollup(reports)).toEqual({
      people: 4,
      // Chloe: 3 done, prompts due soon. Dan: limits done; copilot overdue, prompts due soon, aup upcoming.
      // Amir: copilot overdue, limits and prompts due soon, aup upcoming. Zoe: 4 upcoming.
      overdue: 2,
      dueSoon: 4,
      upcoming: 6,
      done: 4,
      applicable: 16,
      peopleOverdue: 2,
      peopleDueSoon: 3,
      peopleToRemind: 3,
      licenceReady: 1
    });
  });

  it('rolls up an empty team to zeros', () => {
    expect(teamRollup([])).toEqual({ people: 0, overdue: 0, dueSoon: 0, upcoming: 0, done: 0, applicable: 0, peopleOverdue: 0, peopleDueSoon: 0, peopleToRemind: 0, licenceReady: 0 });
  });
});

describe('what a reminder is about', () => {
  it('names each module once per state with the earliest due day, overdue first, and no people', () => {
    const early = member('early@essex.police.uk', 'Early Starter', { startDate: '2026-10-20' });
    // Early Starter: copilot due 19 Nov (overdue, after Dan's 31 Oct), limits due 26 Nov.
    const reports = teamStatuses([dan, early], modules, new Map(), TODAY);
    expect(reminderLines(reports, modules)).toEqual<IReminderLine[]>([
      { moduleKey: 'copilot', title: 'How to use Copilot', state: 'overdue', dueOn: '2026-10-31' },
      { moduleKey: 'limits', title: 'Limitations of AI outputs', state: 'dueSoon', dueOn: '2026-11-26' },
      { moduleKey: 'prompts', title: 'Prompt writing', state: 'dueSoon', dueOn: '2026-12-01' }
    ]);
  });

  it('lists a module under both states when it is overdue for some and due soon for others', () => {
    const late = member('late@essex.police.uk', 'Late Joiner', { startDate: '2026-10-30' });
    // Late Joiner: copilot due 29 Nov (due soon); Dan: overdue.
    const lines = reminderLines(teamStatuses([dan, late], modules, new Map(), TODAY), modules);
    expect(lines.filter((l) => l.moduleKey === 'copilot').map((l) => [l.state, l.dueOn])).toEqual([
      ['overdue', '2026-10-31'],
      ['dueSoon', '2026-11-29']
    ]);
  });

  it('falls back to the module code when the module is not known', () => {
    const lines = reminderLines(teamStatuses([dan], modules, new Map(), TODAY), modules.slice(1));
    expect(lines[0]).toMatchObject({ moduleKey: 'copilot', title: 'copilot' });
  });

  it('is empty for a team that is up to date', () => {
    expect(reminderLines(teamStatuses([newJoiner], modules, new Map(), TODAY), modules)).toEqual([]);
  });
});

describe('the Teams reminder message', () => {
  const lines: IReminderLine[] = [
    { moduleKey: 'copilot', title: 'How to use Copilot', state: 'overdue', dueOn: '2026-10-31' },
    { moduleKey: 'limits', title: 'Limitations of AI outputs', state: 'dueSoon', dueOn: '2026-11-26' },
    { moduleKey: 'prompts', title: 'Prompt writing', state: 'dueSoon', dueOn: '2026-12-01' }
  ];

  it('greets, lists overdue and due-soon modules with dates, points to the training page and signs off', () => {
    expect(teamsReminderMessage(lines, wording, day, 'https://essex.sharepoint.com/sites/m365/SitePages/Training.aspx')).toBe(
      [
        'Hello everyone,',
        '',
        'This is a reminder about your Microsoft 365 and Copilot training.',
        '',
        'Overdue:',
        '- How to use Copilot (was due [2026-10-31])',
        '',
        'Due soon:',
        '- Limitations of AI outputs (due [2026-11-26])',
        '- Prompt writing (due [2026-12-01])',
        '',
        'Complete it on the training page: https://essex.sharepoint.com/sites/m365/SitePages/Training.aspx',
        '',
        'Thank you.'
      ].join('\n')
    );
  });

  it('leaves out an empty section and says where to go without a link', () => {
    const text = teamsReminderMessage(lines.slice(1), wording, day);
    expect(text).not.toContain('Overdue:');
    expect(text).toContain('Due soon:\n- Limitations');
    expect(text).toContain('Complete it in the training tracker on the intranet.');
  });

  it('is empty when there is nothing to remind about', () => {
    expect(teamsReminderMessage([], wording, day, 'https://x.example')).toBe('');
  });
});

describe('Teams chat links', () => {
  const a = 'chloe.barnes@essex.police.uk';
  const b = 'dan.okafor@essex.police.uk';

  it('builds the documented deep link: people comma-separated, topic and message URL-encoded', () => {
    expect(teamsChatLink([a, b], 'Hello all,\n\nOverdue: Copilot & more? 100%', 'Training reminder')).toEqual([
      {
        url:
          'https://teams.microsoft.com/l/chat/0/0?users=chloe.barnes@essex.police.uk,dan.okafor@essex.police.uk' +
          '&topicName=Training%20reminder&message=Hello%20all%2C%0A%0AOverdue%3A%20Copilot%20%26%20more%3F%20100%25',
        upns: [a, b],
        messageIncluded: true
      }
    ]);
  });

  it('normalises and de-duplicates people, and leaves the topic off a one-to-one chat', () => {
    expect(teamsChatLink([' Chloe.Barnes@Essex.Police.UK ', a, ''], 'Hi', 'Training reminder')).toEqual([
      { url: `https://teams.microsoft.com/l/chat/0/0?users=${a}&message=Hi`, upns: [a], messageIncluded: true }
    ]);
  });

  it('encodes anything unusual in a UPN except the @', () => {
    expect(teamsChatLink(["o'neil+x@essex.police.uk"], '', '')[0].url).toBe("https://teams.microsoft.com/l/chat/0/0?users=o'neil%2Bx@essex.police.uk");
  });

  it('opens no chat for nobody', () => {
    expect(teamsChatLink([], 'Hi', 'Topic')).toEqual([]);
    expect(teamsChatLink(['  '], 'Hi', 'Topic')).toEqual([]);
  });

  it('keeps everyone in one chat and leaves out a message too long for the link', () => {
    const links = teamsChatLink([a, b], 'x'.repeat(TEAMS_LINK_MAX_LENGTH), 'Training reminder');
    expect(links).toHaveLength(1);
    expect(links[0].messageIncluded).toBe(false);
    expect(links[0].url).not.toContain('message=');
    expect(links[0].url.length).toBeLessThanOrEqual(TEAMS_LINK_MAX_LENGTH);
  });

  it('splits a team that does not fit in one link into the fewest links, each within the limit', () => {
    const upns = Array.from({ length: 80 }, (_, i) => `officer.number${String(i).padStart(3, '0')}@essex.police.uk`);
    const links = teamsChatLink(upns, 'Please complete your training.', 'Training reminder');
    // Each UPN costs 36 characters (with its comma): about 53 people per 2,000-character link.
    expect(links.length).toBe(2);
    expect(links.every((l) => l.url.length <= TEAMS_LINK_MAX_LENGTH)).toBe(true);
    expect(links.flatMap((l) => l.upns)).toEqual(upns);
    // The second, shorter link still has room for the message; the first, packed full, does not.
    expect(links.map((l) => l.messageIncluded)).toEqual([false, true]);
  });

  it('never puts more than 249 others in one chat (250 with the sender)', () => {
    const upns = Array.from({ length: 300 }, (_, i) => `p${i}@x.uk`);
    const links = teamsChatLink(upns, 'Hi', 'T', 100000);
    expect(links.map((l) => l.upns.length)).toEqual([TEAMS_CHAT_MAX_OTHERS, 300 - TEAMS_CHAT_MAX_OTHERS]);
  });

  it('refuses a limit that cannot hold even one person', () => {
    expect(() => teamsChatLink([a], 'Hi', 'T', 40)).toThrow(RangeError);
    expect(() => teamsChatLink(['a@x.uk', a], 'Hi', 'T', 60)).toThrow(RangeError);
  });
});

describe('the learner\u2019s reminder summary', () => {
  const status = (state: IModuleStatus['state'], dueOn: string | undefined): IModuleStatus => ({ moduleKey: `m-${state}-${dueOn}`, state, dueOn, validUntil: undefined, completion: undefined });

  it.each<[string, IModuleStatus[], ReturnType<typeof reminderSummary>]>([
    ['nothing applies', [], { overdue: 0, dueSoon: 0, nearestDueOn: undefined }],
    ['all done or coming up', [status('done', undefined), status('upcoming', '2027-01-10')], { overdue: 0, dueSoon: 0, nearestDueOn: undefined }],
    ['overdue only', [status('overdue', '2026-10-31'), status('overdue', '2026-11-01')], { overdue: 2, dueSoon: 0, nearestDueOn: undefined }],
    [
      'overdue and due soon',
      [status('overdue', '2026-10-31'), status('dueSoon', '2026-12-01'), status('dueSoon', '2026-11-30'), status('upcoming', '2026-11-24')],
      { overdue: 1, dueSoon: 2, nearestDueOn: '2026-11-30' }
    ]
  ])('%s', (_name, statuses, expected) => {
    expect(reminderSummary(statuses)).toEqual(expected);
  });
});
