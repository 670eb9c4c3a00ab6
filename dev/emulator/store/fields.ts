/**
 * Field definitions: the system fields every list gets, defaults for new fields, SchemaXml, and the
 * one mapping between wire (entity property) names and fields that the REST layer should reuse.
 *
 * Wire names (what JSON item payloads and $filter/$orderby use):
 * - `Id` and `ID` → the Counter field `ID`.
 * - User/Lookup (single and multi) `Owner` → `OwnerId` in payloads; `$filter` accepts `OwnerId`,
 *   `Owner/Id`, and projections `Owner/Title`, `Owner/EMail`, `Module/Title` ….
 * - Internal names starting with `_` get `OData_` prepended: `_ModerationStatus` →
 *   `OData__ModerationStatus`, `_UIVersionString` → `OData__UIVersionString`.
 * - Everything else: the internal name itself (`Title`, `Created`, `GUID`, custom fields).
 */
import type { FieldDef, FieldType } from './types';

const SYSTEM_FIELD_IDS: Record<string, string> = {
  ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
  Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
  Created: '8c06beca-0777-48f7-91c7-6da68bc07b69',
  Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
  Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18',
  Editor: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2',
  _ModerationStatus: 'fdc3b2ed-5bf2-4835-a4bc-b885f3396a61',
  _ModerationComments: '34ad21eb-75bd-4544-8c73-0e08330291fe',
  _UIVersionString: 'dce8262a-3ae9-45aa-aab4-83bd75fb738a',
  GUID: 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0'
};

/** Field types that are stored as a single integer id (user/lookup). */
export function isSingleRef(type: FieldType): boolean {
  return type === 'User' || type === 'Lookup';
}

export function isMultiRef(type: FieldType): boolean {
  return type === 'UserMulti' || type === 'LookupMulti';
}

export function isRef(type: FieldType): boolean {
  return isSingleRef(type) || isMultiRef(type);
}

/** SharePoint cannot index these (multi-line text, multi-value, computed). */
export function isIndexableType(type: FieldType): boolean {
  return !(type === 'Note' || type === 'MultiChoice' || isMultiRef(type) || type === 'URL' || type === 'Computed');
}

function xmlEscape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function boolAttr(value: boolean): string {
  return value ? 'TRUE' : 'FALSE';
}

/** CAML SchemaXml for a field; regenerated whenever the definition changes. */
export function schemaXmlFor(def: FieldDef): string {
  const attrs: string[] = [
    `Type="${def.TypeAsString}"`,
    `DisplayName="${xmlEscape(def.Title)}"`,
    `Required="${boolAttr(def.Required)}"`,
    `EnforceUniqueValues="${boolAttr(def.EnforceUniqueValues)}"`,
    `Indexed="${boolAttr(def.Indexed)}"`,
    `ID="{${def.Id}}"`,
    `StaticName="${xmlEscape(def.StaticName)}"`,
    `Name="${xmlEscape(def.InternalName)}"`
  ];
  if (def.MaxLength !== undefined) attrs.push(`MaxLength="${def.MaxLength}"`);
  if (def.LookupList !== undefined) attrs.push(`List="{${def.LookupList}}"`, `ShowField="${xmlEscape(def.LookupField ?? 'Title')}"`);
  if (def.AllowMultipleValues === true) attrs.push('Mult="TRUE"');
  if (def.FillInChoice === true) attrs.push('FillInChoice="TRUE"');
  if (def.Hidden) attrs.push('Hidden="TRUE"');
  if (def.ReadOnlyField) attrs.push('ReadOnly="TRUE"');
  const inner: string[] = [];
  if (def.DefaultValue !== undefined && def.DefaultValue !== null) inner.push(`<Default>${xmlEscape(def.DefaultValue)}</Default>`);
  if (def.Choices !== undefined) inner.push(`<CHOICES>${def.Choices.map((c) => `<CHOICE>${xmlEscape(c)}</CHOICE>`).join('')}</CHOICES>`);
  return inner.length === 0 ? `<Field ${attrs.join(' ')} />` : `<Field ${attrs.join(' ')}>${inner.join('')}</Field>`;
}

export type FieldInput = Partial<FieldDef> & { InternalName: string; TypeAsString: FieldType };

