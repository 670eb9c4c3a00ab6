/**
 * Where the suite's data lives. Every part reads and writes one data site: the web part's own setting
 * when an editor set one, otherwise the tenant property (storage entity) an administrator set for the
 * whole organisation — never silently the page's own site, so Teams tabs in any team share one store.
 */
import '@pnp/sp/webs';
import { DataSiteNotConfiguredError, toDataError } from './errors';
import { dataSite, type DataSite, type SPFI } from './sp';

/** The tenant property (on the app catalog) holding the data site's absolute URL. */
export const DATA_SITE_PROPERTY: string = 'M365AdoptionSuite.DataSiteUrl';

export interface IDataSiteSource {
  /** SPFI of the page's (or Teams tab's) own site: storage entities are read through any web. */
  pageSp: SPFI;
  /** Builds an SPFI for another site, with the same pipeline as the page's. */
  spFor: (siteUrl: string) => SPFI;
  /** The web part's data site setting, if an editor set one. */
  override?: string;
}

/** Resolves the data site once per part; later calls share the answer (or the failure, until retried). */
export class DataSiteResolver {
  private pending: Promise<DataSite> | undefined;

  public constructor(private readonly source: IDataSiteSource) {}

  public resolve(): Promise<DataSite> {
    if (!this.pending) {
      this.pending = this.lookUp().catch((error: unknown) => {
        this.pending = undefined;
        throw error;
      });
    }
    return this.pending;
  }

  private async lookUp(): Promise<DataSite> {
    const override = (this.source.override ?? '').trim();
    let url = override;
    if (url === '') {
      try {
        const entity = await this.source.pageSp.web.getStorageEntity(DATA_SITE_PROPERTY);
        url = (entity?.Value ?? '').trim();
      } catch (error) {
        throw await toDataError(error);
      }
    }
    if (url === '') throw new DataSiteNotConfiguredError();
    return dataSite(this.source.spFor(url), url);
  }
}
