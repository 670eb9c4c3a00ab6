import * as React from 'react';
import { hiddenContentStyle, HighContrastSelector, mergeStyles, type ITheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

export interface ITableStyles {
  cell: React.CSSProperties;
  number: React.CSSProperties;
  head: React.CSSProperties;
  rowHead: React.CSSProperties;
  total: React.CSSProperties;
}

export function tableStyles(theme: ITheme): ITableStyles {
  const cell: React.CSSProperties = { padding: '6px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, textAlign: 'left', verticalAlign: 'top' };
  return {
    cell,
    number: { ...cell, textAlign: 'right', whiteSpace: 'nowrap' },
    head: { ...cell, fontWeight: 600, background: theme.semanticColors.bodyBackground, verticalAlign: 'bottom' },
    rowHead: { ...cell, fontWeight: 400, overflowWrap: 'anywhere' },
    total: { ...cell, fontWeight: 600, overflowWrap: 'anywhere' }
  };
}

export interface ITableFrameProps {
  caption: string;
  children: React.ReactNode;
}

/**
 * A data table with its caption shown above (so it wraps at any width) and kept on the table for screen
 * readers; wide tables scroll inside a focusable, labelled region so the page never scrolls sideways at
 * 320 px.
 */
export function TableFrame(props: ITableFrameProps): React.ReactElement {
  const theme = useTheme();
  return (
    <div>
      <div aria-hidden="true" style={{ fontWeight: 600, padding: '4px 0', overflowWrap: 'anywhere' }}>
        {props.caption}
      </div>
      <div role="region" aria-label={props.caption} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%', color: theme.semanticColors.bodyText }}>
          <caption style={hiddenContentStyle as React.CSSProperties}>{props.caption}</caption>
          {props.children}
        </table>
      </div>
    </div>
  );
}

/**
 * A horizontal bar for a share (0–1): decoration beside the figure that carries the meaning. Theme colours,
 * and system colours in Windows high contrast, where backgrounds would otherwise vanish.
 */
export function ShareBar(props: { share: number }): React.ReactElement {
  const theme = useTheme();
  const track = mergeStyles({
    display: 'inline-block',
    width: 80,
    height: 8,
    marginRight: 8,
    verticalAlign: 'middle',
    background: theme.palette.neutralLighter,
    selectors: { [HighContrastSelector]: { background: 'Canvas', border: '1px solid CanvasText', forcedColorAdjust: 'none' } }
  });
  const fill = mergeStyles({
    display: 'block',
    height: '100%',
    background: theme.palette.themePrimary,
    selectors: { [HighContrastSelector]: { background: 'Highlight', forcedColorAdjust: 'none' } }
  });
  const width = `${Math.max(0, Math.min(1, props.share)) * 100}%`;
  return (
    <span aria-hidden="true" className={track}>
      <span className={fill} style={{ width }} />
    </span>
  );
}
