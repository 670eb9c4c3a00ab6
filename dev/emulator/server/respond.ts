import type { ApiContext } from './context';
import { jsonResponse, type EmuResponse } from './http-types';
import { toVerbose, type JsonObject } from './odata';

/** Sends a minimal-metadata payload, converted to verbose when the caller asked for odata=verbose. */
export function respond(ctx: ApiContext, status: number, payload: JsonObject, headers: Record<string, string> = {}): EmuResponse {
  const verbose = /odata=verbose/i.test(ctx.req.headers.accept ?? '');
  return jsonResponse(ctx.req, status, verbose ? toVerbose(payload, ctx.apiBase) : payload, headers);
}
