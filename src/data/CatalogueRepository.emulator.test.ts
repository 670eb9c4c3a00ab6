/**
 * The catalogue repository against the emulator with the real set-up: content approval on the entries
 * (drafts visible to their author and approvers only), champions approving in the same request as their
 * edit, votes, reports and questions in lists of their own with item-level security. Everything that
 * must stay private is checked as another workforce member twice: through the repository and by direct
 * REST, with nothing of ours in between.
 */
import { CatalogueEntriesList, ChampionQuestionsList, HelpfulVotesList, PoorOutputReportsList } from '../lists/catalogue';
import { toWire } from '../lists/mapping';
import { buildCatalogueIndex, searchCatalogue } from '../domain/catalogue/search';
import { helpfulCounts } from '../domain/catalogue/votes';
import { textToHtml } from '../domain/catalogue/sanitise';
import type { IActor } from '../domain/catalogue/lifecycle';
import type { ICatalogueEntry, IEntryContent } from '../domain/catalogue/types';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from './errors';
import { emulatorList, emulatorSite, EMULATOR_WEB, type RunningEmulatorLike } from './testing/emulator';
import { restAs, type RestCall } from './testing/rest';
import { startSuiteEmulator } from './testing/suiteEmulator';
import { CatalogueRepository, contentValues, faqClientId, voteClientId } from './CatalogueRepository';
import { listOf, type DataSite } from './sp';
import type { Transport } from './sendStage';

const OWNER = 'essex.owner@policing.example';
const ANALYST = 'kent.analyst@policing.example';
const PC = 'essex.pc@policing.example';
const CHAMPION = 'essex.champion@policing.example';
const BOARD = 'kent.board@policing.example';
const NOW = new Date('2026-11-23T10:00:00Z');
const TODAY = '2026-11-23';

let emu: RunningEmulatorLike;
/** Site user ids, learnt from the first item each person creates. */
const userIds = new Map<string, number>();

function repo(upn: string, site?: DataSite): CatalogueRepository {
  return new CatalogueRepository(site ?? emulatorSite(emu, upn), { now: () => NOW });
}

function actor(upn: string, isChampion: boolean): IActor {
  return { upn, userId: userIds.get(upn) ?? null, isChampion };
}

function rest(upn: string): RestCall {
  return restAs(`${emu.url}${EMULATOR_WEB}`, upn);
}

const ITEMS = `_api/web/getList('${encodeURIComponent(`${EMULATOR_WEB}/${CatalogueEntriesList.url}`)}')/items`;
const QUESTIONS = `_api/web/getList('${encodeURIComponent(`${EMULATOR_WEB}/${ChampionQuestionsList.url}`)}')/items`;
const REPORTS = `_api/web/getList('${encodeURIComponent(`${EMULATOR_WEB}/${PoorOutputReportsList.url}`)}')/items`;

/** Raw REST: the ids of the entries a person can see, and what they get for one id. */
async function restIds(upn: string, path: string = ITEMS): Promise<number[]> {
  const answer = await rest(upn)('GET', `${path}?$select=Id&$top=5000`);
  expect(answer.status).toBe(200);
  return (answer.body as { value: Array<{ Id: number }> }).value.map((r) => r.Id);
}

async function restStatus(upn: string, id: number, path: string = ITEMS): Promise<number> {
  return (await rest(upn)('GET', `${path}(${id})`)).status;
}

/** A site recording every request it sends (method as sent, X-HTTP-Method, path, JSON body). */
function recordingSite(upn: string, rewrite?: (url: string, init: RequestInit) => RequestInit): { site: DataSite; sent: Array<{ method: string; path: string; body: unknown }> } {
  const sent: Array<{ method: string; path: string; body: unknown }> = [];
  const transport: Transport = (url, init) => {
    const finalInit = rewrite !== undefined ? rewrite(url, init) : init;
    const headers = new Headers(finalInit.headers);
    const method = headers.get('X-HTTP-Method') ?? finalInit.method ?? 'GET';
    let body: unknown = null;
    if (typeof finalInit.body === 'string' && finalInit.body !== '') {
      try {
        body = JSON.parse(finalInit.body);
      } catch {
        body = finalInit.body;
      }
    }
    sent.push({ method: method.toUpperCase(), path: decodeURIComponent(new URL(url).pathname), body });
    return fetch(url, finalInit);
  };
  return { site: emulatorSite(emu, upn, { transport }), sent };
}

