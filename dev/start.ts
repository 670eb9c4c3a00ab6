import * as path from 'path';
import { startEmulator } from './emulator/server';
import { buildWorkbench } from './workbench/build';
import { workbenchRoutes } from './workbench/routes';
import { DATA_SITE_PATH, demoDirectory, demoSeed, PAGE_SITE_PATH } from './demo/seed';
import { demoSetUp, type IDemoSetUpReport } from './demo/setup';
import { dayInLondon } from '../src/domain/training/days';
import { PERSONAS } from './demo/personas';

/**
 * `npm start`: builds the workbench, starts the SharePoint emulator with the demo data and serves the
 * workbench from the emulator's origin (so the parts call /_api on their own origin, as on SharePoint).
 * Edits are journalled in .emulator-data/ and survive a restart; delete that folder to start afresh.
 */
async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4321);
  const host = process.env.HOST ?? '127.0.0.1';
  const started = Date.now();

  const bundle = await buildWorkbench();
  const { users, people } = demoDirectory();
  const owner = PERSONAS[0].upn;
  let setUp: IDemoSetUpReport | undefined;
  const workbench = workbenchRoutes({ bundleDir: path.resolve(bundle.outDir), sitePath: PAGE_SITE_PATH, personas: PERSONAS, defaultUpn: PERSONAS[0].upn });
  const emulator = await startEmulator({
    port,
    host,
    users,
    defaultUser: owner,
    seed: demoSeed,
    setUp: async (ctx) => {
      setUp = await demoSetUp(ctx, people, owner, dayInLondon(new Date()));
    },
    journal: true,
    dataDir: path.resolve('.emulator-data'),
    routes: [(req, res) => workbench.handle(req, res)]
  });

  const memory = emulator.store.memoryReport();
  console.log(`M365 Adoption Suite workbench: ${emulator.url}/_workbench/`);
  console.log(`  SharePoint emulator REST:     ${emulator.url}${DATA_SITE_PATH}/_api/web`);
  console.log(`  demo directory:               ${users.length.toLocaleString('en-GB')} people`);
  console.log(`  set-up:                       ${setUp ? `${setUp.listSteps} list and ${setUp.permissionSteps} permission steps; ${setUp.slices.map((s) => `${s.name} ${s.items.toLocaleString('en-GB')}`).join(', ')} seeded` : 'not run'}`);
  console.log(`  journal replayed:             ${emulator.replay.applied} edits${emulator.replay.failed.length ? `, ${emulator.replay.failed.length} failed` : ''}`);
  console.log(`  ready in ${((Date.now() - started) / 1000).toFixed(1)} s, heap ${memory.heapUsedMB} MB. Stop with Ctrl+C.`);

  const stop = (): void => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
