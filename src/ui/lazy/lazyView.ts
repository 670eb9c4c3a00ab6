import * as React from 'react';

/** A view kept in its own chunk: the component to render, and a way to start loading it early. */
export interface ILazyView<P> {
  Component: React.LazyExoticComponent<React.ComponentType<P>>;
  /** Starts loading the chunk (once); rendering `Component` later then waits only for what is left. */
  preload: () => void;
}

/**
 * A view loaded on demand, e.g. one tab of a part: only the tab a person opens costs them its code. The
 * part preloads the tab it opens on as it starts, so that chunk arrives while its data is being read
 * rather than after.
 */
export function lazyView<P>(load: () => Promise<React.ComponentType<P>>): ILazyView<P> {
  let loading: Promise<{ default: React.ComponentType<P> }> | undefined;
  const once = (): Promise<{ default: React.ComponentType<P> }> => {
    if (!loading) {
      loading = load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          // A failed chunk (e.g. a dropped connection) is tried again the next time the view is opened.
          loading = undefined;
          throw error;
        }
      );
    }
    return loading;
  };
  return {
    Component: React.lazy(once),
    preload: () => {
      once().catch(() => undefined);
    }
  };
}
