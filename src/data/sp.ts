/**
 * SPFI factories. Both install the suite's send stage (`SuiteSend`) in place of PnPjs's
 * `BrowserFetchWithRetry`, so there is exactly one retry policy. Only `src/data/**` imports `@pnp/*`.
 */
import { InjectHeaders, DefaultParse } from '@pnp/queryable';
import { spfi, SPFI, SPFx, ISPFXContext, DefaultHeaders, DefaultInit } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { IList } from '@pnp/sp/lists';
import '@pnp/sp/security';
import type { PermissionKind } from '@pnp/sp/security';
import { SendStageOptions, SuiteSend } from './sendStage';
import { InstanceDigest } from './digest';
import { toDataError } from './errors';

export type { SPFI } from '@pnp/sp';

/**
 * The part of the SPFx context PnPjs needs (page URL and form digest). A web part passes
 * `this.context`; typed structurally so this module never imports `@microsoft/sp-*`.
 */
export type SpfxContextLike = ISPFXContext;

export interface SpOptions extends SendStageOptions {
  /** Extra headers on every request (e.g. `X-Emulator-User` against the local emulator). */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * From a web part: `SPFx(context)` supplies absolute URLs and the page's form digest; our send stage
 * then replaces its retrying fetch. `dataSiteUrl` addresses the configured data site instead of the
 * page's site (a Teams tab runs in its team's site, while data lives on one shared site).
 */
export function spFromContext(context: SpfxContextLike, options: SpOptions = {}, dataSiteUrl?: string): SPFI {
  const base = dataSiteUrl !== undefined && dataSiteUrl !== '' ? spfi(dataSiteUrl) : spfi();
  const sp = base.using(SPFx(context), SuiteSend(options));
  return options.headers !== undefined ? sp.using(InjectHeaders({ ...options.headers })) : sp;
}

/**
 * From a plain absolute site URL (Node scripts, the emulator, tests): what `SPBrowser` installs,
 * with our send stage in place of `BrowserFetchWithRetry`. The form digest comes from
 * `_api/contextinfo`, cached per SPFI (see `digest.ts`), not per process.
 */
export function spFromUrl(siteUrl: string, options: SpOptions = {}): SPFI {
  if (!/^https?:\/\//i.test(siteUrl)) throw new Error('spFromUrl needs an absolute http(s) site URL');
  const sp = spfi(siteUrl).using(DefaultHeaders(), DefaultInit(), SuiteSend(options), DefaultParse(), InstanceDigest(options));
  return options.headers !== undefined ? sp.using(InjectHeaders({ ...options.headers })) : sp;
}

/** An SPFI bound to the data site, with the site's path so lists are addressed by URL, not title. */
export interface DataSite {
  readonly sp: SPFI;
  /** Absolute URL of the data site web, no trailing slash. */
  readonly webUrl: string;
  /** Server-relative path of the web (`/sites/m365`), `''` for a root site. */
  readonly serverRelativeUrl: string;
}

export function dataSite(sp: SPFI, webUrl: string): DataSite {
  const clean = webUrl.replace(/\/+$/, '');
  const path = new URL(clean).pathname.replace(/\/+$/, '');
  return { sp, webUrl: clean, serverRelativeUrl: path };
}

/** The list of a definition, addressed by its server-relative URL (`web.getList`). */
export function listOf(site: DataSite, def: { readonly url: string }): IList {
  return site.sp.web.getList(`${site.serverRelativeUrl}/${def.url}`);
}

/** Whether the signed-in person holds a permission on a list (SharePoint's effective permissions: one GET). */
export async function hasPermission(site: DataSite, def: { readonly url: string }, kind: PermissionKind): Promise<boolean> {
  try {
    return await listOf(site, def).currentUserHasPermissions(kind);
  } catch (error) {
    throw await toDataError(error);
  }
}

/** Whether the signed-in person holds each of some permissions on one list, in order: one GET for them all. */
export async function hasPermissions(site: DataSite, def: { readonly url: string }, kinds: readonly PermissionKind[]): Promise<boolean[]> {
  try {
    const list = listOf(site, def);
    const effective = await list.getCurrentUserEffectivePermissions();
    return kinds.map((kind) => list.hasPermissions(effective, kind));
  } catch (error) {
    throw await toDataError(error);
  }
}
