import { buildCatalogueIndex, MATCH_BODY, MATCH_SUMMARY, MATCH_TITLE, searchCatalogue, type FacetKey, type ISearchResult } from './search';
import { entry } from './testing';
import type { ICatalogueEntry } from './types';

const ids = (r: ISearchResult): number[] => r.hits.map((h) => h.entry.id);
const counts = (r: ISearchResult, key: FacetKey): Record<string, number> => {
  const out: Record<string, number> = {};
  r.facets[key].forEach((f) => (out[f.value] = f.count));
  return out;
};

const plain = { problem: '', whenNotToUse: '', prompts: [] as string[], howToHtml: '<p>Steps.</p>' };

describe('ranking', () => {
  // The same word in a different place in each entry.
  const entries: ICatalogueEntry[] = [
    entry({ ...plain, id: 1, title: 'Meeting actions', summary: 'Actions and RAID updates.', howToHtml: '<p>Works for any <b>disclosure</b> meeting.</p>' }),
    entry({ ...plain, id: 2, title: 'Weekly returns', summary: 'Prepare the disclosure schedule headings.' }),
    entry({ ...plain, id: 3, title: 'Disclosure templates', summary: 'Blank schedule templates.' }),
    entry({ ...plain, id: 4, title: 'Legislation explained', summary: 'Plain English notes.', prompts: ['Explain the disclosure test in plain English.'] }),
    entry({ ...plain, id: 5, title: 'Bulletin summary', summary: 'Shift briefings.', problem: 'Missed disclosure deadlines.' })
  ];
  const index = buildCatalogueIndex(entries);

  it('ranks a title match over summary and prompts, and those over the how-to and problem', () => {
    const r = searchCatalogue(index, { query: 'disclosure' });
    expect(ids(r)[0]).toBe(3);
    expect(ids(r).slice(1, 3).sort()).toEqual([2, 4]);
    expect(ids(r).slice(3).sort()).toEqual([1, 5]);
    expect(r.hits[0].matchedIn).toBe(MATCH_TITLE);
    expect(r.hits.filter((h) => h.entry.id === 1)[0].matchedIn).toBe(MATCH_BODY);
    expect(r.hits.filter((h) => h.entry.id === 4)[0].matchedIn).toBe(MATCH_SUMMARY);
    expect(r.sort).toBe('relevance');
    expect(r.terms).toEqual(['disclosure']);
  });

  it('matches prefixes as typed, a whole word scoring above a prefix', () => {
    const idx = buildCatalogueIndex([
      entry({ ...plain, id: 10, title: 'Drafting letters', summary: 'x' }),
      entry({ ...plain, id: 11, title: 'Draft letters', summary: 'x' })
    ]);
    expect(ids(searchCatalogue(idx, { query: 'dra' })).sort()).toEqual([10, 11]);
    expect(ids(searchCatalogue(idx, { query: 'draft' }))).toEqual([11, 10]);
    expect(ids(searchCatalogue(idx, { query: 'drafti' }))).toEqual([10]);
  });

  it('needs every query word, ignoring case, accents and stop words', () => {
    const idx = buildCatalogueIndex([
      entry({ ...plain, id: 20, title: 'Summarise a case file', summary: 'For the CPS résumé.' }),
      entry({ ...plain, id: 21, title: 'Summarise emails', summary: 'Inbox after rest days.' })
    ]);
    expect(ids(searchCatalogue(idx, { query: 'how do I SUMMARISE a case' }))).toEqual([20]);
    expect(ids(searchCatalogue(idx, { query: 'summarize' })).sort()).toEqual([20, 21]);
    expect(ids(searchCatalogue(idx, { query: 'RESUME' }))).toEqual([20]);
    expect(ids(searchCatalogue(idx, { query: 'summarise xyz' }))).toEqual([]);
  });

  it('survives hostile queries: they are words or nothing', () => {
    const hostile = ['<script>alert(1)</script>', "x' or Title ne '", '%00%27%22%3Cscript%3E', '👮‍♀️🚓', 'A'.repeat(10000), '\u202Eevil\u202C'];
    for (const q of hostile) expect(() => searchCatalogue(index, { query: q })).not.toThrow();
    expect(ids(searchCatalogue(index, { query: '👮‍♀️' }))).toHaveLength(entries.length);
  });
});

