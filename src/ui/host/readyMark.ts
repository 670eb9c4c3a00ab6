import * as React from 'react';
import type { PartKey } from '../../webparts/shared/partCatalog';

/**
 * Performance marks that say how long a part takes to show its data (issue 12): `<part>:start` when the
 * web part starts (before its app chunk loads) and `<part>:ready` once its main view's data is painted,
 * plus a `<part>` measure between them. Each is set once per page (the first instance of a part wins), so a
 * re-render, a refresh or a second copy of the part never moves them. They cost a few bytes and nothing
 * reads them in the app: `npm run bench`, DevTools' Performance panel and Microsoft's page diagnostics do.
 */

export const startMark = (part: PartKey): string => `${part}:start`;
export const readyMark = (part: PartKey): string => `${part}:ready`;

/** The page's performance timeline, when it has user timing (not in every test environment). */
function timeline(): Performance | undefined {
  return typeof performance !== 'undefined' && typeof performance.mark === 'function' && typeof performance.getEntriesByName === 'function' ? performance : undefined;
}

function marked(p: Performance, name: string): boolean {
  return p.getEntriesByName(name, 'mark').length > 0;
}

/** Sets `<part>:start` (once): call it when the web part starts, before the part's chunk is requested. */
export function markPartStart(part: PartKey): void {
  const p = timeline();
  if (p && !marked(p, startMark(part))) p.mark(startMark(part));
}

/** Sets `<part>:ready` (once), and the `<part>` measure from its start when there is one. */
export function markPartReady(part: PartKey): void {
  const p = timeline();
  if (!p || marked(p, readyMark(part))) return;
  p.mark(readyMark(part));
  if (marked(p, startMark(part)) && typeof p.measure === 'function') {
    try {
      p.measure(part, startMark(part), readyMark(part));
    } catch {
      // A timeline that cannot measure still has both marks.
    }
  }
}

/**
 * Runs `callback` after the next paint: an animation frame callback runs just before the frame is
 * painted, and a task it queues runs after that. Returns a cancel function.
 */
export function afterPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  const queue = (): void => {
    timer = setTimeout(callback, 0);
  };
  if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(queue);
  else queue();
  return () => {
    if (frame !== undefined && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * Sets `<part>:ready` after the paint that follows `ready` becoming true. Pass true only when the view the
 * part opened on shows its data: a view that is still loading (a spinner) is not ready.
 */
export function usePartReady(part: PartKey, ready: boolean): void {
  // A layout effect runs before the browser paints the commit, so the frame asked for here is the one that
  // paints it (a passive effect can run after that paint, and would wait a frame more).
  React.useLayoutEffect(() => {
    if (!ready) return undefined;
    const p = timeline();
    if (!p || marked(p, readyMark(part))) return undefined;
    return afterPaint(() => markPartReady(part));
  }, [part, ready]);
}
