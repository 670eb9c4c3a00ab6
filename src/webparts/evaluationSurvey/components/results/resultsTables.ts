/**
 * The rows of every results table, built once from the published results and used both to draw the
 * table and to export it, so a CSV holds exactly the aggregates on screen. A suppressed figure is
 * exported blank with the reason in the "Suppressed" column: never the count.
 */
import * as strings from 'SuiteStrings';
import type { CsvCell } from '../../../../ui/export/csv';
import {
  groupsOf,
  netMinutesBy,
  optionValues,
  questionFigures,
  taskMinutes,
  type Figure,
  type INetFigures,
  type IPublishedResults,
  type ITaskFigures,
  type QuestionFigures,
  type ResultDimension
} from '../../../../domain/survey/published';
import { formatText } from '../../../../ui/format/text';
import { answerLabel, dimensionLabel, groupLabel, sharePercent, suppressedMarker, taskName, waveOptionText, type BreakdownChoice, type IFormats } from './resultsText';

export interface ICsvTable {
  headers: string[];
  rows: CsvCell[][];
}

export interface IFigureRow<T> {
  key: string;
  label: string;
  figure: Figure<T>;
}

/** Why a breakdown is not in the results: its dimension was left out, or number questions are not broken down by it. */
export type Unavailable = 'omitted' | 'numbersByForceOnly' | undefined;

export function unavailable(results: IPublishedResults, question: number, choice: BreakdownChoice): Unavailable {
  if (choice === 'wave') return undefined;
  if (results.x.indexOf(choice) >= 0) return 'omitted';
  return results.qs[question]?.k === 'number' && results.xn.indexOf(choice) >= 0 ? 'numbersByForceOnly' : undefined;
}

/** The groups of a breakdown with someone in the wave (or every wave, by wave), and the overall figure beside them. */
export function breakdownRows(
  results: IPublishedResults,
  wave: number,
  question: number,
  choice: BreakdownChoice,
  locale: string,
  f: IFormats
): { rows: IFigureRow<QuestionFigures>[]; overall: Figure<QuestionFigures> | undefined } {
  if (choice === 'wave') {
    return { rows: results.waves.map((w, i) => ({ key: w.id, label: waveOptionText(w, locale), figure: questionFigures(results, i, question) })), overall: undefined };
  }
  const rows = groupsOf(results, choice)
    .map((g) => ({ key: String(g.index), label: groupLabel(choice, g, f), figure: questionFigures(results, wave, question, { dimension: choice, index: g.index }) }))
    .filter((r) => r.figure.status !== 'absent');
  return { rows, overall: questionFigures(results, wave, question) };
}

function blanks(n: number): CsvCell[] {
  return new Array<CsvCell>(n).fill('');
}

/** One row per group: answered, then people and share per option (or mean and median), then the suppression marker. */
export function breakdownCsv(
  results: IPublishedResults,
  question: number,
  choice: BreakdownChoice,
  rows: readonly IFigureRow<QuestionFigures>[],
  overall: Figure<QuestionFigures> | undefined,
  f: IFormats,
  withAgree: boolean = false
): ICsvTable {
  const q = results.qs[question];
  const options = optionValues(q);
  const agree = withAgree && q.k === 'likert';
  const figureHeaders =
    q.k === 'number'
      ? [strings.SurveyResultsColMean, strings.SurveyResultsColMedian]
      : options
          .reduce((all, o) => all.concat([formatText(strings.SurveyResultsCsvPeopleOf, answerLabel(q, o)), formatText(strings.SurveyResultsCsvShareOf, answerLabel(q, o))]), [] as string[])
          .concat(agree ? [formatText(strings.SurveyResultsCsvShareOf, strings.SurveyResultsColAgree)] : []);
  const line = (label: string, figure: Figure<QuestionFigures>): CsvCell[] => {
    if (figure.status === 'suppressed') return [label, ...blanks(1 + figureHeaders.length), suppressedMarker(figure.reason, results.min, f)];
    if (figure.status === 'absent') return [label, ...blanks(1 + figureHeaders.length), ''];
    const v = figure.value;
    if (v.kind === 'number') return [label, v.n, v.mean ?? '', v.median ?? '', ''];
    const shares = v.counts.reduce((all, c) => all.concat([c, sharePercent(c, v.n)]), [] as CsvCell[]);
    return [label, v.n, ...shares, ...(agree ? [sharePercent(v.counts[3] + v.counts[4], v.n)] : []), ''];
  };
  const body = rows.map((r) => line(r.label, r.figure));
  if (overall !== undefined) body.push(line(strings.SurveyResultsAllRespondents, overall));
  return { headers: [dimensionLabel(choice), strings.SurveyResultsColAnswered, ...figureHeaders, strings.SurveyResultsColSuppressed], rows: body };
}

