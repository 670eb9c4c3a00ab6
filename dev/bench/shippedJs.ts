/**
 * Shipped JavaScript per part: what a SharePoint page downloads for each part of the suite, beyond react,
 * react-dom and `@microsoft/sp-*` (SharePoint provides those), raw and gzip.
 *
 * Two sources, same shape:
 * - the ship bundle (`dist/`, from `npm run bundle`: gulp clean + gulp bundle --ship). The webpack runtime
 *   in the entry bundle names the chunk groups each lazy `import()` loads; a part's app group is the one
 *   holding its `<part>-app` chunk. Flagged stale when a source file is newer than the bundle.
 * - an esbuild estimate from the current sources (a second or two, in memory): the five web part classes as
 *   one entry with the same externals and code splitting. esbuild's output is usually a little smaller than
 *   webpack's; it is there so the figures follow the code even without a fresh ship bundle.
 *
 * Per part: the FIRST chunk (the entry bundle every part of the suite shares, loaded by SharePoint before
 * the web part starts), the chunks loaded AT START to show the main view (the part's app group, the data
 * layer and the set-up check), and the LAZY ones loaded only on demand (editors, charts, exports, other
 * views). "All four on one page" is the entry bundle plus the union of the four parts' start chunks.
 */
import { build, type Metafile, type Plugin } from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import type { PartKey } from '../../src/webparts/shared/partCatalog';

const ROOT = path.resolve(__dirname, '..', '..');

export const PARTS: readonly PartKey[] = ['trainingTracker', 'solutionsCatalogue', 'riskRegister', 'evaluationSurvey'];

export interface ISize {
  raw: number;
  gzip: number;
}

export interface IPartShipped {
  part: PartKey;
  first: ISize;
  start: ISize;
  /** first + start: the JS behind the part's main view. */
  toMainView: ISize;
  lazy: ISize;
  startFiles: string[];
  lazyFiles: string[];
}

export interface IShippedJs {
  source: 'ship bundle (dist/)' | 'esbuild estimate (current sources)';
  /** Why the figures may not describe the current code (a stale or missing ship bundle). */
  warning?: string;
  builtAt?: string;
  entryFile: string;
  parts: IPartShipped[];
  allFourOnOnePage: ISize;
  files: Array<{ file: string } & ISize>;
}

const add = (a: ISize, b: ISize): ISize => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: ISize = { raw: 0, gzip: 0 };

