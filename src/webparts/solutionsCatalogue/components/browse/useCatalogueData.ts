import * as React from 'react';
import { CatalogueRepository, type ICatalogueRights } from '../../../../data/CatalogueRepository';
import { catalogueTrainingModules, catalogueViewer, latestPublishedResults, type ICatalogueModule, type ICatalogueViewer } from '../../../../data/catalogueViewer';
import type { DataSite } from '../../../../data/sp';
import type { MeasuredTaskMinutes } from '../../../../domain/catalogue/minutes';
import type { ICatalogueEntry, IHelpfulVote } from '../../../../domain/catalogue/types';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { measuredFromPublished } from './measured';

export interface ICatalogueData {
  rights: ICatalogueRights;
  /** False when SharePoint's permissions could not be read: only what everyone may do is offered. */
  rightsChecked: boolean;
  viewer: ICatalogueViewer;
  /** Approved and retired entries (what everyone may browse; retired ones only open by link). */
  published: ICatalogueEntry[];
  votes: IHelpfulVote[];
  /** The survey's measured minutes per task, when published (else estimates only). */
  measured: MeasuredTaskMinutes | undefined;
  /** Training modules for the related-training link; undefined when they could not be read. */
  modules: ICatalogueModule[] | undefined;
}

const NO_RIGHTS: ICatalogueRights = { canApprove: false, readAllQuestions: false, readAllReports: false };
/** Who is looking, when the data site or the directory could not say: no site id (so no "my submissions"), no force. */
const UNKNOWN_VIEWER: ICatalogueViewer = { userId: null, force: '', department: '', displayName: '' };

export type CatalogueDataState = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; data: ICatalogueData };

export interface ICatalogueDataApi {
  state: CatalogueDataState;
  /** Reads everything again. */
  reload: () => void;
  /** Puts an entry as SharePoint now holds it into the published list (or takes it out when it is no longer published). */
  entryChanged: (entry: ICatalogueEntry) => void;
  voteChanged: (vote: IHelpfulVote) => void;
}

/**
 * Everything the catalogue shows, read once per load, side by side: entries, votes, the person's rights
 * and directory record (needed), the survey's measured minutes and the training modules (nice to have:
 * a failure leaves estimates and module codes). Writes update the loaded copy, so the search index is
 * rebuilt only when an entry changes, never per keystroke or per vote.
 */
export function useCatalogueData(dataSite: () => Promise<DataSite>, upn: string, locale: string): ICatalogueDataApi {
  const [state, setState] = React.useState<CatalogueDataState>({ kind: 'loading' });
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    const load = async (): Promise<ICatalogueData> => {
      const site = await dataSite();
      const repository = new CatalogueRepository(site);
      const optional = <T>(p: Promise<T>): Promise<T | undefined> => p.catch(() => undefined);
      // Entries and votes are the catalogue; the rest only adds to it, so a failure there leaves less, not nothing.
      const [rights, viewer, published, votes, results, modules] = await Promise.all([
        optional(repository.rights()),
        optional(catalogueViewer(site, upn)),
        repository.publishedEntries(),
        repository.helpfulVotes(),
        optional(latestPublishedResults(site)),
        optional(catalogueTrainingModules(site))
      ]);
      return {
        rights: rights ?? NO_RIGHTS,
        rightsChecked: rights !== undefined,
        viewer: viewer ?? UNKNOWN_VIEWER,
        published,
        votes,
        measured: measuredFromPublished(results, locale, viewer?.force),
        modules
      };
    };
    load().then(
      (data) => live && setState({ kind: 'ready', data }),
      (error: unknown) => live && setState({ kind: 'failed', message: errorMessage(error) })
    );
    return () => {
      live = false;
    };
  }, [dataSite, upn, locale, attempt]);

  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);

  const entryChanged = React.useCallback((entry: ICatalogueEntry) => {
    setState((s) => {
      if (s.kind !== 'ready') return s;
      const others = s.data.published.filter((e) => e.id !== entry.id);
      const isPublished = entry.state === 'approved' || entry.state === 'retired';
      const at = s.data.published.map((e) => e.id).indexOf(entry.id);
      let published = others;
      if (isPublished) {
        published = [...others];
        published.splice(at >= 0 ? at : published.length, 0, entry);
      }
      return { kind: 'ready', data: { ...s.data, published } };
    });
  }, []);

  const voteChanged = React.useCallback((vote: IHelpfulVote) => {
    setState((s) => {
      if (s.kind !== 'ready') return s;
      const votes = s.data.votes.filter((v) => v.id !== vote.id);
      votes.push(vote);
      return { kind: 'ready', data: { ...s.data, votes } };
    });
  }, []);

  return { state, reload, entryChanged, voteChanged };
}
