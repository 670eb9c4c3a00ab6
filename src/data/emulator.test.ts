/**
 * The data layer against the real local emulator (dev/emulator): provisioning from the schema,
 * paging past 5,000 items, creates whose answer is dropped after commit, 412 conflicts, throttling.
 */
import { startEmulator, emulatorSite, emulatorList, RunningEmulatorLike, EMULATOR_ADMIN, EMULATOR_MEMBER } from './testing/emulator';
import { FakeClock } from './testing/fakeServer';
import { ensureLists } from './provisioning/ensureLists';
import { planPermissions, ensurePermissions } from './provisioning/permissions';
import { ALL_LISTS, toWire, type ListDefinition } from '../lists';
import { PeopleList } from '../lists/people';
import { RiskAppetiteList } from '../lists/risks';
import { TrainingCompletionsList, TrainingModulesList } from '../lists/training';
import { listOf, DataSite } from './sp';
import { PeopleRepository } from './PeopleRepository';
import { createItem, createItems, updateItem, deleteItem } from './writes';
import { filterFor } from './odata';
import { collectPages, pagesOf, readAllSideBySide, scanByIdRange } from './paging';
import { RoundTripMeter, slowLink } from './testing/roundTrips';
import { ConflictError, ForbiddenError, NotFoundError, SharePointBusyError, ThresholdError } from './errors';
import { SendEvents } from './sendStage';

/** Where round trips are counted, answers come this late (see `slowLink`): a busy test machine does not blur the rounds. */
const LATENCY_MS = 25;
let emu: RunningEmulatorLike;
let site: DataSite;

beforeAll(async () => {
  emu = await startEmulator();
  site = emulatorSite(emu, EMULATOR_ADMIN);
  await ensureLists(site, ALL_LISTS);
});

afterAll(async () => {
  await emu.close();
});

afterEach(() => {
  emu.faults.reset();
});

/**
 * A site whose next request matching `pattern` meets `fault` once: the emulator's faults are
 * switched off as soon as that request has had its (lost) answer, so the recovery is not hit too.
 */
function faultOnce(pattern: RegExp, fault: Record<string, unknown>): DataSite {
  const state = { armed: true };
  emu.faults.set(fault);
  return emulatorSite(emu, EMULATOR_ADMIN, {
    transport: (url, init) => {
      const hit = state.armed && pattern.test(new URL(url).pathname);
      if (hit) state.armed = false;
      const answer = fetch(url, init);
      return hit ? answer.finally(() => emu.faults.reset()) : answer;
    }
  });
}

describe('provisioning from the schema', () => {
  it('created the lists with the declared internal names, titles and indexes, and is idempotent', async () => {
    const fields = (await listOf(site, PeopleList).fields.select('InternalName', 'Title', 'Indexed', 'Required')()) as Array<{
      InternalName: string;
      Title: string;
      Indexed: boolean;
      Required: boolean;
    }>;
    const byName = new Map(fields.map((f) => [f.InternalName, f]));
    expect(byName.get('pplUpn')).toMatchObject({ Title: 'User principal name', Indexed: true, Required: true });
    expect(byName.get('pplForce')).toMatchObject({ Title: 'Force', Indexed: true });
    expect(byName.get('pplClientId')).toMatchObject({ Indexed: true, Required: false });
    expect(byName.get('Title')).toMatchObject({ Title: 'Display name', Required: true });
    const info = (await listOf(site, PeopleList).select('Title', 'EnableVersioning')()) as { Title: string; EnableVersioning: boolean };
    expect(info).toMatchObject({ Title: 'People', EnableVersioning: true });
    expect(await ensureLists(site, ALL_LISTS)).toEqual([]);
  });

  it('adds a choice the schema gained, keeping the ones on the site', async () => {
    await listOf(site, PeopleList).fields.getByInternalNameOrTitle('pplWorkerType').update({ Choices: ['Officer', 'Staff', 'Legacy'] }, 'SP.FieldChoice');
    const steps = await ensureLists(site, [PeopleList]);
    expect(steps).toEqual([
      { list: 'People', kind: 'updateField', field: 'pplWorkerType', detail: '{"Choices":["Officer","Staff","Legacy","PCSO","Special","Other"]}' }
    ]);
    const field = (await listOf(site, PeopleList).fields.getByInternalNameOrTitle('pplWorkerType').select('Choices')()) as { Choices: string[] };
    expect(field.Choices).toEqual(['Officer', 'Staff', 'Legacy', 'PCSO', 'Special', 'Other']);
  });
});

