import { countedResponses } from './responses';
import { DEFAULT_MIN_GROUP_SIZE, suppress } from './suppression';
import { COPILOT_TASKS, MAX_TASK_MINUTES_PER_WEEK, minutesCheckingId, minutesSavedId } from './template';
import type { CopilotTask } from './template';
import { LIKERT_VALUES } from './types';
import type { IQuestionnaire, IResponse, IWave, Question } from './types';
import { findQuestion, isBlank } from './validation';

/**
 * Aggregates over counted responses (see `countedResponses`: one per person per wave, hidden answers
 * already dropped). Any group with fewer answers than the minimum size is suppressed: its figures are
 * withheld, not just hidden by the UI. Free text is never aggregated (themes are drawn from it by people).
 */

export interface IAggregateOptions {
  /** Groups smaller than this are suppressed. Default 10. */
  minSize?: number;
}

export interface IOptionCount {
  /** Option id or Likert value. */
  value: string | number;
  count: number;
}

export interface INumberSummary {
  mean: number;
  median: number;
}

interface IDistributionBase {
  questionId: string;
  /** Respondents who answered; withheld (undefined) when suppressed. */
  n: number | undefined;
  suppressed: boolean;
}

export interface IChoiceDistribution extends IDistributionBase {
  kind: 'choice';
  /** Every option (or Likert value) in order, including zeros; undefined when suppressed. Multiple choice counts may add up to more than n. */
  counts: IOptionCount[] | undefined;
}

export interface INumberDistribution extends IDistributionBase {
  kind: 'number';
  summary: INumberSummary | undefined;
}

export interface IExcludedDistribution {
  questionId: string;
  kind: 'excluded';
}

export type Distribution = IChoiceDistribution | INumberDistribution | IExcludedDistribution;

