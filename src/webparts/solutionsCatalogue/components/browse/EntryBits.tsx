/** Small pieces every catalogue view shares: highlighted text, the data-handling label, minutes saved. */
import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { highlightRanges } from '../../../../domain/catalogue/text';
import type { IMinutesSaved } from '../../../../domain/catalogue/minutes';
import type { HandlingLabel } from '../../../../domain/catalogue/types';
import { formatText } from '../../../../ui/format/text';
import { handlingName, handlingShortName } from './catalogueText';

export interface IHighlightedProps {
  text: string;
  /** The folded query words (`searchCatalogue`'s `terms`). */
  terms: readonly string[];
}

/** Text with the words that matched the search marked (bold as well as coloured, so not by colour alone). */
export function Highlighted(props: IHighlightedProps): React.ReactElement {
  const theme = useTheme();
  const mark = React.useMemo(
    () => mergeStyles({ backgroundColor: theme.palette.themeLighter, color: 'inherit', fontWeight: 600, padding: 0, selectors: { '@media (forced-colors: active)': { backgroundColor: 'Mark', color: 'MarkText' } } }),
    [theme]
  );
  const ranges = React.useMemo(() => highlightRanges(props.text, props.terms), [props.text, props.terms]);
  if (ranges.length === 0) return <>{props.text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  ranges.forEach((r, i) => {
    if (r.start > at) parts.push(props.text.slice(at, r.start));
    parts.push(
      <mark key={i} className={mark}>
        {props.text.slice(r.start, r.end)}
      </mark>
    );
    at = r.end;
  });
  if (at < props.text.length) parts.push(props.text.slice(at));
  return <>{parts}</>;
}

const LABEL_ICONS: Readonly<Record<HandlingLabel, string>> = { green: 'CompletedSolid', amber: 'WarningSolid', red: 'BlockedSolid' };

/** The data-handling label as a badge: its name in words, an icon and a coloured edge. */
export function HandlingBadge(props: { label: HandlingLabel; short?: boolean }): React.ReactElement {
  const theme = useTheme();
  const colour = props.label === 'green' ? theme.semanticColors.successIcon : props.label === 'amber' ? theme.semanticColors.warningIcon : theme.semanticColors.errorIcon;
  const className = React.useMemo(
    () =>
      mergeStyles({
        display: 'inline-flex',
        alignItems: 'center',
        gap: 4,
        padding: '1px 6px',
        border: `1px solid ${theme.semanticColors.bodyDivider}`,
        borderLeft: `4px solid ${colour}`,
        borderRadius: 2,
        fontSize: 12,
        lineHeight: '18px',
        color: theme.semanticColors.bodyText,
        background: theme.semanticColors.bodyBackground,
        maxWidth: '100%',
        overflowWrap: 'anywhere'
      }),
    [theme, colour]
  );
  return (
    <span className={className} data-handling={props.label}>
      <Icon iconName={LABEL_ICONS[props.label]} aria-hidden="true" styles={{ root: { color: colour } }} />
      <span>{props.short === true ? formatText(strings.CatalogueLabelShort, handlingShortName(props.label)) : handlingName(props.label)}</span>
    </span>
  );
}

/** "15 minutes per use (estimate)" and the like; '' when nothing is known. */
export function minutesText(m: IMinutesSaved): string {
  if (m.perUse === null) return '';
  if (m.basis === 'measured') return formatText(m.perUse < 0 ? strings.CatalogueMinutesMeasuredLoss : strings.CatalogueMinutesMeasured, Math.abs(m.perUse));
  return formatText(strings.CatalogueMinutesEstimated, m.perUse);
}