/** A data write (the form digest's POST is not one: under SPFx it comes with the page). */
const isWrite = (r: { method: string; path: string }): boolean => r.method !== 'GET' && !r.path.endsWith('/_api/contextinfo');

function useCase(overrides: Partial<IEntryContent> = {}): IEntryContent {
  return {
    type: 'useCase',
    title: 'Structure a problem profile from published crime statistics',
    summary: 'Turn ONS and police.uk figures into the headings of a problem profile in minutes.',
    problem: 'Analysts rebuild the same structure for every profile.',
    howToHtml: '<ol><li>Download the published figures.</li><li>Ask Copilot in Excel to explain the trend formulas.</li></ol>',
    prompts: ['Suggest the headings of a problem profile on burglary using only these published statistics.'],
    products: ['Copilot in Excel', 'Copilot Chat'],
    departments: ['Intelligence and analysis'],
    roles: ['Analyst'],
    force: 'Kent',
    ownerUpn: ANALYST,
    handling: 'red',
    whenNotToUse: 'Never with intelligence reports, crime records or anything naming people.',
    trainingModuleKey: 'ai-limitations',
    estimatedMinutesPerUse: 45,
    measuredTask: 'spreadsheetAnalysis',
    ...overrides
  };
}

beforeAll(async () => {
  emu = await startSuiteEmulator({ upn: OWNER, title: 'Priya Nair' }, [
    { upn: ANALYST, title: 'Tomasz Nowak', groups: ['workforce'] },
    { upn: PC, title: 'Daniel Okafor', groups: ['workforce'] },
    { upn: CHAMPION, title: 'Aisha Rahman', groups: ['workforce', 'champions'] },
    { upn: BOARD, title: 'Ruth Calder', groups: ['workforce', 'programme'] }
  ]);
  // Site user ids: each person's own id, as the web part reads it from the page context.
  for (const upn of [ANALYST, PC, CHAMPION, BOARD]) {
    const me = (await emulatorSite(emu, upn).sp.web.currentUser.select('Id')()) as { Id: number };
    userIds.set(upn, me.Id);
  }
}, 60000);

afterAll(async () => {
  await emu.close();
});

/** The Kent analyst's use case, as it goes through its lifecycle (the tests run in order). */
let submitted: ICatalogueEntry;

