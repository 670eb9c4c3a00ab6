/**
 * The demo catalogue: seeded straight into the store on a small demo (a tenth of the headcount) and read
 * back over REST through the suite's own repository, as the personas. Every entry must be one the app
 * could have saved, honest about the data it is safe with; pending ones must stay with their authors and
 * the champions; votes, questions and reports must be where each persona would look for them.
 */
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { dataSite, spFromUrl, type DataSite } from '../../../src/data/sp';
import { CatalogueRepository } from '../../../src/data/CatalogueRepository';
import { contentProblems } from '../../../src/domain/catalogue/entry';
import { reviewsForOwner } from '../../../src/domain/catalogue/lifecycle';
import { buildCatalogueIndex, searchCatalogue } from '../../../src/domain/catalogue/search';
import { helpfulCounts } from '../../../src/domain/catalogue/votes';
import type { ICatalogueEntry } from '../../../src/domain/catalogue/types';
import { CATALOGUE_DEPARTMENTS } from '../../../src/lists';
import { PERSONAS, personaUpn } from '../personas';
import { DATA_SITE_PATH, demoDirectory, demoSeed } from '../seed';
import { demoSetUp, type IDemoSetUpReport } from '../setup';
import { catalogueBenchEntries, demoCatalogueEntries } from './catalogue';

const TODAY = '2026-11-23';
const { users, people } = demoDirectory(0.1);
const OWNER = PERSONAS[0].upn;
const ANALYST = personaUpn('staff', 'Kent');
const ESSEX_PC = personaUpn('officer', 'Essex');
const ESSEX_CHAMPION = personaUpn('champion', 'Essex');
const KENT_CHAMPION = personaUpn('champion', 'Kent');
const BOARD = personaUpn('board', 'Kent');

let emu: RunningEmulator;
let report: IDemoSetUpReport;
let published: ICatalogueEntry[];

const site = (upn: string): DataSite => {
  const url = `${emu.url}${DATA_SITE_PATH}`;
  return dataSite(spFromUrl(url, { headers: { 'X-Emulator-User': upn } }), url);
};
const repo = (upn: string): CatalogueRepository => new CatalogueRepository(site(upn), { now: () => new Date(`${TODAY}T09:00:00Z`) });

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
  published = await repo(ANALYST).publishedEntries();
}, 60000);

afterAll(async () => {
  await emu.close();
});

