import * as React from 'react';
import { ActionButton, DefaultButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Stack } from '@fluentui/react/lib/Stack';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import { minutesPerUseById, type MeasuredTaskMinutes } from '../../../../domain/catalogue/minutes';
import { buildCatalogueIndex, FACET_KEYS, searchCatalogue, type CatalogueSort, type FacetKey, type FacetSelection } from '../../../../domain/catalogue/search';
import { queryTerms } from '../../../../domain/catalogue/text';
import type { EntryType, ICatalogueEntry } from '../../../../domain/catalogue/types';
import { formatText } from '../../../../ui/format/text';
import type { CatalogueLayout } from '../../settings';
import { sortName } from './catalogueText';
import { FacetFilters } from './FacetFilters';
import { ResultList } from './ResultList';

export type TypeFilter = 'all' | EntryType;

export interface IBrowseViewProps {
  /** Published entries (retired ones are in the list but never shown here). */
  entries: readonly ICatalogueEntry[];
  helpful: ReadonlyMap<number, number>;
  measured: MeasuredTaskMinutes | undefined;
  /** Facet values selected when the view opens (the part's default filters). */
  initialFacets: FacetSelection;
  layout: CatalogueLayout;
  locale: string;
  idPrefix: string;
  onOpen: (entry: ICatalogueEntry) => void;
}

const SORTS: readonly CatalogueSort[] = ['relevance', 'newest', 'mostHelpful', 'mostTimeSaved'];

/**
 * Browse and find: search as you type over the index built once per load, facets with counts, type
 * filter, sort and the results. Every keystroke searches synchronously and paints at once (no debounce);
 * only the first page of results is rendered. The count is a polite live region.
 */
export function BrowseView(props: IBrowseViewProps): React.ReactElement {
  const { entries, idPrefix } = props;
  const [query, setQuery] = React.useState('');
  const [facets, setFacets] = React.useState<FacetSelection>(props.initialFacets);
  const [type, setType] = React.useState<TypeFilter>('all');
  const [sort, setSort] = React.useState<CatalogueSort | undefined>(undefined);
  const [filtersShown, setFiltersShown] = React.useState(true);

  const index = React.useMemo(() => buildCatalogueIndex(entries), [entries]);
  const minutes = React.useMemo(() => minutesPerUseById(entries, props.measured), [entries, props.measured]);
  // "Best match" needs words to match; without them the search sorts by newest, and so does the box.
  const effectiveSort = sort === 'relevance' && queryTerms(query).length === 0 ? undefined : sort;
  const result = React.useMemo(
    () => searchCatalogue(index, { query, facets, types: type === 'all' ? [] : [type], sort: effectiveSort }, { helpfulCounts: props.helpful, minutesPerUse: minutes }),
    [index, query, facets, type, effectiveSort, props.helpful, minutes]
  );
  const shownSort: CatalogueSort = result.sort;
  const searchKey = `${query}|${JSON.stringify(facets)}|${type}|${shownSort}`;
  const selectedCount = FACET_KEYS.reduce((n, k) => n + (facets[k] ?? []).length, 0);

  const toggle = (key: FacetKey, value: string, selected: boolean): void => {
    setFacets((f) => {
      const current = f[key] ?? [];
      const next = selected ? (current.indexOf(value) >= 0 ? current : [...current, value]) : current.filter((v) => v !== value);
      return { ...f, [key]: next };
    });
  };

  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        layout: { display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' },
        filters: { flex: '1 1 14rem', maxWidth: '100%', minWidth: 0 },
        results: { flex: '999 1 20rem', minWidth: 0 }
      }),
    []
  );

  const typeOptions: IChoiceGroupOption[] = [
    { key: 'all', text: strings.CatalogueTypeAll },
    { key: 'useCase', text: strings.CatalogueTypeUseCases },
    { key: 'faq', text: strings.CatalogueTypeFaqs }
  ];
  const sortOptions: IDropdownOption[] = SORTS.filter((s) => s !== 'relevance' || result.terms.length > 0).map((s) => ({ key: s, text: sortName(s) }));
  const count = result.hits.length;
  const countText = count === 0 ? strings.CatalogueResultsNone : formatText(count === 1 ? strings.CatalogueResultsOne : strings.CatalogueResultsMany, count.toLocaleString(props.locale));
  const filtersId = `${idPrefix}-filters`;

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Stack tokens={{ childrenGap: 12 }}>
        <SearchBox
          placeholder={strings.CatalogueSearchPlaceholder}
          ariaLabel={strings.CatalogueSearchLabel}
          value={query}
          onChange={(_e, v) => setQuery(v ?? '')}
          onClear={() => setQuery('')}
          styles={{ root: { maxWidth: 640 } }}
        />
        <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 16 }}>
          <ChoiceGroup
            label={strings.CatalogueTypeLabel}
            options={typeOptions}
            selectedKey={type}
            onChange={(_e, o) => o !== undefined && setType(o.key as TypeFilter)}
            styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '16px' } }}
          />
          <Dropdown
            label={strings.CatalogueSortLabel}
            options={sortOptions}
            selectedKey={shownSort}
            onChange={(_e, o) => o !== undefined && setSort(o.key as CatalogueSort)}
            styles={{ root: { minWidth: 180, maxWidth: '100%' } }}
          />
        </Stack>
      </Stack>

      <div className={classes.layout}>
        <section className={classes.filters} aria-labelledby={`${filtersId}-heading`}>
          <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
            <Text as="h3" id={`${filtersId}-heading`} variant="large" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
              {strings.CatalogueFiltersHeading}
            </Text>
            <ActionButton
              iconProps={{ iconName: filtersShown ? 'ChevronUp' : 'ChevronDown' }}
              aria-expanded={filtersShown}
              aria-controls={filtersId}
              onClick={() => setFiltersShown(!filtersShown)}
            >
              {filtersShown ? strings.CatalogueFiltersHide : strings.CatalogueFiltersShow}
            </ActionButton>
            {selectedCount > 0 ? (
              <DefaultButton
                text={formatText(strings.CatalogueFiltersClear, selectedCount)}
                onClick={() => setFacets({})}
              />
            ) : null}
          </Stack>
          <div id={filtersId} hidden={!filtersShown} style={{ paddingTop: 8 }}>
            <FacetFilters facets={result.facets} selection={facets} onToggle={toggle} idPrefix={idPrefix} />
          </div>
        </section>

        <section className={classes.results} aria-labelledby={`${idPrefix}-results-heading`}>
          <Stack tokens={{ childrenGap: 12 }}>
            <Text as="h3" id={`${idPrefix}-results-heading`} variant="large" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
              {strings.CatalogueResultsHeading}
            </Text>
            <div role="status" aria-live="polite" aria-atomic="true" data-results-count={count}>
              <Text>{countText}</Text>
            </div>
            {count === 0 && (query.trim() !== '' || selectedCount > 0 || type !== 'all') ? (
              <Text block>{strings.CatalogueResultsNoneHint}</Text>
            ) : null}
            <ResultList
              hits={result.hits}
              terms={result.terms}
              layout={props.layout}
              helpful={props.helpful}
              measured={props.measured}
              locale={props.locale}
              idPrefix={idPrefix}
              searchKey={searchKey}
              onOpen={props.onOpen}
            />
          </Stack>
        </section>
      </div>
    </Stack>
  );
}