describe('reads past the list view threshold', () => {
  const upns = (n: number): string => `seed${n}@kent.police.uk`;

  beforeAll(() => {
    emulatorList(emu, PeopleList).bulkInsert(
      Array.from({ length: 5100 }, (_x, i) => ({
        values: { Title: `Seed ${i}`, pplUpn: upns(i), pplForce: i % 2 === 0 ? 'Kent' : 'Essex', pplDepartment: i % 100 === 0 ? 'CID' : 'Response' },
        authorId: 1,
        created: '2026-01-01T00:00:00Z'
      }))
    );
  });

  it('reads every item in Id windows', async () => {
    const all = await new PeopleRepository(site).readAll();
    expect(all.length).toBeGreaterThanOrEqual(5100);
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
  });

  it('finds by an indexed column, and falls back to Id windows when the index matches over 5,000', async () => {
    const repo = new PeopleRepository(site);
    expect(await repo.findByUpn(upns(4321))).toMatchObject({ displayName: 'Seed 4321', force: 'Essex' });
    let cid = 0;
    for await (const page of repo.inDepartment('Kent', 'CID')) cid += page.length;
    expect(cid).toBe(51);
    let response = 0;
    for await (const page of repo.inDepartment('Kent', 'Response')) response += page.length;
    expect(response).toBe(2499);
  });

  it('gets the threshold error from an unindexed filter', async () => {
    const q = listOf(site, PeopleList).items.filter(filterFor(PeopleList).eq('jobTitle', 'PC').text);
    await expect(collectPages(pagesOf(q))).rejects.toBeInstanceOf(ThresholdError);
  });
});

describe('whole-list reads: the Id probes and the first window in one round trip', () => {
  const DELETED = 5600;
  const RECORDS = 12000;
  const completions = filterFor(TrainingCompletionsList);

  beforeAll(() => {
    // Past the threshold, and the first 5,600 deleted: the items start beyond the first window.
    emulatorList(emu, TrainingCompletionsList).bulkInsert(
      Array.from({ length: RECORDS }, (_x, i) => ({
        values: toWire(TrainingCompletionsList, {
          title: 'copilot-basics',
          moduleKey: 'copilot-basics',
          upn: `learner${i}@kent.police.uk`,
          completedOn: '2026-10-01',
          counts: true,
          force: i % 2 === 0 ? 'Kent' : 'Essex',
          department: i % 10 === 0 ? 'CID' : 'Response'
        }),
        authorId: 1,
        created: '2026-10-01T09:00:00Z'
      }))
    );
    for (let id = 1; id <= DELETED; id++) emulatorList(emu, TrainingCompletionsList).deleteItem(id);
    emulatorList(emu, TrainingModulesList).bulkInsert(
      Array.from({ length: 5 }, (_x, i) => ({
        values: toWire(TrainingModulesList, { title: `Module ${i}`, key: `module-${i}`, mandatory: false, active: true, dueWithinDays: 30, assignedOn: '2026-09-01', sortOrder: i }),
        authorId: 1,
        created: '2026-09-01T09:00:00Z'
      }))
    );
  });

  /** Every item's Id and department, read the plain way (no filter, ordered by Id: fine at any size). */
  const everything = async (def: ListDefinition, column: string): Promise<Array<{ Id: number; value: unknown }>> => {
    const out: Array<{ Id: number; value: unknown }> = [];
    for await (const page of pagesOf(listOf(site, def).items.select('Id', column).orderBy('Id', true).top(5000))) {
      out.push(...(page as Array<Record<string, unknown>>).map((r) => ({ Id: r.Id as number, value: r[column] })));
    }
    return out;
  };
  /** A request in a round, short: `max` / `min` for the Id probes, else its filter. */
  const what = (url: string): string => {
    const q = new URL(url).searchParams;
    if (q.get('$top') === '1' && q.get('$select') === 'Id') return q.get('$orderby') === 'Id desc' ? 'max' : 'min';
    return q.get('$filter') ?? '(no filter)';
  };
  const meter = (): { site: DataSite; meter: RoundTripMeter } => {
    const m = new RoundTripMeter(slowLink(LATENCY_MS));
    return { site: emulatorSite(emu, EMULATOR_ADMIN, { transport: m.transport }), meter: m };
  };

  it('reads a list past the threshold whose items start beyond the first window: every item, in Id order, as before', async () => {
    const all = await everything(TrainingCompletionsList, 'trcDepartment');
    expect(all).toHaveLength(RECORDS - DELETED);
    expect(all[0].Id).toBe(DELETED + 1);

    const scan = meter();
    const scanned = await collectPages(scanByIdRange(scan.site, TrainingCompletionsList));
    expect(scanned.map((i) => i.id)).toEqual(all.map((r) => r.Id));
    expect(scan.meter.rounds().map((round) => round.map(what))).toEqual([
      ['max', 'min', 'Id ge 1 and Id lt 5001'],
      [`Id ge ${DELETED + 1} and Id lt ${DELETED + 5001}`],
      [`Id ge ${DELETED + 5001} and Id lt ${DELETED + 10001}`]
    ]);

    const side = meter();
    const read = await readAllSideBySide(side.site, TrainingCompletionsList);
    expect(JSON.stringify(read)).toBe(JSON.stringify(scanned));
    expect(side.meter.rounds().map((round) => round.map(what))).toEqual([
      ['max', 'min', 'Id ge 1 and Id lt 5001'],
      [`Id ge ${DELETED + 1} and Id lt ${DELETED + 5001}`, `Id ge ${DELETED + 5001} and Id lt ${RECORDS + 1}`]
    ]);
  });

  it('keeps every window threshold-safe with an unindexed condition after the Id range', async () => {
    const cid = (await everything(TrainingCompletionsList, 'trcDepartment')).filter((r) => r.value === 'CID').map((r) => r.Id);
    expect(cid.length).toBeGreaterThan(0);
    const filter = completions.eq('department', 'CID');
    expect((await collectPages(scanByIdRange(site, TrainingCompletionsList, { filter }))).map((i) => i.id)).toEqual(cid);
    expect((await readAllSideBySide(site, TrainingCompletionsList, { filter })).map((i) => i.id)).toEqual(cid);
  });

  it('reads a small list in one round trip of three requests, and an empty one the same way', async () => {
    const modules = (await everything(TrainingModulesList, 'Title')).map((r) => r.Id);
    expect(modules).toHaveLength(5);
    for (const read of [
      (s: DataSite) => collectPages(scanByIdRange(s, TrainingModulesList)),
      (s: DataSite) => readAllSideBySide(s, TrainingModulesList)
    ]) {
      const small = meter();
      expect((await read(small.site)).map((i) => i.id)).toEqual(modules);
      expect(small.meter.rounds().map((round) => round.map(what))).toEqual([['max', 'min', 'Id ge 1 and Id lt 5001']]);
    }
    for (const read of [
      (s: DataSite) => collectPages(scanByIdRange(s, RiskAppetiteList)),
      (s: DataSite) => readAllSideBySide(s, RiskAppetiteList)
    ]) {
      const empty = meter();
      expect(await read(empty.site)).toEqual([]);
      expect(empty.meter.rounds().map((round) => round.map(what))).toEqual([['max', 'min', 'Id ge 1 and Id lt 5001']]);
    }
  });
});

