/**
 * A manager's team against the emulator, with the real set-up: 33 direct reports (one of them a leaver)
 * who each record their own completion, a manager in the Managers group (Override List Behaviors on the
 * completions) and a plain workforce member. Proves that completions of many people are read in
 * threshold-safe chunks of ≤ 25 UPNs, side by side but never more than 6 at a time, and that item-level
 * security — SharePoint, not the app — decides whose records come back.
 */
import { emulatorSite, RunningEmulatorLike } from './testing/emulator';
import { startSuiteEmulator } from './testing/suiteEmulator';
import { PeopleList, type NewPerson } from '../lists/people';
import { TrainingCompletionsList } from '../lists/training';
import { createItem, createItems } from './writes';
import { completionsOfMany, loadTeam, PARALLEL_REQUESTS, UPNS_PER_REQUEST } from './teamTraining';
import type { Transport } from './sendStage';
import type { DataSite } from './sp';

const OWNER = 'olivia.owner@essex.police.uk';
const MANAGER = 'sam.sergeant@essex.police.uk';
const OTHER_MANAGER = 'pat.inspector@essex.police.uk';
const OUTSIDER = 'olu.outsider@essex.police.uk';
const LEAVER = 'lee.leaver@essex.police.uk';
const TODAY = '2026-11-23';
/** 32 current reports: two chunks of ≤ 25. */
const REPORTS = Array.from({ length: 32 }, (_, i) => `officer${String(i + 1).padStart(2, '0')}@essex.police.uk`);

let emu: RunningEmulatorLike;

/** Completions list item reads (not the list lookups or writes) as they leave PnPjs, with the most in flight at once. */
interface IRecorder {
  transport: Transport;
  filters: string[];
  maxInFlight: () => number;
}

function recorder(): IRecorder {
  const filters: string[] = [];
  let inFlight = 0;
  let max = 0;
  const transport: Transport = async (url, init) => {
    const isCompletionsRead = /TrainingCompletions/i.test(decodeURIComponent(url)) && /\/items\?/.test(url) && (init.method ?? 'GET') === 'GET';
    if (!isCompletionsRead) return fetch(url, init);
    filters.push(new URL(url).searchParams.get('$filter') ?? '');
    inFlight += 1;
    max = Math.max(max, inFlight);
    try {
      return await fetch(url, init);
    } finally {
      inFlight -= 1;
    }
  };
  return { transport, filters, maxInFlight: () => max };
}

function siteOf(upn: string, transport?: Transport): DataSite {
  return emulatorSite(emu, upn, transport ? { transport } : {});
}

function person(upn: string, manager: string, overrides: Partial<NewPerson> = {}): NewPerson {
  const name = upn.split('@')[0];
  return { displayName: name, upn, force: 'Essex', department: 'Contact management', jobTitle: 'Call handler', workerType: 'Staff', managerUpn: manager, startDate: '2020-01-06', ...overrides };
}

async function recordOwn(upn: string, moduleKey: string): Promise<void> {
  await createItem(siteOf(upn), TrainingCompletionsList, { title: moduleKey, moduleKey, upn, completedOn: '2026-11-02', counts: true });
}

beforeAll(async () => {
  const everyone = [MANAGER, OTHER_MANAGER, OUTSIDER, LEAVER, ...REPORTS];
  const managers = [MANAGER, OTHER_MANAGER];
  emu = await startSuiteEmulator(
    { upn: OWNER, title: 'Olivia Owner' },
    everyone.map((upn) => ({ upn, title: upn.split('@')[0], groups: managers.includes(upn) ? (['workforce', 'managers'] as const) : (['workforce'] as const) }))
  );
  const site = siteOf(OWNER);

  const created = await createItems(site, PeopleList, [
    person(MANAGER, 'chief@essex.police.uk', { displayName: 'Sam Sergeant', jobTitle: 'Sergeant', workerType: 'Officer' }),
    ...REPORTS.map((upn) => person(upn, MANAGER)),
    // Left last month: still in the directory with the manager's UPN, as HR exports leave it.
    person(LEAVER, MANAGER, { leaveDate: '2026-10-31' }),
    person(OUTSIDER, OTHER_MANAGER),
    // A duplicate directory entry and a self-managed record must not double anyone.
    person(REPORTS[0], MANAGER, { displayName: 'Duplicate entry' }),
    person(MANAGER, MANAGER, { displayName: 'Sam (self)' })
  ]);
  expect(created.every((o) => o.ok)).toBe(true);

  // Everyone records their own completion: SharePoint makes each the author of their item.
  await Promise.all([...REPORTS, LEAVER, OUTSIDER, MANAGER].map((upn) => recordOwn(upn, 'copilot')));
  await recordOwn(REPORTS[5], 'aup');
});

afterAll(async () => {
  await emu.close();
});