function sizeOf(data: Uint8Array | string): ISize {
  const buf = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
  return { raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
}

/** A chunk graph: files with sizes, the files loaded with each, and the lazy groups each can load. */
interface IGraph {
  entry: string;
  size: Map<string, ISize>;
  /** Files loaded together with a file (its static imports), transitively. */
  staticOf: (file: string) => string[];
  /** Groups of files a file loads lazily (each `import()` it makes). */
  lazyOf: (file: string) => string[][];
  /** The start group of a part (its app chunk and what that needs). */
  appGroup: (part: PartKey) => string[] | undefined;
}

function summarise(graph: IGraph, source: IShippedJs['source'], extraFirst: ISize, warning?: string, builtAt?: string): IShippedJs {
  const sum = (files: Iterable<string>): ISize => [...files].reduce((s, f) => add(s, graph.size.get(f) ?? ZERO), ZERO);
  const first = new Set(graph.staticOf(graph.entry));
  const firstSize = add(sum(first), extraFirst);
  // Loaded at start by every part: the lazy groups the entry bundle loads that are no part's app group
  // (the data layer, the set-up check).
  const appGroups = new Map(PARTS.map((p) => [p, graph.appGroup(p) ?? []]));
  const appFiles = new Set([...appGroups.values()].flat());
  const common = graph
    .lazyOf(graph.entry)
    .filter((g) => !g.some((f) => appFiles.has(f)))
    .flat();
  const union = new Set<string>();
  const parts = PARTS.map((part): IPartShipped => {
    const start = new Set<string>();
    for (const f of [...(appGroups.get(part) ?? []), ...common]) for (const s of graph.staticOf(f)) if (!first.has(s)) start.add(s);
    start.forEach((f) => union.add(f));
    // Everything the start files can load later, transitively.
    const lazy = new Set<string>();
    const queue = [...start];
    while (queue.length > 0) {
      const f = queue.pop() as string;
      for (const group of graph.lazyOf(f))
        for (const g of group)
          for (const s of graph.staticOf(g))
            if (!first.has(s) && !start.has(s) && !lazy.has(s)) {
              lazy.add(s);
              queue.push(s);
            }
    }
    const startSize = sum(start);
    return { part, first: firstSize, start: startSize, toMainView: add(firstSize, startSize), lazy: sum(lazy), startFiles: [...start].sort(), lazyFiles: [...lazy].sort() };
  });
  const files = [...graph.size].map(([file, s]) => ({ file, ...s })).sort((a, b) => b.gzip - a.gzip);
  return { source, warning, builtAt, entryFile: graph.entry, parts, allFourOnOnePage: add(firstSize, sum(union)), files };
}

/**
 * The views a part keeps in their own chunk but preloads as it starts (the tab it opens on by default, or
 * on a page set to open on it, like the compliance dashboard): counted at start, with the app chunk.
 */
const PRELOADED: Record<PartKey, ReadonlyArray<{ chunk: string; module: string }>> = {
  trainingTracker: [{ chunk: 'training-dashboard', module: 'src/webparts/trainingTracker/components/dashboard/ComplianceDashboard.tsx' }],
  solutionsCatalogue: [],
  riskRegister: [],
  evaluationSurvey: [{ chunk: 'survey-respond', module: 'src/webparts/evaluationSurvey/components/respond/RespondView.tsx' }]
};

// ---- the ship bundle -------------------------------------------------------------------------------

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(tsx?|js|json|scss)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

const kebab = (part: PartKey): string => part.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The ship bundle's figures, or undefined (with the reason) when there is none. */
export function shipBundle(distDir: string = path.join(ROOT, 'dist')): { result?: IShippedJs; missing?: string } {
  const entries = fs.existsSync(distDir) ? fs.readdirSync(distDir).filter((f) => /^m365-adoption-suite_[0-9a-f]+\.js$/.test(f)) : [];
  if (entries.length === 0) return { missing: `no ship bundle in ${path.relative(ROOT, distDir) || distDir}/` };
  const entry = entries.map((f) => ({ f, t: fs.statSync(path.join(distDir, f)).mtimeMs })).sort((a, b) => b.t - a.t)[0];
  const text = new Map<string, string>([[entry.f, fs.readFileSync(path.join(distDir, entry.f), 'utf8')]]);
  const entryText = text.get(entry.f) as string;
  // Only the chunks this entry bundle's runtime names (dist/ keeps stale ones between builds). Webpack 5
  // loads chunks by numeric id (`r.e(464)`) and names the file through two maps in its runtime:
  // `"chunk."+({464:"training-tracker-app",…}[e]||e)+"_"+{464:"<hash>",…}[e]+".js"`.
  const chunkFile = new Map<string, string>();
  const runtimeMap = (after: string): Map<string, string> => {
    const at = entryText.indexOf(after);
    const m = at < 0 ? null : /^\{([^}]*)\}/.exec(entryText.slice(at + after.length));
    return new Map([...(m?.[1] ?? '').matchAll(/"?([\w-]+)"?:"([\w-]+)"/g)].map((p) => [p[1], p[2]]));
  };
  const names = runtimeMap('"chunk."+(');
  const hashes = runtimeMap('[e]||e)+"_"+');
  for (const [id, hash] of hashes) {
    const f = `chunk.${names.get(id) ?? id}_${hash}.js`;
    if (fs.existsSync(path.join(distDir, f))) {
      chunkFile.set(id, f);
      text.set(f, fs.readFileSync(path.join(distDir, f), 'utf8'));
    }
  }
  const size = new Map([...text].map(([f, t]) => [f, sizeOf(t)]));
  const ids = (list: string): string[] =>
    [...list.matchAll(/\.e\(\s*"?([\w-]+)"?\s*\)/g)].map((m) => chunkFile.get(m[1])).filter((f): f is string => f !== undefined);
  const groupsIn = new Map<string, string[][]>();
  for (const [file, t] of text) {
    const groups: string[][] = [];
    // `Promise.all([r.e(952), r.e("training-tracker-app")])` or a lone `r.e("suite-data").then(`
    for (const m of t.matchAll(/Promise\.all\(\[((?:\s*\w+\.e\(\s*"?[\w-]+"?\s*\)\s*,?)+)\]\)/g)) groups.push(ids(m[1]));
    const grouped = new Set(groups.flat());
    for (const m of t.matchAll(/\w+\.e\(\s*"?([\w-]+)"?\s*\)\s*\.then/g)) {
      const f = chunkFile.get(m[1]);
      if (f !== undefined && !grouped.has(f)) groups.push([f]);
    }
    groupsIn.set(file, groups);
  }
  const graph: IGraph = {
    entry: entry.f,
    size,
    staticOf: (f) => [f],
    lazyOf: (f) => groupsIn.get(f) ?? [],
    appGroup: (part) => {
      const groups = [...groupsIn.values()].flat();
      const group = (chunk: string): string[] | undefined => groups.find((g) => g.some((f) => f.startsWith(`chunk.${chunk}_`)));
      const app = group(`${kebab(part)}-app`);
      return app === undefined ? undefined : [...new Set([...app, ...PRELOADED[part].flatMap((v) => group(v.chunk) ?? [])])];
    }
  };
  const strings = fs.readdirSync(distDir).filter((f) => /^SuiteStrings_en-us_[0-9a-f]+\.js$/.test(f));
  const stringsSize = strings.length > 0 ? sizeOf(fs.readFileSync(path.join(distDir, strings.sort().reverse()[0]))) : ZERO;
  const sourcesAt = newestSource(path.join(ROOT, 'src'));
  const warning =
    sourcesAt > entry.t
      ? `STALE: built ${new Date(entry.t).toISOString()}, sources changed since (${new Date(sourcesAt).toISOString()}); run \`npm run bundle\` (gulp clean + gulp bundle --ship), then the bench again`
      : undefined;
  return { result: summarise(graph, 'ship bundle (dist/)', stringsSize, warning, new Date(entry.t).toISOString()) };
}

