import { resolve } from 'node:path';
import { startEmulator, type DirectoryUser, type SeedContext, type StartEmulatorOptions } from './server';

/**
 * Runs the SharePoint list REST emulator on its own:
 *   npx tsx dev/emulator/cli.ts --port 5000 [--host 127.0.0.1] [--seed ./dev/demo/seed.ts]
 *       [--journal] [--data-dir .emulator-data] [--user upn] [--faults '{"throttleRate":0.1}']
 *       [--clock 2026-11-23T10:00:00Z]
 * `--seed` names a module exporting `seed(ctx)` or `demoSeed(ctx)`, and optionally `users` or
 * `demoDirectory()` for the tenant directory. Without it the emulator serves one empty web, /sites/dev.
 */

interface CliArgs {
  port: number;
  host: string;
  seed?: string;
  journal: boolean;
  dataDir: string;
  user?: string;
  faults?: string;
  clock?: string;
}

const USAGE = 'usage: tsx dev/emulator/cli.ts [--port 5000] [--host 127.0.0.1] [--seed module] [--journal] [--data-dir dir] [--user upn] [--faults json] [--clock iso]';

function parseArgs(argv: string[]): CliArgs {
  const out: CliArgs = { port: 5000, host: '127.0.0.1', journal: false, dataDir: '.emulator-data' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--port') out.port = Number(next());
    else if (a === '--host') out.host = next();
    else if (a === '--seed') out.seed = next();
    else if (a === '--journal') out.journal = true;
    else if (a === '--no-journal') out.journal = false;
    else if (a === '--data-dir') out.dataDir = next();
    else if (a === '--user') out.user = next();
    else if (a === '--faults') out.faults = next();
    else if (a === '--clock') out.clock = next();
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  if (!Number.isInteger(out.port) || out.port < 0) throw new Error(`invalid --port\n${USAGE}`);
  return out;
}

type SeedFn = (ctx: SeedContext) => void | Promise<void>;

async function loadSeed(modulePath: string): Promise<{ seed?: SeedFn; users?: DirectoryUser[] }> {
  // eslint-disable-next-line @rushstack/import-requires-chunk-name -- a Node CLI loading a seed module at run time; never bundled by webpack
  const mod = (await import(resolve(modulePath))) as Record<string, unknown>;
  const seedExport = mod.seed ?? mod.demoSeed;
  const seed = typeof seedExport === 'function' ? (seedExport as SeedFn) : undefined;
  let users: DirectoryUser[] | undefined;
  if (Array.isArray(mod.users)) users = mod.users as DirectoryUser[];
  else if (typeof mod.demoDirectory === 'function') users = ((mod.demoDirectory as () => { users: DirectoryUser[] })()).users;
  if (seed === undefined) throw new Error(`${modulePath} exports no seed(ctx) or demoSeed(ctx)`);
  return { seed, users };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const loaded = args.seed !== undefined ? await loadSeed(args.seed) : {};
  const opts: StartEmulatorOptions = {
    port: args.port,
    host: args.host,
    seed: loaded.seed,
    users: loaded.users,
    defaultUser: args.user,
    journal: args.journal,
    dataDir: resolve(args.dataDir),
    faults: args.faults !== undefined ? (JSON.parse(args.faults) as StartEmulatorOptions['faults']) : undefined,
    clock: args.clock !== undefined ? { fixed: args.clock } : undefined
  };
  const emu = await startEmulator(opts);
  const webs = emu.store.webs.map((w) => w.serverRelativeUrl).join(', ');
  console.log(`SharePoint emulator listening on ${emu.url}`);
  console.log(`  webs: ${webs}`);
  console.log(`  control API: ${emu.url}/_emulator/log | faults | clock | users | memory | storage-entities`);
  if (args.journal) console.log(`  journal: ${resolve(args.dataDir, 'journal.jsonl')} (${emu.replay.applied} replayed, ${emu.replay.failed.length} failed)`);
  const stop = (): void => {
    emu.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
