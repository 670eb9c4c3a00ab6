import * as React from 'react';
import { HighContrastSelector, mergeStyles, type ITheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { ragOrNull, type IScore, type Rag } from '../../../../domain/risks';
import { ragName } from './riskText';

/**
 * The colours of a RAG band from the theme's semantic colours (so dark themes and Teams' themes get their
 * own), with the band's name always written beside: colour is never the only carrier of meaning. The text
 * on a band is the theme's message text (the colour Fluent pairs with its status backgrounds), not the body
 * text: on a strong section the body text is white and the band fills stay light. In Windows high contrast
 * the fills are dropped and a system-coloured border stays.
 */
export function ragColours(theme: ITheme, rag: Rag | null): { background: string; border: string; text: string } {
  const s = theme.semanticColors;
  switch (rag) {
    case 'red':
      return { background: s.errorBackground, border: s.errorIcon, text: s.messageText };
    case 'redAmber':
      return { background: s.severeWarningBackground, border: s.severeWarningIcon, text: s.messageText };
    case 'amber':
      return { background: s.warningBackground, border: s.warningIcon, text: s.messageText };
    case 'green':
      return { background: s.successBackground, border: s.successIcon, text: s.messageText };
    default:
      return { background: 'transparent', border: s.bodyDivider, text: s.bodyText };
  }
}

export function ragClass(theme: ITheme, rag: Rag | null): string {
  const c = ragColours(theme, rag);
  return mergeStyles({
    display: 'inline-block',
    padding: '0 6px',
    borderRadius: 2,
    background: c.background,
    color: c.text,
    borderLeft: `4px solid ${c.border}`,
    whiteSpace: 'nowrap',
    selectors: { [HighContrastSelector]: { background: 'Canvas', color: 'CanvasText', border: '1px solid CanvasText', forcedColorAdjust: 'none' } }
  });
}

export interface IRagBadgeProps {
  score: IScore | null;
  /** Shown after the band, e.g. "(Kent)". */
  suffix?: string;
}

/** "20 · Red" on the band's colour; "Not scored" without colour. */
export function RagBadge(props: IRagBadgeProps): React.ReactElement {
  const theme = useTheme();
  const rag = ragOrNull(props.score);
  const value = props.score === null ? null : props.score.likelihood * props.score.impact;
  return (
    <span className={ragClass(theme, rag)} data-rag={rag ?? 'unscored'}>
      {value === null ? ragName(null) : `${value} \u00b7 ${ragName(rag)}`}
      {props.suffix !== undefined ? ` ${props.suffix}` : ''}
    </span>
  );
}
