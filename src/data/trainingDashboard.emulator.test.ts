/**
 * The dashboard and the rebuild against the emulator with the real set-up, past the list view threshold:
 * a lead rebuilds from 6,000+ records (Id windows, progress, resumed after SharePoint stops answering), a
 * manager's dashboard equals counting every record by hand, a completion made since shows without a
 * rebuild, in two round trips, and a half-written rebuild is never shown.
 */
import { emulatorSite, emulatorList, RunningEmulatorLike } from './testing/emulator';
import { startSuiteEmulator } from './testing/suiteEmulator';
import { PeopleList, toWire, TrainingCompletionsList, TrainingModulesList, TrainingSummaryList } from '../lists';
import { createItem, createItems } from './writes';
import { TrainingRepository } from './TrainingRepository';
import { loadDashboard, SummaryRebuild, type IRebuildProgress } from './trainingDashboard';
import { buildSummary, compliance, type ITrainingSummary } from '../domain/training/summary';
import { completion, learner } from '../domain/training/testing';
import type { ICompletion, ILearner, ITrainingModule } from '../domain/training/types';
import { collectPages, scanByIdRange } from './paging';
import { RoundTripMeter } from './testing/roundTrips';
import { PeopleRepository } from './PeopleRepository';
import { trainingRights } from './trainingDashboard';

const OWNER = 'olivia.owner@essex.police.uk';
const CHLOE = 'chloe.barnes@essex.police.uk';
const SARAH = 'sarah.whitfield@essex.police.uk';
const LEAD = 'emma.clarke@essex.police.uk';
const TODAY = '2026-11-23';
const PEOPLE = 3200;

let emu: RunningEmulatorLike;
const learners: ILearner[] = [];
const records = new Map<string, ICompletion[]>();
let modules: ITrainingModule[];

const site = (upn: string, maxAttempts?: number): ReturnType<typeof emulatorSite> => emulatorSite(emu, upn, maxAttempts ? { maxAttempts } : {});

