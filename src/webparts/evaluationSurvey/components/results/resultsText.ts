import * as strings from 'SuiteStrings';
import type { ISurvey } from '../../../../data/SurveyRepository';
import type { IPublishedGroup, IPublishedResults, IStoredQuestion, IStoredWave, ResultDimension, SuppressionReason } from '../../../../domain/survey/published';
import { findQuestion } from '../../../../domain/survey/validation';
import { formatDay, formatText } from '../../../../ui/format/text';
import { likertText, optionText, questionText, sentenceStart, taskName, waveName } from '../respond/surveyText';

/** A breakdown by one of the published dimensions, or by wave (the trend as a table). */
export type BreakdownChoice = ResultDimension | 'wave';

/** Number formats for the locale: counts, one decimal (means), two decimals (minutes), shares. */
export interface IFormats {
  count: (n: number) => string;
  decimal: (n: number) => string;
  minutes: (n: number) => string;
  share: (part: number, whole: number) => string;
}

function safeFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    return new Intl.NumberFormat('en-GB', options);
  }
}

export function formats(locale: string): IFormats {
  const count = safeFormat(locale, { maximumFractionDigits: 0 });
  const decimal = safeFormat(locale, { maximumFractionDigits: 1 });
  const minutes = safeFormat(locale, { maximumFractionDigits: 2 });
  const share = safeFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    count: (n) => count.format(n),
    decimal: (n) => decimal.format(n),
    minutes: (n) => minutes.format(n),
    share: (part, whole) => share.format(whole === 0 ? 0 : part / whole)
  };
}

/** A share as a number for CSV (percent, one decimal). */
export function sharePercent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

/** Minutes, with a net loss said in words (never by colour alone). */
export function minutesText(value: number, f: IFormats): string {
  return value < 0 ? formatText(strings.SurveyResultsNetLoss, f.minutes(value)) : f.minutes(value);
}

export function suppressedText(reason: SuppressionReason, minSize: number, f: IFormats): string {
  return reason === 'small' ? formatText(strings.SurveyResultsSmall, f.count(minSize)) : strings.SurveyResultsComplementary;
}

/** The CSV marker for a suppressed row: the reason, never the count. */
export function suppressedMarker(reason: SuppressionReason, minSize: number, f: IFormats): string {
  return reason === 'small' ? formatText(strings.SurveyResultsSmall, f.count(minSize)) : strings.SurveyResultsCsvComplementary;
}

/** "The baseline survey" for a wave. */
export function waveTitle(wave: IStoredWave): string {
  return sentenceStart(waveName(wave.k));
}

/** The wave selector's text: closed waves with their close day, the open one marked provisional. */
export function waveOptionText(wave: IStoredWave, locale: string): string {
  return wave.p ? formatText(strings.SurveyResultsWaveOpen, waveTitle(wave)) : formatText(strings.SurveyResultsWaveClosed, waveTitle(wave), formatDay(wave.c, locale));
}

/** A question's wording: the template's by id, else the survey's own text for it, else the text stored with the results. */
export function questionLabel(question: IStoredQuestion, survey: ISurvey): string {
  const own = findQuestion(survey.questionnaire, question.id)?.text ?? question.t;
  return questionText(question.id, own);
}

/** An option's or Likert value's wording. */
export function answerLabel(question: IStoredQuestion, value: string | number): string {
  return question.k === 'likert' ? likertText(value as number) : optionText(question.id, String(value));
}

export function dimensionLabel(choice: BreakdownChoice): string {
  switch (choice) {
    case 'force':
      return strings.SurveyResultsDimForce;
    case 'role':
      return strings.SurveyResultsDimRole;
    case 'grade':
      return strings.SurveyResultsDimGrade;
    case 'department':
      return strings.SurveyResultsDimDepartment;
    default:
      return strings.SurveyResultsDimWave;
  }
}

/** The dimension inside a sentence: "by department". */
export function dimensionPhrase(dimension: ResultDimension): string {
  switch (dimension) {
    case 'force':
      return strings.SurveyResultsByForce;
    case 'role':
      return strings.SurveyResultsByRole;
    case 'grade':
      return strings.SurveyResultsByGrade;
    default:
      return strings.SurveyResultsByDepartment;
  }
}

export function groupLabel(dimension: ResultDimension, group: IPublishedGroup, f: IFormats): string {
  if (group.name !== undefined) return group.name.trim() === '' ? strings.SurveyResultsNotRecorded : group.name;
  const merged = f.count(group.merged);
  switch (dimension) {
    case 'role':
      return formatText(strings.SurveyResultsOtherRoles, merged);
    case 'grade':
      return formatText(strings.SurveyResultsOtherGrades, merged);
    case 'department':
      return formatText(strings.SurveyResultsOtherDepartments, merged);
    default:
      return formatText(strings.SurveyResultsOtherGroups, merged);
  }
}

/** What was merged or left out to fit the published results, as sentences. */
export function detailNotes(results: IPublishedResults, f: IFormats): string[] {
  const notes: string[] = [];
  const merged: [ResultDimension, string][] = [
    ['role', strings.SurveyResultsMergedRoles],
    ['grade', strings.SurveyResultsMergedGrades],
    ['department', strings.SurveyResultsMergedDepartments]
  ];
  merged.forEach(([d, text]) => {
    const m = results.m[d];
    if (m !== undefined && m > 0) notes.push(formatText(text, f.count(results.g[d].length), f.count(m)));
  });
  results.x.forEach((d) => notes.push(formatText(strings.SurveyResultsOmitted, dimensionPhrase(d))));
  if (results.xn.length > 0) notes.push(strings.SurveyResultsNumbersByForceOnly);
  return notes;
}


export { taskName };
