/**
 * Catalogue search benchmark: keystroke to results with 1,000 entries (issue 8: ≤ 50 ms from keystroke
 * to painted results). Prints numbers only; nothing asserts on wall-clock time.
 *
 * The 1,000 entries come from the demo generator (`catalogueBenchEntries`: the demo catalogue's words over
 * more places, audiences and phrasings, with realistic how-to lengths). For each realistic query the
 * benchmark "types" it one character at a time, and for every keystroke times what the web part does
 * before React paints: search the in-memory index (query, facet counts, sort) and highlight the title and
 * summary of the first 20 cards. Many runs give the median and 95th percentile per keystroke, over all
 * keystrokes of a query; the index build (once per load of the entries) is timed separately.
 *
 *   npm run bench:catalogue                                 1,000 entries, 200 runs (also a step of `npm run bench`)
 *   npx tsx dev/bench/catalogue-search-bench.ts --entries=5000 --runs=50
 */
import { performance } from 'node:perf_hooks';
import { catalogueBenchEntries } from '../demo/slices/catalogue';
import { buildCatalogueIndex, searchCatalogue, type CatalogueSort, type FacetSelection, type ISearchContext } from '../../src/domain/catalogue/search';
import { highlightRanges } from '../../src/domain/catalogue/text';
import { minutesPerUseById } from '../../src/domain/catalogue/minutes';
import { Rng } from '../demo/rng';

const arg = (name: string, fallback: number): number => {
  const found = process.argv.filter((a) => a.indexOf(`--${name}=`) === 0)[0];
  return found === undefined ? fallback : Number(found.split('=')[1]);
};

const ENTRIES = arg('entries', 1000);
const RUNS = arg('runs', 200);
const CARDS = 20;

interface IScenario {
  label: string;
  query: string;
  facets?: FacetSelection;
  sort?: CatalogueSort;
}

const SCENARIOS: readonly IScenario[] = [
  { label: 'summarise a case file', query: 'summarise a case file' },
  { label: 'summarise report', query: 'summarise report' },
  { label: 'meeting minutes', query: 'meeting minutes' },
  { label: 'foi response', query: 'foi response' },
  { label: 'press release (Corporate services)', query: 'press release', facets: { department: ['Corporate services'] } },
  { label: 'briefing (Response, Kent, amber)', query: 'briefing', facets: { department: ['Response'], force: ['Kent'], label: ['amber'] } },
  { label: 'copilot (most helpful)', query: 'copilot', sort: 'mostHelpful' },
  { label: 'excel formulas (most time saved)', query: 'excel formulas', sort: 'mostTimeSaved' },
  { label: 'no match: xyzzy', query: 'xyzzy' }
];

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

const ms = (v: number): string => `${v.toFixed(3)} ms`;

function main(): void {
  const entries = catalogueBenchEntries(ENTRIES);
  const builds: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    buildCatalogueIndex(entries);
    builds.push(performance.now() - t);
  }
  builds.sort((a, b) => a - b);
  const index = buildCatalogueIndex(entries);
  const rng = new Rng(7);
  const context: ISearchContext = {
    helpfulCounts: new Map(entries.map((e) => [e.id, Math.floor(rng.next() * rng.next() * 80)])),
    minutesPerUse: minutesPerUseById(entries, undefined)
  };
  const words = entries.reduce((n, e) => n + e.title.length + e.summary.length + e.howToHtml.length + e.prompts.join(' ').length, 0);

  console.log(`Catalogue search benchmark: ${entries.length} entries (${index.vocab.length} distinct words, ${(words / 1024).toFixed(0)} KB of text), ${RUNS} runs`);
  console.log(`Node ${process.version}, ${process.platform} ${process.arch}`);
  console.log(`Index build (once per load): median ${ms(percentile(builds, 50))}, p95 ${ms(percentile(builds, 95))}`);
  console.log('');
  console.log('Keystroke to results ready to paint (search + facet counts + sort + highlights of the first 20 cards):');
  console.log(`  ${'query'.padEnd(40)} ${'keys'.padStart(4)} ${'hits'.padStart(5)} ${'median'.padStart(10)} ${'p95'.padStart(10)} ${'max'.padStart(10)}`);

  // Warm up the JIT the way a person\u2019s first few searches would.
  for (const s of SCENARIOS) for (let k = 1; k <= s.query.length; k++) searchCatalogue(index, { query: s.query.slice(0, k), facets: s.facets, sort: s.sort }, context);

  const all: number[] = [];
  for (const s of SCENARIOS) {
    const times: number[] = [];
    let hits = 0;
    for (let run = 0; run < RUNS; run++) {
      for (let k = 1; k <= s.query.length; k++) {
        const typed = s.query.slice(0, k);
        const t = performance.now();
        const result = searchCatalogue(index, { query: typed, facets: s.facets, sort: s.sort }, context);
        for (const hit of result.hits.slice(0, CARDS)) {
          highlightRanges(hit.entry.title, result.terms);
          highlightRanges(hit.entry.summary, result.terms);
        }
        times.push(performance.now() - t);
        if (k === s.query.length) hits = result.hits.length;
      }
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    console.log(`  ${s.label.padEnd(40)} ${String(s.query.length).padStart(4)} ${String(hits).padStart(5)} ${ms(percentile(times, 50)).padStart(10)} ${ms(percentile(times, 95)).padStart(10)} ${ms(times[times.length - 1]).padStart(10)}`);
  }
  all.sort((a, b) => a - b);
  console.log(`  ${'all keystrokes'.padEnd(40)} ${String(all.length).padStart(4)} ${''.padStart(5)} ${ms(percentile(all, 50)).padStart(10)} ${ms(percentile(all, 95)).padStart(10)} ${ms(all[all.length - 1]).padStart(10)}`);
  console.log('');
  console.log('Budget: 50 ms from keystroke to painted results; React rendering of the cards comes on top of these figures.');
}

main();
