import * as strings from 'SuiteStrings';
import type { IPartSettings } from '../shared/partCatalog';
import type { ISettingsGroup } from '../shared/settings';

/** What the part shows first: answering the open wave, the results, or value for money. */
export type SurveyMode = 'respond' | 'results' | 'benefits';

/** The evaluation survey's own settings, on top of the data site every part has. */
export interface ISurveySettings extends IPartSettings {
  /** The view the part opens on. Default: respond. */
  mode?: SurveyMode;
  /** The survey's code. Empty: the newest survey offered to the person's force. */
  surveyKey?: string;
}

const SURVEY_KEY = /^[a-z0-9][a-z0-9-]{1,63}$/;

export function surveyKeyError(value: string): string {
  const text = value.trim();
  return text === '' || SURVEY_KEY.test(text) ? '' : strings.SurveySettingsKeyInvalid;
}

export function surveySettings(): ISettingsGroup {
  return {
    name: strings.SurveySettingsGroup,
    fields: [
      {
        kind: 'dropdown',
        key: 'mode',
        label: strings.SurveySettingsMode,
        options: [
          { key: 'respond', text: strings.SurveyTabRespond },
          { key: 'results', text: strings.SurveyTabResults },
          { key: 'benefits', text: strings.SurveyTabBenefits }
        ]
      },
      { kind: 'text', key: 'surveyKey', label: strings.SurveySettingsKey, description: strings.SurveySettingsKeyDescription, validate: surveyKeyError }
    ]
  };
}