describe('demo catalogue', () => {
  it('seeds ≈ 300 entries, and seeds nothing twice', () => {
    const seeded = demoCatalogueEntries(people, TODAY);
    expect(seeded.length).toBeGreaterThanOrEqual(270);
    expect(seeded.length).toBeLessThanOrEqual(330);
    expect(report.slices.filter((s) => s.name === 'catalogue')[0].items).toBeGreaterThan(seeded.length);
    // Deterministic: the same demo every time.
    expect(demoCatalogueEntries(people, TODAY).map((e) => e.content.title)).toEqual(seeded.map((e) => e.content.title));
  });

  it('publishes use cases and FAQs across departments, both forces and the joint units, honest about data', () => {
    const live = published.filter((e) => e.state === 'approved');
    expect(live.length).toBeGreaterThan(250);
    expect(live.filter((e) => e.type === 'faq').length).toBeGreaterThanOrEqual(40);
    expect(new Set(live.map((e) => e.force))).toEqual(new Set(['Kent', 'Essex', 'Joint']));
    const departments = new Set(live.flatMap((e) => e.departments));
    for (const d of CATALOGUE_DEPARTMENTS) expect(departments).toContain(d);
    expect(new Set(live.map((e) => e.handling))).toEqual(new Set(['green', 'amber', 'red']));
    for (const e of live) {
      expect({ id: e.id, problems: contentProblems(e) }).toEqual({ id: e.id, problems: [] });
      // Only the suite's allow-listed markup, and every entry but a plain FAQ says when not to use it.
      expect(e.howToHtml).toMatch(/^(<(ol|li|p)>|<\/(ol|li|p)>|[^<>])+$/);
      if (e.type === 'useCase' || e.handling === 'red') expect(e.whenNotToUse).not.toBe('');
    }
    // Red entries warn about exactly the material that must never go into Copilot.
    expect(live.filter((e) => e.handling === 'red' && e.type === 'useCase').every((e) => /NEVER|Never/.test(e.whenNotToUse))).toBe(true);
    // Nothing invites criminal-justice documents while the national pause stands.
    expect(live.filter((e) => /court statement|case file/i.test(e.title) && e.handling !== 'red')).toEqual([]);
  });

  it('keeps pending, draft and rejected entries from other colleagues; champions see the queue', async () => {
    expect(published.every((e) => e.state === 'approved' || e.state === 'retired')).toBe(true);
    expect(await repo(ANALYST).pendingEntries()).toEqual([]);
    const queue = await repo(ESSEX_CHAMPION).pendingEntries();
    expect(queue).toHaveLength(8);
    expect(queue.every((e) => e.state === 'submitted' && e.submittedAt !== null)).toBe(true);
    const seeded = demoCatalogueEntries(people, TODAY);
    const rejected = seeded.filter((e) => e.state === 'rejected');
    expect(rejected).toHaveLength(2);
    // A rejection's author reads the champion's comment.
    const author = rejected[0].authorUpn;
    const me = (await site(author).sp.web.currentUser.select('Id')()) as { Id: number };
    const mine = (await repo(author).entriesBy(me.Id)).filter((e) => e.state === 'rejected');
    expect(mine.map((e) => e.moderationComment)).toContain(rejected[0].rejectionComment);
  });

  it('retires some entries with a reason, out of browsing but reachable', () => {
    const retired = published.filter((e) => e.state === 'retired');
    expect(retired.length).toBe(8);
    expect(retired.every((e) => e.retiredReason !== '' && e.retiredOn !== null)).toBe(true);
    expect(retired.some((e) => /June 2026/.test(e.retiredReason))).toBe(true);
    const browse = searchCatalogue(buildCatalogueIndex(published), {});
    expect(browse.hits.some((h) => h.entry.state === 'retired')).toBe(false);
  });

  it('flags overdue reviews to the champions who own them', () => {
    const overdue = [KENT_CHAMPION, ESSEX_CHAMPION].flatMap((upn) => reviewsForOwner(published, upn, TODAY).filter((r) => r.status === 'overdue'));
    expect(overdue.length).toBeGreaterThanOrEqual(5);
  });

  it('has "this helped me" votes on published entries only, one item per person and entry', async () => {
    const votes = await repo(ESSEX_PC).helpfulVotes();
    expect(votes.length).toBeGreaterThan(500);
    const ids = new Set(published.map((e) => e.id));
    expect(votes.every((v) => ids.has(v.entryId))).toBe(true);
    const keys = votes.map((v) => `${v.entryId}|${v.authorId}`);
    expect(new Set(keys).size).toBe(keys.length);
    const counts = helpfulCounts(votes);
    const ranked = searchCatalogue(buildCatalogueIndex(published), { sort: 'mostHelpful' }, { helpfulCounts: counts });
    expect(counts.get(ranked.hits[0].entry.id)).toBeGreaterThan(counts.get(ranked.hits[ranked.hits.length - 1].entry.id) ?? 0);
  });

  it('has questions each asker sees with their answer, all in the champions\u2019 queue, two promoted to FAQs', async () => {
    const mine = await repo(ESSEX_PC).questions();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: 'answered', answeredBy: ESSEX_CHAMPION });
    expect(await repo(ANALYST).questions()).toEqual([]);
    const all = await repo(KENT_CHAMPION).questions();
    expect(all).toHaveLength(10);
    expect(all.filter((q) => q.status === 'open').length).toBeGreaterThanOrEqual(3);
    const promoted = all.filter((q) => q.promotedEntryId !== null);
    expect(promoted).toHaveLength(2);
    for (const q of promoted) {
      const faq = published.filter((e) => e.id === q.promotedEntryId)[0];
      expect(faq).toMatchObject({ type: 'faq', sourceQuestionId: q.id, state: 'approved' });
    }
  });

  it('has poor-output reports the board triages and colleagues cannot read', async () => {
    const board = await repo(BOARD).poorOutputReports();
    // Five from the catalogue's colleagues; the board slice (issue 10) adds two still to triage.
    expect(board).toHaveLength(7);
    expect(board.some((r) => r.status === 'onRiskRegister' && r.riskRef !== '')).toBe(true);
    expect(await repo(ANALYST).poorOutputReports()).toEqual([]);
  });
});

describe('catalogueBenchEntries', () => {
  it('makes the requested number of distinct, published, searchable entries', () => {
    const bench = catalogueBenchEntries(1000);
    expect(bench).toHaveLength(1000);
    expect(new Set(bench.map((e) => e.id)).size).toBe(1000);
    expect(new Set(bench.map((e) => e.title)).size).toBe(1000);
    expect(bench.every((e) => e.state === 'approved' && contentProblems(e).length === 0)).toBe(true);
    expect(searchCatalogue(buildCatalogueIndex(bench), { query: 'summarise' }).hits.length).toBeGreaterThan(20);
  });
});
