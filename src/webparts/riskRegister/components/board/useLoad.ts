import * as React from 'react';
import { errorMessage } from '../../../../ui/data/errorMessage';

export type Loaded<T> = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; value: T };

/**
 * One read of the board view, run again when its key changes or on `retry`; a late answer for an earlier
 * key (or after the component is gone) is dropped.
 */
export function useLoad<T>(read: () => Promise<T>, key: string): [Loaded<T>, () => void] {
  const [state, setState] = React.useState<Loaded<T>>({ kind: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const reader = React.useRef(read);
  reader.current = read;

  React.useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    reader.current().then(
      (value) => live && setState({ kind: 'ready', value }),
      (error: unknown) => live && setState({ kind: 'failed', message: errorMessage(error) })
    );
    return () => {
      live = false;
    };
  }, [key, attempt]);

  const retry = React.useCallback(() => setAttempt((a) => a + 1), []);
  return [state, retry];
}