/** The distribution of one question in a wave: one row per option, or n, mean and median. */
export function distributionCsv(results: IPublishedResults, question: number, figure: Figure<QuestionFigures>, f: IFormats): ICsvTable {
  const q = results.qs[question];
  const marker = figure.status === 'suppressed' ? suppressedMarker(figure.reason, results.min, f) : '';
  if (q.k === 'number') {
    const v = figure.status === 'shown' && figure.value.kind === 'number' ? figure.value : undefined;
    return {
      headers: [strings.SurveyResultsColAnswered, strings.SurveyResultsColMean, strings.SurveyResultsColMedian, strings.SurveyResultsColSuppressed],
      rows: [v ? [v.n, v.mean ?? '', v.median ?? '', ''] : ['', '', '', marker]]
    };
  }
  const v = figure.status === 'shown' && figure.value.kind === 'choice' ? figure.value : undefined;
  return {
    headers: [strings.SurveyResultsColAnswer, strings.SurveyResultsColPeople, strings.SurveyResultsColSharePercent, strings.SurveyResultsColSuppressed],
    rows: optionValues(q).map((o, i) => (v ? [answerLabel(q, o), v.counts[i], sharePercent(v.counts[i], v.n), ''] : [answerLabel(q, o), '', '', marker]))
  };
}

/** Task minutes in a wave for all forces or one (index into the forces). */
export function taskRows(results: IPublishedResults, wave: number, force: number | undefined): IFigureRow<ITaskFigures>[] {
  const table = taskMinutes(results, wave);
  if (table === undefined) return [];
  return table.tasks.map((t) => ({ key: t.task, label: taskName(t.task), figure: force === undefined ? t.overall : t.byForce[force]?.figure ?? { status: 'absent' } }));
}

export function taskCsv(results: IPublishedResults, rows: readonly IFigureRow<ITaskFigures>[], scope: string, f: IFormats): ICsvTable {
  return {
    headers: [
      strings.SurveyResultsColTask,
      strings.SurveyResultsDimForce,
      strings.SurveyResultsColRespondents,
      strings.SurveyResultsColSavedWeek,
      strings.SurveyResultsColCheckingWeek,
      strings.SurveyResultsColNetWeek,
      strings.SurveyResultsColSavedDay,
      strings.SurveyResultsColCheckingDay,
      strings.SurveyResultsColNetDay,
      strings.SurveyResultsColNetPerUse,
      strings.SurveyResultsColSuppressed
    ],
    rows: rows.map((r) => {
      if (r.figure.status !== 'shown') return [r.label, scope, ...blanks(8), r.figure.status === 'suppressed' ? suppressedMarker(r.figure.reason, results.min, f) : ''];
      const v = r.figure.value;
      if (v.n === 0) return [r.label, scope, 0, ...blanks(7), ''];
      return [r.label, scope, v.n, v.saved.perWeek, v.checking.perWeek, v.net.perWeek, v.saved.perDay, v.checking.perDay, v.net.perDay, v.perUse?.net ?? '', ''];
    })
  };
}

/** Net minutes per person over all tasks by the groups of a dimension, the overall figure last. */
export function netRows(results: IPublishedResults, wave: number, dimension: ResultDimension, f: IFormats): { rows: IFigureRow<INetFigures>[]; overall: Figure<INetFigures> | undefined } {
  const rows = netMinutesBy(results, wave, dimension)
    .filter((r) => r.figure.status !== 'absent')
    .map((r) => ({ key: String(r.group.index), label: groupLabel(dimension, r.group, f), figure: r.figure }));
  return { rows, overall: taskMinutes(results, wave)?.net.overall };
}

export function netCsv(results: IPublishedResults, dimension: ResultDimension, rows: readonly IFigureRow<INetFigures>[], overall: Figure<INetFigures> | undefined, f: IFormats): ICsvTable {
  const line = (label: string, figure: Figure<INetFigures>): CsvCell[] => {
    if (figure.status !== 'shown') return [label, ...blanks(6), figure.status === 'suppressed' ? suppressedMarker(figure.reason, results.min, f) : ''];
    const v = figure.value;
    if (v.n === 0) return [label, 0, ...blanks(5), 0, ''];
    return [label, v.n, v.mean.perWeek, v.mean.perDay, v.median.perWeek, v.median.perDay, v.netLoss, ''];
  };
  const body = rows.map((r) => line(r.label, r.figure));
  if (overall !== undefined) body.push(line(strings.SurveyResultsAllRespondents, overall));
  return {
    headers: [
      dimensionLabel(dimension),
      strings.SurveyResultsColRespondents,
      strings.SurveyResultsColMeanWeek,
      strings.SurveyResultsColMeanDay,
      strings.SurveyResultsColMedianWeek,
      strings.SurveyResultsColMedianDay,
      strings.SurveyResultsColNetLossPeople,
      strings.SurveyResultsColSuppressed
    ],
    rows: body
  };
}

/** Likert: the share agreeing (4 or 5) of those who answered; undefined when not shown. */
export function agreeShare(figure: Figure<QuestionFigures>): { agree: number; n: number } | undefined {
  if (figure.status !== 'shown' || figure.value.kind !== 'choice' || figure.value.n === 0) return undefined;
  return { agree: figure.value.counts[3] + figure.value.counts[4], n: figure.value.n };
}
