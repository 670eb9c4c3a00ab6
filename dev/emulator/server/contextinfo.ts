import type { ApiContext } from './context';
import { RestError, type EmuResponse } from './http-types';
import { respond } from './respond';

/**
 * `POST <web>/_api/contextinfo`: a fresh form digest for the caller. POST only, like SharePoint;
 * the answer is flat at the top level because PnPjs's RequestDigest reads it with a raw JSON parse.
 */
export function contextInfo(ctx: ApiContext): EmuResponse {
  if (ctx.req.method !== 'POST') {
    throw new RestError(
      405,
      '-1, Microsoft.SharePoint.Client.ClientServiceException',
      "The HTTP method 'GET' cannot be used to access the resource 'GetContextWebInformation'. The operation type of the resource is specified as 'Default'. Please use correct HTTP method to invoke the resource."
    );
  }
  const now = ctx.env.clock.now();
  const value = ctx.env.digest.issue(ctx.req.userUpn, now);
  const siteUrl = `${ctx.origin}${ctx.site.siteUrl}`;
  const verbose = /odata=verbose/i.test(ctx.req.headers.accept ?? '');
  const info = {
    FormDigestTimeoutSeconds: ctx.env.digest.timeoutSeconds,
    FormDigestValue: value,
    LibraryVersion: '16.0.25000.12000',
    SiteFullUrl: siteUrl,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: ctx.webAbs
  };
  if (verbose) {
    return respond(ctx, 200, { 'odata.type': 'SP.ContextWebInformation', 'odata.id': `${ctx.apiBase}contextinfo`, 'odata.editLink': 'contextinfo', GetContextWebInformation: { 'odata.type': 'SP.ContextWebInformation', 'odata.id': '', 'odata.editLink': '', ...info } }, { dataserviceversion: '3.0' });
  }
  return respond(ctx, 200, { 'odata.metadata': `${ctx.apiBase}$metadata#SP.ContextWebInformation`, ...info }, { dataserviceversion: '3.0' });
}
