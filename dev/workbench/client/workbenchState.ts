import type { HostKind, ThemeName } from '../../../src/ui/host/hostContext';
import type { PartKey } from '../../../src/webparts/shared/partCatalog';
import type { SectionBackground } from './sharePointTheme';

/** Which part (or the Suite part) a slot of the page shows. */
export type WorkbenchPart = PartKey | 'suite';

export type SectionLayout = 1 | 2 | 3;

/**
 * Everything the workbench shows, kept in the page's query string so a view can be linked to and browser
 * tests can open one directly. Who you are is not here: it lives in a cookie, as SharePoint's sign-in does.
 */
export interface IWorkbenchState {
  host: HostKind;
  /** Teams theme when the host is a Teams one; SharePoint hosts use the site theme and section background. */
  teamsTheme: Exclude<ThemeName, 'sharepoint'>;
  layout: SectionLayout;
  background: SectionBackground;
  /** One part per column of the section (the first is also the full-page and Teams part). */
  parts: WorkbenchPart[];
  /** Per-part settings, as the property pane would store them. */
  settings: Partial<Record<WorkbenchPart, Record<string, unknown>>>;
}

const HOSTS: HostKind[] = ['SharePointWebPart', 'SharePointFullPage', 'TeamsTab', 'TeamsPersonalApp'];
const PARTS: WorkbenchPart[] = ['trainingTracker', 'solutionsCatalogue', 'riskRegister', 'evaluationSurvey', 'suite'];
const BACKGROUNDS: SectionBackground[] = ['none', 'neutral', 'soft', 'strong'];

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).indexOf(value) >= 0 ? (value as T) : fallback;
}

export function parseState(search: string): IWorkbenchState {
  const q = new URLSearchParams(search);
  const layoutNumber = Number(q.get('layout'));
  const parts = (q.get('parts') || 'trainingTracker').split(',').map((p) => pick(p, PARTS, 'trainingTracker'));
  let settings: IWorkbenchState['settings'] = {};
  try {
    const raw = q.get('settings');
    settings = raw ? (JSON.parse(raw) as IWorkbenchState['settings']) : {};
  } catch {
    settings = {};
  }
  return {
    host: pick(q.get('host'), HOSTS, 'SharePointWebPart'),
    teamsTheme: pick(q.get('theme'), ['default', 'dark', 'contrast'] as const, 'default'),
    layout: layoutNumber === 2 || layoutNumber === 3 ? layoutNumber : 1,
    background: pick(q.get('background'), BACKGROUNDS, 'none'),
    parts,
    settings
  };
}

export function serializeState(state: IWorkbenchState): string {
  const q = new URLSearchParams();
  q.set('host', state.host);
  q.set('theme', state.teamsTheme);
  q.set('layout', String(state.layout));
  q.set('background', state.background);
  q.set('parts', state.parts.join(','));
  if (Object.keys(state.settings).length > 0) {
    q.set('settings', JSON.stringify(state.settings));
  }
  return `?${q.toString()}`;
}

export const ALL_PARTS: readonly WorkbenchPart[] = PARTS;
export const ALL_HOSTS: readonly HostKind[] = HOSTS;
export const ALL_BACKGROUNDS: readonly SectionBackground[] = BACKGROUNDS;