describe('writes that survive a lost answer', () => {
  const person = (n: string): { displayName: string; upn: string; force: string } => ({ displayName: n, upn: `${n}@essex.police.uk`, force: 'Essex' });
  const countByUpn = async (upn: string): Promise<number> =>
    (await listOf(site, PeopleList).items.select('Id').filter(filterFor(PeopleList).eq('upn', upn).text)()).length;

  it('a create dropped after commit is retried into exactly one item', async () => {
    emu.faults.set({ dropAfterCommitRate: 1, pathPattern: '/items$' });
    const item = await createItem(site, PeopleList, person('dropped.after'));
    expect(item.upn).toBe('dropped.after@essex.police.uk');
    emu.faults.reset();
    expect(await countByUpn('dropped.after@essex.police.uk')).toBe(1);
  });

  it('a create dropped before commit is sent again: exactly one item', async () => {
    emu.faults.set({ dropBeforeCommitRate: 1, pathPattern: '/items$' });
    const pending = createItem(site, PeopleList, person('dropped.before'), { resendRounds: 0 });
    await expect(pending).rejects.toMatchObject({ key: 'errors.network' });
    emu.faults.reset();
    expect(await countByUpn('dropped.before@essex.police.uk')).toBe(0);
    await createItem(site, PeopleList, person('dropped.before'));
    expect(await countByUpn('dropped.before@essex.police.uk')).toBe(1);
  });

  it('a $batch of creates dropped after commit gives one item per create', async () => {
    emu.faults.set({ dropAfterCommitRate: 1, pathPattern: '\\$batch$' });
    const names = ['b1', 'b2', 'b3', 'b4'].map((n) => `batch.${n}`);
    const out = await createItems(site, PeopleList, names.map(person));
    emu.faults.reset();
    expect(out.map((o) => o.ok)).toEqual([true, true, true, true]);
    for (const n of names) expect(await countByUpn(`${n}@essex.police.uk`)).toBe(1);
  });

  it('a stale etag becomes ConflictError with the current item; a lost update re-sent meets 412 and counts as done', async () => {
    const created = await createItem(site, PeopleList, person('etag.test'));
    const first = await updateItem(site, PeopleList, { id: created.id, etag: created.etag, patch: { department: 'CID' } });
    const err = await updateItem(site, PeopleList, { id: created.id, etag: created.etag, patch: { department: 'Custody' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError<{ department: string; etag: string }>).current).toMatchObject({ department: 'CID', etag: first.etag });

    const lossy = faultOnce(/\/items\(\d+\)$/, { dropAfterCommitRate: 1 });
    const done = updateItem(lossy, PeopleList, { id: created.id, etag: first.etag, patch: { department: 'Custody' } });
    await expect(done).resolves.toMatchObject({ etag: expect.any(String) });
    const now = await new PeopleRepository(site).findByUpn('etag.test@essex.police.uk');
    expect(now?.department).toBe('Custody');

    const lossyDelete = faultOnce(/\/items\(\d+\)$/, { dropAfterCommitRate: 1 });
    await expect(deleteItem(lossyDelete, PeopleList, created.id, now?.etag ?? '')).resolves.toBeUndefined();
    expect(await countByUpn('etag.test@essex.police.uk')).toBe(0);
  });
});

describe('throttling', () => {
  it('waits Retry-After between attempts and gives up with SharePointBusyError', async () => {
    const events = new SendEvents();
    const waits: number[] = [];
    events.subscribe((e) => waits.push(e.waitMs));
    const clock = new FakeClock();
    const busySite = emulatorSite(emu, EMULATOR_ADMIN, { clock, events, maxAttempts: 3 });
    emu.faults.set({ throttleRate: 1, retryAfterSeconds: 2, pathPattern: '/items' });
    const err = await listOf(busySite, PeopleList).items.top(1)().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SharePointBusyError);
    expect(waits).toEqual([2000, 2000]);
  });
});

