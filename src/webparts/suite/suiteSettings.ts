import * as strings from 'SuiteStrings';
import { releasedParts } from '../shared/partCatalog';
import type { ISettingsPage } from '../shared/settings';
import { dataSiteSettings } from '../shared/commonSettings';
import { partTitle } from './partTitles';

/** The Suite part's settings: which released part it shows. */
export function suiteSettings(): ISettingsPage {
  return {
    description: strings.SuiteDescription,
    groups: [
      {
        name: strings.SettingsGroupName,
        fields: [{ kind: 'dropdown', key: 'part', label: strings.SuitePartFieldLabel, options: releasedParts().map((p) => ({ key: p.key, text: partTitle(p.key) })) }]
      },
      dataSiteSettings()
    ]
  };
}
