/**
 * The evaluation survey's published minutes per task, in the shape the catalogue's minutes resolver takes.
 * The survey measures net minutes a WEEK per person; it has no per-use figure, so `resolveMinutesSaved`
 * keeps such a figure beside the author's estimate as evidence and never passes it off as per use.
 */
import * as strings from 'SuiteStrings';
import type { IPublishedSurveyResults } from '../../../../data/catalogueViewer';
import type { MeasuredTaskMinutes, IMeasuredTaskFigure } from '../../../../domain/catalogue/minutes';
import type { TaskKey } from '../../../../domain/catalogue/types';
import { MEASURED_TASKS } from '../../../../lists/catalogue';
import { measuredTaskMinutes } from '../../../../domain/survey/published';
import { formatDay, formatText } from '../../../../ui/format/text';

/** Net minutes a week per task (all forces, newest closed wave) from published results; tasks with no shown figure are left out. */
export function measuredFromPublished(published: IPublishedSurveyResults | undefined, locale: string): MeasuredTaskMinutes | undefined {
  if (published === undefined) return undefined;
  const source = formatText(strings.CatalogueMeasuredSource, published.surveyTitle, formatDay(published.publishedOn, locale));
  const out: Partial<Record<TaskKey, IMeasuredTaskFigure>> = {};
  let any = false;
  for (const task of MEASURED_TASKS) {
    const figure = measuredTaskMinutes(published.results, task);
    if (figure === undefined || figure.status !== 'shown') continue;
    out[task] = { netMinutesPerWeek: figure.value.net.perWeek, respondents: figure.value.n, source };
    any = true;
  }
  return any ? out : undefined;
}
