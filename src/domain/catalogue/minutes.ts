/**
 * Minutes saved per use of an entry: measured where the evaluation survey has published a figure for the
 * entry's task, the author's estimate (marked as such) otherwise.
 *
 * Decisions:
 * - The survey's figures come in as a plain input (`MeasuredTaskMinutes`), one per task key, so the
 *   catalogue does not depend on the survey's code or storage: whoever reads the published aggregates
 *   turns them into this shape.
 * - The survey measures net minutes a WEEK per task (saved minus checking); an entry is about one USE.
 *   A measured figure counts per use only when the input says so (`netMinutesPerUse`) or gives uses a week
 *   to divide by; a weekly figure alone is kept beside the estimate as evidence, never passed off as a
 *   per-use number.
 * - A figure from fewer respondents than the smallest reported group (default 10, as the survey's) is
 *   ignored. A negative net figure is kept: checking took longer than the task saved, and people should
 *   see it (DBT found spreadsheet analysis slower).
 */
import type { IEntryContent, TaskKey } from './types';

/** What the survey published for one task. */
export interface IMeasuredTaskFigure {
  /** Net minutes saved per use (saved minus checking), when the survey can say it. */
  netMinutesPerUse?: number;
  /** Net minutes saved per person per week on the task (the survey's own unit). */
  netMinutesPerWeek?: number;
  /** How many times a week respondents do the task, to turn the weekly figure into a per-use one. */
  usesPerWeek?: number;
  /** Respondents behind the figure. */
  respondents: number;
  /** Where it comes from, for the card's "measured" note (e.g. "Evaluation survey, month 3, published 11 Dec 2026"). */
  source: string;
}

export type MeasuredTaskMinutes = Readonly<Partial<Record<TaskKey, IMeasuredTaskFigure>>>;

export interface IMinutesSaved {
  /** `measured`: per use from the survey; `estimated`: the author's estimate; `none`: neither. */
  basis: 'measured' | 'estimated' | 'none';
  /** Minutes per use (measured: to a tenth; estimated: whole minutes), or null for `none`. Negative: a net loss. */
  perUse: number | null;
  task: TaskKey | null;
  /** The survey's weekly net minutes for the task, shown as evidence even when per use is estimated. */
  taskNetMinutesPerWeek: number | null;
  respondents: number | null;
  source: string | null;
}

export const MIN_RESPONDENTS = 10;

const finite = (v: number | undefined): v is number => typeof v === 'number' && isFinite(v);

/** The minutes an entry saves per use and on what basis. */
export function resolveMinutesSaved(
  entry: Pick<IEntryContent, 'measuredTask' | 'estimatedMinutesPerUse'>,
  measured: MeasuredTaskMinutes | undefined,
  minRespondents: number = MIN_RESPONDENTS
): IMinutesSaved {
  const task = entry.measuredTask;
  const figure = task !== null && measured !== undefined ? measured[task] : undefined;
  const usable = figure !== undefined && figure.respondents >= minRespondents ? figure : undefined;
  const estimate = entry.estimatedMinutesPerUse;
  const evidence = {
    task,
    taskNetMinutesPerWeek: usable !== undefined && finite(usable.netMinutesPerWeek) ? usable.netMinutesPerWeek : null,
    respondents: usable !== undefined ? usable.respondents : null,
    source: usable !== undefined ? usable.source : null
  };
  if (usable !== undefined) {
    let perUse: number | null = null;
    if (finite(usable.netMinutesPerUse)) perUse = usable.netMinutesPerUse;
    else if (finite(usable.netMinutesPerWeek) && finite(usable.usesPerWeek) && usable.usesPerWeek > 0) perUse = usable.netMinutesPerWeek / usable.usesPerWeek;
    // Measured to a tenth of a minute (a loss-making task may be under a minute either way); estimates are whole minutes.
    if (perUse !== null) return { basis: 'measured', perUse: Math.round(perUse * 10) / 10 || 0, ...evidence };
  }
  if (estimate !== null && finite(estimate)) return { basis: 'estimated', perUse: Math.round(estimate), ...evidence };
  return { basis: 'none', perUse: null, ...evidence };
}

/** Minutes per use for every entry (for sorting by time saved): id → minutes, null when unknown. */
export function minutesPerUseById(
  entries: ReadonlyArray<Pick<IEntryContent, 'measuredTask' | 'estimatedMinutesPerUse'> & { id: number }>,
  measured: MeasuredTaskMinutes | undefined,
  minRespondents: number = MIN_RESPONDENTS
): Map<number, number | null> {
  const out = new Map<number, number | null>();
  for (const e of entries) out.set(e.id, resolveMinutesSaved(e, measured, minRespondents).perUse);
  return out;
}
