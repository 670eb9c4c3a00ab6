import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { RESULT_DIMENSIONS, type Figure, type INetFigures, type IPublishedResults, type ITaskFigures, type ResultDimension } from '../../../../domain/survey/published';
import { CsvActions } from '../../../../ui/export/CsvActions';
import { csvFileName } from '../../../../ui/export/csv';
import { formatText } from '../../../../ui/format/text';
import { waveName } from '../respond/surveyText';
import { netCsv, netRows, taskCsv, taskRows } from './resultsTables';
import { dimensionLabel, dimensionPhrase, minutesText, suppressedText, type IFormats } from './resultsText';
import { TableFrame, tableStyles } from '../../../../ui/table/TableFrame';

export interface ITaskMinutesSectionProps {
  results: IPublishedResults;
  wave: number;
  surveyKey: string;
  idPrefix: string;
  f: IFormats;
}

/** The scope "all forces" (otherwise an index into the forces). */
const ALL = -1;

/** Minutes per task (saved, checking, net; per week and per working day) for all forces or one, and each person's net over all tasks by group. */
export function TaskMinutesSection(props: ITaskMinutesSectionProps): React.ReactElement {
  const { results, wave, f } = props;
  const theme = useTheme();
  const s = tableStyles(theme);
  const [scope, setScope] = React.useState<number>(ALL);
  const [netBy, setNetBy] = React.useState<ResultDimension>('force');
  const forces = results.g.force;
  const forceIndex = scope >= 0 && scope < forces.length ? scope : undefined;
  const forceText = (force: string): string => (force.trim() === '' ? strings.SurveyResultsNotRecorded : force);
  const scopeText = forceIndex === undefined ? strings.SurveyResultsAllForces : forceText(forces[forceIndex]);
  const rows = taskRows(results, wave, forceIndex);
  const waveText = waveName(results.waves[wave].k);
  const caption = formatText(strings.SurveyResultsTasksCaption, scopeText, waveText);
  const csv = taskCsv(results, rows, scopeText, f);
  const headingId = `${props.idPrefix}-tasks`;
  const netHeadingId = `${props.idPrefix}-net`;
  const dimensions = RESULT_DIMENSIONS.filter((d) => results.x.indexOf(d) < 0);
  const net = netRows(results, wave, netBy, f);
  const netCaption = formatText(strings.SurveyResultsNetCaption, dimensionPhrase(netBy), waveText);
  const netTable = netCsv(results, netBy, net.rows, net.overall, f);

  const minutesCell = (value: number): React.ReactElement => <td style={s.number}>{minutesText(value, f)}</td>;
  const taskCells = (figure: Figure<ITaskFigures>): React.ReactNode => {
    if (figure.status === 'suppressed') return <td colSpan={8} style={{ ...s.cell, fontStyle: 'italic' }}>{suppressedText(figure.reason, results.min, f)}</td>;
    if (figure.status === 'absent') return <td colSpan={8} style={s.cell} />;
    const v = figure.value;
    if (v.n === 0) {
      return (
        <>
          <td style={s.number}>{f.count(0)}</td>
          <td colSpan={7} style={s.cell}>{strings.SurveyResultsNoMinutes}</td>
        </>
      );
    }
    return (
      <>
        <td style={s.number}>{f.count(v.n)}</td>
        {minutesCell(v.saved.perWeek)}
        {minutesCell(v.checking.perWeek)}
        {minutesCell(v.net.perWeek)}
        {minutesCell(v.saved.perDay)}
        {minutesCell(v.checking.perDay)}
        {minutesCell(v.net.perDay)}
        {v.perUse !== undefined ? minutesCell(v.perUse.net) : <td style={s.number}>{strings.SurveyResultsNoPerUse}</td>}
      </>
    );
  };
  const netCells = (figure: Figure<INetFigures>, strong: boolean): React.ReactNode => {
    const weight: React.CSSProperties = strong ? { fontWeight: 600 } : {};
    if (figure.status === 'suppressed') return <td colSpan={6} style={{ ...s.cell, fontStyle: 'italic' }}>{suppressedText(figure.reason, results.min, f)}</td>;
    if (figure.status === 'absent') return <td colSpan={6} style={s.cell} />;
    const v = figure.value;
    if (v.n === 0) {
      return (
        <>
          <td style={{ ...s.number, ...weight }}>{f.count(0)}</td>
          <td colSpan={5} style={s.cell}>{strings.SurveyResultsNoMinutes}</td>
        </>
      );
    }
    return (
      <>
        <td style={{ ...s.number, ...weight }}>{f.count(v.n)}</td>
        <td style={{ ...s.number, ...weight }}>{minutesText(v.mean.perWeek, f)}</td>
        <td style={{ ...s.number, ...weight }}>{minutesText(v.mean.perDay, f)}</td>
        <td style={{ ...s.number, ...weight }}>{minutesText(v.median.perWeek, f)}</td>
        <td style={{ ...s.number, ...weight }}>{minutesText(v.median.perDay, f)}</td>
        <td style={{ ...s.number, ...weight }}>{f.count(v.netLoss)}</td>
      </>
    );
  };
  const head = (text: string, left: boolean = false): React.ReactElement => (
    <th scope="col" style={{ ...s.head, textAlign: left ? 'left' : 'right' }}>
      {text}
    </th>
  );

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Stack tokens={{ childrenGap: 8 }} role="group" aria-labelledby={headingId}>
        <Text as="h4" id={headingId} variant="mediumPlus" block styles={{ root: { margin: '8px 0 0', fontWeight: 600 } }}>
          {strings.SurveyResultsTasksHeading}
        </Text>
        <Text block variant="small">
          {formatText(strings.SurveyResultsTasksNote, f.count(results.dpw))}
        </Text>
        <Dropdown
          label={strings.SurveyResultsTasksScope}
          selectedKey={scope}
          options={[{ key: ALL, text: strings.SurveyResultsAllForces }, ...forces.map((force, i) => ({ key: i, text: forceText(force) }))]}
          onChange={(_e, o) => o && setScope(Number(o.key))}
          styles={{ root: { maxWidth: 320 } }}
        />
        <TableFrame caption={caption}>
          <thead>
            <tr>
              {head(strings.SurveyResultsColTask, true)}
              {head(strings.SurveyResultsColRespondents)}
              {head(strings.SurveyResultsColSavedWeek)}
              {head(strings.SurveyResultsColCheckingWeek)}
              {head(strings.SurveyResultsColNetWeek)}
              {head(strings.SurveyResultsColSavedDay)}
              {head(strings.SurveyResultsColCheckingDay)}
              {head(strings.SurveyResultsColNetDay)}
              {head(strings.SurveyResultsColNetPerUse)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row" style={s.rowHead}>{r.label}</th>
                {taskCells(r.figure)}
              </tr>
            ))}
          </tbody>
        </TableFrame>
        <CsvActions label={caption} fileName={csvFileName('survey-results', props.surveyKey, results.waves[wave].id, 'task-minutes', scopeText)} headers={csv.headers} rows={() => csv.rows} />
      </Stack>
      <Stack tokens={{ childrenGap: 8 }} role="group" aria-labelledby={netHeadingId}>
        <Text as="h4" id={netHeadingId} variant="mediumPlus" block styles={{ root: { margin: '8px 0 0', fontWeight: 600 } }}>
          {strings.SurveyResultsNetHeading}
        </Text>
        <Dropdown
          label={strings.SurveyResultsNetBy}
          selectedKey={netBy}
          options={dimensions.map((d) => ({ key: d, text: dimensionLabel(d) }))}
          onChange={(_e, o) => o && setNetBy(o.key as ResultDimension)}
          styles={{ root: { maxWidth: 320 } }}
        />
        <TableFrame caption={netCaption}>
          <thead>
            <tr>
              {head(dimensionLabel(netBy), true)}
              {head(strings.SurveyResultsColRespondents)}
              {head(strings.SurveyResultsColMeanWeek)}
              {head(strings.SurveyResultsColMeanDay)}
              {head(strings.SurveyResultsColMedianWeek)}
              {head(strings.SurveyResultsColMedianDay)}
              {head(strings.SurveyResultsColNetLossPeople)}
            </tr>
          </thead>
          <tbody>
            {net.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row" style={s.rowHead}>{r.label}</th>
                {netCells(r.figure, false)}
              </tr>
            ))}
          </tbody>
          {net.overall !== undefined ? (
            <tfoot>
              <tr>
                <th scope="row" style={s.total}>{strings.SurveyResultsAllRespondents}</th>
                {netCells(net.overall, true)}
              </tr>
            </tfoot>
          ) : null}
        </TableFrame>
        <CsvActions label={netCaption} fileName={csvFileName('survey-results', props.surveyKey, results.waves[wave].id, 'net-minutes', netBy)} headers={netTable.headers} rows={() => netTable.rows} />
      </Stack>
    </Stack>
  );
}
