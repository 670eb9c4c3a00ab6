/**
 * Starts the local SharePoint emulator (dev/emulator) for data-layer tests: a real HTTP server on a
 * random port that the real PnPjs talks to, users chosen by `X-Emulator-User`.
 *
 * The emulator is Node code compiled under dev/tsconfig.json; `src/` is compiled by the SPFx
 * tsconfig, which has no Node types. So the module is loaded by path at run time (jest transforms
 * it) and typed here by the small surface these tests use, instead of letting the SPFx compiler
 * follow the import into Node-only code.
 */
import './nodeGlobals';
import { ListDefinition } from '../../lists/define';
import { DataSite, dataSite, spFromUrl, SpOptions } from '../sp';

export interface EmulatorFaults {
  set(patch: Record<string, unknown>): unknown;
  reset(): unknown;
}

export interface EmulatorList {
  readonly itemCount: number;
  bulkInsert(rows: ReadonlyArray<{ values: Record<string, unknown>; authorId: number; created: string }>): void;
  /** Deletes an item in the store (as a user's delete would, leaving its Id unused). */
  deleteItem(id: number): void;
}

interface EmulatorWeb {
  getListByUrl(url: string): EmulatorList | undefined;
}

export interface RunningEmulatorLike {
  readonly url: string;
  readonly faults: EmulatorFaults;
  readonly store: { getWeb(serverRelativeUrl: string): EmulatorWeb | undefined };
  close(): Promise<void>;
}

interface EmulatorModule {
  startEmulator(options?: Record<string, unknown>): Promise<RunningEmulatorLike>;
}

const EMULATOR_MODULE = '../../../dev/emulator/server';

export const EMULATOR_ADMIN = 'admin@contoso.onmicrosoft.com';
export const EMULATOR_MEMBER = 'megan@contoso.onmicrosoft.com';
export const EMULATOR_VISITOR = 'alex@contoso.onmicrosoft.com';
/** The web the emulator creates when started without a seed. */
export const EMULATOR_WEB = '/sites/dev';

export async function startEmulator(options: Record<string, unknown> = {}): Promise<RunningEmulatorLike> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires, @typescript-eslint/no-require-imports -- see the file comment: loaded by path so the SPFx compiler does not follow it
  const mod = require(EMULATOR_MODULE) as EmulatorModule;
  return mod.startEmulator({ port: 0, ...options });
}

/** A data site on the emulator as one user, through the suite's own SPFI factory. */
export function emulatorSite(emu: RunningEmulatorLike, user: string, options: SpOptions = {}): DataSite {
  const webUrl = `${emu.url}${EMULATOR_WEB}`;
  return dataSite(spFromUrl(webUrl, { ...options, headers: { 'X-Emulator-User': user, ...(options.headers ?? {}) } }), webUrl);
}

/** The emulator's store list of a definition (for bulk seeding). */
export function emulatorList(emu: RunningEmulatorLike, def: ListDefinition): EmulatorList {
  const list = emu.store.getWeb(EMULATOR_WEB)?.getListByUrl(def.url);
  if (list === undefined) throw new Error(`${def.url} is not provisioned on the emulator`);
  return list;
}
