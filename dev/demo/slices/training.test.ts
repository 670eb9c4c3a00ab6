/**
 * The demo's training summary: seeded straight into the store as if a training lead had rebuilt it the
 * evening before, it must read back through the suite's own repository (real PnPjs over HTTP) exactly as
 * counted from the records it covers, in the very items `saveSummary` writes, and the dashboard must show
 * the newest records as completions since the rebuild. A small demo (a tenth of the headcount, still past
 * the list view threshold) keeps this quick.
 */
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { dataSite, spFromUrl, type DataSite } from '../../../src/data/sp';
import { collectPages, scanByIdRange } from '../../../src/data/paging';
import { learnerFromPerson } from '../../../src/data/teamTraining';
import { completionFromItem, TrainingRepository } from '../../../src/data/TrainingRepository';
import { loadDashboard } from '../../../src/data/trainingDashboard';
import { buildSummary, compliance, type ISummaryCell, type ITrainingSummary } from '../../../src/domain/training/summary';
import type { ICompletion, ILearner } from '../../../src/domain/training/types';
import { PeopleList, TrainingCompletionsList, TrainingSummaryList, type TrainingSummaryItem } from '../../../src/lists';
import { PERSONAS, personaUpn } from '../personas';
import { DATA_SITE_PATH, demoDirectory, demoSeed } from '../seed';
import { demoSetUp, type IDemoSetUpReport } from '../setup';
import { DEMO_RECORDS_SINCE_REBUILD, demoRebuildId } from './training';

const TODAY = '2026-11-23';
const YESTERDAY = '2026-11-22';
const { users, people } = demoDirectory(0.1);
const OWNER = PERSONAS[0].upn;
const LEAD = personaUpn('trainingLead', 'Essex');
const MANAGER = personaUpn('manager', 'Essex');

let emu: RunningEmulator;
let report: IDemoSetUpReport;
const site = (upn: string): DataSite => {
  const url = `${emu.url}${DATA_SITE_PATH}`;
  return dataSite(spFromUrl(url, { headers: { 'X-Emulator-User': upn } }), url);
};

beforeAll(async () => {
  emu = await startEmulator({
    users,
    defaultUser: OWNER,
    clock: { fixed: `${TODAY}T09:00:00Z` },
    seed: demoSeed,
    setUp: async (ctx) => {
      report = await demoSetUp(ctx, people, OWNER, TODAY);
    }
  });
}, 60000);

afterAll(async () => {
  await emu.close();
});

interface IRecords {
  learners: ILearner[];
  /** Every completion with its list item id, oldest first. */
  records: Array<{ id: number; completion: ICompletion }>;
  newestId: number;
}

/** Everything a rebuild reads, through REST as the training lead. */
async function readAll(): Promise<IRecords> {
  const lead = site(LEAD);
  const [persons, items] = await Promise.all([collectPages(scanByIdRange(lead, PeopleList)), collectPages(scanByIdRange(lead, TrainingCompletionsList))]);
  const learners = persons.map(learnerFromPerson);
  const records = items.map((item) => ({ id: item.id, completion: completionFromItem(item) }));
  return { learners, records, newestId: Math.max(...records.map((r) => r.id)) };
}

function byUpn(records: IRecords['records'], upTo: number): Map<string, ICompletion[]> {
  const out = new Map<string, ICompletion[]>();
  for (const { id, completion } of records) if (id <= upTo) out.set(completion.upn, [...(out.get(completion.upn) ?? []), completion]);
  return out;
}

const cellKey = (c: ISummaryCell): string => JSON.stringify([c.force, c.department, c.grade, c.workerType, c.moduleKey]);
const sorted = (cells: readonly ISummaryCell[]): ISummaryCell[] => [...cells].sort((a, b) => cellKey(a).localeCompare(cellKey(b)));

describe('demo training summary', () => {
  it('reads back as the summary of every record but the newest, rebuilt by a training lead the evening before', async () => {
    const all = await readAll();
    expect(all.records.length).toBeGreaterThan(5000);
    const repo = new TrainingRepository(site(LEAD));
    const [modules, stored] = await Promise.all([repo.modules(), repo.latestSummaries()]);
    const maxRecordId = all.newestId - DEMO_RECORDS_SINCE_REBUILD;
    const expected = buildSummary(all.learners, modules, byUpn(all.records, maxRecordId), YESTERDAY, maxRecordId);

    expect(stored.map((s) => s.force).sort()).toEqual(['Essex', 'Kent']);
    for (const s of stored) {
      expect(s.rebuildId).toBe(demoRebuildId(TODAY));
      expect(s.rebuiltAt?.toISOString()).toBe(`${YESTERDAY}T19:30:00.000Z`);
      expect(s.summary.asOf).toBe(YESTERDAY);
      expect(s.summary.maxRecordId).toBe(maxRecordId);
      expect(sorted(s.summary.cells)).toEqual(sorted(expected.cells.filter((c) => c.force === s.force)));
    }

    // Written by the lead persona, in the items (and order) the lead's own rebuild would write.
    const seeded = await collectPages(scanByIdRange(site(LEAD), TrainingSummaryList));
    const lead = await site(OWNER).sp.web.siteUsers.getByEmail(LEAD)();
    expect(new Set(seeded.map((i) => i.author?.id))).toEqual(new Set([lead.Id]));
    await repo.saveSummary(expected, 'layout-check');
    const written = (await collectPages(scanByIdRange(site(LEAD), TrainingSummaryList))).filter((i) => i.rebuildId === 'layout-check');
    const shape = (items: readonly TrainingSummaryItem[], rebuildId: string): unknown[] =>
      items.map((i) => ({ title: i.title, force: i.force, moduleKey: i.moduleKey, asOf: i.asOf, maxRecordId: i.maxRecordId, cells: i.cells, clientId: i.clientId?.replace(rebuildId, '<id>') }));
    expect(report.slices.find((s) => s.name === 'training')?.items).toBe(modules.length + all.records.length + seeded.length);
    expect(shape(seeded, demoRebuildId(TODAY))).toEqual(shape(written, 'layout-check'));
  });

  it('shows the newest records on the dashboard as completions since the rebuild, as a rebuild today would count them', async () => {
    const data = await loadDashboard(site(MANAGER));
    expect(data.deltasApplied).toBe(DEMO_RECORDS_SINCE_REBUILD);
    expect(data.roundTrips).toBe(2);
    const all = await readAll();
    const everything = buildSummary(all.learners, data.modules, byUpn(all.records, all.newestId), YESTERDAY, all.newestId);
    const view = (s: ITrainingSummary): unknown => compliance(s, data.modules, TODAY, { groupBy: ['force', 'department', 'workerType', 'moduleKey'] });
    expect(data.summary).toBeDefined();
    // Every demo record is of a module that applies to its learner, so the dashboard (summary plus the
    // newest records as deltas) counts exactly what a rebuild today would.
    expect(view(data.summary!)).toEqual(view(everything));
  });
});