beforeAll(async () => {
  emu = await startSuiteEmulator({ upn: OWNER, title: 'Olivia Owner' }, [
    { upn: CHLOE, title: 'Chloe Barnes', groups: ['workforce'] },
    { upn: SARAH, title: 'Sarah Whitfield', groups: ['workforce', 'managers'] },
    { upn: LEAD, title: 'Emma Clarke', groups: ['workforce', 'trainingLeads'] }
  ]);
  const owner = site(OWNER);
  await createItem(owner, TrainingModulesList, { title: 'How to use Copilot', key: 'copilot-basics', mandatory: true, active: true, dueWithinDays: 30, assignedOn: '2026-09-01', sortOrder: 1 });
  await createItem(owner, TrainingModulesList, {
    title: 'Acceptable use of Microsoft 365',
    key: 'acceptable-use',
    mandatory: true,
    active: true,
    dueWithinDays: 30,
    assignedOn: '2026-09-01',
    policyVersion: 2,
    policyPublishedOn: '2026-11-16',
    sortOrder: 2
  });
  modules = await new TrainingRepository(owner).modules();

  // Two forces' worth of people, and two records for nearly everyone: past the 5,000 threshold.
  const departments = ['Contact management', 'Response', 'CID / local investigation', 'Support Services'];
  for (let i = 0; i < PEOPLE; i++) {
    const force = i % 2 === 0 ? 'Essex' : 'Kent';
    const upn = i === 0 ? CHLOE : `person${i}@${force.toLowerCase()}.police.uk`;
    learners.push(learner({ upn, force, department: departments[i % 4], grade: i % 3 === 0 ? 'Constable' : 'Band 4', workerType: i % 3 === 0 ? 'Officer' : 'Staff', startDate: i % 50 === 0 ? '2026-11-10' : '2015-04-01' }));
  }
  emulatorList(emu, PeopleList).bulkInsert(
    learners.map((l) => ({
      values: toWire(PeopleList, { displayName: l.upn, upn: l.upn, force: l.force, department: l.department, grade: l.grade, workerType: l.workerType, jobTitle: 'Officer', startDate: l.startDate, managerUpn: l.upn === CHLOE ? SARAH : undefined }),
      authorId: 1,
      created: '2026-09-01T08:00:00Z'
    }))
  );
  const rows: Array<{ values: Record<string, unknown>; authorId: number; created: string }> = [];
  learners.forEach((l, i) => {
    if (l.upn === CHLOE || i % 7 === 0) return;
    const mine: ICompletion[] = [
      completion({ upn: l.upn, moduleKey: 'copilot-basics', completedOn: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}` }),
      completion({ upn: l.upn, moduleKey: 'acceptable-use', completedOn: i % 3 === 0 ? '2026-11-18' : '2026-09-20', policyVersion: i % 3 === 0 ? 2 : 1 })
    ];
    records.set(l.upn, mine);
    for (const c of mine) {
      rows.push({
        values: toWire(TrainingCompletionsList, { title: c.moduleKey, moduleKey: c.moduleKey, upn: c.upn, completedOn: c.completedOn, policyVersion: c.policyVersion, counts: true, force: l.force, department: l.department, grade: l.grade, workerType: l.workerType }),
        authorId: 1,
        created: `${c.completedOn}T10:00:00Z`
      });
    }
  });
  emulatorList(emu, TrainingCompletionsList).bulkInsert(rows);
}, 60000);

afterAll(async () => {
  await emu.close();
});

function byHand(extra: ReadonlyMap<string, ICompletion[]> = new Map()): ITrainingSummary {
  const all = new Map(records);
  for (const [upn, list] of extra) all.set(upn, [...(all.get(upn) ?? []), ...list]);
  return buildSummary(learners, modules, all, TODAY, 0);
}

const view = (s: ITrainingSummary): unknown => compliance(s, modules, TODAY, { groupBy: ['force', 'department', 'moduleKey'] });

describe('training dashboard and rebuild', () => {
  it('lets a lead rebuild from every record in Id windows, resuming after SharePoint stops answering', async () => {
    expect(emulatorList(emu, TrainingCompletionsList).itemCount).toBeGreaterThan(5000);
    const progress: IRebuildProgress[] = [];
    const rebuild = new SummaryRebuild(site(LEAD, 1), TODAY);
    let failed = false;
    const failOnce = (p: IRebuildProgress): void => {
      progress.push(p);
      if (p.phase === 'records' && p.done === 1 && !failed) {
        failed = true;
        emu.faults.set({ throttleRate: 1, retryAfterSeconds: 0 });
      }
    };
    await expect(rebuild.run(failOnce)).rejects.toMatchObject({ key: 'errors.busy' });
    emu.faults.reset();
    const result = await rebuild.run((p) => progress.push(p));
    expect(result).toMatchObject({ people: PEOPLE, records: emulatorList(emu, TrainingCompletionsList).itemCount });
    // Resumed, not restarted: the people were read once and no record window twice.
    expect(progress.filter((p) => p.phase === 'people' && p.done === 1)).toHaveLength(1);
    expect(progress.filter((p) => p.phase === 'records' && p.done === 1)).toHaveLength(1);
    expect(progress[progress.length - 1]).toEqual({ phase: 'done', done: 1, total: 1 });

    const data = await loadDashboard(site(SARAH));
    expect(data.rights).toEqual({ readAllRecords: true, manageModules: false, rebuild: false, subjectAccess: false });
    expect(data.summary).toBeDefined();
    expect(view(data.summary!)).toEqual(view(byHand()));
    expect(data.roundTrips).toBe(1);
  });

  it('shows a completion made since the rebuild without another rebuild, in two round trips', async () => {
    const chloe = learners[0];
    await new TrainingRepository(site(CHLOE)).record(chloe, modules[0], { attestation: 'I have completed How to use Copilot.', score: undefined }, [], TODAY);
    const data = await loadDashboard(site(SARAH));
    expect(data.deltasApplied).toBe(1);
    expect(data.roundTrips).toBe(2);
    expect(view(data.summary!)).toEqual(view(byHand(new Map([[CHLOE, [completion({ upn: CHLOE, completedOn: TODAY })]]]))));
  });

  it('loads a dashboard in two sequential round trips and a learner\u2019s own view in one, past the threshold', async () => {
    const meter = new RoundTripMeter();
    const metered = emulatorSite(emu, SARAH, { transport: meter.transport });
    const data = await loadDashboard(metered);
    expect(data.deltasApplied).toBeGreaterThan(0);
    expect(meter.sequential()).toBe(2);

    meter.reset();
    const mine = emulatorSite(emu, CHLOE, { transport: meter.transport });
    const training = new TrainingRepository(mine);
    await Promise.all([new PeopleRepository(mine).findByUpn(CHLOE), training.modules(), training.completionsOf(CHLOE), trainingRights(mine)]);
    expect(meter.sequential()).toBe(1);
  });

  it('gives a learner the counts but not the rights to see people or rebuild', async () => {
    const data = await loadDashboard(site(CHLOE));
    expect(data.rights).toEqual({ readAllRecords: false, manageModules: false, rebuild: false, subjectAccess: false });
    expect(data.summary).toBeDefined();
    await expect(new SummaryRebuild(site(CHLOE), TODAY).run()).rejects.toMatchObject({ key: 'errors.forbidden' });
  });

  it('never shows a rebuild whose marker was not written, and keeps only the newest two rebuilds', async () => {
    const lead = new TrainingRepository(site(LEAD));
    const before = await loadDashboard(site(LEAD));
    await createItems(site(LEAD), TrainingSummaryList, [
      { title: 'Essex | copilot-basics', force: 'Essex', moduleKey: 'copilot-basics', asOf: TODAY, maxRecordId: 1, rebuildId: 'half-written', cells: '[]' }
    ]);
    const after = await loadDashboard(site(LEAD));
    expect(after.rebuilds.map((r) => r.rebuildId)).toEqual(before.rebuilds.map((r) => r.rebuildId));
    expect(view(after.summary!)).toEqual(view(before.summary!));

    await new SummaryRebuild(site(LEAD), TODAY, [], 'second').run();
    await new SummaryRebuild(site(LEAD), TODAY, ['Essex'], 'third').run();
    const items = await collectPages(scanByIdRange(site(LEAD), TrainingSummaryList));
    const rebuildsLeft = (force: string): string[] => [...new Set(items.filter((i) => i.force === force).map((i) => i.rebuildId))].sort();
    expect(rebuildsLeft('Essex')).toEqual(['second', 'third']);
    expect((await lead.latestSummaries()).map((r) => `${r.force}:${r.rebuildId}`).sort()).toEqual(['Essex:third', 'Kent:second']);
    const data = await loadDashboard(site(SARAH));
    expect(view(data.summary!)).toEqual(view(byHand(new Map([[CHLOE, [completion({ upn: CHLOE, completedOn: TODAY })]]]))));
  });

  it('splits a large summary over several items and reads it back whole', async () => {
    const lead = new TrainingRepository(site(LEAD));
    const big: ITrainingSummary = {
      asOf: TODAY,
      maxRecordId: 1,
      cells: Array.from({ length: 900 }, (_x, i) => ({
        force: 'Bigshire',
        department: `Department ${i}`,
        grade: 'Band 4',
        workerType: 'Staff' as const,
        moduleKey: 'copilot-basics',
        applicable: 10,
        pending: { '2015-04-01': 5 },
        done: { 'never@0': 5 },
        completedOn: { '2026-10-01': 5 }
      }))
    };
    await lead.saveSummary(big, 'big');
    const [read] = await lead.latestSummaries('Bigshire');
    expect(read.summary).toEqual(big);
    // When the first read brings only part of a rebuild, the rest is read by its rebuild id.
    const [partly] = await lead.latestSummaries('Bigshire', 2);
    expect(partly.summary).toEqual(big);
    const items = await collectPages(scanByIdRange(site(LEAD), TrainingSummaryList));
    expect(items.filter((i) => i.rebuildId === 'big').length).toBeGreaterThan(2);
  });
});