describe('content approval', () => {
  it('tells a champion from anyone else by SharePoint\u2019s effective permissions', async () => {
    expect(await repo(ANALYST).rights()).toEqual({ canApprove: false, readAllQuestions: false, readAllReports: false });
    expect(await repo(CHAMPION).rights()).toEqual({ canApprove: true, readAllQuestions: true, readAllReports: true });
    expect(await repo(BOARD).rights()).toEqual({ canApprove: false, readAllQuestions: false, readAllReports: true });
  });

  it('keeps a Kent analyst\u2019s submission from every other workforce member, through the repository and by direct REST', async () => {
    submitted = await repo(ANALYST).submit(actor(ANALYST, false), useCase());
    expect(submitted).toMatchObject({ state: 'submitted', moderation: 'pending', submittedAt: NOW.toISOString(), force: 'Kent', handling: 'red' });
    expect(submitted.author?.id).toBe(userIds.get(ANALYST));

    // The author sees it among their own.
    expect((await repo(ANALYST).entriesBy(userIds.get(ANALYST) as number)).map((e) => e.id)).toEqual([submitted.id]);
    // Another workforce member: not published, not pending, not by id, not by author, not by REST.
    const pc = repo(PC);
    expect((await pc.publishedEntries()).map((e) => e.id)).not.toContain(submitted.id);
    expect(await pc.pendingEntries()).toEqual([]);
    expect(await pc.entry(submitted.id)).toBeUndefined();
    expect(await pc.entriesBy(userIds.get(ANALYST) as number)).toEqual([]);
    expect(await restIds(PC)).not.toContain(submitted.id);
    expect(await restStatus(PC, submitted.id)).toBe(404);
    const filtered = await rest(PC)('GET', `${ITEMS}?$filter=${encodeURIComponent(`Id eq ${submitted.id}`)}`);
    expect(filtered).toMatchObject({ status: 200, body: { value: [] } });

    // A champion sees it in the queue, with SharePoint's pending status.
    expect((await repo(CHAMPION).pendingEntries()).map((e) => e.id)).toEqual([submitted.id]);
    const raw = await rest(CHAMPION)('GET', `${ITEMS}(${submitted.id})?$select=Id,OData__ModerationStatus`);
    expect(raw).toMatchObject({ status: 200, body: { Id: submitted.id, OData__ModerationStatus: 2 } });
  });

  it('refuses approval to anyone but a champion: in the app before sending, and by SharePoint (403) when sent', async () => {
    await expect(repo(ANALYST).approve(actor(ANALYST, false), submitted)).rejects.toMatchObject({ problems: [expect.objectContaining({ key: 'catalogue.lifecycle.championsOnly' })] });
    // An analyst who claims to be a champion is refused by SharePoint: no Approve Items.
    const claimed = await repo(ANALYST).approve(actor(ANALYST, true), submitted).catch((e: unknown) => e);
    expect(claimed).toBeInstanceOf(ForbiddenError);
    expect((claimed as ForbiddenError).digestRejected).toBe(false);
    // Nor may another member, on someone else's entry that they cannot even see.
    await expect(repo(PC).approve(actor(PC, true), submitted)).rejects.toBeInstanceOf(NotFoundError);
    // By direct REST: setting the status on one's own submission is refused too.
    const direct = await rest(ANALYST)('POST', `${ITEMS}(${submitted.id})`, { xHttpMethod: 'MERGE', body: { OData__ModerationStatus: 0 } });
    expect(direct.status).toBe(403);
    expect((await repo(ANALYST).entry(submitted.id))?.state).toBe('submitted');
  });

  it('lets an Essex champion approve in ONE request that sets the status, the comment and the columns; then everyone finds it', async () => {
    const { site, sent } = recordingSite(CHAMPION);
    const corrected = useCase({ summary: 'Turn ONS and police.uk figures into the headings of a problem profile.' });
    const approved = await repo(CHAMPION, site).approve(actor(CHAMPION, true), submitted, { comment: 'Clear and safe. Thank you.', content: corrected });
    const writes = sent.filter(isWrite);
    expect(writes).toHaveLength(1);
    expect(writes[0].method).toBe('MERGE');
    expect(writes[0].body).toMatchObject({
      OData__ModerationStatus: 0,
      OData__ModerationComments: 'Clear and safe. Thank you.',
      catSummary: corrected.summary,
      catPublishedOn: `${TODAY}T12:00:00Z`,
      catReviewBy: '2027-05-23T12:00:00Z'
    });
    expect(approved).toMatchObject({ state: 'approved', moderation: 'approved', moderationComment: 'Clear and safe. Thank you.', publishedOn: TODAY, reviewBy: '2027-05-23', summary: corrected.summary });
    // eslint-disable-next-line require-atomic-updates -- RATIONALE: tests run one after another; the next ones continue from this state
    submitted = approved;

    // Now the other member finds it: repository, REST, search and facets; and can copy its prompt.
    const pc = repo(PC);
    expect(await restStatus(PC, approved.id)).toBe(200);
    expect(await restIds(PC)).toContain(approved.id);
    const published = await pc.publishedEntries();
    expect(published.map((e) => e.id)).toContain(approved.id);
    const result = searchCatalogue(buildCatalogueIndex(published), { query: 'problem prof', facets: { department: ['Intelligence and analysis'], force: ['Kent'] } });
    expect(result.hits.map((h) => h.entry.id)).toEqual([approved.id]);
    expect(result.facets.label.filter((f) => f.value === 'red')[0]).toMatchObject({ count: 1 });
    expect(result.hits[0].entry.prompts[0]).toBe('Suggest the headings of a problem profile on burglary using only these published statistics.');
  });

  it('gives ConflictError for an approval on a stale etag, and writes nothing', async () => {
    const draft = await repo(ANALYST).submit(actor(ANALYST, false), useCase({ title: 'Explain a formula in a performance workbook' }));
    const edited = await repo(ANALYST).edit(actor(ANALYST, false), draft, useCase({ title: 'Explain formulas in a performance workbook' }));
    expect(edited.etag).not.toBe(draft.etag);
    await expect(repo(CHAMPION).approve(actor(CHAMPION, true), draft)).rejects.toBeInstanceOf(ConflictError);
    expect((await repo(CHAMPION).entry(draft.id))?.state).toBe('submitted');
    await repo(CHAMPION).reject(actor(CHAMPION, true), edited, 'Duplicate of the problem profile entry: add the formula tip there.');
  });

  it('rejects with a comment the author reads; the entry stays hidden; a resubmission returns it to the queue', async () => {
    const second = await repo(ANALYST).submit(actor(ANALYST, false), useCase({ title: 'Summarise an intelligence report', handling: 'red' }));
    await expect(repo(CHAMPION).reject(actor(CHAMPION, true), second, '   ')).rejects.toMatchObject({ problems: [expect.objectContaining({ key: 'catalogue.lifecycle.commentRequired' })] });
    const rejected = await repo(CHAMPION).reject(actor(CHAMPION, true), second, 'Intelligence must never go into Copilot: rewrite it for published statistics only.');
    expect(rejected).toMatchObject({ state: 'rejected', moderation: 'rejected' });

    const mine = (await repo(ANALYST).entriesBy(userIds.get(ANALYST) as number)).filter((e) => e.id === second.id)[0];
    expect(mine).toMatchObject({ state: 'rejected', moderationComment: 'Intelligence must never go into Copilot: rewrite it for published statistics only.' });
    expect(await repo(PC).entry(second.id)).toBeUndefined();
    expect(await restStatus(PC, second.id)).toBe(404);
    expect((await repo(CHAMPION).pendingEntries()).map((e) => e.id)).not.toContain(second.id);

    const resubmitted = await repo(ANALYST).submit(actor(ANALYST, false), useCase({ title: 'Summarise a published inspection report', handling: 'green' }), mine);
    expect(resubmitted).toMatchObject({ id: second.id, state: 'submitted', title: 'Summarise a published inspection report' });
    expect((await repo(CHAMPION).pendingEntries()).map((e) => e.id)).toContain(second.id);
  });

  it('keeps a draft out of the champions\u2019 queue until it is submitted', async () => {
    const draft = await repo(ANALYST).saveDraft(actor(ANALYST, false), useCase({ title: 'Half-written idea', summary: '', howToHtml: '' }), undefined, 'draft-client-1');
    expect(draft.state).toBe('draft');
    // The same create retried (lost answer, second tab) is the same item.
    const again = await repo(ANALYST).saveDraft(actor(ANALYST, false), useCase({ title: 'Half-written idea', summary: '', howToHtml: '' }), undefined, 'draft-client-1');
    expect(again.id).toBe(draft.id);
    expect((await repo(CHAMPION).pendingEntries()).map((e) => e.id)).not.toContain(draft.id);
    await expect(repo(ANALYST).submit(actor(ANALYST, false), useCase({ title: 'Half-written idea', summary: '' }), draft)).rejects.toBeInstanceOf(ValidationError);
    expect(await repo(PC).entry(draft.id)).toBeUndefined();
  });

  it('sends a published entry its author edits back to pending (hidden again); a champion\u2019s edit keeps it published', async () => {
    const published = (await repo(ANALYST).entry(submitted.id)) as ICatalogueEntry;
    // Someone else cannot edit it at all: edit-own item security.
    await expect(repo(PC).edit(actor(PC, false), published, useCase({ title: 'Hijacked' }))).rejects.toMatchObject({ problems: [expect.objectContaining({ key: 'catalogue.lifecycle.notTheAuthor' })] });
    const direct = await rest(PC)('POST', `${ITEMS}(${published.id})`, { xHttpMethod: 'MERGE', body: { Title: 'Hijacked' } });
    expect(direct.status).toBe(403);

    const byAuthor = await repo(ANALYST).edit(actor(ANALYST, false), published, useCase({ summary: 'Updated by the author.' }));
    expect(byAuthor).toMatchObject({ state: 'submitted', moderation: 'pending' });
    expect(await repo(PC).entry(published.id)).toBeUndefined();

    const { site, sent } = recordingSite(CHAMPION);
    const reapproved = await repo(CHAMPION, site).approve(actor(CHAMPION, true), byAuthor, { comment: 'Re-checked.' });
    expect(reapproved).toMatchObject({ state: 'approved', publishedOn: TODAY });
    const fixed = await repo(CHAMPION, site).edit(actor(CHAMPION, true), reapproved, useCase({ summary: 'Typo fixed by a champion.' }));
    expect(fixed).toMatchObject({ state: 'approved', moderation: 'approved', summary: 'Typo fixed by a champion.' });
    expect(sent.filter((r) => r.method === 'MERGE').map((r) => (r.body as Record<string, unknown>).OData__ModerationStatus)).toEqual([0, 0]);
    expect((await repo(PC).entry(published.id))?.summary).toBe('Typo fixed by a champion.');
    // eslint-disable-next-line require-atomic-updates -- RATIONALE: tests run one after another; the next ones continue from this state
    submitted = fixed;
  });
});

