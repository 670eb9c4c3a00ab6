import * as React from 'react';
import { TrainingModuleRepository, type IModuleRecord, type ITrainingModuleStore } from '../../../../data/TrainingModuleRepository';
import type { DataSite } from '../../../../data/sp';
import { randomClientId } from '../../../../data/writes';
import { errorMessage } from '../../../../ui/data/errorMessage';

/** How the manager reaches the modules: SharePoint by default, a fake in component tests. */
export type ModuleStoreFactory = (site: DataSite) => ITrainingModuleStore;

export const sharePointModuleStore: ModuleStoreFactory = (site) => new TrainingModuleRepository(site);

/** A fresh id for one "add module" session, so a retried create is made once (see `writes.ts`). */
export const newCreateId: () => string = randomClientId;

export interface IModuleList {
  /** The modules as last read; undefined before the first read succeeds. */
  records: IModuleRecord[] | undefined;
  loading: boolean;
  /** Why the last read failed, in words. */
  error: string | undefined;
  refresh: () => void;
  /** The store on the data site (resolved once per call). */
  store: () => Promise<ITrainingModuleStore>;
}

/**
 * Every module, read once on mount and again on `refresh()` (after a change). The site and factory are
 * read through refs: a caller passing a new arrow function each render must not cause a reload loop.
 */
export function useModuleList(site: () => Promise<DataSite>, factory: ModuleStoreFactory): IModuleList {
  const siteRef = React.useRef(site);
  const factoryRef = React.useRef(factory);
  siteRef.current = site;
  factoryRef.current = factory;
  const [records, setRecords] = React.useState<IModuleRecord[] | undefined>(undefined);
  const [loading, setLoading] = React.useState(true);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [generation, setGeneration] = React.useState(0);

  const store = React.useCallback(async (): Promise<ITrainingModuleStore> => factoryRef.current(await siteRef.current()), []);

  React.useEffect(() => {
    let live = true;
    setLoading(true);
    store()
      .then((s) => s.list())
      .then(
        (list) => {
          if (!live) return;
          setRecords(list);
          setError(undefined);
          setLoading(false);
        },
        (e: unknown) => {
          if (!live) return;
          setError(errorMessage(e));
          setLoading(false);
        }
      );
    return () => {
      live = false;
    };
  }, [store, generation]);

  const refresh = React.useCallback(() => setGeneration((g) => g + 1), []);
  return { records, loading, error, refresh, store };
}