export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export function median(values: readonly number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function answered(question: Question, responses: readonly IResponse[]): IResponse[] {
  return responses.filter((r) => !isBlank(r.answers[question.id]));
}

/** The answers to one question, with an explicit decision whether the group is large enough to show. */
function distributionOf(question: Question, responses: readonly IResponse[], show: boolean): Distribution {
  if (question.kind === 'text') return { questionId: question.id, kind: 'excluded' };
  const given = answered(question, responses);
  const n = show ? given.length : undefined;
  if (question.kind === 'number') {
    const values = given.map((r) => r.answers[question.id]).filter((v): v is number => typeof v === 'number');
    const summary = show && values.length > 0 ? { mean: mean(values), median: median(values) } : undefined;
    return { questionId: question.id, kind: 'number', n, suppressed: !show, summary };
  }
  const options: readonly (string | number)[] = question.kind === 'likert' ? LIKERT_VALUES : question.options;
  const counts = options.map((value) => ({
    value,
    count: given.filter((r) => {
      const a = r.answers[question.id];
      return Array.isArray(a) ? a.indexOf(value as string) >= 0 : a === value;
    }).length
  }));
  return { questionId: question.id, kind: 'choice', n, suppressed: !show, counts: show ? counts : undefined };
}

function answerCount(question: Question, responses: readonly IResponse[]): number {
  return answered(question, responses).length;
}

/** The distribution of answers to a question: counts per option or Likert value, or n, mean and median for numbers. */
export function distribution(question: Question, responses: readonly IResponse[], options: IAggregateOptions = {}): Distribution {
  const minSize = options.minSize ?? DEFAULT_MIN_GROUP_SIZE;
  const n = answerCount(question, responses);
  return distributionOf(question, responses, n === 0 || n >= minSize);
}

export type BreakdownDimension = 'force' | 'role' | 'grade' | 'department' | 'wave';

export function groupOf(response: IResponse, by: BreakdownDimension): string {
  return by === 'wave' ? response.waveId : response.unit[by];
}

export interface IGroupDistribution {
  group: string;
  distribution: Distribution;
}

export interface IBreakdown {
  by: BreakdownDimension;
  questionId: string;
  /** The overall figure shown beside the groups; undefined for a breakdown by wave (people answer every wave, so waves do not add up). */
  overall: Distribution | undefined;
  /** Groups in name order. */
  groups: IGroupDistribution[];
}

/**
 * One question broken down by a unit dimension or by wave, with small groups suppressed and, where the
 * overall is shown, one more group suppressed so none can be worked out as overall minus the rest.
 * Pass counted responses (for a breakdown by wave, those of each wave together).
 */
export function breakdown(
  questionnaire: IQuestionnaire,
  responses: readonly IResponse[],
  by: BreakdownDimension,
  questionId: string,
  options: IAggregateOptions = {}
): IBreakdown {
  const question = findQuestion(questionnaire, questionId);
  if (!question) throw new Error(`Unknown question: ${questionId}`);
  const minSize = options.minSize ?? DEFAULT_MIN_GROUP_SIZE;
  const names = Array.from(new Set(responses.map((r) => groupOf(r, by)))).sort();
  const members = names.map((g) => responses.filter((r) => groupOf(r, by) === g));
  const withTotal = by !== 'wave';
  const table = suppress({ counts: [members.map((m) => answerCount(question, m))], rowTotals: false, columnTotals: false, grandTotal: withTotal }, minSize);
  return {
    by,
    questionId,
    overall: withTotal ? distributionOf(question, responses, !(table.grandTotal as { suppressed: boolean }).suppressed) : undefined,
    groups: names.map((group, i) => ({ group, distribution: distributionOf(question, members[i], !table.cells[0][i].suppressed) }))
  };
}

export interface ITrendPoint {
  waveId: string;
  /** The whole wave. */
  overall: Distribution;
  /** By group, when a dimension was asked for. */
  groups: IGroupDistribution[];
}

/**
 * A question across waves (in the order given), from raw responses: each wave counts its own responses.
 * With a dimension, the groups × waves table is suppressed as one: small cells, then complements so that
 * no group can be worked out from its wave's total.
 */
export function trend(
  questionnaire: IQuestionnaire,
  waves: readonly IWave[],
  responses: readonly IResponse[],
  questionId: string,
  by?: Exclude<BreakdownDimension, 'wave'>,
  options: IAggregateOptions = {}
): ITrendPoint[] {
  const question = findQuestion(questionnaire, questionId);
  if (!question) throw new Error(`Unknown question: ${questionId}`);
  const minSize = options.minSize ?? DEFAULT_MIN_GROUP_SIZE;
  const perWave = waves.map((w) => countedResponses(responses, w, questionnaire));
  const names = by ? Array.from(new Set(perWave.reduce((all, rs) => all.concat(rs.map((r) => groupOf(r, by))), [] as string[]))).sort() : [];
  const members = names.map((g) => perWave.map((rs) => rs.filter((r) => by !== undefined && groupOf(r, by) === g)));
  const table = suppress(
    {
      counts: names.length > 0 ? members.map((row) => row.map((rs) => answerCount(question, rs))) : [perWave.map((rs) => answerCount(question, rs))],
      rowTotals: false,
      columnTotals: names.length > 0,
      grandTotal: false
    },
    minSize
  );
  const waveShown = (w: number): boolean => (table.columnTotals ? !table.columnTotals[w].suppressed : !table.cells[0][w].suppressed);
  return waves.map((wave, w) => ({
    waveId: wave.id,
    overall: distributionOf(question, perWave[w], waveShown(w)),
    groups: names.map((group, g) => ({ group, distribution: distributionOf(question, members[g][w], !table.cells[g][w].suppressed) }))
  }));
}

/**
 * Net minutes are saved minus checking/correcting, per task and in total. Net may be negative: when
 * checking Copilot's output takes longer than the task saved (the DBT evaluation found spreadsheet analysis
 * slower), that is a real cost and is reported, not rounded up to zero. The floor is what valid answers
 * allow: nothing saved and the maximum checking time on every task.
 */
export const NET_MINUTES_FLOOR_PER_TASK: number = -MAX_TASK_MINUTES_PER_WEEK;
export const NET_MINUTES_FLOOR: number = NET_MINUTES_FLOOR_PER_TASK * COPILOT_TASKS.length;

function minutes(response: IResponse, id: string): number | undefined {
  const v = response.answers[id];
  return typeof v === 'number' && isFinite(v) ? v : undefined;
}

/** A respondent's net minutes on one task, or undefined when they gave neither figure (a missing one of the pair counts as 0). */
export function netTaskMinutes(response: IResponse, task: CopilotTask): number | undefined {
  const saved = minutes(response, minutesSavedId(task));
  const checking = minutes(response, minutesCheckingId(task));
  if (saved === undefined && checking === undefined) return undefined;
  return Math.max(NET_MINUTES_FLOOR_PER_TASK, (saved ?? 0) - (checking ?? 0));
}

/** A respondent's net minutes saved per week over all tasks, or undefined when they answered no task. */
export function netMinutesPerWeek(response: IResponse): number | undefined {
  const nets = COPILOT_TASKS.map((t) => netTaskMinutes(response, t)).filter((v): v is number => v !== undefined);
  return nets.length === 0 ? undefined : Math.max(NET_MINUTES_FLOOR, nets.reduce((a, b) => a + b, 0));
}

export interface INetMinutesSummary {
  /** Respondents who answered at least one task; undefined when suppressed. */
  n: number | undefined;
  suppressed: boolean;
  mean: number | undefined;
  median: number | undefined;
  /** Respondents whose checking outweighed their savings. */
  negative: number | undefined;
}

export function netMinutesSummary(responses: readonly IResponse[], options: IAggregateOptions = {}): INetMinutesSummary {
  const nets = responses.map(netMinutesPerWeek).filter((v): v is number => v !== undefined);
  const show = nets.length === 0 || nets.length >= (options.minSize ?? DEFAULT_MIN_GROUP_SIZE);
  if (!show) return { n: undefined, suppressed: true, mean: undefined, median: undefined, negative: undefined };
  return {
    n: nets.length,
    suppressed: false,
    mean: nets.length > 0 ? mean(nets) : undefined,
    median: nets.length > 0 ? median(nets) : undefined,
    negative: nets.filter((v) => v < 0).length
  };
}

export interface ITaskAverage {
  task: CopilotTask;
  n: number | undefined;
  suppressed: boolean;
  meanSaved: number | undefined;
  meanChecking: number | undefined;
  meanNet: number | undefined;
}

/** Mean minutes saved, checking and net per week for each task, over the respondents who answered that task. */
export function taskAverages(responses: readonly IResponse[], options: IAggregateOptions = {}): ITaskAverage[] {
  const minSize = options.minSize ?? DEFAULT_MIN_GROUP_SIZE;
  return COPILOT_TASKS.map((task) => {
    const rs = responses.filter((r) => netTaskMinutes(r, task) !== undefined);
    if (rs.length === 0 || rs.length < minSize) {
      const suppressed = rs.length > 0;
      return { task, n: suppressed ? undefined : 0, suppressed, meanSaved: undefined, meanChecking: undefined, meanNet: undefined };
    }
    return {
      task,
      n: rs.length,
      suppressed: false,
      meanSaved: mean(rs.map((r) => minutes(r, minutesSavedId(task)) ?? 0)),
      meanChecking: mean(rs.map((r) => minutes(r, minutesCheckingId(task)) ?? 0)),
      meanNet: mean(rs.map((r) => netTaskMinutes(r, task) as number))
    };
  });
}
