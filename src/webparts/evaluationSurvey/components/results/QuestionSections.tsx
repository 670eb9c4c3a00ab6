import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { optionValues, questionFigures, RESULT_DIMENSIONS, type Figure, type IPublishedResults, type QuestionFigures } from '../../../../domain/survey/published';
import { CsvActions } from '../../../../ui/export/CsvActions';
import { csvFileName } from '../../../../ui/export/csv';
import { formatText } from '../../../../ui/format/text';
import { waveName } from '../respond/surveyText';
import { agreeShare, breakdownCsv, breakdownRows, distributionCsv, unavailable, type IFigureRow } from './resultsTables';
import { answerLabel, dimensionLabel, dimensionPhrase, suppressedText, waveTitle, type BreakdownChoice, type IFormats } from './resultsText';
import { ShareBar, TableFrame, tableStyles } from '../../../../ui/table/TableFrame';

export interface IQuestionSectionProps {
  results: IPublishedResults;
  wave: number;
  question: number;
  /** The question's wording. */
  questionText: string;
  surveyKey: string;
  locale: string;
  idPrefix: string;
  f: IFormats;
}

function SectionHeading(props: { id: string; children: string }): React.ReactElement {
  return (
    <Text as="h4" id={props.id} variant="mediumPlus" block styles={{ root: { margin: '8px 0 0', fontWeight: 600 } }}>
      {props.children}
    </Text>
  );
}