describe('permission set-up', () => {
  it('creates groups, custom levels and list assignments from the intent, then has nothing left to do', async () => {
    const plan = planPermissions(ALL_LISTS, { groupPrefix: 'M365 Suite' });
    const dry = await ensurePermissions(site, plan, { dryRun: true });
    expect(dry.filter((s) => s.kind === 'createGroup').map((s) => s.detail)).toEqual(plan.groups.map((g) => g.title));
    const first = await ensurePermissions(site, plan);
    expect(first.map((s) => s.kind)).toEqual(expect.arrayContaining(['createGroup', 'breakInheritance', 'addAssignment']));
    // Without --fix-members the Members group's Edit stays, and is reported on every run.
    const second = await ensurePermissions(site, plan);
    expect(second.map((s) => s.kind)).toEqual(['membersCanManageLists']);
    const groups = (await site.sp.web.siteGroups.select('Title')()) as Array<{ Title: string }>;
    expect(groups.map((g) => g.Title)).toEqual(expect.arrayContaining(['M365 Suite Workforce', 'M365 Suite Directory admins']));
  });

  it('lets only directory admins write People, as SharePoint enforces it', async () => {
    const megan = emulatorSite(emu, EMULATOR_MEMBER);
    const newcomer = { displayName: 'Perm Test', upn: 'perm.test@kent.police.uk', force: 'Kent' };
    const login = `i:0#.f|membership|${EMULATOR_MEMBER}`;
    // Not in any suite group: the list is invisible to her.
    await expect(createItem(megan, PeopleList, newcomer)).rejects.toBeInstanceOf(NotFoundError);
    await site.sp.web.siteGroups.getByName('M365 Suite Workforce').users.add(login);
    const denied = await createItem(megan, PeopleList, newcomer).catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(ForbiddenError);
    expect((denied as ForbiddenError).digestRejected).toBe(false);
    expect((await new PeopleRepository(megan).readAll()).length).toBeGreaterThan(0);
    await site.sp.web.siteGroups.getByName('M365 Suite Directory admins').users.add(login);
    await expect(createItem(megan, PeopleList, newcomer)).resolves.toMatchObject({ upn: 'perm.test@kent.police.uk' });
  });
});

describe('dry-run list set-up on an empty site', () => {
  it('lists the steps and changes nothing', async () => {
    const fresh = await startEmulator();
    try {
      const freshSite = emulatorSite(fresh, EMULATOR_ADMIN);
      const steps = await ensureLists(freshSite, ALL_LISTS, { dryRun: true });
      expect(steps.filter((s) => s.kind === 'createList').map((s) => s.list)).toEqual(ALL_LISTS.map((l) => l.title));
      const custom = ALL_LISTS.reduce((n, l) => n + Object.keys(l.fields).filter((k) => !l.fields[k].builtIn).length, 0);
      expect(steps.filter((s) => s.kind === 'createField')).toHaveLength(custom);
      const lists = (await freshSite.sp.web.lists.select('Title')()) as Array<{ Title: string }>;
      expect(lists.map((l) => l.Title)).not.toContain('People');
    } finally {
      await fresh.close();
    }
  });
});
