import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { Stack } from '@fluentui/react/lib/Stack';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { resolveMinutesSaved, type MeasuredTaskMinutes } from '../../../../domain/catalogue/minutes';
import type { ISearchHit } from '../../../../domain/catalogue/search';
import type { ICatalogueEntry } from '../../../../domain/catalogue/types';
import { formatDay, formatText } from '../../../../ui/format/text';
import type { CatalogueLayout } from '../../settings';
import { typeName } from './catalogueText';
import { HandlingBadge, Highlighted, minutesText } from './EntryBits';

/** Results painted at first and added by each "Show more": a keystroke never renders a thousand cards. */
export const PAGE_SIZE = 30;

export interface IResultListProps {
  hits: readonly ISearchHit[];
  terms: readonly string[];
  layout: CatalogueLayout;
  helpful: ReadonlyMap<number, number>;
  measured: MeasuredTaskMinutes | undefined;
  locale: string;
  idPrefix: string;
  /** Changes whenever the search does, so paging starts again. */
  searchKey: string;
  onOpen: (entry: ICatalogueEntry) => void;
}

export function entryLinkId(idPrefix: string, id: number): string {
  return `${idPrefix}-result-${id}`;
}

/** The results as cards or a compact list, paged ("Show more"), each title opening the entry. */
export function ResultList(props: IResultListProps): React.ReactElement {
  const { hits, terms, layout, locale, idPrefix } = props;
  const theme = useTheme();
  const [limit, setLimit] = React.useState(PAGE_SIZE);
  const [focusId, setFocusId] = React.useState<string | undefined>(undefined);
  React.useEffect(() => setLimit(PAGE_SIZE), [props.searchKey]);
  React.useEffect(() => {
    if (focusId === undefined) return;
    document.getElementById(focusId)?.focus();
    setFocusId(undefined);
  }, [focusId]);

  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 18rem), 1fr))', gap: 12, listStyle: 'none', margin: 0, padding: 0 },
        card: {
          padding: 12,
          border: `1px solid ${theme.semanticColors.bodyDivider}`,
          borderRadius: 2,
          background: theme.semanticColors.bodyBackground,
          minWidth: 0,
          display: 'flex',
          flexDirection: 'column',
          gap: 6
        },
        rows: { listStyle: 'none', margin: 0, padding: 0 },
        row: { padding: '8px 0', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, minWidth: 0 },
        title: { margin: 0, fontWeight: 600, overflowWrap: 'anywhere' },
        meta: { color: theme.semanticColors.bodySubtext, overflowWrap: 'anywhere' },
        text: { overflowWrap: 'anywhere', margin: 0 }
      }),
    [theme]
  );

  const shown = hits.slice(0, limit);
  const more = hits.length - shown.length;

  const showMore = (): void => {
    const next = hits[limit];
    setLimit(limit + PAGE_SIZE);
    if (next !== undefined) setFocusId(entryLinkId(idPrefix, next.entry.id));
  };

  const facts = (e: ICatalogueEntry): string => {
    const helped = props.helpful.get(e.id) ?? 0;
    const minutes = minutesText(resolveMinutesSaved(e, props.measured));
    return [
      typeName(e.type),
      e.force,
      e.publishedOn !== null ? formatText(strings.CataloguePublishedOn, formatDay(e.publishedOn, locale)) : '',
      helped > 0 ? formatText(helped === 1 ? strings.CatalogueHelpedOne : strings.CatalogueHelpedMany, helped) : '',
      minutes
    ]
      .filter((t) => t !== '')
      .join(' · ');
  };

  const title = (e: ICatalogueEntry): React.ReactElement => (
    <Text as="h4" variant={layout === 'cards' ? 'mediumPlus' : 'medium'} block className={classes.title}>
      <Link id={entryLinkId(idPrefix, e.id)} onClick={() => props.onOpen(e)} styles={{ root: { textAlign: 'left', overflowWrap: 'anywhere' } }}>
        <Highlighted text={e.title} terms={terms} />
      </Link>
    </Text>
  );

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {layout === 'cards' ? (
        <ul className={classes.cards} aria-label={strings.CatalogueResultsLabel} data-layout="cards">
          {shown.map((h) => (
            <li key={h.entry.id} className={classes.card} data-entry={h.entry.id}>
              {title(h.entry)}
              <Text variant="small" block className={classes.meta}>
                {facts(h.entry)}
              </Text>
              {h.entry.summary !== '' ? (
                <Text as="p" block className={classes.text}>
                  <Highlighted text={h.entry.summary} terms={terms} />
                </Text>
              ) : null}
              <div>
                <HandlingBadge label={h.entry.handling} short />
              </div>
              {h.entry.products.length > 0 ? (
                <Text variant="small" block className={classes.meta}>
                  {formatText(strings.CatalogueProductsList, h.entry.products.join(', '))}
                </Text>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <ul className={classes.rows} aria-label={strings.CatalogueResultsLabel} data-layout="list">
          {shown.map((h) => (
            <li key={h.entry.id} className={classes.row} data-entry={h.entry.id}>
              <Stack tokens={{ childrenGap: 4 }}>
                {title(h.entry)}
                <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
                  <HandlingBadge label={h.entry.handling} short />
                  <Text variant="small" className={classes.meta}>
                    {facts(h.entry)}
                  </Text>
                </Stack>
              </Stack>
            </li>
          ))}
        </ul>
      )}
      {more > 0 ? (
        <div>
          <DefaultButton
            text={formatText(strings.CatalogueShowMore, Math.min(more, PAGE_SIZE))}
            ariaLabel={formatText(strings.CatalogueShowMoreOf, Math.min(more, PAGE_SIZE), hits.length)}
            onClick={showMore}
          />
        </div>
      ) : null}
    </Stack>
  );
}
