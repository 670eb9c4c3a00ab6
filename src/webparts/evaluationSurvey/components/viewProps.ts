import type { DataSite } from '../../../data/sp';
import type { ISurvey, ISurveyRights } from '../../../data/SurveyRepository';

/** What the part's shell gives each of its views (results, benefits). */
export interface ISurveyViewProps {
  /** The data site (resolved once by the shell's services). */
  site: () => Promise<DataSite>;
  survey: ISurvey;
  /** From SharePoint's effective permissions; a view offers only what SharePoint will allow. */
  rights: ISurveyRights;
  /** Today in London, YYYY-MM-DD (tests fix it). */
  today: string;
  locale: string;
  /** Makes element ids unique on a page with several parts. */
  idPrefix: string;
}
