import * as React from 'react';
import { hiddenContentStyle, type ITheme } from '@fluentui/react/lib/Styling';
import * as strings from 'SuiteStrings';
import { formatDay, formatText } from '../../../../ui/format/text';

export interface ITrendChartProps {
  caption: string;
  points: ReadonlyArray<{ week: string; completed: number }>;
  locale: string;
  theme: ITheme;
}

/**
 * Completions to date, week by week: a small SVG bar chart that scales to any width, with the same figures
 * in a table for screen readers (the chart itself is hidden from them). No charting library: twelve bars
 * do not justify the ~300 KB that one adds to the bundle.
 */
export function TrendChart(props: ITrendChartProps): React.ReactElement {
  const { points, theme } = props;
  const number = new Intl.NumberFormat(props.locale);
  const max = Math.max(1, ...points.map((p) => p.completed));
  const width = 600;
  const height = 160;
  const gap = 6;
  const barWidth = points.length > 0 ? (width - gap * (points.length - 1)) / points.length : width;
  const short = (day: string): string => new Intl.DateTimeFormat(props.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={{ fontWeight: 600, padding: '4px 0' }}>{props.caption}</figcaption>
      <svg viewBox={`0 0 ${width} ${height + 20}`} width="100%" role="presentation" aria-hidden="true" focusable="false" style={{ display: 'block', maxHeight: 220 }}>
        {points.map((p, i) => {
          const h = Math.round((p.completed / max) * height);
          const x = i * (barWidth + gap);
          return (
            <g key={p.week}>
              <rect x={x} y={height - h} width={barWidth} height={h} fill={theme.palette.themePrimary} />
              {i % 2 === points.length % 2 ? null : (
                <text x={x + barWidth / 2} y={height + 14} textAnchor="middle" fontSize={11} fill={theme.semanticColors.bodySubtext}>
                  {short(p.week)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {/* Tables ignore a width, so the hiding box is a div around it (Fluent's screen-reader-only style). */}
      <div style={hiddenContentStyle as React.CSSProperties}>
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.TrainingDashWeekOf}</th>
            <th scope="col">{strings.TrainingDashCompletedToDate}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.week}>
              <th scope="row">{formatDay(p.week, props.locale)}</th>
              <td>{formatText('{0}', number.format(p.completed))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