/** Fills SharePoint's defaults for a new field definition. */
export function completeField(input: FieldInput, id: string, fromBaseType: boolean): FieldDef {
  const type = input.TypeAsString;
  const def: FieldDef = {
    Id: id,
    InternalName: input.InternalName,
    StaticName: input.StaticName ?? input.InternalName,
    Title: input.Title ?? input.InternalName,
    Description: input.Description ?? '',
    TypeAsString: type,
    Required: input.Required ?? false,
    Indexed: false,
    Hidden: input.Hidden ?? false,
    ReadOnlyField: input.ReadOnlyField ?? false,
    EnforceUniqueValues: input.EnforceUniqueValues ?? false,
    FromBaseType: fromBaseType,
    SchemaXml: ''
  };
  if (type === 'Choice' || type === 'MultiChoice') {
    def.Choices = [...(input.Choices ?? [])];
    def.FillInChoice = input.FillInChoice ?? false;
  }
  if (input.DefaultValue !== undefined) def.DefaultValue = input.DefaultValue;
  if (type === 'Text') def.MaxLength = input.MaxLength ?? 255;
  if (type === 'Lookup' || type === 'LookupMulti') {
    if (input.LookupList !== undefined) def.LookupList = input.LookupList.replace(/^\{|\}$/g, '').toLowerCase();
    def.LookupField = input.LookupField ?? 'Title';
  }
  if (isRef(type)) def.AllowMultipleValues = isMultiRef(type);
  def.SchemaXml = schemaXmlFor(def);
  return def;
}

/** The fields SharePoint adds to every generic list (those the engine models). */
export function systemFields(): FieldDef[] {
  const sys = (input: FieldInput): FieldDef => completeField(input, SYSTEM_FIELD_IDS[input.InternalName], true);
  return [
    sys({ InternalName: 'ID', TypeAsString: 'Counter', ReadOnlyField: true }),
    sys({ InternalName: 'Title', TypeAsString: 'Text', Required: true }),
    sys({ InternalName: 'Modified', TypeAsString: 'DateTime', ReadOnlyField: true }),
    sys({ InternalName: 'Created', TypeAsString: 'DateTime', ReadOnlyField: true }),
    sys({ InternalName: 'Author', Title: 'Created By', TypeAsString: 'User', ReadOnlyField: true }),
    sys({ InternalName: 'Editor', Title: 'Modified By', TypeAsString: 'User', ReadOnlyField: true }),
    sys({ InternalName: '_ModerationStatus', Title: 'Approval Status', TypeAsString: 'ModStat', Hidden: true, ReadOnlyField: true }),
    sys({ InternalName: '_ModerationComments', Title: 'Approver Comments', TypeAsString: 'Note', Hidden: true, ReadOnlyField: true }),
    sys({ InternalName: '_UIVersionString', Title: 'Version', TypeAsString: 'Text', ReadOnlyField: true }),
    sys({ InternalName: 'GUID', TypeAsString: 'Guid', ReadOnlyField: true, Hidden: true })
  ];
}

/** Entity property name of a field, i.e. how it appears in JSON (`OwnerId`, `OData__ModerationStatus`). */
export function fieldToWireName(field: FieldDef): string {
  if (field.InternalName === 'ID') return 'Id';
  const entity = field.InternalName.startsWith('_') ? `OData_${field.InternalName}` : field.InternalName;
  return isRef(field.TypeAsString) ? `${entity}Id` : entity;
}

export interface WireFieldMatch {
  field: FieldDef;
  /** True when the name addressed the id form of a user/lookup (`OwnerId`). */
  idForm: boolean;
}

/**
 * Resolves a wire/entity name (`OwnerId`, `Id`, `ID`, `OData__ModerationStatus`, `Title`) to its
 * field. A bare user/lookup name (`Owner`) resolves with idForm false: payloads must use `OwnerId`,
 * while `$orderby=Owner` and `$select=Owner/Title` use the bare name.
 */
export function wireNameToField(fields: readonly FieldDef[], name: string): WireFieldMatch | undefined {
  if (name === 'Id' || name === 'ID') {
    const id = fields.find((f) => f.InternalName === 'ID');
    return id === undefined ? undefined : { field: id, idForm: false };
  }
  const internal = name.startsWith('OData__') ? name.slice('OData_'.length) : name;
  const direct = fields.find((f) => f.InternalName === internal);
  if (direct !== undefined) return { field: direct, idForm: false };
  if (internal.endsWith('Id')) {
    const base = internal.slice(0, -2);
    const ref = fields.find((f) => f.InternalName === base && isRef(f.TypeAsString));
    if (ref !== undefined) return { field: ref, idForm: true };
  }
  return undefined;
}

/** `Lists/<name>` url segment: SharePoint drops spaces and characters not valid in a url name. */
export function urlNameFromTitle(title: string): string {
  return title.replace(/[^A-Za-z0-9_-]/g, '');
}

/** `SP.Data.<EntityTypeName>Item` where EntityTypeName is `<UrlName>List` with `_` escaped. */
export function entityTypeNameFor(urlName: string): string {
  return `${urlName.replace(/_/g, '_x005f_')}List`;
}
