/**
 * Idempotent set-up (and upgrade) of the suite's lists from their definitions: the list, its
 * settings, every column (internal name kept, display name set), required flags and indexes.
 * Indexes are created with the columns, before any data, because indexing a column on a list that
 * already holds over 5,000 items is refused by SharePoint.
 *
 * Each call returns the steps it took (or, in dry-run mode, would take), for an owner to read.
 * After the lists, each list's schema version (a hash of its definition, `schemaVersion.ts`) is
 * recorded in the Suite settings list, which is therefore part of every set-up. Permission groups and
 * levels are set up by `permissions.ts`.
 */
import '@pnp/sp/fields';
import { IList } from '@pnp/sp/lists';
import { ListDefinition, fieldEntries, listSettingsPayload } from '../../lists/define';
import { FieldDef } from '../../lists/fields';
import { fieldXml } from '../../lists/fieldXml';
import { schemaVersion } from '../../lists/schemaVersion';
import { schemaVersionKey, SuiteSettingsList } from '../../lists/suiteSettings';
import { DataSite, listOf } from '../sp';
import { NotFoundError, toDataError } from '../errors';
import { SuiteSettingsRepository } from '../SuiteSettingsRepository';

export type StepKind = 'createList' | 'renameList' | 'updateListSettings' | 'createField' | 'updateField' | 'fieldTypeMismatch' | 'recordSchemaVersion';

export interface ProvisionStep {
  readonly list: string;
  readonly kind: StepKind;
  /** Internal name for field steps. */
  readonly field?: string;
  readonly detail: string;
}

export interface EnsureOptions {
  readonly dryRun?: boolean;
}

interface WireField {
  readonly InternalName: string;
  readonly Title: string;
  readonly Indexed: boolean;
  readonly Required: boolean;
  readonly TypeAsString: string;
  /** Choice columns only, read one column at a time; a plain array in minimal metadata, `{results}` in verbose. */
  readonly Choices?: readonly string[] | { readonly results: readonly string[] };
}

function choicesOf(field: WireField): readonly string[] {
  const c = field.Choices;
  if (c === undefined || c === null) return [];
  return Array.isArray(c) ? c : (c as { readonly results: readonly string[] }).results ?? [];
}

const TYPE_AS_STRING: Readonly<Record<FieldDef['kind'], string>> = {
  Text: 'Text',
  Note: 'Note',
  Number: 'Number',
  Currency: 'Currency',
  DateTime: 'DateTime',
  Boolean: 'Boolean',
  Choice: 'Choice',
  MultiChoice: 'MultiChoice',
  User: 'User',
  Lookup: 'Lookup',
  URL: 'URL'
};

const SETTING_KEYS = ['Title', 'Description', 'Id', 'EnableVersioning', 'MajorVersionLimit', 'EnableModeration', 'DraftVersionVisibility', 'ReadSecurity', 'WriteSecurity', 'EnableAttachments'];

async function readList(list: IList): Promise<Record<string, unknown> | null> {
  try {
    return (await list.select(...SETTING_KEYS)()) as Record<string, unknown>;
  } catch (e) {
    const err = await toDataError(e);
    if (err instanceof NotFoundError) return null;
    throw err;
  }
}

/** The list's URL name (`Lists/People` → `People`): lists are created under it, then retitled. */
const urlName = (def: ListDefinition): string => def.url.replace(/^Lists\//, '');

/** Resolves lookup targets to list ids on the site (targets are provisioned first). */
async function lookupIds(site: DataSite, def: ListDefinition): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [, field] of fieldEntries(def)) {
    if (field.kind !== 'Lookup') continue;
    const target = field.target();
    const info = await readList(listOf(site, target));
    if (info === null || typeof info.Id !== 'string') throw new Error(`Lookup ${field.internalName}: provision list "${target.title}" first`);
    ids.set(target.key, info.Id);
  }
  return ids;
}

async function ensureFields(site: DataSite, def: ListDefinition, list: IList, exists: boolean, opts: EnsureOptions): Promise<ProvisionStep[]> {
  const steps: ProvisionStep[] = [];
  const current = exists
    ? ((await list.fields.select('InternalName', 'Title', 'Indexed', 'Required', 'TypeAsString')()) as WireField[])
    : [];
  const byName = new Map(current.map((f) => [f.InternalName, f] as const));
  const ids = opts.dryRun === true && !exists ? new Map<string, string>() : await lookupIds(site, def);
  for (const [, field] of fieldEntries(def)) {
    const have = byName.get(field.internalName);
    const step = (kind: StepKind, detail: string): void => {
      steps.push({ list: def.title, kind, field: field.internalName, detail });
    };
    if (have === undefined && !field.builtIn) {
      step('createField', `${field.kind} "${field.displayName}"${field.indexed ? ', indexed' : ''}`);
      if (opts.dryRun !== true) {
        const xml = fieldXml(field, (key) => ids.get(key) ?? '');
        await list.fields.createFieldAsXml({ SchemaXml: xml.schemaXml, Options: xml.options });
        // The XML used the internal name as display name (so the name sticks); now the real title.
        await list.fields.getByInternalNameOrTitle(field.internalName).update({ Title: field.displayName }, 'SP.Field');
      }
      continue;
    }
    if (have !== undefined && have.TypeAsString !== TYPE_AS_STRING[field.kind] && !(field.kind === 'User' && have.TypeAsString === 'UserMulti')) {
      step('fieldTypeMismatch', `is ${have.TypeAsString} on the site, ${field.kind} in the schema: change it by hand, never automatically`);
      continue;
    }
    const patch: Record<string, unknown> = {};
    if (have === undefined || have.Title !== field.displayName) patch.Title = field.displayName;
    if (have === undefined || have.Required !== field.required) patch.Required = field.required;
    if (have === undefined || have.Indexed !== field.indexed) patch.Indexed = field.indexed;
    let fieldType = 'SP.Field';
    if (have !== undefined && (field.kind === 'Choice' || field.kind === 'MultiChoice')) {
      // Choices are only ever added: removing one would orphan the items that hold it. They are read
      // per column: `$select=Choices` on the whole collection fails (SP.Field has no Choices).
      const onSite = choicesOf((await list.fields.getByInternalNameOrTitle(field.internalName).select('Choices')()) as WireField);
      const missing = field.choices.filter((c) => onSite.indexOf(c) < 0);
      if (missing.length > 0) {
        patch.Choices = [...onSite, ...missing];
        fieldType = field.kind === 'Choice' ? 'SP.FieldChoice' : 'SP.FieldMultiChoice';
      }
    }
    if (Object.keys(patch).length === 0) continue;
    step('updateField', JSON.stringify(patch));
    if (opts.dryRun !== true) await list.fields.getByInternalNameOrTitle(field.internalName).update(patch, fieldType);
  }
  return steps;
}

