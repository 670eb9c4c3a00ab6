/**
 * Provisioning field XML for `fields/createfieldasxml` (SHAREPOINT_REST_SHAPES §6.2).
 *
 * SharePoint takes a new column's internal name from `DisplayName` unless the
 * AddFieldInternalNameHint option (8) is sent, and then encodes spaces as `_x0020_`. We send both
 * safeguards: `Name`/`StaticName` carry the internal name *and* `DisplayName` is the internal name
 * too; provisioning renames the column's Title to the display name in a second step. Either one on
 * its own keeps the internal name; together they survive an endpoint that ignores Options.
 */
import { ListDefinition, fieldEntries } from './define';
import { FieldDef } from './fields';

/** AddFieldOptions bits (SHAREPOINT_REST_SHAPES §6.2). */
export const ADD_FIELD_OPTIONS = {
  addToAllContentTypes: 4,
  addFieldInternalNameHint: 8,
  addFieldToDefaultView: 16
} as const;

/** Options sent with every suite column: keep the internal name, add to content types and view. */
export const SUITE_FIELD_OPTIONS =
  ADD_FIELD_OPTIONS.addFieldInternalNameHint | ADD_FIELD_OPTIONS.addToAllContentTypes | ADD_FIELD_OPTIONS.addFieldToDefaultView;

/** Escapes text for an XML attribute value or element content. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

const bool = (b: boolean): string => (b ? 'TRUE' : 'FALSE');

/** Resolves a lookup target list to its GUID on the site being provisioned. */
export type LookupListIdResolver = (targetKey: string) => string;

export interface FieldXml {
  readonly internalName: string;
  readonly displayName: string;
  readonly schemaXml: string;
  readonly options: number;
}

function attributesFor(field: FieldDef, lookupListId: LookupListIdResolver): Array<[string, string]> {
  switch (field.kind) {
    case 'Text':
      return [['Type', 'Text'], ['MaxLength', String(field.maxLength)]];
    case 'Note':
      // Rich text as full HTML (SharePoint's "enhanced rich text"): the app sanitises it on display anyway.
      return field.richText
        ? [['Type', 'Note'], ['NumLines', String(field.lines)], ['RichText', 'TRUE'], ['RichTextMode', 'FullHtml'], ['AppendOnly', bool(field.appendOnly)]]
        : [['Type', 'Note'], ['NumLines', String(field.lines)], ['RichText', 'FALSE'], ['AppendOnly', bool(field.appendOnly)]];
    case 'Number': {
      const a: Array<[string, string]> = [['Type', 'Number']];
      if (field.min !== undefined) a.push(['Min', String(field.min)]);
      if (field.max !== undefined) a.push(['Max', String(field.max)]);
      if (field.decimals !== undefined) a.push(['Decimals', String(field.decimals)]);
      return a;
    }
    case 'Currency': {
      const a: Array<[string, string]> = [['Type', 'Currency'], ['LCID', String(field.lcid)], ['Decimals', String(field.decimals)]];
      if (field.min !== undefined) a.push(['Min', String(field.min)]);
      return a;
    }
    case 'DateTime':
      return [['Type', 'DateTime'], ['Format', field.format], ['FriendlyDisplayFormat', 'Disabled']];
    case 'Boolean':
      return [['Type', 'Boolean']];
    case 'Choice':
      return [['Type', 'Choice'], ['Format', 'Dropdown'], ['FillInChoice', bool(field.fillIn)]];
    case 'MultiChoice':
      return [['Type', 'MultiChoice'], ['FillInChoice', bool(field.fillIn)]];
    case 'User':
      return [['Type', 'User'], ['List', 'UserInfo'], ['ShowField', 'ImnName'], ['UserSelectionMode', field.selection], ['UserSelectionScope', '0']];
    case 'Lookup':
      return [['Type', 'Lookup'], ['List', `{${lookupListId(field.target().key)}}`], ['ShowField', field.showField]];
    case 'URL':
      return [['Type', 'URL'], ['Format', field.format]];
  }
}

function childrenFor(field: FieldDef): string {
  const choices = (list: readonly string[]): string =>
    `<CHOICES>${list.map((c) => `<CHOICE>${xmlEscape(c)}</CHOICE>`).join('')}</CHOICES>`;
  switch (field.kind) {
    case 'Text':
      return field.defaultValue !== undefined ? `<Default>${xmlEscape(field.defaultValue)}</Default>` : '';
    case 'Number':
      return field.defaultValue !== undefined ? `<Default>${field.defaultValue}</Default>` : '';
    case 'Boolean':
      return `<Default>${field.defaultValue ? 1 : 0}</Default>`;
    case 'Choice':
      return (field.defaultValue !== undefined ? `<Default>${xmlEscape(field.defaultValue)}</Default>` : '') + choices(field.choices);
    case 'MultiChoice':
      return choices(field.choices);
    default:
      return '';
  }
}

/** The `SchemaXml` and `Options` that create one column. Built-in columns (Title) have none. */
export function fieldXml(field: FieldDef, lookupListId: LookupListIdResolver): FieldXml {
  const attrs: Array<[string, string]> = [
    ...attributesFor(field, lookupListId),
    ['DisplayName', field.internalName],
    ['Name', field.internalName],
    ['StaticName', field.internalName],
    ['Required', bool(field.required)],
    ['Indexed', bool(field.indexed)],
    ['EnforceUniqueValues', 'FALSE']
  ];
  if (field.description !== '') attrs.push(['Description', field.description]);
  const open = `<Field ${attrs.map(([k, v]) => `${k}="${xmlEscape(v)}"`).join(' ')}`;
  const children = childrenFor(field);
  return {
    internalName: field.internalName,
    displayName: field.displayName,
    schemaXml: children === '' ? `${open} />` : `${open}>${children}</Field>`,
    options: SUITE_FIELD_OPTIONS
  };
}

/** Field XML for every column provisioning creates on a list, in declaration order. */
export function listFieldXml(def: ListDefinition, lookupListId: LookupListIdResolver): readonly FieldXml[] {
  return fieldEntries(def)
    .filter(([, field]) => !field.builtIn)
    .map(([, field]) => fieldXml(field, lookupListId));
}
