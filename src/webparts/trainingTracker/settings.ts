import * as strings from 'SuiteStrings';
import type { IPartSettings } from '../shared/partCatalog';
import type { ISettingsGroup } from '../shared/settings';

export type TrainingView = 'my' | 'team' | 'dashboard' | 'modules';

/** The training tracker's own settings, on top of the data site every part has. */
export interface ITrainingSettings extends IPartSettings {
  /** The tab the part opens on. Default: my training. */
  defaultView?: TrainingView;
  /** Only this force in the dashboard (a force's own intranet page). Empty: every force. */
  forceScope?: string;
  /** Module codes shown, comma or line separated. Empty: every module. */
  modulesShown?: string;
}

const MODULE_CODE = /^[a-z0-9-]{2,64}$/;

export function moduleCodes(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[\s,;]+/)
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '');
}

export function modulesShownError(value: string): string {
  const bad = moduleCodes(value).filter((c) => !MODULE_CODE.test(c));
  return bad.length > 0 ? strings.TrainingSettingsModulesInvalid.replace('{0}', bad.join(', ')) : '';
}

export function forceScopeError(value: string): string {
  return value.trim().length > 100 ? strings.TrainingSettingsForceTooLong : '';
}

export function trainingSettings(): ISettingsGroup {
  return {
    name: strings.TrainingSettingsGroup,
    fields: [
      {
        kind: 'dropdown',
        key: 'defaultView',
        label: strings.TrainingSettingsDefaultView,
        options: [
          { key: 'my', text: strings.TrainingTabMine },
          { key: 'team', text: strings.TrainingTabTeam },
          { key: 'dashboard', text: strings.TrainingTabDashboard },
          { key: 'modules', text: strings.TrainingTabModules }
        ]
      },
      { kind: 'text', key: 'forceScope', label: strings.TrainingSettingsForce, description: strings.TrainingSettingsForceDescription, validate: forceScopeError },
      { kind: 'text', key: 'modulesShown', label: strings.TrainingSettingsModules, description: strings.TrainingSettingsModulesDescription, validate: modulesShownError }
    ]
  };
}
