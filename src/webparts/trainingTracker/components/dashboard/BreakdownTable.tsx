import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { hiddenContentStyle, type ITheme } from '@fluentui/react/lib/Styling';
import * as strings from 'SuiteStrings';
import type { IComplianceRow } from '../../../../domain/training/summary';
import { formatText } from '../../../../ui/format/text';

export type DrillState = 'done' | 'dueSoon' | 'overdue' | 'upcoming';

export interface IBreakdownTableProps {
  caption: string;
  /** The grouping column's heading. */
  groupLabel: string;
  /** Text for a row's group (module titles rather than codes, and so on). */
  groupText: (row: IComplianceRow) => string;
  rows: readonly IComplianceRow[];
  locale: string;
  theme: ITheme;
  /** When given, the counts are links to the people behind them. */
  onDrill?: (row: IComplianceRow, state: DrillState) => void;
}

export function percent(done: number, applicable: number): number {
  return applicable === 0 ? 0 : Math.round((done / applicable) * 1000) / 10;
}

/** Completion by one dimension: a real table (headers, caption), scrollable on its own at narrow widths. */
export function BreakdownTable(props: IBreakdownTableProps): React.ReactElement {
  const { theme, rows } = props;
  const number = new Intl.NumberFormat(props.locale);
  const cell: React.CSSProperties = { padding: '6px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, textAlign: 'right', whiteSpace: 'nowrap' };
  const head: React.CSSProperties = { ...cell, fontWeight: 600, position: 'sticky', top: 0, background: theme.semanticColors.bodyBackground };
  const count = (row: IComplianceRow, state: DrillState, label: string): React.ReactNode => {
    const n = row[state];
    if (!props.onDrill || n === 0) return number.format(n);
    return (
      <Link onClick={() => props.onDrill!(row, state)} aria-label={formatText(strings.TrainingDashDrillAria, number.format(n), label, props.groupText(row))}>
        {number.format(n)}
      </Link>
    );
  };
  const totals = rows.reduce(
    (t, r) => ({ applicable: t.applicable + r.applicable, done: t.done + r.done, dueSoon: t.dueSoon + r.dueSoon, overdue: t.overdue + r.overdue, upcoming: t.upcoming + r.upcoming }),
    { applicable: 0, done: 0, dueSoon: 0, overdue: 0, upcoming: 0 }
  );
  return (
    <div>
      {/* The caption is shown above the scrolling region so it wraps at any width; the table keeps it for screen readers. */}
      <div aria-hidden="true" style={{ fontWeight: 600, padding: '4px 0' }}>
        {props.caption}
      </div>
      <div role="region" aria-label={props.caption} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <table style={{ borderCollapse: 'collapse', width: '100%', color: theme.semanticColors.bodyText }}>
        <caption style={hiddenContentStyle as React.CSSProperties}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" style={{ ...head, textAlign: 'left' }}>
              {props.groupLabel}
            </th>
            <th scope="col" style={head}>{strings.TrainingDashColRequired}</th>
            <th scope="col" style={head}>{strings.TrainingDashColDone}</th>
            <th scope="col" style={head}>{strings.TrainingDashColPercent}</th>
            <th scope="col" style={head}>{strings.TrainingGroupDueSoon}</th>
            <th scope="col" style={head}>{strings.TrainingGroupOverdue}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={JSON.stringify(row.group)}>
              <th scope="row" style={{ ...cell, textAlign: 'left', fontWeight: 400, whiteSpace: 'normal' }}>
                {props.groupText(row)}
              </th>
              <td style={cell}>{number.format(row.applicable)}</td>
              <td style={cell}>{count(row, 'done', strings.TrainingGroupDone)}</td>
              <td style={cell}>{`${number.format(percent(row.done, row.applicable))}%`}</td>
              <td style={cell}>{count(row, 'dueSoon', strings.TrainingGroupDueSoon)}</td>
              <td style={{ ...cell, fontWeight: row.overdue > 0 ? 600 : 400 }}>{count(row, 'overdue', strings.TrainingGroupOverdue)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" style={{ ...cell, textAlign: 'left' }}>
              {strings.TrainingDashTotal}
            </th>
            <td style={{ ...cell, fontWeight: 600 }}>{number.format(totals.applicable)}</td>
            <td style={{ ...cell, fontWeight: 600 }}>{number.format(totals.done)}</td>
            <td style={{ ...cell, fontWeight: 600 }}>{`${number.format(percent(totals.done, totals.applicable))}%`}</td>
            <td style={{ ...cell, fontWeight: 600 }}>{number.format(totals.dueSoon)}</td>
            <td style={{ ...cell, fontWeight: 600 }}>{number.format(totals.overdue)}</td>
          </tr>
        </tfoot>
      </table>
      </div>
    </div>
  );
}
