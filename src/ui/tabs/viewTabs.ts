import type { IPivotStyles } from '@fluentui/react';

/**
 * Styles for every part's row of view tabs (Fluent Pivot with overflowBehavior="menu").
 * The Pivot renders all its tabs before it measures and moves the ones that do not fit into
 * "More views", so on a slow device the row was wider than a 320 px Teams tab for a moment
 * and the page scrolled sideways. Clipping the row (not the panels) keeps the page its width;
 * the clip margin leaves room for the 1 px focus outline of the first and last tab.
 */
export const VIEW_TABS_STYLES: Partial<IPivotStyles> = {
  root: { overflowX: 'clip', overflowClipMargin: '4px' },
};
