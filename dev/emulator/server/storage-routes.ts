import type { ApiContext } from './context';
import { accessDenied, badRequest } from './errors';
import type { EmuResponse } from './http-types';
import { readBody } from './items';
import { nullResult } from './odata';
import { respond } from './respond';

/** `GetStorageEntity('key')` from any web; `SetStorageEntity`/`RemoveStorageEntity` only on the app catalog web by a site admin. */

export function storageEntityGet(ctx: ApiContext, key: string): EmuResponse {
  const e = ctx.env.storage.get(key);
  const metadata = `${ctx.origin}/_api/$metadata#SP.StorageEntity`;
  // A missing key is 200 {"odata.null":true}, not 404; PnPjs callers then see Value undefined.
  if (!e) return respond(ctx, 200, { 'odata.metadata': metadata, 'odata.null': true });
  return respond(ctx, 200, { 'odata.metadata': metadata, Comment: e.Comment, Description: e.Description, Value: e.Value });
}

function requireAppCatalogAdmin(ctx: ApiContext): void {
  if (ctx.web.serverRelativeUrl.toLowerCase() !== ctx.env.appCatalogUrl.toLowerCase() || !ctx.user.isSiteAdmin) throw accessDenied();
}

export function storageEntitySet(ctx: ApiContext): EmuResponse {
  requireAppCatalogAdmin(ctx);
  const body = readBody(ctx);
  if (typeof body.key !== 'string' || body.key === '') throw badRequest('The parameter key is missing.');
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  ctx.env.storage.set(body.key, str(body.value), str(body.description), str(body.comments));
  ctx.mutating = true;
  return respond(ctx, 200, nullResult(ctx.apiBase));
}

export function storageEntityRemove(ctx: ApiContext, key: string): EmuResponse {
  requireAppCatalogAdmin(ctx);
  ctx.env.storage.remove(key);
  ctx.mutating = true;
  return respond(ctx, 200, nullResult(ctx.apiBase));
}