// ---- the esbuild estimate --------------------------------------------------------------------------

/** The loc file SharePoint loads beside the bundle: kept out of the bundle, counted with the first chunk. */
const externalStrings: Plugin = {
  name: 'suite-strings-external',
  setup(b) {
    b.onResolve({ filter: /^SuiteStrings$/ }, () => ({ path: 'SuiteStrings', external: true }));
  }
};

const WEB_PARTS = ['trainingTracker/TrainingTrackerWebPart', 'solutionsCatalogue/SolutionsCatalogueWebPart', 'riskRegister/RiskRegisterWebPart', 'evaluationSurvey/EvaluationSurveyWebPart', 'suite/SuiteWebPart'];
const APP_MODULE: Record<PartKey, string> = {
  trainingTracker: 'src/webparts/trainingTracker/components/TrainingTrackerApp.tsx',
  solutionsCatalogue: 'src/webparts/solutionsCatalogue/components/SolutionsCatalogueApp.tsx',
  riskRegister: 'src/webparts/riskRegister/components/RiskRegisterApp.tsx',
  evaluationSurvey: 'src/webparts/evaluationSurvey/components/EvaluationSurveyApp.tsx'
};

export async function esbuildEstimate(): Promise<IShippedJs> {
  const entrySource = WEB_PARTS.map((w, i) => `import W${i} from './src/webparts/${w}';`).join('\n') + `\nexport default [${WEB_PARTS.map((_, i) => `W${i}`).join(', ')}];\n`;
  const result = await build({
    stdin: { contents: entrySource, resolveDir: ROOT, sourcefile: 'suite-entry.ts', loader: 'ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: path.join(ROOT, 'temp', 'bench', 'esbuild-estimate'),
    write: false,
    target: 'es2019',
    jsx: 'transform',
    minify: true,
    metafile: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    // SharePoint provides these to every web part.
    external: ['react', 'react-dom', 'react-dom/*', '@microsoft/sp-*'],
    plugins: [externalStrings],
    tsconfig: path.join(ROOT, 'tsconfig.json')
  });
  const rel = (p: string): string => path.relative(ROOT, path.resolve(ROOT, p)).split(path.sep).join('/');
  const meta: Metafile = result.metafile;
  const size = new Map<string, ISize>();
  for (const f of result.outputFiles) if (f.path.endsWith('.js')) size.set(rel(f.path), sizeOf(f.contents));
  const outputs = new Map(Object.entries(meta.outputs).filter(([k]) => k.endsWith('.js')).map(([k, v]) => [rel(k), v]));
  const entry = [...outputs].find(([, o]) => o.entryPoint !== undefined && /suite-entry|<stdin>/.test(o.entryPoint))?.[0] ?? [...outputs.keys()][0];
  const staticOf = (file: string): string[] => {
    const seen = new Set<string>();
    const visit = (f: string): void => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const i of outputs.get(f)?.imports ?? []) if (i.kind === 'import-statement' && !i.external) visit(rel(i.path));
    };
    visit(file);
    return [...seen];
  };
  const graph: IGraph = {
    entry,
    size,
    staticOf,
    lazyOf: (f) => (outputs.get(f)?.imports ?? []).filter((i) => i.kind === 'dynamic-import' && !i.external).map((i) => staticOf(rel(i.path))),
    appGroup: (part) => {
      const output = (module: string): string | undefined => [...outputs].find(([, o]) => o.entryPoint !== undefined && rel(o.entryPoint) === module)?.[0];
      const app = output(APP_MODULE[part]);
      if (app === undefined) return undefined;
      const views = PRELOADED[part].map((v) => output(v.module)).filter((f): f is string => f !== undefined);
      return [...new Set([app, ...views].flatMap(staticOf))];
    }
  };
  const strings = sizeOf(fs.readFileSync(path.join(ROOT, 'src', 'loc', 'en-us.js')));
  return summarise(graph, 'esbuild estimate (current sources)', strings, undefined, new Date().toISOString());
}
