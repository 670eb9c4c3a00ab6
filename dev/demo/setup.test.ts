import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startEmulator, type RunningEmulator } from '../emulator/server';
import { PeopleList } from '../../src/lists';
import { listOf, dataSite, spFromUrl } from '../../src/data/sp';
import { PERSONAS } from './personas';
import { DATA_SITE_PATH, DATA_SITE_STORAGE_KEY, demoDirectory, demoSeed } from './seed';
import { demoSetUp, type IDemoSetUpReport } from './setup';

// What `npm start` does on every start: seed the webs, set the data site up with the real provisioning
// code over REST, seed the demo data, then replay the journal of the user's edits.
const { users, people } = demoDirectory();
const owner = PERSONAS[0].upn;
const TODAY = '2026-11-23';

async function start(dataDir: string, report: { last?: IDemoSetUpReport }): Promise<RunningEmulator> {
  return startEmulator({
    users,
    defaultUser: owner,
    clock: { fixed: `${TODAY}T09:00:00Z` },
    seed: demoSeed,
    setUp: async (ctx) => {
      report.last = await demoSetUp(ctx, people, owner, TODAY);
    },
    journal: true,
    dataDir
  });
}

describe('demo set-up and restart', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'suite-demo-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('provisions, seeds the directory, and keeps a user\u2019s edit across a restart', async () => {
    const report: { last?: IDemoSetUpReport } = {};
    const first = await start(dataDir, report);
    let firstReport: IDemoSetUpReport | undefined;
    let rowId = 0;
    try {
    expect(report.last?.listSteps).toBeGreaterThan(0);
    expect(report.last?.permissionSteps).toBeGreaterThan(0);
    expect(report.last?.slices.map((slice) => slice.name)).toEqual(['people', 'training', 'survey', 'catalogue', 'risks', 'board']);
    // 13 meetings, their closures’ records and snapshot parts, the added decisions and actions, two reports.
    expect(report.last?.slices[5].items).toBeGreaterThan(40);
    // ≈ 80 risks with each force's assessments, actions, the RAID log and appetite.
    expect(report.last?.slices[4].items).toBeGreaterThan(200);
    // ≈ 300 catalogue entries, with their votes, questions and reports.
    expect(report.last?.slices[3].items).toBeGreaterThan(300);
    expect(report.last?.slices[0].items).toBe(people.length);
    // ≈ 100k training records for two forces (modules plus completions).
    expect(report.last?.slices[1].items).toBeGreaterThan(60000);
    expect(first.storage.get(DATA_SITE_STORAGE_KEY)?.Value).toBe(`${first.url}${DATA_SITE_PATH}`);
    firstReport = report.last;

    // The owner corrects a job title through REST, as the People import would.
    const siteUrl = `${first.url}${DATA_SITE_PATH}`;
    const site = dataSite(spFromUrl(siteUrl, { headers: { 'X-Emulator-User': owner } }), siteUrl);
    const [row] = (await listOf(site, PeopleList).items.filter("pplUpn eq 'essex.callhandler@policing.example'").select('Id')()) as Array<{ Id: number }>;
    await listOf(site, PeopleList).items.getById(row.Id).update({ pplJobTitle: 'Senior call handler' });
      rowId = row.Id;
    } finally {
      await first.close();
    }

    const second = await start(dataDir, report);
    try {
      // The demo state is rebuilt the same way (the store starts empty), then the edit is replayed on top.
      expect(report.last).toEqual(firstReport);
      expect(second.replay).toEqual({ applied: 1, failed: [] });
      const list = second.store.getWeb(DATA_SITE_PATH)?.getListByUrl(`${DATA_SITE_PATH}/${PeopleList.url}`);
      expect(list?.itemCount).toBe(people.length);
      expect(list?.getItem(rowId)?.values.pplJobTitle).toBe('Senior call handler');
    } finally {
      await second.close();
    }
  });
});
