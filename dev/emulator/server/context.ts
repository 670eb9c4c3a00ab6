import type { EmulatorStore, ListStore, WebStore } from '../store';
import type { EmulatorClock } from './clock';
import type { DigestService } from './digest';
import { accessDenied } from './errors';
import type { FaultInjector } from './faults';
import type { EmuRequest, EmuResponse } from './http-types';
import type { LoggedFilter, RequestLog } from './log';
import { has, Perm } from './permissions';
import type { Scope, SecurityModel, SiteSecurity, SiteUser } from './security';
import type { StorageEntities } from './storage-entities';

/** Everything a handler can reach. One instance per running emulator. */
export interface ServerEnv {
  store: EmulatorStore;
  security: SecurityModel;
  clock: EmulatorClock;
  log: RequestLog;
  digest: DigestService;
  storage: StorageEntities;
  faults: FaultInjector;
  /** Server-relative URL of the tenant app catalog web (where setStorageEntity is allowed). */
  appCatalogUrl: string;
  /** Runs a request through the full REST pipeline (used by $batch for its parts). */
  dispatch: (req: EmuRequest, origin: string) => Promise<DispatchResult>;
}

export interface DispatchResult {
  response: EmuResponse;
  filters: LoggedFilter[];
  rows: number;
  /** The request changed state (journal it when the status is 2xx). */
  mutating: boolean;
}

export interface ApiContext {
  env: ServerEnv;
  req: EmuRequest;
  origin: string;
  web: WebStore;
  /** Absolute URL of the web, e.g. http://127.0.0.1:5000/sites/dev */
  webAbs: string;
  /** `<webAbs>/_api/` */
  apiBase: string;
  site: SiteSecurity;
  user: SiteUser;
  query: URLSearchParams;
  filters: LoggedFilter[];
  rows: number;
  mutating: boolean;
}

/** Security paths use '' for the tenant root web ('/' in the store). */
export function webPathOf(ctx: ApiContext): string {
  return ctx.web.serverRelativeUrl === '/' ? '' : ctx.web.serverRelativeUrl;
}

export function webScope(ctx: ApiContext): Scope {
  return { kind: 'web', webPath: webPathOf(ctx) };
}

export function listScope(ctx: ApiContext, list: ListStore): Scope {
  const scope: Scope = { kind: 'list', webPath: webPathOf(ctx), listId: list.id };
  ctx.site.noteList(scope);
  return scope;
}

export function webMask(ctx: ApiContext): bigint {
  return ctx.site.permissionsOf(ctx.user.id, webScope(ctx));
}

export function listMask(ctx: ApiContext, list: ListStore): bigint {
  return ctx.site.permissionsOf(ctx.user.id, listScope(ctx, list));
}

export function requireWebPerm(ctx: ApiContext, perm: bigint): void {
  if (!has(webMask(ctx), perm)) throw accessDenied();
}

export function requireListPerm(ctx: ApiContext, list: ListStore, perm: bigint): void {
  if (!has(listMask(ctx, list), perm)) throw accessDenied();
}

export function canSeeList(ctx: ApiContext, list: ListStore): boolean {
  return has(listMask(ctx, list), Perm.ViewListItems);
}