/** Answers to the chosen question in the chosen wave: a table with bars for choices; n, mean and median for numbers. */
export function DistributionSection(props: IQuestionSectionProps): React.ReactElement {
  const { results, wave, question, f } = props;
  const theme = useTheme();
  const s = tableStyles(theme);
  const q = results.qs[question];
  const figure = questionFigures(results, wave, question);
  const headingId = `${props.idPrefix}-distribution`;
  const caption = formatText(strings.SurveyResultsDistributionCaption, props.questionText, waveName(results.waves[wave].k));
  const csv = distributionCsv(results, question, figure, f);
  let body: React.ReactNode;
  if (figure.status === 'suppressed') {
    body = <MessageBar messageBarType={MessageBarType.info}>{formatText(strings.SurveyResultsOverallSuppressed, f.count(results.min))}</MessageBar>;
  } else if (figure.status === 'absent' || figure.value.n === 0) {
    body = <Text block>{strings.SurveyResultsNobodyAnswered}</Text>;
  } else if (figure.value.kind === 'number') {
    const v = figure.value;
    body = (
      <TableFrame caption={caption}>
        <thead>
          <tr>
            <th scope="col" style={s.head}>{strings.SurveyResultsColAnswered}</th>
            <th scope="col" style={s.head}>{strings.SurveyResultsColMean}</th>
            <th scope="col" style={s.head}>{strings.SurveyResultsColMedian}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td style={s.number}>{f.count(v.n)}</td>
            <td style={s.number}>{v.mean !== undefined ? f.decimal(v.mean) : ''}</td>
            <td style={s.number}>{v.median !== undefined ? f.decimal(v.median) : ''}</td>
          </tr>
        </tbody>
      </TableFrame>
    );
  } else {
    const v = figure.value;
    body = (
      <>
        <Text block>
          {formatText(strings.SurveyResultsAnswered, f.count(v.n))} {q.k === 'multiple' ? strings.SurveyResultsMultipleNote : ''}
        </Text>
        <TableFrame caption={caption}>
          <thead>
            <tr>
              <th scope="col" style={s.head}>{strings.SurveyResultsColAnswer}</th>
              <th scope="col" style={{ ...s.head, textAlign: 'right' }}>{strings.SurveyResultsColPeople}</th>
              <th scope="col" style={s.head}>{strings.SurveyResultsColShare}</th>
            </tr>
          </thead>
          <tbody>
            {optionValues(q).map((o, i) => (
              <tr key={String(o)}>
                <th scope="row" style={s.rowHead}>{answerLabel(q, o)}</th>
                <td style={s.number}>{f.count(v.counts[i])}</td>
                <td style={{ ...s.cell, whiteSpace: 'nowrap' }}>
                  <ShareBar share={v.n === 0 ? 0 : v.counts[i] / v.n} />
                  {f.share(v.counts[i], v.n)}
                </td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      </>
    );
  }
  return (
    <Stack tokens={{ childrenGap: 8 }} role="group" aria-labelledby={headingId}>
      <SectionHeading id={headingId}>{strings.SurveyResultsDistributionHeading}</SectionHeading>
      {body}
      <CsvActions label={caption} fileName={csvFileName('survey-results', props.surveyKey, results.waves[wave].id, q.id)} headers={csv.headers} rows={() => csv.rows} />
    </Stack>
  );
}

/** One row's cells after its header: answered, then shares per option or mean and median; a suppressed row says why, never how many. */
function FigureCells(props: {
  figure: Figure<QuestionFigures>;
  options: number;
  isNumber: boolean;
  agree: boolean;
  minSize: number;
  f: IFormats;
  s: ReturnType<typeof tableStyles>;
  strong?: boolean;
}): React.ReactElement {
  const { figure, f, s } = props;
  const weight: React.CSSProperties = props.strong ? { fontWeight: 600 } : {};
  const span = 1 + (props.isNumber ? 2 : props.options) + (props.agree ? 1 : 0);
  if (figure.status === 'suppressed') return <td colSpan={span} style={{ ...s.cell, fontStyle: 'italic' }}>{suppressedText(figure.reason, props.minSize, f)}</td>;
  if (figure.status === 'absent') return <td colSpan={span} style={s.cell} />;
  const v = figure.value;
  if (v.kind === 'number') {
    return (
      <>
        <td style={{ ...s.number, ...weight }}>{f.count(v.n)}</td>
        <td style={{ ...s.number, ...weight }}>{v.mean !== undefined ? f.decimal(v.mean) : ''}</td>
        <td style={{ ...s.number, ...weight }}>{v.median !== undefined ? f.decimal(v.median) : ''}</td>
      </>
    );
  }
  return (
    <>
      <td style={{ ...s.number, ...weight }}>{f.count(v.n)}</td>
      {v.counts.map((c, i) => (
        <td key={i} style={{ ...s.number, ...weight }}>
          {`${f.share(c, v.n)} (${f.count(c)})`}
        </td>
      ))}
      {props.agree ? <td style={{ ...s.number, fontWeight: 600 }}>{f.share(v.counts[3] + v.counts[4], v.n)}</td> : null}
    </>
  );
}

export interface IFiguresTableProps {
  results: IPublishedResults;
  question: number;
  caption: string;
  groupHeader: string;
  rows: readonly IFigureRow<QuestionFigures>[];
  overall: Figure<QuestionFigures> | undefined;
  f: IFormats;
  theme: ITheme;
  /** Likert: add the share who agree or strongly agree (the trend chart's figure). */
  agree?: boolean;
}

/** Groups (or waves) as rows, the question's figures as columns; the overall in the footer. */
export function FiguresTable(props: IFiguresTableProps): React.ReactElement {
  const { results, f } = props;
  const s = tableStyles(props.theme);
  const q = results.qs[props.question];
  const options = optionValues(q);
  const isNumber = q.k === 'number';
  const agree = props.agree === true && q.k === 'likert';
  return (
    <TableFrame caption={props.caption}>
      <thead>
        <tr>
          <th scope="col" style={s.head}>{props.groupHeader}</th>
          <th scope="col" style={{ ...s.head, textAlign: 'right' }}>{strings.SurveyResultsColAnswered}</th>
          {isNumber ? (
            <>
              <th scope="col" style={{ ...s.head, textAlign: 'right' }}>{strings.SurveyResultsColMean}</th>
              <th scope="col" style={{ ...s.head, textAlign: 'right' }}>{strings.SurveyResultsColMedian}</th>
            </>
          ) : (
            options.map((o) => (
              <th key={String(o)} scope="col" style={{ ...s.head, textAlign: 'right' }}>
                {answerLabel(q, o)}
              </th>
            ))
          )}
          {agree ? (
            <th scope="col" style={{ ...s.head, textAlign: 'right' }}>
              {strings.SurveyResultsColAgree}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" style={s.rowHead}>{r.label}</th>
            <FigureCells figure={r.figure} options={options.length} isNumber={isNumber} agree={agree} minSize={results.min} f={f} s={s} />
          </tr>
        ))}
      </tbody>
      {props.overall !== undefined ? (
        <tfoot>
          <tr>
            <th scope="row" style={s.total}>{strings.SurveyResultsAllRespondents}</th>
            <FigureCells figure={props.overall} options={options.length} isNumber={isNumber} agree={agree} minSize={results.min} f={f} s={s} strong />
          </tr>
        </tfoot>
      ) : null}
    </TableFrame>
  );
}

const CHOICES: readonly BreakdownChoice[] = [...RESULT_DIMENSIONS, 'wave'];

/** The chosen question by force, role, grade, department or wave, small groups and their complements withheld. */
export function BreakdownSection(props: IQuestionSectionProps): React.ReactElement {
  const { results, wave, question, f } = props;
  const theme = useTheme();
  const [choice, setChoice] = React.useState<BreakdownChoice>('force');
  const headingId = `${props.idPrefix}-breakdown`;
  const missing = unavailable(results, question, choice);
  const { rows, overall } = breakdownRows(results, wave, question, choice, props.locale, f);
  const caption =
    choice === 'wave'
      ? formatText(strings.SurveyResultsTrendBreakdownCaption, props.questionText)
      : formatText(strings.SurveyResultsBreakdownCaption, props.questionText, dimensionPhrase(choice), waveName(results.waves[wave].k));
  const csv = breakdownCsv(results, question, choice, rows, overall, f);
  return (
    <Stack tokens={{ childrenGap: 8 }} role="group" aria-labelledby={headingId}>
      <SectionHeading id={headingId}>{strings.SurveyResultsBreakdownHeading}</SectionHeading>
      <Dropdown
        label={strings.SurveyResultsBreakdownBy}
        selectedKey={choice}
        options={CHOICES.map((c) => ({ key: c, text: dimensionLabel(c) }))}
        onChange={(_e, o) => o && setChoice(o.key as BreakdownChoice)}
        styles={{ root: { maxWidth: 320 } }}
      />
      {missing === 'omitted' && choice !== 'wave' ? (
        <MessageBar messageBarType={MessageBarType.info}>{formatText(strings.SurveyResultsOmitted, dimensionPhrase(choice))}</MessageBar>
      ) : missing === 'numbersByForceOnly' ? (
        <MessageBar messageBarType={MessageBarType.info}>{strings.SurveyResultsNumbersByForceOnly}</MessageBar>
      ) : (
        <>
          <FiguresTable results={results} question={question} caption={caption} groupHeader={dimensionLabel(choice)} rows={rows} overall={overall} f={f} theme={theme} />
          <CsvActions
            label={caption}
            fileName={csvFileName('survey-results', props.surveyKey, choice === 'wave' ? 'all-waves' : results.waves[wave].id, results.qs[question].id, 'by', choice)}
            headers={csv.headers}
            rows={() => csv.rows}
          />
        </>
      )}
    </Stack>
  );
}

/** A bar per wave for one headline figure; hidden from screen readers (the table beside it holds the same figures). */
function TrendBars(props: { caption: string; points: { label: string; value: number | undefined; text: string }[]; max: number; theme: ITheme }): React.ReactElement {
  const { points, theme } = props;
  const width = 600;
  const height = 140;
  const gap = 24;
  const barWidth = points.length > 0 ? (width - gap * (points.length - 1)) / points.length : width;
  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={{ fontWeight: 600, padding: '4px 0' }}>{props.caption}</figcaption>
      <svg viewBox={`0 0 ${width} ${height + 40}`} width="100%" role="presentation" aria-hidden="true" focusable="false" style={{ display: 'block', maxHeight: 220 }}>
        {points.map((p, i) => {
          const h = p.value === undefined || props.max <= 0 ? 0 : Math.round((Math.max(0, p.value) / props.max) * height);
          const x = i * (barWidth + gap);
          return (
            <g key={i}>
              <rect x={x} y={height - h + 16} width={barWidth} height={h} fill={theme.palette.themePrimary} stroke={theme.semanticColors.bodyText} strokeWidth={0.5} />
              <text x={x + barWidth / 2} y={height - h + 12} textAnchor="middle" fontSize={13} fill={theme.semanticColors.bodyText}>
                {p.text}
              </text>
              <text x={x + barWidth / 2} y={height + 34} textAnchor="middle" fontSize={12} fill={theme.semanticColors.bodySubtext}>
                {p.label}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** The chosen question across every published wave: a chart of the headline figure where there is one, and the table. */
export function TrendSection(props: IQuestionSectionProps): React.ReactElement {
  const { results, question, f } = props;
  const theme = useTheme();
  const headingId = `${props.idPrefix}-trend`;
  const q = results.qs[question];
  const { rows } = breakdownRows(results, 0, question, 'wave', props.locale, f);
  const caption = formatText(strings.SurveyResultsTrendCaption, props.questionText);
  const csv = breakdownCsv(results, question, 'wave', rows, undefined, f, true);
  const short = results.waves.map(waveTitle);
  let chart: React.ReactNode = null;
  if (q.k === 'likert') {
    const points = rows.map((r, i) => {
      const a = agreeShare(r.figure);
      return { label: short[i], value: a ? a.agree / a.n : undefined, text: a ? f.share(a.agree, a.n) : strings.SurveyResultsTrendLeftOut };
    });
    chart = <TrendBars caption={strings.SurveyResultsTrendAgreeCaption} points={points} max={1} theme={theme} />;
  } else if (q.k === 'number') {
    const points = rows.map((r, i) => {
      const v = r.figure.status === 'shown' && r.figure.value.kind === 'number' ? r.figure.value.mean : undefined;
      return { label: short[i], value: v, text: v !== undefined ? f.decimal(v) : strings.SurveyResultsTrendLeftOut };
    });
    chart = <TrendBars caption={strings.SurveyResultsTrendMeanCaption} points={points} max={Math.max(0, ...points.map((p) => p.value ?? 0))} theme={theme} />;
  }
  return (
    <Stack tokens={{ childrenGap: 8 }} role="group" aria-labelledby={headingId}>
      <SectionHeading id={headingId}>{strings.SurveyResultsTrendHeading}</SectionHeading>
      {chart}
      {chart !== null ? <Text variant="small">{strings.SurveyResultsChartNote}</Text> : null}
      <FiguresTable results={results} question={question} caption={caption} groupHeader={strings.SurveyResultsDimWave} rows={rows} overall={undefined} f={f} theme={theme} agree />
      <CsvActions label={caption} fileName={csvFileName('survey-results', props.surveyKey, 'trend', q.id)} headers={csv.headers} rows={() => csv.rows} />
    </Stack>
  );
}
