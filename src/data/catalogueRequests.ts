/**
 * Sending a question to the champions and a poor-output report, so that a person who presses "try
 * again" never makes two items.
 *
 * `CatalogueRepository.ask` and `reportPoorOutput` already resolve a lost answer within one call (the
 * create carries a client id and is looked up). What they cannot know is that the person is retrying an
 * earlier call whose outcome stayed unknown (or that failed after SharePoint committed it). So the form
 * keeps one client id per thing typed, and a retry first looks that id up: found, it is the item already
 * made; not found, it is created under the same id.
 */
import type { IChampionQuestion, IPoorOutputReport } from '../domain/catalogue/types';
import { ChampionQuestionsList, PoorOutputReportsList } from '../lists/catalogue';
import { CatalogueRepository, questionFromItem, reportFromItem, type IAsker, type ICatalogueRepositoryOptions, type IPoorOutputInput } from './CatalogueRepository';
import type { DataSite } from './sp';
import { findByClientIds } from './writes';

export interface IOnce {
  /** The same for every attempt at the same question or report (at most 64 characters). */
  clientId: string;
  /** True after an attempt that may have reached SharePoint: look the client id up before creating. */
  mayExist: boolean;
}

function repositoryFor(site: DataSite, clientId: string, options: ICatalogueRepositoryOptions): CatalogueRepository {
  return new CatalogueRepository(site, { ...options, write: { ...options.write, newId: () => clientId } });
}

/** "Ask a champion", at most once per client id. */
export async function askOnce(site: DataSite, question: string, asker: IAsker, once: IOnce, options: ICatalogueRepositoryOptions = {}): Promise<IChampionQuestion> {
  if (once.mayExist) {
    const found = (await findByClientIds(site, ChampionQuestionsList, [once.clientId], options.write)).get(once.clientId);
    if (found !== undefined) return questionFromItem(found);
  }
  return repositoryFor(site, once.clientId, options).ask(question, asker);
}

/** A poor-output report, at most once per client id. */
export async function reportPoorOutputOnce(site: DataSite, input: IPoorOutputInput, once: IOnce, options: ICatalogueRepositoryOptions = {}): Promise<IPoorOutputReport> {
  if (once.mayExist) {
    const found = (await findByClientIds(site, PoorOutputReportsList, [once.clientId], options.write)).get(once.clientId);
    if (found !== undefined) return reportFromItem(found);
  }
  return repositoryFor(site, once.clientId, options).reportPoorOutput(input);
}