describe('filters and facets', () => {
  const entries: ICatalogueEntry[] = [
    entry({ id: 1, products: ['Copilot in Word'], departments: ['Corporate services'], roles: ['Analyst'], force: 'Kent', handling: 'green' }),
    entry({ id: 2, products: ['Copilot in Word', 'Copilot Chat'], departments: ['Response'], roles: [], force: 'Essex', handling: 'amber' }),
    entry({ id: 3, products: ['Copilot in Teams'], departments: [], roles: ['Supervisor or manager'], force: 'Kent', handling: 'amber' }),
    entry({ id: 4, products: ['Copilot Chat'], departments: ['Response', 'Contact management'], roles: ['Call handler or dispatcher'], force: 'Joint', handling: 'red' }),
    entry({ id: 5, products: ['Copilot Chat'], departments: ['Response'], force: 'Kent', handling: 'green', type: 'faq' }),
    entry({ id: 6, products: ['Copilot Chat'], departments: ['Response'], force: 'Kent', handling: 'green', moderation: 'pending' }),
    entry({ id: 7, products: ['Copilot Chat'], departments: ['Response'], force: 'Kent', handling: 'green', retiredOn: '2026-11-01', retiredReason: 'Replaced' })
  ];
  const index = buildCatalogueIndex(entries);

  it('shows published entries only by default; retired ones on request; pending never unless asked', () => {
    expect(ids(searchCatalogue(index)).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(ids(searchCatalogue(index, { includeRetired: true })).sort()).toEqual([1, 2, 3, 4, 5, 7]);
    expect(ids(searchCatalogue(index, { states: ['submitted'] }))).toEqual([6]);
    expect(ids(searchCatalogue(index, { types: ['faq'] }))).toEqual([5]);
  });

  it('counts every facet value over the results, each facet with the OTHER facets applied', () => {
    const none = searchCatalogue(index);
    expect(counts(none, 'product')).toEqual({ 'Copilot Chat': 3, 'Copilot in Word': 2, 'Copilot in Teams': 1 });
    expect(counts(none, 'force')).toEqual({ Kent: 3, Essex: 1, Joint: 1 });
    expect(counts(none, 'label')).toEqual({ green: 2, amber: 2, red: 1 });
    // Entry 3 is for every department: it counts under each.
    expect(counts(none, 'department')).toEqual({ Response: 4, 'Corporate services': 2, 'Contact management': 2 });

    const chat = searchCatalogue(index, { facets: { product: ['Copilot Chat'] } });
    expect(ids(chat).sort()).toEqual([2, 4, 5]);
    // The product facet itself still counts as if no product were picked…
    expect(counts(chat, 'product')).toEqual({ 'Copilot Chat': 3, 'Copilot in Word': 2, 'Copilot in Teams': 1 });
    // …while the others count within Copilot Chat, keeping values that dropped to 0.
    expect(counts(chat, 'force')).toEqual({ Kent: 1, Essex: 1, Joint: 1 });
    expect(counts(chat, 'label')).toEqual({ green: 1, amber: 1, red: 1 });
    expect(chat.facets.product.filter((f) => f.selected).map((f) => f.value)).toEqual(['Copilot Chat']);

    const chatKent = searchCatalogue(index, { facets: { product: ['Copilot Chat'], force: ['Kent'] } });
    expect(ids(chatKent)).toEqual([5]);
    expect(counts(chatKent, 'product')).toEqual({ 'Copilot Chat': 1, 'Copilot in Word': 1, 'Copilot in Teams': 1 });
    expect(counts(chatKent, 'force')).toEqual({ Kent: 1, Essex: 1, Joint: 1 });
  });

  it('ORs values within a facet, ANDs facets, and lets entries for everyone match any department', () => {
    expect(ids(searchCatalogue(index, { facets: { force: ['Kent', 'Joint'] } })).sort()).toEqual([1, 3, 4, 5]);
    expect(ids(searchCatalogue(index, { facets: { department: ['Contact management'] } })).sort()).toEqual([3, 4]);
    expect(ids(searchCatalogue(index, { facets: { department: ['Contact management'], label: ['red'] } }))).toEqual([4]);
    expect(ids(searchCatalogue(index, { facets: { role: ['Analyst'] } })).sort()).toEqual([1, 2]);
  });

  it('offers a picked value that nothing has, with a count of 0', () => {
    const r = searchCatalogue(index, { facets: { product: ['Forms'] } });
    expect(r.hits).toEqual([]);
    expect(r.facets.product.filter((f) => f.value === 'Forms')[0]).toEqual({ value: 'Forms', count: 0, selected: true });
  });

  it('counts facets over the query results only', () => {
    const idx = buildCatalogueIndex([
      entry({ id: 30, title: 'Minutes of meetings', force: 'Kent' }),
      entry({ id: 31, title: 'Minutes of board', force: 'Essex' }),
      entry({ id: 32, title: 'Something else', force: 'Essex' })
    ]);
    expect(counts(searchCatalogue(idx, { query: 'minutes' }), 'force')).toEqual({ Kent: 1, Essex: 1 });
  });
});

describe('sorting', () => {
  const entries = [
    entry({ id: 1, title: 'Alpha', publishedOn: '2026-09-01' }),
    entry({ id: 2, title: 'Beta', publishedOn: '2026-11-01' }),
    entry({ id: 3, title: 'Gamma', publishedOn: '2026-10-01' }),
    entry({ id: 4, title: 'Delta', publishedOn: '2026-10-01' })
  ];
  const index = buildCatalogueIndex(entries);

  it('newest first by published day, then the higher id', () => {
    expect(ids(searchCatalogue(index))).toEqual([2, 4, 3, 1]);
  });

  it('most helpful, ties newest first', () => {
    const helpfulCounts = new Map([
      [1, 5],
      [3, 9],
      [4, 5]
    ]);
    expect(ids(searchCatalogue(index, { sort: 'mostHelpful' }, { helpfulCounts }))).toEqual([3, 4, 1, 2]);
  });

  it('most time saved, unknown last, a net loss below nothing', () => {
    const minutesPerUse = new Map<number, number | null>([
      [1, 30],
      [2, null],
      [3, -5],
      [4, 45]
    ]);
    expect(ids(searchCatalogue(index, { sort: 'mostTimeSaved' }, { minutesPerUse }))).toEqual([4, 1, 3, 2]);
  });
});
