import { build, type Plugin } from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');

/**
 * Resolves `SuiteStrings` the way SharePoint does: the AMD loc file, evaluated by a tiny `define` shim
 * compiled into the bundle (so no eval at run time and nothing the Content Security Policy blocks).
 */
const suiteStrings: Plugin = {
  name: 'suite-strings',
  setup(b) {
    b.onResolve({ filter: /^SuiteStrings$/ }, () => ({ path: path.join(root, 'src', 'loc', 'en-us.js'), namespace: 'suite-strings' }));
    b.onLoad({ filter: /.*/, namespace: 'suite-strings' }, (args) => ({
      contents: `var strings; (function (define) {\n${fs.readFileSync(args.path, 'utf8')}\n})(function (deps, factory) { strings = factory(); });\nmodule.exports = strings;`,
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
