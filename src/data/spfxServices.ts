/**
 * The data site as a web part reaches it: through the page's SPFx context (its form digest and URLs),
 * the web part's setting or the tenant property. Loaded lazily by the web part classes, so PnPjs is not
 * in the first chunk of a page that only shows a part's heading before its data arrives.
 */
import { DataSiteResolver } from './dataSite';
import { spFromContext, type DataSite, type SpOptions, type SpfxContextLike } from './sp';

const resolvers = new WeakMap<SpfxContextLike, Map<string, DataSiteResolver>>();

/**
 * The part's data site. `events` hears each throttled request's wait (the part's "trying again" line); the
 * first call for a context and setting decides it, as one web part instance has one context.
 */
export function spfxDataSite(context: SpfxContextLike, override: string | undefined, events?: SpOptions['events']): Promise<DataSite> {
  const key = (override ?? '').trim();
  let byOverride = resolvers.get(context);
  if (!byOverride) {
    byOverride = new Map();
    resolvers.set(context, byOverride);
  }
  let resolver = byOverride.get(key);
  if (!resolver) {
    resolver = new DataSiteResolver({ pageSp: spFromContext(context, { events }), spFor: (url) => spFromContext(context, { events }, url), override: key });
    byOverride.set(key, resolver);
  }
  return resolver.resolve();
}
