import { buildWorkbench } from '../../dev/workbench/build';
import { BUNDLE_DIR } from './workbench';

/** Builds the workbench bundle once for all browser test files. */
export default async function globalSetup(): Promise<void> {
  await buildWorkbench(BUNDLE_DIR);
}
