import * as strings from 'SuiteStrings';
import type { ISettingsGroup } from './settings';

/**
 * Checks a data site URL typed into the settings: empty means "use the tenant-wide setting"; otherwise an
 * absolute https URL of a site collection (/sites/… or /teams/…). http is accepted only for the local
 * emulator on this machine.
 */
export function dataSiteUrlError(value: string): string {
  const text = value.trim();
  if (text === '') return '';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return strings.DataSiteUrlNotAUrl;
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) return strings.DataSiteUrlNotHttps;
  if (!/^\/(sites|teams)\/[^/]+\/?$/i.test(url.pathname) || url.search || url.hash) return strings.DataSiteUrlNotASite;
  return '';
}

/** The settings group every part shares: where the suite's data lives. */
export function dataSiteSettings(): ISettingsGroup {
  return {
    name: strings.DataGroupName,
    fields: [
      {
        kind: 'text',
        key: 'dataSiteUrl',
        label: strings.DataSiteUrlLabel,
        description: strings.DataSiteUrlDescription,
        validate: dataSiteUrlError
      }
    ]
  };
}
