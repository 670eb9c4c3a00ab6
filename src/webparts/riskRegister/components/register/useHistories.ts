import * as React from 'react';
import type { IRiskStore } from '../../../../data/RiskRepository';
import type { IHistoryEntry, IRegisterEntry } from '../../../../domain/risks';
import { historyKey } from './registerModel';

/** A risk's history as far as the register knows it. */
export type HistoryState = IHistoryEntry[] | 'loading' | 'failed';

export interface IHistories {
  of: (entry: IRegisterEntry) => HistoryState;
  /** The rows shown now: their histories are read in this order (rows no longer shown are not read). */
  want: (entries: readonly IRegisterEntry[]) => void;
  /** Keeps a history read elsewhere (the risk's panel), so the register does not read it again. */
  remember: (entry: IRegisterEntry, history: IHistoryEntry[]) => void;
}

/** Histories read side by side at most: each is one GET per item (the risk and each force's assessment). */
const AT_ONCE = 3;

/**
 * Reads the version history of the risks shown, a few at a time in the order shown, to tell each row's
 * direction of travel: the table paints first and the directions fill in. Each history is kept by the
 * etags it was read at, so a risk is read again only after it changed. A failed read (throttling, no
 * connection) is reported for that row alone and tried again when the row's risk changes.
 */
export function useHistories(store: () => Promise<IRiskStore>): IHistories {
  const cache = React.useRef(new Map<string, IHistoryEntry[] | 'failed'>());
  const pending = React.useRef<IRegisterEntry[]>([]);
  const inFlight = React.useRef(new Set<string>());
  const mounted = React.useRef(true);
  const storeRef = React.useRef(store);
  storeRef.current = store;
  const [version, setVersion] = React.useState(0);

  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const pump = React.useCallback((): void => {
    while (inFlight.current.size < AT_ONCE && pending.current.length > 0) {
      const entry = pending.current.shift() as IRegisterEntry;
      const key = historyKey(entry);
      if (cache.current.has(key) || inFlight.current.has(key)) continue;
      inFlight.current.add(key);
      storeRef.current()
        .then((s) => s.history(entry.risk, entry.assessments))
        .then(
          (history) => cache.current.set(key, history),
          () => cache.current.set(key, 'failed')
        )
        .then(
          () => {
            inFlight.current.delete(key);
            if (!mounted.current) return;
            setVersion((v) => v + 1);
            pump();
          },
          () => undefined
        );
    }
  }, []);

  const want = React.useCallback(
    (entries: readonly IRegisterEntry[]): void => {
      pending.current = entries.filter((e) => !cache.current.has(historyKey(e)));
      pump();
    },
    [pump]
  );

  const remember = React.useCallback((entry: IRegisterEntry, history: IHistoryEntry[]): void => {
    cache.current.set(historyKey(entry), history);
    setVersion((v) => v + 1);
  }, []);

  // A new object when a history arrives, so the tables that show directions paint again.
  return React.useMemo(
    () => ({ of: (entry: IRegisterEntry): HistoryState => cache.current.get(historyKey(entry)) ?? 'loading', want, remember }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- RATIONALE: `version` is what changes when the cache (a ref) does.
    [version, want, remember]
  );
}
