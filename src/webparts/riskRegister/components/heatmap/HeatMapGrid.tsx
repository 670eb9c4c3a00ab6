import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { hiddenContentStyle, HighContrastSelector, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { LEVELS, type IHeatMap, type IHeatMapCell, type Level } from '../../../../domain/risks';
import { formatText } from '../../../../ui/format/text';
import { ragColours } from '../risk/RagBadge';
import { impactName, likelihoodName, ragName } from '../risk/riskText';

export interface IHeatMapGridProps {
  map: IHeatMap;
  /** The grid's accessible name (measure and view). */
  label: string;
  selected: { likelihood: Level; impact: Level } | undefined;
  onSelect: (cell: IHeatMapCell) => void;
  idPrefix: string;
}

/** "Likelihood 4, impact 5: 3 risks, red" — what a screen reader says on a cell. */
export function cellLabel(cell: IHeatMapCell): string {
  const count = cell.count === 0 ? strings.RiskHeatNoRisks : formatText(cell.count === 1 ? strings.RiskHeatOneRisk : strings.RiskHeatManyRisks, cell.count);
  return formatText(strings.RiskHeatCellLabel, cell.likelihood, cell.impact, count, ragName(cell.rag).toLowerCase());
}

/** The DOM id of a cell (tests and focus). */
export function heatCellId(idPrefix: string, likelihood: number, impact: number): string {
  return `${idPrefix}-cell-${likelihood}-${impact}`;
}

/**
 * The 5×5 grid as an ARIA grid (a table): likelihood 5 at the top down to 1, impact 1 on the left to 5.
 * One cell is in the tab order at a time; the arrow keys move between cells, Home and End to a row's ends,
 * Page Up and Page Down to the top and bottom rows, Control+Home and Control+End to the corners, and Enter
 * or Space chooses the cell. Each cell says its likelihood, impact, count and RAG band in words; the fill
 * colour only repeats the band.
 */
export function HeatMapGrid(props: IHeatMapGridProps): React.ReactElement {
  const { map, idPrefix, selected } = props;
  const theme = useTheme();
  // Row 0 is likelihood 5; column 0 is impact 1 (as `map.rows`).
  const [position, setPosition] = React.useState<{ row: number; col: number }>(() => (selected !== undefined ? { row: 5 - selected.likelihood, col: selected.impact - 1 } : { row: 0, col: 4 }));
  const moved = React.useRef(false);

  React.useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const cell = map.rows[position.row][position.col];
    document.getElementById(heatCellId(idPrefix, cell.likelihood, cell.impact))?.focus();
  }, [position, map, idPrefix]);

  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        table: { borderCollapse: 'separate', borderSpacing: 3, width: '100%', maxWidth: 640, tableLayout: 'fixed', color: theme.semanticColors.bodyText },
        axis: { fontWeight: 600, fontSize: 12, padding: 2, textAlign: 'center', verticalAlign: 'bottom', overflowWrap: 'anywhere' },
        rowAxis: { fontWeight: 600, fontSize: 12, padding: 2, textAlign: 'right', overflowWrap: 'anywhere', width: '24%' },
        cell: {
          height: 56,
          padding: 2,
          textAlign: 'center',
          verticalAlign: 'middle',
          cursor: 'pointer',
          border: `1px solid ${theme.semanticColors.bodyDivider}`,
          outline: 'none',
          position: 'relative',
          selectors: {
            ':focus': { outline: `2px solid ${theme.semanticColors.focusBorder}`, outlineOffset: 1 },
            [HighContrastSelector]: { background: 'Canvas', color: 'CanvasText', border: '1px solid CanvasText', forcedColorAdjust: 'none' },
            [`${HighContrastSelector} :focus`]: { outline: '2px solid Highlight' }
          }
        },
        selected: {
          border: `3px solid ${theme.semanticColors.bodyText}`,
          selectors: { [HighContrastSelector]: { border: '3px solid Highlight' } }
        },
        count: { display: 'block', fontSize: 18, fontWeight: 600, lineHeight: '22px' },
        rag: { display: 'block', fontSize: 11, lineHeight: '14px', overflowWrap: 'anywhere' },
        tick: { position: 'absolute', top: 2, right: 2, fontSize: 12 },
        hidden: hiddenContentStyle
      }),
    [theme]
  );

  const move = (row: number, col: number): void => {
    moved.current = true;
    setPosition({ row: Math.max(0, Math.min(4, row)), col: Math.max(0, Math.min(4, col)) });
  };

  const onKeyDown = (e: React.KeyboardEvent, cell: IHeatMapCell, row: number, col: number): void => {
    switch (e.key) {
      case 'ArrowUp':
        move(row - 1, col);
        break;
      case 'ArrowDown':
        move(row + 1, col);
        break;
      case 'ArrowLeft':
        move(row, col - 1);
        break;
      case 'ArrowRight':
        move(row, col + 1);
        break;
      case 'Home':
        move(e.ctrlKey ? 0 : row, 0);
        break;
      case 'End':
        move(e.ctrlKey ? 4 : row, 4);
        break;
      case 'PageUp':
        move(0, col);
        break;
      case 'PageDown':
        move(4, col);
        break;
      case 'Enter':
      case ' ':
      case 'Spacebar':
        props.onSelect(cell);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const helpId = `${idPrefix}-help`;

  return (
    <div>
      <p id={helpId} style={{ margin: '0 0 8px', overflowWrap: 'anywhere' }}>
        {strings.RiskHeatHelp}
      </p>
      <table role="grid" aria-label={props.label} aria-describedby={helpId} className={classes.table}>
        <thead>
          <tr role="row">
            <th role="columnheader" scope="col" className={classes.axis} style={{ width: '24%' }}>
              <span aria-hidden="true">{strings.RiskHeatCorner}</span>
              <span className={classes.hidden}>{strings.RiskHeatCornerLabel}</span>
            </th>
            {LEVELS.map((impact) => (
              <th key={impact} role="columnheader" scope="col" className={classes.axis}>
                {impactName(impact)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.rows.map((cells, row) => (
            <tr key={cells[0].likelihood} role="row">
              <th role="rowheader" scope="row" className={classes.rowAxis}>
                {likelihoodName(cells[0].likelihood)}
              </th>
              {cells.map((cell, col) => {
                const isSelected = selected !== undefined && selected.likelihood === cell.likelihood && selected.impact === cell.impact;
                const colours = ragColours(theme, cell.rag);
                return (
                  <td
                    key={cell.impact}
                    id={heatCellId(idPrefix, cell.likelihood, cell.impact)}
                    role="gridcell"
                    tabIndex={position.row === row && position.col === col ? 0 : -1}
                    aria-selected={isSelected}
                    aria-label={cellLabel(cell)}
                    data-count={cell.count}
                    className={`${classes.cell}${isSelected ? ` ${classes.selected}` : ''}`}
                    style={{ background: colours.background, color: colours.text, borderLeft: isSelected ? undefined : `4px solid ${colours.border}` }}
                    onClick={() => {
                      setPosition({ row, col });
                      props.onSelect(cell);
                    }}
                    onFocus={() => (position.row !== row || position.col !== col ? setPosition({ row, col }) : undefined)}
                    onKeyDown={(e) => onKeyDown(e, cell, row, col)}
                  >
                    {isSelected ? <Icon iconName="CheckMark" aria-hidden="true" className={classes.tick} /> : null}
                    <span aria-hidden="true" className={classes.count}>
                      {cell.count}
                    </span>
                    <span aria-hidden="true" className={classes.rag}>
                      {ragName(cell.rag)}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
