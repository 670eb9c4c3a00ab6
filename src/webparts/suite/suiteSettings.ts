import * as strings from 'SuiteStrings';
import { partDefinition, releasedParts, type PartKey } from '../shared/partCatalog';
import type { ISettingsGroup, ISettingsPage } from '../shared/settings';
import { dataSiteSettings } from '../shared/commonSettings';
import { partTitle } from './partTitles';

const DATA_SITE_KEY = 'dataSiteUrl';

/** The chosen part's own settings groups (its opening view among them), without the shared data site. */
function ownGroups(part: PartKey): ISettingsGroup[] {
  return partDefinition(part)
    .settings()
    .groups.filter((g) => !g.fields.some((f) => f.key === DATA_SITE_KEY));
}

/**
 * The Suite part's settings: which released part it shows and, once one is chosen, that part's own
 * settings (the view it opens on, its filters), so whoever adds the Teams channel tab chooses both.
 */
export function suiteSettings(part?: PartKey): ISettingsPage {
  const chosen = part !== undefined && releasedParts().some((p) => p.key === part) ? part : undefined;
  return {
    description: strings.SuiteDescription,
    groups: [
      {
        name: strings.SettingsGroupName,
        fields: [{ kind: 'dropdown', key: 'part', label: strings.SuitePartFieldLabel, options: releasedParts().map((p) => ({ key: p.key, text: partTitle(p.key) })) }]
      },
      ...(chosen !== undefined ? ownGroups(chosen) : []),
      dataSiteSettings()
    ]
  };
}

/**
 * The settings to keep when the Suite switches to another part: the choice itself and the data site. The
 * previous part's values go, the new part starts from its own defaults: two parts may use one key
 * differently (the training tracker and the risk register both have an opening view, with other views).
 */
export function settingsOnSwitch<T extends Record<string, unknown>>(values: T): Partial<T> {
  const kept: Partial<T> = {};
  for (const key of Object.keys(values) as Array<keyof T & string>) if (key === 'part' || key === DATA_SITE_KEY) kept[key] = values[key];
  return kept;
}
