import { build, type Plugin } from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');

/** Run in the page after the strings load: pseudo-localises them when the address asks for it. */
const PSEUDO = `if (typeof location !== 'undefined' && /[?&]strings=pseudo(&|$)/.test(location.search)) {
  var accents = { a: '\u00e1', e: '\u00e9', i: '\u00ed', o: '\u00f3', u: '\u00fa', A: '\u00c1', E: '\u00c9', I: '\u00cd', O: '\u00d3', U: '\u00da', c: '\u00e7', n: '\u00f1', s: '\u0161', y: '\u00fd' };
  Object.keys(strings).forEach(function (key) {
    var text = String(strings[key]), out = '', depth = 0;
    for (var i = 0; i < text.length; i++) {
      var ch = text[i];
      if (ch === '{') depth++;
      out += depth === 0 && accents[ch] ? accents[ch] : ch;
      if (ch === '}' && depth > 0) depth--;
    }
    strings[key] = '\u27e6' + out + '\u27e7';
  });
}`;

/**
 * Resolves `SuiteStrings` the way SharePoint does: the AMD loc file, evaluated by a tiny `define` shim
 * compiled into the bundle (so no eval at run time and nothing the Content Security Policy blocks).
 */
const suiteStrings: Plugin = {
  name: 'suite-strings',
  setup(b) {
    b.onResolve({ filter: /^SuiteStrings$/ }, () => ({ path: path.join(root, 'src', 'loc', 'en-us.js'), namespace: 'suite-strings' }));
    b.onLoad({ filter: /.*/, namespace: 'suite-strings' }, (args) => ({
      // `?strings=pseudo` on the workbench page: every string accented and bracketed ("⟦Šávé⟧", placeholders
      // kept), so text that does not come from the loc file stands out (e2e/pseudoLocale.e2e.ts).
      contents: `var strings; (function (define) {\n${fs.readFileSync(args.path, 'utf8')}\n})(function (deps, factory) { strings = factory(); });\n${PSEUDO}\nmodule.exports = strings;`,
      loader: 'js',
      resolveDir: path.dirname(args.path)
    }));
  }
};

export interface IWorkbenchBuild {
  outDir: string;
  files: string[];
}

/** Bundles the workbench page (React 17 as SharePoint provides it, Fluent v8, the parts) with esbuild. */
export async function buildWorkbench(outDir: string = path.join(root, 'temp', 'workbench')): Promise<IWorkbenchBuild> {
  fs.rmSync(outDir, { recursive: true, force: true });
  const result = await build({
    entryPoints: { 'fabric-config': path.join(__dirname, 'client', 'fabricConfig.ts'), workbench: path.join(__dirname, 'client', 'main.tsx') },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: outDir,
    target: 'es2019',
    jsx: 'transform',
    minify: true,
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [suiteStrings],
    tsconfig: path.join(root, 'dev', 'tsconfig.json')
  });
  return { outDir, files: Object.keys(result.metafile.outputs) };
}
