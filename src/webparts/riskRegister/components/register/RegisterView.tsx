import * as React from 'react';
import { ActionButton, DefaultButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import { filterRegister, isJoint, scoreText, sortRegister, type ForceView, type IRegisterEntry, type IRegisterSort, type Rag } from '../../../../domain/risks';
import { RISK_CATEGORIES } from '../../../../lists/risks';
import { CsvActions } from '../../../../ui/export/CsvActions';
import { csvFileName, type CsvCell } from '../../../../ui/export/csv';
import { formatText } from '../../../../ui/format/text';
import { categoryName, escalationName, likelihoodName, impactName, measureName, ragName, statusName } from '../risk/riskText';
import { directionText, RegisterTable } from './RegisterTable';
import { emptyFilter, filtersSet, ownersOf, toRegisterFilter, viewScores, type ICellFilter, type IRegisterFilterState, type StatusFilter } from './registerModel';
import type { IHistories } from './useHistories';

export interface IRegisterViewProps {
  /** Every risk in the register (built once by the part). */
  entries: readonly IRegisterEntry[];
  view: ForceView;
  /** The view's name, for the caption and the export's file name. */
  viewName: string;
  filter: IRegisterFilterState;
  onFilterChange: (filter: IRegisterFilterState) => void;
  cell: ICellFilter | undefined;
  onClearCell: () => void;
  sort: IRegisterSort;
  onSort: (sort: IRegisterSort) => void;
  histories: IHistories;
  today: string;
  locale: string;
  idPrefix: string;
  onOpen: (riskId: number) => void;
  /** Hide the filters (the heat map's list of a cell's risks uses the same table). */
  compact?: boolean;
}

/** "Showing cell likelihood 4, impact 5 (current score)". */
export function cellText(cell: ICellFilter): string {
  return formatText(strings.RiskCellShowing, likelihoodName(cell.likelihood), impactName(cell.impact), measureName(cell.measure).toLowerCase());
}

const RAGS: ReadonlyArray<Rag | 'unscored'> = ['red', 'redAmber', 'amber', 'green', 'unscored'];
const STATUSES: readonly StatusFilter[] = ['active', 'open', 'proposed', 'closed', 'all'];

function statusFilterName(s: StatusFilter): string {
  switch (s) {
    case 'active':
      return strings.RiskFilterStatusActive;
    case 'all':
      return strings.RiskFilterStatusAll;
    default:
      return statusName(s);
  }
}

/** The register's rows as CSV (the view's scores; joint risks' per-force scores in one cell). */
export function registerCsv(entries: readonly IRegisterEntry[], view: ForceView, histories: IHistories): { headers: string[]; rows: CsvCell[][] } {
  const headers = [
    strings.RiskFieldReference,
    strings.RiskFieldTitle,
    strings.RiskFieldKind,
    strings.RiskColTopic,
    strings.RiskColForce,
    strings.RiskColOwner,
    strings.RiskColStatus,
    strings.RiskCsvCurrentLikelihood,
    strings.RiskCsvCurrentImpact,
    strings.RiskCsvCurrentScore,
    strings.RiskCsvCurrentRag,
    strings.RiskCsvDirection,
    strings.RiskCsvForceScores,
    strings.RiskCsvDifference,
    strings.RiskCsvInherent,
    strings.RiskCsvTarget,
    strings.RiskFieldReviewDate,
    strings.RiskFlagReviewOverdue,
    strings.RiskFlagOutOfAppetite,
    strings.RiskFieldEscalation,
    strings.RiskCsvOverdueActions
  ];
  const rows = entries.map((e): CsvCell[] => {
    const s = viewScores(e, view);
    return [
      e.risk.reference,
      e.risk.title,
      e.risk.kind,
      categoryName(e.risk.category),
      e.risk.force,
      s.owner,
      statusName(e.risk.status),
      s.current?.likelihood ?? null,
      s.current?.impact ?? null,
      s.current === null ? null : s.current.likelihood * s.current.impact,
      ragName(s.currentRag),
      directionText(e, histories.of(e), view).text,
      isJoint(e.risk) ? e.exposures.map((x) => `${x.force} ${scoreText(x.current)}`).join('; ') : '',
      e.divergence !== null ? e.divergence.difference : null,
      scoreText(s.inherent),
      scoreText(s.target),
      e.risk.reviewDate,
      e.reviewOverdue ? strings.RiskYes : strings.RiskNo,
      s.outOfAppetite ? strings.RiskYes : strings.RiskNo,
      escalationName(e.risk.escalation),
      e.overdueActions
    ];
  });
  return { headers, rows };
}

/**
 * The register: filters (topic, force, owner, RAG, status, overdue review, out of appetite, escalated,
 * forces differing, and free text), the count of what is shown in a live region, CSV export, and the
 * sortable table. A heat map cell chosen elsewhere narrows it further and says so, with a way to clear it.
 */
export function RegisterView(props: IRegisterViewProps): React.ReactElement {
  const { filter, view, idPrefix, cell } = props;
  const set = (patch: Partial<IRegisterFilterState>): void => props.onFilterChange({ ...filter, ...patch });

  const shown = React.useMemo(() => sortRegister(filterRegister(props.entries, toRegisterFilter(filter, view, cell)), props.sort, view), [props.entries, filter, view, cell, props.sort]);
  const { want } = props.histories;
  React.useEffect(() => want(shown), [want, shown]);
  const inView = React.useMemo(() => filterRegister(props.entries, { view }).length, [props.entries, view]);
  const owners = React.useMemo(() => ownersOf(props.entries), [props.entries]);
  const forces = React.useMemo(() => Array.from(new Set(props.entries.map((e) => e.risk.force))).sort(), [props.entries]);

  const all = (text: string): IDropdownOption => ({ key: '', text });
  const topicOptions: IDropdownOption[] = [all(strings.RiskFilterAllTopics), ...RISK_CATEGORIES.map((c) => ({ key: c, text: categoryName(c) }))];
  const forceOptions: IDropdownOption[] = [all(strings.RiskFilterAllForces), ...forces.map((f) => ({ key: f, text: f }))];
  const ownerOptions: IDropdownOption[] = [all(strings.RiskFilterAllOwners), ...owners.map((o) => ({ key: o, text: o }))];
  const ragOptions: IDropdownOption[] = [all(strings.RiskFilterAllRags), ...RAGS.map((r) => ({ key: r, text: r === 'unscored' ? strings.RiskUnscored : ragName(r) }))];
  const statusOptions: IDropdownOption[] = STATUSES.map((s) => ({ key: s, text: statusFilterName(s) }));
  const dropdownStyles = { root: { minWidth: 160, maxWidth: '100%', flex: '1 1 160px' } };

  const count = shown.length;
  const countText = count === 0 ? formatText(strings.RiskCountNone, inView) : formatText(count === 1 ? strings.RiskCountOne : strings.RiskCountMany, count, inView);
  const csv = (): CsvCell[][] => registerCsv(shown, view, props.histories).rows;
  const caption = formatText(strings.RiskTableCaption, props.viewName);

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {props.compact !== true ? (
        <section aria-labelledby={`${idPrefix}-filters-heading`}>
          <Stack tokens={{ childrenGap: 8 }}>
            <Text as="h3" id={`${idPrefix}-filters-heading`} variant="large" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
              {strings.RiskFiltersHeading}
            </Text>
            <SearchBox
              placeholder={strings.RiskSearchPlaceholder}
              ariaLabel={strings.RiskSearchLabel}
              value={filter.text}
              onChange={(_e, v) => set({ text: v ?? '' })}
              onClear={() => set({ text: '' })}
              styles={{ root: { maxWidth: 480 } }}
            />
            <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }}>
              <Dropdown label={strings.RiskFilterTopic} options={topicOptions} selectedKey={filter.topic} onChange={(_e, o) => o !== undefined && set({ topic: o.key as IRegisterFilterState['topic'] })} styles={dropdownStyles} />
              <Dropdown label={strings.RiskFilterForce} options={forceOptions} selectedKey={filter.force} onChange={(_e, o) => o !== undefined && set({ force: String(o.key) })} styles={dropdownStyles} />
              <Dropdown label={strings.RiskFilterOwner} options={ownerOptions} selectedKey={filter.owner} onChange={(_e, o) => o !== undefined && set({ owner: String(o.key) })} styles={dropdownStyles} />
              <Dropdown label={strings.RiskFilterRag} options={ragOptions} selectedKey={filter.rag} onChange={(_e, o) => o !== undefined && set({ rag: o.key as IRegisterFilterState['rag'] })} styles={dropdownStyles} />
              <Dropdown label={strings.RiskFilterStatus} options={statusOptions} selectedKey={filter.status} onChange={(_e, o) => o !== undefined && set({ status: o.key as StatusFilter })} styles={dropdownStyles} />
            </Stack>
            <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
              <Checkbox label={strings.RiskFilterOverdueReview} checked={filter.overdueReview} onChange={(_e, v) => set({ overdueReview: v === true })} />
              <Checkbox label={strings.RiskFilterOutOfAppetite} checked={filter.outOfAppetite} onChange={(_e, v) => set({ outOfAppetite: v === true })} />
              <Checkbox label={strings.RiskFilterEscalated} checked={filter.escalated} onChange={(_e, v) => set({ escalated: v === true })} />
              <Checkbox label={strings.RiskFilterDivergent} checked={filter.divergent} onChange={(_e, v) => set({ divergent: v === true })} />
            </Stack>
            {filtersSet(filter) > 0 ? (
              <div>
                <ActionButton iconProps={{ iconName: 'ClearFilter' }} onClick={() => props.onFilterChange(emptyFilter())}>
                  {strings.RiskFilterClear}
                </ActionButton>
              </div>
            ) : null}
          </Stack>
        </section>
      ) : null}

      {cell !== undefined ? (
        <MessageBar
          messageBarType={MessageBarType.info}
          isMultiline
          actions={
            <DefaultButton ariaLabel={formatText(strings.RiskCellClearOf, cellText(cell))} onClick={props.onClearCell}>
              {strings.RiskCellClear}
            </DefaultButton>
          }
        >
          {cellText(cell)}
        </MessageBar>
      ) : null}

      <Stack horizontal wrap verticalAlign="center" horizontalAlign="space-between" tokens={{ childrenGap: 8 }}>
        <Text role="status" aria-live="polite" block data-register-count>
          {countText}
        </Text>
        <CsvActions label={caption} fileName={csvFileName('risk-register', props.viewName, props.today)} headers={registerCsv([], view, props.histories).headers} rows={csv} />
      </Stack>

      {count > 0 ? (
        <RegisterTable
          caption={caption}
          entries={shown}
          view={view}
          sort={props.sort}
          onSort={props.onSort}
          history={props.histories.of}
          locale={props.locale}
          idPrefix={idPrefix}
          onOpen={props.onOpen}
        />
      ) : (
        <MessageBar messageBarType={MessageBarType.info}>{strings.RiskNothingMatches}</MessageBar>
      )}
    </Stack>
  );
}
