import * as React from 'react';

/** A view kept in its own chunk: the component to render, and a way to start loading it early. */
export interface ILazyView<P> {
  Component: React.LazyExoticComponent<React.ComponentType<P>>;
  /** Starts loading the chunk (once); rendering `Component` later then waits only for what is left. */
  preload: () => void;
}

/** A chunk that fails to load (a dropped connection, a CDN blip) is asked for again 1 s and then 3 s later. */
export const CHUNK_RETRY_DELAYS_MS: readonly number[] = [1000, 3000];

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Loads, and after a failure loads again after each delay in turn; the last failure is the outcome. (SPFx's
 * webpack forgets a chunk that failed, so asking again really fetches it again.)
 */
export async function withRetries<T>(load: () => Promise<T>, delays: readonly number[] = CHUNK_RETRY_DELAYS_MS, wait: (ms: number) => Promise<void> = pause): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (delays.length === 0) throw error;
    await wait(delays[0]);
    return withRetries(load, delays.slice(1), wait);
  }
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
      loading = withRetries(load).then(
        (component) => ({ default: component }),
        (error: unknown) => {
          // Still failing after the retries: tried again the next time the view is opened.
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
