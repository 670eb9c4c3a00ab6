/**
 * What the solutions catalogue needs to know besides its own lists: who is looking (their site user id on
 * the data site, their force and department from the People directory), the evaluation survey's newest
 * published results (for measured minutes), and the training modules an entry can point to.
 *
 * Decisions:
 * - The site user id is the DATA site's (`web.currentUser`), not the page's: SharePoint's Author on the
 *   catalogue lists is a data-site user, and a Teams tab's page lives in another site.
 * - A person missing from the directory is not an error: force and department are then empty (the desk
 *   asks them to say their force).
 * - Measured minutes come from the newest survey that has published results (the three newest surveys
 *   are tried, one indexed request each); any failure reading them leaves the catalogue on estimates.
 */
import { parsePublishedResults, type IPublishedResults } from '../domain/survey/published';
import { toDataError } from './errors';
import { PeopleRepository } from './PeopleRepository';
import type { DataSite } from './sp';
import { SurveyRepository } from './SurveyRepository';
import { TrainingModuleRepository } from './TrainingModuleRepository';

export interface ICatalogueViewer {
  /** Site user id on the data site (SharePoint's Author of what they create). */
  userId: number | null;
  /** From the People directory; empty when they are not in it. */
  force: string;
  department: string;
  displayName: string;
}

/** The signed-in person's data-site user id and directory record (two requests, side by side). */
export async function catalogueViewer(site: DataSite, upn: string): Promise<ICatalogueViewer> {
  const [me, person] = await Promise.all([
    (async (): Promise<{ Id: number }> => {
      try {
        return (await site.sp.web.currentUser.select('Id')()) as { Id: number };
      } catch (error) {
        throw await toDataError(error);
      }
    })(),
    new PeopleRepository(site).findByUpn(upn)
  ]);
  return {
    userId: typeof me.Id === 'number' ? me.Id : null,
    force: person?.force ?? '',
    department: person?.department ?? '',
    displayName: person?.displayName ?? ''
  };
}

export interface IPublishedSurveyResults {
  surveyKey: string;
  surveyTitle: string;
  publishedOn: string;
  results: IPublishedResults;
}

const SURVEYS_TRIED = 3;

/** The newest survey's published results (of the three newest surveys, the first that has any), or undefined. */
export async function latestPublishedResults(site: DataSite): Promise<IPublishedSurveyResults | undefined> {
  const repository = new SurveyRepository(site);
  const surveys = (await repository.surveys()).filter((s) => s.problem === undefined).slice(0, SURVEYS_TRIED);
  for (const survey of surveys) {
    const snapshot = await repository.latestSnapshot(survey.key, 'results');
    const results = parsePublishedResults(snapshot?.aggregatesJson);
    if (snapshot !== undefined && results !== undefined) return { surveyKey: survey.key, surveyTitle: survey.title, publishedOn: snapshot.publishedOn, results };
  }
  return undefined;
}

export interface ICatalogueModule {
  key: string;
  title: string;
  contentUrl: string | undefined;
  active: boolean;
}

/** The training modules (code, title, link) an entry may name as its related training. */
export async function catalogueTrainingModules(site: DataSite): Promise<ICatalogueModule[]> {
  const records = await new TrainingModuleRepository(site).list();
  return records.map((r) => ({ key: r.module.key, title: r.module.title, contentUrl: r.module.contentUrl, active: r.module.active }));
}