/** Ensures one list: creates it under its URL name, retitles it, applies settings, then its columns. */
export async function ensureList(site: DataSite, def: ListDefinition, opts: EnsureOptions = {}): Promise<ProvisionStep[]> {
  const steps: ProvisionStep[] = [];
  const list = listOf(site, def);
  const info = await readList(list);
  const settings = listSettingsPayload(def);
  if (info === null) {
    steps.push({ list: def.title, kind: 'createList', detail: `${def.url} ${JSON.stringify(settings)}` });
    if (opts.dryRun !== true) {
      await site.sp.web.lists.add(urlName(def), def.description, 100, false, settings);
      await list.update({ Title: def.title });
    }
  } else {
    if (info.Title !== def.title || info.Description !== def.description) {
      steps.push({ list: def.title, kind: 'renameList', detail: `"${String(info.Title)}" → "${def.title}"` });
      if (opts.dryRun !== true) await list.update({ Title: def.title, Description: def.description });
    }
    const differing: Record<string, boolean | number> = {};
    Object.keys(settings).forEach((k) => {
      if (info[k] !== settings[k]) differing[k] = settings[k];
    });
    if (Object.keys(differing).length > 0) {
      steps.push({ list: def.title, kind: 'updateListSettings', detail: JSON.stringify(differing) });
      if (opts.dryRun !== true) await list.update(differing);
    }
  }
  steps.push(...(await ensureFields(site, def, list, info !== null || opts.dryRun !== true, opts)));
  return steps;
}

/** The recorded schema version of a list, as stored in Suite settings. */
export interface RecordedSchemaVersion {
  readonly version: string;
}

const parseVersion = (json: unknown): RecordedSchemaVersion | null =>
  typeof json === 'object' && json !== null && typeof (json as { version?: unknown }).version === 'string'
    ? { version: (json as { version: string }).version }
    : null;

/** The schema version recorded for a list, or null when none is (or the settings list is missing). */
export async function recordedSchemaVersion(site: DataSite, def: ListDefinition): Promise<string | null> {
  try {
    const stored = await new SuiteSettingsRepository(site).get(schemaVersionKey(def.key), parseVersion);
    return stored === null ? null : stored.value.version;
  } catch (e) {
    const err = await toDataError(e);
    if (err instanceof NotFoundError) return null;
    throw err;
  }
}

async function recordSchemaVersion(site: DataSite, def: ListDefinition, opts: EnsureOptions): Promise<ProvisionStep[]> {
  const version = schemaVersion(def);
  const repo = new SuiteSettingsRepository(site);
  const key = schemaVersionKey(def.key);
  let stored: { readonly value: RecordedSchemaVersion; readonly etag: string } | null = null;
  try {
    stored = await repo.get(key, parseVersion);
  } catch (e) {
    const err = await toDataError(e);
    // Only a dry run on an empty site gets here: the settings list would be created first.
    if (!(err instanceof NotFoundError) || opts.dryRun !== true) throw err;
  }
  if (stored !== null && stored.value.version === version) return [];
  const step: ProvisionStep = { list: def.title, kind: 'recordSchemaVersion', detail: `${key}: ${stored === null ? 'none' : stored.value.version} → ${version}` };
  if (opts.dryRun !== true) await repo.set(key, { version }, stored === null ? undefined : stored.etag);
  return [step];
}

/**
 * Ensures lists in order (lookup targets first; the Suite settings list first of all, added when the
 * caller left it out, because the schema versions are recorded in it). A list whose ensure found a
 * column it must not change keeps its old version: it does not match its definition.
 */
export async function ensureLists(site: DataSite, defs: readonly ListDefinition[], opts: EnsureOptions = {}): Promise<ProvisionStep[]> {
  const all = defs.indexOf(SuiteSettingsList) >= 0 ? defs : [SuiteSettingsList, ...defs];
  const steps: ProvisionStep[] = [];
  const matched: ListDefinition[] = [];
  for (const def of all) {
    const listSteps = await ensureList(site, def, opts);
    steps.push(...listSteps);
    if (!listSteps.some((s) => s.kind === 'fieldTypeMismatch')) matched.push(def);
  }
  for (const def of matched) steps.push(...(await recordSchemaVersion(site, def, opts)));
  return steps;
}