describe('helpful votes', () => {
  it('never sends the entry back to pending, and counts one vote per person however often it is set', async () => {
    const before = (await repo(PC).entry(submitted.id)) as ICatalogueEntry;
    const pc = repo(PC);
    const first = await pc.setHelpful(before.id, { upn: PC }, true);
    expect(first).toMatchObject({ entryId: before.id, helpful: true });
    // Idempotent: the same vote again sends no write and makes no second item.
    const recorded = recordingSite(PC);
    await repo(PC, recorded.site).setHelpful(before.id, { upn: PC }, true);
    expect(recorded.sent.length).toBeGreaterThan(0);
    // Only the lookup by client id: a GET, or a `$batch` holding GETs only.
    expect(recorded.sent.filter(isWrite).every((r) => r.path.endsWith('/$batch') && !/^(POST|MERGE|DELETE) /m.test(String(r.body)))).toBe(true);
    expect(await pc.toggleHelpful(before.id, { upn: PC })).toMatchObject({ id: first.id, helpful: false });
    expect(await pc.toggleHelpful(before.id, { upn: PC })).toMatchObject({ id: first.id, helpful: true });
    await repo(CHAMPION).setHelpful(before.id, { upn: CHAMPION }, true);
    await repo(ANALYST).setHelpful(before.id, { upn: ANALYST }, false);

    const votes = await pc.helpfulVotes();
    expect(votes.filter((v) => v.entryId === before.id)).toHaveLength(3);
    expect(helpfulCounts(votes).get(before.id)).toBe(2);
    const mine = (await listOf(emulatorSite(emu, PC), HelpfulVotesList).items.select('Id', 'ctvClientId').filter(`ctvUpn eq '${PC}'`)()) as Array<{ ctvClientId: string }>;
    expect(mine.map((r) => r.ctvClientId)).toEqual([voteClientId(before.id, PC)]);

    // The entry itself was never written: same etag, still approved, still visible to everyone.
    const after = (await repo(PC).entry(before.id)) as ICatalogueEntry;
    expect(after).toMatchObject({ etag: before.etag, state: 'approved', moderation: 'approved' });
    expect(await restStatus(ANALYST, before.id)).toBe(200);
  });

  it('lets nobody switch someone else\u2019s vote', async () => {
    const champions = (await repo(PC).helpfulVotes()).filter((v) => v.authorId === userIds.get(CHAMPION))[0];
    const direct = await rest(PC)('POST', `_api/web/getList('${encodeURIComponent(`${EMULATOR_WEB}/${HelpfulVotesList.url}`)}')/items(${champions.id})`, { xHttpMethod: 'MERGE', body: { ctvHelpful: false } });
    expect(direct.status).toBe(403);
  });
});

