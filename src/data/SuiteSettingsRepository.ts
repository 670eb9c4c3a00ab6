/**
 * Suite settings: a key/value registry on the data site (`Lists/SuiteSettings`, values are JSON).
 * Reads by key use the indexed Title column; writes carry the etag read, so two owners editing one
 * setting get a `ConflictError` rather than a silent overwrite.
 */
import { SuiteSettingsList, SuiteSetting } from '../lists/suiteSettings';
import { DataSite } from './sp';
import { collectPages, queryIndexed, ReadOptions } from './paging';
import { filterFor } from './odata';
import { createItem, updateItem, WriteOptions } from './writes';
import { ValidationError } from './errors';

export interface StoredSetting<T> {
  readonly value: T;
  readonly id: number;
  readonly etag: string;
  readonly modified: Date;
}

/** Turns parsed JSON into the setting's type, or null when it does not fit. */
export type SettingParser<T> = (json: unknown) => T | null;

const settings = filterFor(SuiteSettingsList);

export class SuiteSettingsRepository {
  public constructor(
    private readonly site: DataSite,
    private readonly options: ReadOptions & WriteOptions = {}
  ) {}

  private async item(key: string): Promise<SuiteSetting | null> {
    const found = await collectPages(queryIndexed(this.site, SuiteSettingsList, settings.eq('key', key), this.options));
    return found.length > 0 ? found[0] : null;
  }

  /** The setting, or null when it is missing. A stored value that does not parse is a ValidationError. */
  public async get<T>(key: string, parse: SettingParser<T>): Promise<StoredSetting<T> | null> {
    const item = await this.item(key);
    if (item === null) return null;
    let json: unknown;
    try {
      json = JSON.parse(item.value);
    } catch {
      throw new ValidationError([{ key: 'validation.settingNotJson', field: key, detail: `Setting ${key} is not valid JSON` }]);
    }
    const value = parse(json);
    if (value === null) throw new ValidationError([{ key: 'validation.settingShape', field: key, detail: `Setting ${key} has an unexpected shape` }]);
    return { value, id: item.id, etag: item.etag, modified: item.modified };
  }

  /**
   * Creates the setting, or updates it when `etag` (from `get`) is given. Updating without an etag
   * is refused: it would overwrite someone else's change unseen.
   */
  public async set(key: string, value: unknown, etag?: string): Promise<void> {
    const json = JSON.stringify(value);
    const existing = await this.item(key);
    if (existing === null) {
      await createItem(this.site, SuiteSettingsList, { key, value: json }, this.options);
      return;
    }
    if (etag === undefined) {
      throw new ValidationError([{ key: 'validation.settingExists', field: key, detail: `Setting ${key} exists: read it first and pass its etag` }]);
    }
    await updateItem(this.site, SuiteSettingsList, { id: existing.id, etag, patch: { value: json } }, this.options);
  }
}