describe('a manager\u2019s team', () => {
  it('reads every current report\u2019s completions in two threshold-safe chunks', async () => {
    const rec = recorder();
    const team = await loadTeam(siteOf(MANAGER, rec.transport), MANAGER, TODAY);

    expect(team.members.map((m) => m.learner.upn).sort()).toEqual([...REPORTS].sort());
    expect(team.members.find((m) => m.learner.upn === REPORTS[0])?.displayName).toBe('officer01');
    expect(team.leavers.map((m) => m.learner.upn)).toEqual([LEAVER]);

    // 32 people, ≤ 25 per request: two requests, each an OR of equalities on the indexed trcUpn only.
    expect(rec.filters).toHaveLength(2);
    for (const filter of rec.filters) {
      const clauses = filter.split(' or ');
      expect(clauses.length).toBeLessThanOrEqual(UPNS_PER_REQUEST);
      for (const clause of clauses) expect(clause).toMatch(/^\(trcUpn eq '[a-z0-9.]+@essex\.police\.uk'\)$/);
    }
    // The leaver's records are not asked for.
    expect(rec.filters.join(' ')).not.toContain(LEAVER);

    expect(team.completions.size).toBe(REPORTS.length);
    for (const upn of REPORTS) expect(team.completions.get(upn)?.map((c) => c.moduleKey)).toEqual(upn === REPORTS[5] ? ['copilot', 'aup'] : ['copilot']);
    expect(team.completions.get(REPORTS[0])?.[0]).toEqual({ upn: REPORTS[0], moduleKey: 'copilot', completedOn: '2026-11-02', policyVersion: undefined, score: undefined });
  });

  it('runs chunks side by side, never more than six at a time', async () => {
    const rec = recorder();
    const byUpn = await completionsOfMany(siteOf(MANAGER, rec.transport), REPORTS, { upnsPerRequest: 2 });
    expect(rec.filters).toHaveLength(16);
    expect(rec.maxInFlight()).toBeGreaterThan(1);
    expect(rec.maxInFlight()).toBeLessThanOrEqual(PARALLEL_REQUESTS);
    expect([...byUpn.values()].every((records) => records.length >= 1)).toBe(true);
  });

  it('gives every person asked about an entry, normalised, even without records', async () => {
    const byUpn = await completionsOfMany(siteOf(MANAGER), [' Officer01@Essex.Police.UK ', REPORTS[0], 'nobody@essex.police.uk']);
    expect([...byUpn.keys()]).toEqual([REPORTS[0], 'nobody@essex.police.uk']);
    expect(byUpn.get(REPORTS[0])).toHaveLength(1);
    expect(byUpn.get('nobody@essex.police.uk')).toEqual([]);
  });

  it('asks for nothing when there is nobody', async () => {
    const rec = recorder();
    expect((await completionsOfMany(siteOf(MANAGER, rec.transport), [])).size).toBe(0);
    expect(rec.filters).toEqual([]);
  });

  it('is empty for someone with no reports', async () => {
    const team = await loadTeam(siteOf(OUTSIDER), OUTSIDER, TODAY);
    expect(team).toEqual({ members: [], completions: new Map(), leavers: [] });
  });

  it('keeps a leaver with a leave date still to come in the team', async () => {
    const team = await loadTeam(siteOf(MANAGER), MANAGER, '2026-10-30');
    expect(team.members.map((m) => m.learner.upn)).toContain(LEAVER);
    expect(team.leavers).toEqual([]);
  });

  it('scopes a manager to their reports in the app only: SharePoint would give them anyone\u2019s', async () => {
    const team = await loadTeam(siteOf(MANAGER), MANAGER, TODAY);
    expect(team.completions.has(OUTSIDER)).toBe(false);
    // Not a security boundary: the Managers group may read every completion.
    expect((await completionsOfMany(siteOf(MANAGER), [OUTSIDER])).get(OUTSIDER)).toHaveLength(1);
  });
});

describe('a workforce member asking for the same', () => {
  it('gets only their own records back: item-level security is enforced by SharePoint', async () => {
    const me = REPORTS[5];
    const rec = recorder();
    const byUpn = await completionsOfMany(siteOf(me, rec.transport), [...REPORTS, OUTSIDER]);
    // The same two requests a manager makes…
    expect(rec.filters).toHaveLength(2);
    // …but SharePoint returns only the items this person created.
    const returned = [...byUpn.entries()].filter(([, records]) => records.length > 0);
    expect(returned.map(([upn]) => upn)).toEqual([me]);
    expect(byUpn.get(me)?.map((c) => c.moduleKey)).toEqual(['copilot', 'aup']);
  });

  it('can see who reports to a manager (the directory is open) but not their records', async () => {
    const team = await loadTeam(siteOf(OUTSIDER), MANAGER, TODAY);
    expect(team.members).toHaveLength(REPORTS.length);
    expect([...team.completions.values()].every((records) => records.length === 0)).toBe(true);
  });
});
