import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { mergeStyles } from '@fluentui/react/lib/Styling';

export interface IHostNoticeProps {
  kind: 'info' | 'error';
  children: React.ReactNode;
}

/**
 * The few messages the host shows before (or instead of) a part: a part that failed, a Suite tab with no
 * part chosen. Styled like Fluent's MessageBar from the theme's semantic colours, but not MessageBar
 * itself: its dismiss Button brings ContextualMenu, Callout and FocusZone (≈ 30 KB gzip) into the first
 * chunk every part on the page waits for. Errors are alerts; information is a status.
 */
export function HostNotice(props: IHostNoticeProps): React.ReactElement {
  const { semanticColors, fonts } = useTheme();
  const error = props.kind === 'error';
  const className = mergeStyles(fonts.small, {
    padding: '8px 12px',
    minHeight: 32,
    boxSizing: 'border-box',
    overflowWrap: 'anywhere',
    color: semanticColors.messageText,
    background: error ? semanticColors.errorBackground : semanticColors.infoBackground,
    borderLeft: `4px solid ${error ? semanticColors.errorIcon : semanticColors.infoIcon}`,
    selectors: { '@media (forced-colors: active)': { border: '1px solid CanvasText', borderLeftWidth: 4 } }
  });
  return (
    <div role={error ? 'alert' : 'status'} className={className}>
      {props.children}
    </div>
  );
}
