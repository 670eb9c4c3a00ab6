import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import { filterRegister, heatMap, type ForceView, type IRegisterEntry, type IRegisterSort, type Measure } from '../../../../domain/risks';
import { formatText } from '../../../../ui/format/text';
import { RegisterView } from '../register/RegisterView';
import { toRegisterFilter, type ICellFilter, type IRegisterFilterState } from '../register/registerModel';
import type { IHistories } from '../register/useHistories';
import { impactName, likelihoodName, measureName } from '../risk/riskText';
import { HeatMapGrid } from './HeatMapGrid';

export interface IHeatMapViewProps {
  entries: readonly IRegisterEntry[];
  view: ForceView;
  viewName: string;
  /** The register's filters: the map counts the same risks the register shows (before a cell is chosen). */
  filter: IRegisterFilterState;
  onFilterChange: (filter: IRegisterFilterState) => void;
  measure: Measure;
  onMeasureChange: (measure: Measure) => void;
  cell: ICellFilter | undefined;
  onSelectCell: (cell: ICellFilter) => void;
  onClearCell: () => void;
  onShowInRegister: () => void;
  sort: IRegisterSort;
  onSort: (sort: IRegisterSort) => void;
  histories: IHistories;
  today: string;
  locale: string;
  idPrefix: string;
  onOpen: (riskId: number) => void;
}

const MEASURES: readonly Measure[] = ['current', 'inherent', 'target'];

/**
 * The heat map: the register's risks (its filters applied) counted per likelihood × impact of the chosen
 * score, in the chosen force view. Choosing a cell lists its risks below the map (the register's own
 * table, with a "clear" control) and narrows the register tab the same way.
 */
export function HeatMapView(props: IHeatMapViewProps): React.ReactElement {
  const { view, measure, cell, idPrefix } = props;
  const counted = React.useMemo(() => filterRegister(props.entries, toRegisterFilter(props.filter, view)), [props.entries, props.filter, view]);
  const map = React.useMemo(() => heatMap(counted, measure, view), [counted, measure, view]);
  const options: IChoiceGroupOption[] = MEASURES.map((m) => ({ key: m, text: measureName(m) }));
  const label = formatText(strings.RiskHeatLabel, measureName(measure).toLowerCase(), props.viewName);
  const listHeadingId = `${idPrefix}-cell-heading`;

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <ChoiceGroup
        label={strings.RiskHeatMeasure}
        options={options}
        selectedKey={measure}
        onChange={(_e, o) => o !== undefined && props.onMeasureChange(o.key as Measure)}
        styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '16px' } }}
      />
      <HeatMapGrid
        key={measure}
        map={map}
        label={label}
        selected={cell !== undefined && cell.measure === measure ? cell : undefined}
        onSelect={(c) => props.onSelectCell({ measure, likelihood: c.likelihood, impact: c.impact })}
        idPrefix={`${idPrefix}-grid`}
      />
      <Text block role="status" aria-live="polite">
        {formatText(map.total === 1 ? strings.RiskHeatPlacedOne : strings.RiskHeatPlacedMany, map.total)}
        {map.unscoredIds.length > 0 ? ` ${formatText(map.unscoredIds.length === 1 ? strings.RiskHeatUnscoredOne : strings.RiskHeatUnscoredMany, map.unscoredIds.length, measureName(measure).toLowerCase())}` : ''}
      </Text>

      {cell !== undefined ? (
        <section aria-labelledby={listHeadingId}>
          <Stack tokens={{ childrenGap: 8 }}>
            <Text as="h3" id={listHeadingId} variant="large" block styles={{ root: { margin: 0, fontWeight: 600, overflowWrap: 'anywhere' } }}>
              {formatText(strings.RiskHeatCellHeading, likelihoodName(cell.likelihood), impactName(cell.impact), measureName(cell.measure).toLowerCase())}
            </Text>
            <div>
              <ActionButton iconProps={{ iconName: 'Table' }} onClick={props.onShowInRegister}>
                {strings.RiskHeatShowInRegister}
              </ActionButton>
            </div>
            <RegisterView
              entries={props.entries}
              view={view}
              viewName={props.viewName}
              filter={props.filter}
              onFilterChange={props.onFilterChange}
              cell={cell}
              onClearCell={props.onClearCell}
              sort={props.sort}
              onSort={props.onSort}
              histories={props.histories}
              today={props.today}
              locale={props.locale}
              idPrefix={`${idPrefix}-list`}
              onOpen={props.onOpen}
              compact
            />
          </Stack>
        </section>
      ) : null}
    </Stack>
  );
}
