import * as strings from 'SuiteStrings';
import { formatText } from '../../ui/format/text';
import type { IPartSettings } from '../shared/partCatalog';
import type { ISettingsGroup } from '../shared/settings';

export type CatalogueLayout = 'cards' | 'list';

/**
 * The solutions catalogue's own settings, on top of the data site every part has.
 *
 * Decision: the two switches are stored as "closed" flags, so a part nobody has configured (every
 * property undefined) takes submissions and questions, which is what the catalogue is for.
 */
export interface ICatalogueSettings extends IPartSettings {
  /** Departments selected when the part opens (a department's own page), separated by semicolons or commas. Empty: none. */
  defaultDepartments?: string;
  /** Products selected when the part opens, separated by semicolons or commas. Empty: none. */
  defaultProducts?: string;
  /** How results are shown. Default: cards. */
  layout?: CatalogueLayout;
  /** New submissions are paused (the Submit tab is hidden). Default: open. */
  submissionsClosed?: boolean;
  /** New questions to the champions are paused. Default: open. */
  questionsClosed?: boolean;
  /** The acceptable use policy the data-handling labels link to (https). Empty: no link. */
  policyUrl?: string;
}

export const MAX_DEFAULT_VALUES = 10;
export const MAX_DEFAULT_VALUE_LENGTH = 100;

/** The values of a default filter: separated by semicolons, commas or new lines, trimmed, each once. */
export function filterValues(text: string | undefined): string[] {
  const out: string[] = [];
  for (const piece of (text ?? '').split(/[;,\n]+/)) {
    const value = piece.trim();
    if (value !== '' && out.every((v) => v.toLowerCase() !== value.toLowerCase())) out.push(value);
  }
  return out;
}

/** Why a default filter cannot be used ('' when it can). */
export function defaultFilterError(value: string): string {
  const values = filterValues(value);
  if (values.length > MAX_DEFAULT_VALUES) return formatText(strings.CatalogueSettingsTooManyValues, MAX_DEFAULT_VALUES);
  const long = values.filter((v) => v.length > MAX_DEFAULT_VALUE_LENGTH);
  return long.length > 0 ? formatText(strings.CatalogueSettingsValueTooLong, MAX_DEFAULT_VALUE_LENGTH) : '';
}

/** The policy link: empty, or an absolute https address with a host (no credentials in it). */
export function policyUrlError(value: string): string {
  const text = value.trim();
  if (text === '') return '';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return strings.CatalogueSettingsPolicyNotAUrl;
  }
  if (url.protocol !== 'https:' || url.hostname === '') return strings.CatalogueSettingsPolicyNotHttps;
  if (url.username !== '' || url.password !== '') return strings.CatalogueSettingsPolicyNotAUrl;
  return '';
}

/** The policy link to show, or undefined when the setting is empty or not a valid https address. */
export function policyLink(settings: ICatalogueSettings): string | undefined {
  const text = (settings.policyUrl ?? '').trim();
  return text !== '' && policyUrlError(text) === '' ? text : undefined;
}

/** What the part does with its settings, defaults applied and bad values ignored. */
export interface IResolvedCatalogueSettings {
  departments: string[];
  products: string[];
  layout: CatalogueLayout;
  submissionsOpen: boolean;
  questionsOpen: boolean;
  policyUrl: string | undefined;
}

export function resolveCatalogueSettings(settings: ICatalogueSettings): IResolvedCatalogueSettings {
  const usable = (text: string | undefined): string[] => (defaultFilterError(text ?? '') === '' ? filterValues(text) : []);
  return {
    departments: usable(settings.defaultDepartments),
    products: usable(settings.defaultProducts),
    layout: settings.layout === 'list' ? 'list' : 'cards',
    submissionsOpen: settings.submissionsClosed !== true,
    questionsOpen: settings.questionsClosed !== true,
    policyUrl: policyLink(settings)
  };
}

export function catalogueSettings(): ISettingsGroup {
  return {
    name: strings.CatalogueSettingsGroup,
    fields: [
      {
        kind: 'text',
        key: 'defaultDepartments',
        label: strings.CatalogueSettingsDepartments,
        description: strings.CatalogueSettingsDepartmentsDescription,
        validate: defaultFilterError
      },
      {
        kind: 'text',
        key: 'defaultProducts',
        label: strings.CatalogueSettingsProducts,
        description: strings.CatalogueSettingsProductsDescription,
        validate: defaultFilterError
      },
      {
        kind: 'dropdown',
        key: 'layout',
        label: strings.CatalogueSettingsLayout,
        options: [
          { key: 'cards', text: strings.CatalogueSettingsLayoutCards },
          { key: 'list', text: strings.CatalogueSettingsLayoutList }
        ]
      },
      { kind: 'toggle', key: 'submissionsClosed', label: strings.CatalogueSettingsSubmissionsClosed, onText: strings.CatalogueSettingsPaused, offText: strings.CatalogueSettingsOpen },
      { kind: 'toggle', key: 'questionsClosed', label: strings.CatalogueSettingsQuestionsClosed, onText: strings.CatalogueSettingsPaused, offText: strings.CatalogueSettingsOpen },
      { kind: 'text', key: 'policyUrl', label: strings.CatalogueSettingsPolicyUrl, description: strings.CatalogueSettingsPolicyUrlDescription, validate: policyUrlError }
    ]
  };
}
