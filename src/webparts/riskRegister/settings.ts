import * as strings from 'SuiteStrings';
import type { RiskCategory } from '../../domain/risks';
import type { IPartSettings } from '../shared/partCatalog';
import type { ISettingsGroup } from '../shared/settings';
import { categoryName } from './components/risk/riskText';

/** What the part opens on: the register table, the 5×5 heat map or the board's meetings. */
export type RiskStartView = 'register' | 'heatMap' | 'board';

/** Whose scores the part opens with: the programme (every risk, joint risks at their worst force), a force, or the joint risks. */
export type RiskViewSetting = 'combined' | 'Kent' | 'Essex' | 'Joint';

export const RISK_VIEW_SETTINGS: readonly RiskViewSetting[] = ['combined', 'Kent', 'Essex', 'Joint'];

/**
 * The seven standing topics, in agenda order (the same keys as `RISK_CATEGORIES` in `src/lists/risks.ts`,
 * checked by the settings test). Written out here so the property pane, which every page with the part
 * loads, does not pull the register's lists and domain into the part's first download.
 */
export const SETTINGS_TOPICS: readonly RiskCategory[] = [
  'copilotGovernance',
  'platformAssurance',
  'licensingFinance',
  'storageRecords',
  'nationalDevelopments',
  'trainingReadiness',
  'benefitsRealisation'
];

/**
 * The risk register's own settings, on top of the data site every part has. Every value is optional: a
 * part nobody has configured opens on the whole register, every topic, the programme's (combined) view.
 */
export interface IRiskRegisterSettings extends IPartSettings {
  /** The topic the register is filtered to when the part opens (a topic's own page). Empty: every topic. */
  defaultTopic?: string;
  /** Whose scores are shown first. Default: combined. */
  defaultForceView?: string;
  /** Register or heat map first. Default: register. */
  defaultView?: string;
}

/** What the part does with its settings, defaults applied and values it does not know ignored. */
export interface IResolvedRiskSettings {
  topic: RiskCategory | undefined;
  forceView: RiskViewSetting;
  startView: RiskStartView;
}

/** Why a stored topic cannot be used ('' when it can): a topic removed since, or typed into the page's JSON. */
export function defaultTopicError(value: string | undefined): string {
  const text = (value ?? '').trim();
  return text === '' || (SETTINGS_TOPICS as readonly string[]).indexOf(text) >= 0 ? '' : strings.RiskSettingsTopicUnknown;
}

export function defaultForceViewError(value: string | undefined): string {
  const text = (value ?? '').trim();
  return text === '' || (RISK_VIEW_SETTINGS as readonly string[]).indexOf(text) >= 0 ? '' : strings.RiskSettingsViewUnknown;
}

export function defaultViewError(value: string | undefined): string {
  const text = (value ?? '').trim();
  return text === '' || text === 'register' || text === 'heatMap' || text === 'board' ? '' : strings.RiskSettingsStartUnknown;
}

/** The settings as the part applies them: a value that fails its check is ignored, never half-applied. */
export function resolveRiskSettings(settings: IRiskRegisterSettings): IResolvedRiskSettings {
  const topic = (settings.defaultTopic ?? '').trim();
  const view = (settings.defaultForceView ?? '').trim();
  const start = (settings.defaultView ?? '').trim();
  return {
    topic: topic !== '' && defaultTopicError(topic) === '' ? (topic as RiskCategory) : undefined,
    forceView: view !== '' && defaultForceViewError(view) === '' ? (view as RiskViewSetting) : 'combined',
    startView: start === 'heatMap' || start === 'board' ? start : 'register'
  };
}

/** The text of a force view, as the view selector and the property pane show it. */
export function forceViewName(view: string): string {
  return view === 'combined' ? strings.RiskViewCombined : view === 'Joint' ? strings.RiskViewJoint : view;
}

export function riskRegisterSettings(): ISettingsGroup {
  return {
    name: strings.RiskSettingsGroup,
    fields: [
      {
        kind: 'dropdown',
        key: 'defaultView',
        label: strings.RiskSettingsStart,
        options: [
          { key: 'register', text: strings.RiskTabRegister },
          { key: 'heatMap', text: strings.RiskTabHeatMap },
          { key: 'board', text: strings.BoardTab }
        ]
      },
      {
        kind: 'dropdown',
        key: 'defaultTopic',
        label: strings.RiskSettingsTopic,
        options: [{ key: '', text: strings.RiskFilterAllTopics }, ...SETTINGS_TOPICS.map((c) => ({ key: c, text: categoryName(c) }))]
      },
      {
        kind: 'dropdown',
        key: 'defaultForceView',
        label: strings.RiskSettingsForceView,
        options: RISK_VIEW_SETTINGS.map((v) => ({ key: v, text: forceViewName(v) }))
      }
    ]
  };
}
