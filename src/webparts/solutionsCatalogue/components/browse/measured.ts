/**
 * The evaluation survey's published minutes per task, in the shape the catalogue's minutes resolver takes:
 * net minutes per use where the survey asked how often people used Copilot for the task (and enough of
 * them said), and always the weekly figure as evidence.
 *
 * Decision: the reader's own force's figure when the survey published one with a per-use figure, else all
 * forces; the source names the survey, the wave, whose figure it is and when it was published.
 */
import * as strings from 'SuiteStrings';
import type { IPublishedSurveyResults } from '../../../../data/catalogueViewer';
import type { MeasuredTaskMinutes, IMeasuredTaskFigure } from '../../../../domain/catalogue/minutes';
import type { TaskKey } from '../../../../domain/catalogue/types';
import { MEASURED_TASKS } from '../../../../lists/catalogue';
import { latestClosedWave, measuredTaskMinutes, type ITaskFigures } from '../../../../domain/survey/published';
import { waveName } from '../../../evaluationSurvey/components/respond/surveyText';
import { formatDay, formatText } from '../../../../ui/format/text';

function shown(figure: ReturnType<typeof measuredTaskMinutes>): ITaskFigures | undefined {
  return figure !== undefined && figure.status === 'shown' ? figure.value : undefined;
}

/** Net minutes per use and a week per task (newest closed wave) from published results; tasks with no shown figure are left out. */
export function measuredFromPublished(published: IPublishedSurveyResults | undefined, locale: string, force?: string): MeasuredTaskMinutes | undefined {
  if (published === undefined) return undefined;
  const wave = latestClosedWave(published.results);
  if (wave === undefined) return undefined;
  const source = (scope: string): string =>
    formatText(strings.CatalogueMeasuredSource, published.surveyTitle, waveName(published.results.waves[wave].k), scope, formatDay(published.publishedOn, locale));
  const out: Partial<Record<TaskKey, IMeasuredTaskFigure>> = {};
  let any = false;
  for (const task of MEASURED_TASKS) {
    const own = force ? shown(measuredTaskMinutes(published.results, task, force)) : undefined;
    const all = shown(measuredTaskMinutes(published.results, task));
    const figure = own?.perUse !== undefined ? own : all;
    if (figure === undefined || figure.n === 0) continue;
    out[task] = {
      netMinutesPerWeek: figure.net.perWeek,
      ...(figure.perUse !== undefined ? { netMinutesPerUse: figure.perUse.net } : {}),
      respondents: figure.n,
      source: source(figure === own && force ? force : strings.CatalogueMeasuredAllForces)
    };
    any = true;
  }
  return any ? out : undefined;
}