describe('ask a champion', () => {
  it('keeps a question between its asker and the champions; the champion answers and promotes it to an FAQ in one step', async () => {
    const asked = await repo(PC).ask('Can I use Copilot to tidy up my pocket notebook entries before I type them into the crime system?', { upn: PC, force: 'Essex', department: 'Response' });
    expect(asked).toMatchObject({ status: 'open', force: 'Essex', department: 'Response', askerUpn: PC });

    // Another colleague cannot see it; champions can.
    expect(await repo(ANALYST).questions()).toEqual([]);
    expect(await restStatus(ANALYST, asked.id, QUESTIONS)).toBe(404);
    expect((await repo(CHAMPION).questions('open')).map((q) => q.id)).toEqual([asked.id]);
    await expect(repo(ANALYST).answer(actor(ANALYST, false), asked, 'Yes')).rejects.toBeInstanceOf(ValidationError);

    const answerText = 'No. Notebook entries are evidential and hold personal data: never paste them into Copilot.\n\nYou can ask Copilot Chat to explain the notebook rules from the published guidance.';
    const answered = await repo(CHAMPION).answer(actor(CHAMPION, true), asked, answerText);
    expect(answered).toMatchObject({ status: 'answered', answeredBy: CHAMPION, answeredAt: NOW.toISOString() });
    // The asker sees the answer.
    expect((await repo(PC).questions())[0]).toMatchObject({ id: asked.id, status: 'answered', answer: answerText.trim() });

    const faq: IEntryContent = {
      ...useCase(),
      type: 'faq',
      title: 'Can I use Copilot with pocket notebook entries?',
      summary: 'No: notebook entries are evidential and hold personal data.',
      howToHtml: textToHtml(answerText),
      prompts: ['Explain the rules for pocket notebook entries from this published guidance.'],
      products: ['Copilot Chat'],
      departments: [],
      roles: ['Frontline officer'],
      force: 'Essex',
      ownerUpn: CHAMPION,
      handling: 'red',
      whenNotToUse: 'Never with the notebook entries themselves.',
      estimatedMinutesPerUse: null,
      measuredTask: null
    };
    const { site, sent } = recordingSite(CHAMPION);
    const promoted = await repo(CHAMPION, site).promoteToFaq(actor(CHAMPION, true), (await repo(CHAMPION).questions())[0], faq);
    expect(promoted.entry).toMatchObject({ type: 'faq', state: 'approved', moderation: 'approved', sourceQuestionId: asked.id, publishedOn: TODAY, reviewBy: '2027-05-23' });
    expect(promoted.question).toMatchObject({ promotedEntryId: promoted.entry.id, status: 'answered' });
    // Created approved in the create itself, then the question linked: two writes.
    const writes = sent.filter(isWrite);
    expect(writes.map((r) => [r.method, r.path.replace(/.*\/Lists\//, '')])).toEqual([
      ['POST', "CatalogueEntries')/items"],
      ['MERGE', "ChampionQuestions')/items(" + String(asked.id) + ')']
    ]);
    expect(writes[0].body).toMatchObject({ OData__ModerationStatus: 0, catType: 'faq', catClientId: faqClientId(asked.id) });

    // Published at once: the analyst finds it; the asker sees the link.
    const found = searchCatalogue(buildCatalogueIndex(await repo(ANALYST).publishedEntries()), { query: 'pocket notebook', types: ['faq'] });
    expect(found.hits.map((h) => h.entry.id)).toEqual([promoted.entry.id]);
    expect((await repo(PC).questions())[0].promotedEntryId).toBe(promoted.entry.id);

    // A retried promotion (the question as it was read before) finds the same entry: no second FAQ.
    const retried = await repo(CHAMPION).promoteToFaq(actor(CHAMPION, true), answered, faq).catch((e: unknown) => e);
    expect(retried).toBeInstanceOf(ConflictError);
    const fresh = (await repo(CHAMPION).questions()).filter((q) => q.id === asked.id)[0];
    expect((await repo(CHAMPION).promoteToFaq(actor(CHAMPION, true), fresh, faq)).entry.id).toBe(promoted.entry.id);
    expect((await repo(ANALYST).publishedEntries()).filter((e) => e.sourceQuestionId === asked.id)).toHaveLength(1);
  });

  it('answers and promotes an open question in one step, approving it afterwards if SharePoint made it pending', async () => {
    const asked = await repo(ANALYST).ask('Is there a prompt for turning meeting notes into RAID updates?', { upn: ANALYST, force: 'Kent', department: 'Corporate services' });
    // A transport that drops the approval from the create, as a server ignoring it would.
    const { site, sent } = recordingSite(CHAMPION, (url, init) => {
      if ((init.method ?? 'GET') !== 'POST' || !/\/items$/.test(new URL(url).pathname) || typeof init.body !== 'string' || new Headers(init.headers).get('X-HTTP-Method') !== null) return init;
      const body = JSON.parse(init.body) as Record<string, unknown>;
      delete body.OData__ModerationStatus;
      delete body.OData__ModerationComments;
      return { ...init, body: JSON.stringify(body) };
    });
    const faq: IEntryContent = { ...useCase(), type: 'faq', title: 'A prompt for RAID updates from meeting notes', summary: 'Yes: use Copilot in Teams recap.', howToHtml: '<p>Use the recap.</p>', force: 'Joint', ownerUpn: CHAMPION, handling: 'green' };
    const { entry, question } = await repo(CHAMPION, site).promoteToFaq(actor(CHAMPION, true), asked, faq);
    expect(entry).toMatchObject({ state: 'approved', type: 'faq' });
    expect(sent.filter((r) => r.method === 'MERGE').map((r) => (r.body as Record<string, unknown>).OData__ModerationStatus)).toEqual([0, undefined]);
    expect(question).toMatchObject({ status: 'answered', answer: 'Use the recap.', answeredBy: CHAMPION, promotedEntryId: entry.id });
    expect((await repo(ANALYST).questions())[0]).toMatchObject({ id: asked.id, status: 'answered', answer: 'Use the recap.' });
  });
});

describe('retiring and poor outputs', () => {
  it('retires with a reason: still reachable by its link, flagged retired, out of browsing', async () => {
    const entry = (await repo(CHAMPION).entry(submitted.id)) as ICatalogueEntry;
    await expect(repo(CHAMPION).retire(actor(CHAMPION, true), entry, '')).rejects.toBeInstanceOf(ValidationError);
    await expect(repo(ANALYST).retire(actor(ANALYST, false), entry, 'Mine')).rejects.toBeInstanceOf(ValidationError);
    const retired = await repo(CHAMPION).retire(actor(CHAMPION, true), entry, 'Replaced by the national analysts\u2019 template.');
    expect(retired).toMatchObject({ state: 'retired', moderation: 'approved', retiredOn: TODAY, retiredReason: 'Replaced by the national analysts\u2019 template.' });
    const seen = await repo(PC).entry(submitted.id);
    expect(seen).toMatchObject({ state: 'retired' });
    const published = await repo(PC).publishedEntries();
    expect(searchCatalogue(buildCatalogueIndex(published), { query: 'problem profile', types: ['useCase'] }).hits).toEqual([]);
    expect(searchCatalogue(buildCatalogueIndex(published), { query: 'problem profile', types: ['useCase'], includeRetired: true }).hits.map((h) => h.entry.id)).toEqual([submitted.id]);
  });

  it('keeps a poor-output report between its reporter, the board and champions; the board triages it', async () => {
    const entry = (await repo(PC).publishedEntries()).filter((e) => e.type === 'faq')[0];
    await expect(repo(PC).reportPoorOutput({ entry, category: 'madeUp', details: ' ', reporter: { upn: PC, force: 'Essex', department: 'Response' } })).rejects.toBeInstanceOf(ValidationError);
    const report = await repo(PC).reportPoorOutput({
      entry,
      category: 'madeUp',
      details: 'Copilot quoted a notebook rule that is not in the guidance.',
      product: 'Copilot Chat',
      reporter: { upn: PC, force: 'Essex', department: 'Response' }
    });
    expect(report).toMatchObject({ entryId: entry.id, summary: entry.title, status: 'new', category: 'madeUp' });
    expect(await repo(ANALYST).poorOutputReports()).toEqual([]);
    expect(await restStatus(ANALYST, report.id, REPORTS)).toBe(404);
    expect((await repo(CHAMPION).poorOutputReports()).map((r) => r.id)).toEqual([report.id]);
    const board = (await repo(BOARD).poorOutputReports())[0];
    const triaged = await repo(BOARD).triageReport(board, { status: 'onRiskRegister', riskRef: 'R-014', triageNote: 'Hallucination risk: add to R-014.' });
    expect(triaged).toMatchObject({ status: 'onRiskRegister', riskRef: 'R-014' });
    expect((await repo(PC).poorOutputReports())[0]).toMatchObject({ status: 'onRiskRegister', riskRef: 'R-014' });
    await expect(repo(BOARD).triageReport(board, { status: 'closed' })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('at scale', () => {
  it('reads published entries past the list view threshold, in Id windows', async () => {
    const author = userIds.get(CHAMPION) as number;
    const rows = Array.from({ length: 5100 }, (_x, i) => ({
      values: { ...toWire(CatalogueEntriesList, { ...contentValues(useCase({ title: `Bulk entry ${i}` })), publishedOn: '2026-06-01' }) },
      authorId: author,
      created: '2026-06-01T09:00:00Z',
      moderationStatus: i % 10 === 0 ? 2 : 0
    }));
    emulatorList(emu, CatalogueEntriesList).bulkInsert(rows);
    const published = await repo(PC).publishedEntries();
    expect(published.filter((e) => e.title.indexOf('Bulk entry') === 0)).toHaveLength(4590);
    expect(published.every((e) => e.state === 'approved' || e.state === 'retired')).toBe(true);
    expect((await repo(CHAMPION).pendingEntries()).filter((e) => e.title.indexOf('Bulk entry') === 0)).toHaveLength(0);
  }, 60000);
});
