import type { FieldDef, FieldType, ListStore } from '../store';
import type { ApiContext } from './context';
import { requireListPerm } from './context';
import { badRequest, columnMissing } from './errors';
import { emptyResponse, RestError, type EmuResponse } from './http-types';
import { readBody } from './items';
import { collection, encodeSpName, entity, single, type Json, type JsonObject } from './odata';
import { Perm } from './permissions';
import { respond } from './respond';
import { applySimpleFilter, applySimpleSelect } from './simple-filter';

/** List fields: listing, lookup by id/title/internal name, createFieldAsXml, PnPjs `fields.add*`, MERGE, DELETE. */

const KIND: Record<FieldType, number> = {
  Integer: 1,
  Text: 2,
  Note: 3,
  DateTime: 4,
  Counter: 5,
  Choice: 6,
  Lookup: 7,
  LookupMulti: 7,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  URL: 11,
  Computed: 12,
  Guid: 14,
  MultiChoice: 15,
  User: 20,
  UserMulti: 20,
  ModStat: 23
};

const ODATA_TYPE: Partial<Record<FieldType, string>> = {
  Text: 'SP.FieldText',
  Note: 'SP.FieldMultiLineText',
  DateTime: 'SP.FieldDateTime',
  Choice: 'SP.FieldChoice',
  MultiChoice: 'SP.FieldMultiChoice',
  Lookup: 'SP.FieldLookup',
  LookupMulti: 'SP.FieldLookup',
  Number: 'SP.FieldNumber',
  Integer: 'SP.FieldNumber',
  Currency: 'SP.FieldCurrency',
  URL: 'SP.FieldUrl',
  Computed: 'SP.FieldComputed',
  Guid: 'SP.FieldGuid',
  User: 'SP.FieldUser',
  UserMulti: 'SP.FieldUser',
  ModStat: 'SP.FieldChoice'
};

const TYPE_DISPLAY: Partial<Record<FieldType, string>> = {
  Text: 'Single line of text',
  Note: 'Multiple lines of text',
  DateTime: 'Date and Time',
  Choice: 'Choice',
  MultiChoice: 'Choice',
  Lookup: 'Lookup',
  LookupMulti: 'Lookup',
  Number: 'Number',
  Currency: 'Currency',
  Boolean: 'Yes/No',
  User: 'Person or Group',
  UserMulti: 'Person or Group',
  URL: 'Hyperlink or Picture',
  Counter: 'Counter'
};

export function fieldJson(ctx: ApiContext, list: ListStore, f: FieldDef): JsonObject {
  const editLink = `Web/Lists(guid'${list.id}')/Fields(guid'${f.Id}')`;
  const props: JsonObject = {
    AutoIndexed: false,
    CanBeDeleted: !f.FromBaseType,
    ClientSideComponentId: '00000000-0000-0000-0000-000000000000',
    ClientSideComponentProperties: null,
    DefaultFormula: null,
    DefaultValue: f.DefaultValue ?? null,
    Description: f.Description,
    Direction: 'none',
    EnforceUniqueValues: f.EnforceUniqueValues,
    EntityPropertyName: f.InternalName.startsWith('_') ? `OData_${f.InternalName}` : f.InternalName,
    FieldTypeKind: KIND[f.TypeAsString],
    Filterable: true,
    FromBaseType: f.FromBaseType,
    Group: f.FromBaseType ? '_Hidden' : 'Custom Columns',
    Hidden: f.Hidden,
    Id: f.Id,
    IndexStatus: f.Indexed ? 1 : 0,
    Indexed: f.Indexed,
    InternalName: f.InternalName,
    ReadOnlyField: f.ReadOnlyField,
    Required: f.Required,
    SchemaXml: f.SchemaXml,
    Scope: list.serverRelativeUrl,
    Sealed: f.FromBaseType,
    Sortable: !['Note', 'MultiChoice', 'UserMulti', 'LookupMulti'].includes(f.TypeAsString),
    StaticName: f.StaticName,
    Title: f.Title,
    TypeAsString: f.TypeAsString,
    TypeDisplayName: TYPE_DISPLAY[f.TypeAsString] ?? f.TypeAsString,
    TypeShortDescription: TYPE_DISPLAY[f.TypeAsString] ?? f.TypeAsString,
    ValidationFormula: null,
    ValidationMessage: null
  };
  if (f.MaxLength !== undefined) props.MaxLength = f.MaxLength;
  if (f.Choices !== undefined) {
    props.Choices = [...f.Choices];
    props.FillInChoice = f.FillInChoice ?? false;
  }
  if (f.TypeAsString === 'Lookup' || f.TypeAsString === 'LookupMulti' || f.TypeAsString === 'User' || f.TypeAsString === 'UserMulti') {
    props.AllowMultipleValues = f.AllowMultipleValues ?? false;
    props.LookupField = f.LookupField ?? (f.TypeAsString.startsWith('User') ? 'ImnName' : 'Title');
    props.LookupList = f.LookupList !== undefined ? `{${f.LookupList}}` : '';
  }
  return entity({ type: ODATA_TYPE[f.TypeAsString] ?? 'SP.Field', id: `${ctx.apiBase}${editLink}`, editLink }, props);
}

export function findField(list: ListStore, how: 'id' | 'title' | 'internalOrTitle', key: string): FieldDef {
  const k = key.toLowerCase().replace(/^\{|\}$/g, '');
  const f =
    how === 'id'
      ? list.fields.find((x) => x.Id.toLowerCase() === k)
      : how === 'title'
        ? list.fields.find((x) => x.Title.toLowerCase() === k)
        : (list.fields.find((x) => x.InternalName.toLowerCase() === k) ?? list.fields.find((x) => x.Title.toLowerCase() === k));
  if (!f) {
    if (how === 'id') throw new RestError(400, '-2147024809, System.ArgumentException', `Invalid field name. {${k}} ${list.serverRelativeUrl} `);
    throw columnMissing(key);
  }
  return f;
}

export function getFields(ctx: ApiContext, list: ListStore): EmuResponse {
  const rows = list.fields.map((f) => fieldJson(ctx, list, f));
  const filtered = applySimpleFilter(ctx.query.get('$filter'), rows).map((r) => applySimpleSelect(ctx.query.get('$select'), r, 'SP.Field', () => undefined));
  return respond(ctx, 200, collection(ctx.apiBase, 'SP.ApiData.Fields', filtered));
}

export function getField(ctx: ApiContext, list: ListStore, f: FieldDef): EmuResponse {
  const e = applySimpleSelect(ctx.query.get('$select'), fieldJson(ctx, list, f), 'SP.Field', () => undefined);
  return respond(ctx, 200, single(ctx.apiBase, 'SP.ApiData.Fields/@Element', e));
}

/** Internal name SharePoint derives from a display name: `_x0020_` escapes, 32 characters, unique. */
function uniqueInternalName(list: ListStore, base: string): string {
  const name = encodeSpName(base).slice(0, 32);
  if (!list.fields.some((f) => f.InternalName.toLowerCase() === name.toLowerCase())) return name;
  for (let i = 0; ; i++) {
    const candidate = `${name.slice(0, 31)}${i}`;
    if (!list.fields.some((f) => f.InternalName.toLowerCase() === candidate.toLowerCase())) return candidate;
  }
}

type FieldInput = Partial<FieldDef> & { InternalName: string; TypeAsString: FieldType };

const XML_TYPES = new Set<FieldType>(['Text', 'Note', 'Number', 'Currency', 'Integer', 'DateTime', 'Boolean', 'Choice', 'MultiChoice', 'User', 'UserMulti', 'Lookup', 'LookupMulti', 'URL', 'Guid']);

function xmlDecode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function parseSchemaXml(xml: string): { attrs: Record<string, string>; defaultValue?: string; choices?: string[] } {
  const open = /^\s*<Field\b([^>]*?)(\/?)>/i.exec(xml);
  if (!open) throw badRequest('The SchemaXml is not a <Field> element.');
  const attrs: Record<string, string> = {};
  for (const m of open[1].matchAll(/([A-Za-z_:][A-Za-z0-9_:.-]*)\s*=\s*"([^"]*)"/g)) attrs[m[1].toLowerCase()] = xmlDecode(m[2]);
  const def = /<Default>([\s\S]*?)<\/Default>/i.exec(xml);
  const choicesBlock = /<CHOICES>([\s\S]*?)<\/CHOICES>/i.exec(xml);
  const choices = choicesBlock ? [...choicesBlock[1].matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map((m) => xmlDecode(m[1])) : undefined;
  return { attrs, defaultValue: def ? xmlDecode(def[1]) : undefined, choices };
}

const isTrue = (v: string | undefined): boolean => v !== undefined && /^true$/i.test(v);

export function createFieldAsXml(ctx: ApiContext, list: ListStore): EmuResponse {
  requireListPerm(ctx, list, Perm.ManageLists);
  const body = readBody(ctx);
  const params = body.parameters;
  if (typeof params !== 'object' || params === null) throw badRequest('The parameter parameters is missing.');
  const p = params as Record<string, unknown>;
  if (typeof p.SchemaXml !== 'string') throw badRequest('The parameter SchemaXml is missing.');
  const options = typeof p.Options === 'number' ? p.Options : 0;
  const { attrs, defaultValue, choices } = parseSchemaXml(p.SchemaXml);
  let type = (attrs.type ?? '') as FieldType;
  if (type === 'Lookup' && isTrue(attrs.mult)) type = 'LookupMulti';
  if (type === 'User' && isTrue(attrs.mult)) type = 'UserMulti';
  if (!XML_TYPES.has(type)) throw badRequest(`The emulator does not support field type '${attrs.type ?? ''}'.`);
  const display = attrs.displayname ?? attrs.name;
  if (display === undefined) throw badRequest('The SchemaXml must carry DisplayName.');
  // Without AddFieldInternalNameHint (8) SharePoint ignores Name/StaticName and derives the internal name from DisplayName.
  const internal = uniqueInternalName(list, (options & 8) === 8 && attrs.name !== undefined ? attrs.name : display);
  const input: FieldInput = {
    InternalName: internal,
    StaticName: internal,
    Title: display,
    TypeAsString: type,
    Description: attrs.description ?? '',
    Required: isTrue(attrs.required),
    Hidden: isTrue(attrs.hidden),
    EnforceUniqueValues: isTrue(attrs.enforceuniquevalues)
  };
  if (attrs.id !== undefined) input.Id = attrs.id.replace(/^\{|\}$/g, '').toLowerCase();
  if (attrs.maxlength !== undefined) input.MaxLength = Number(attrs.maxlength);
  if (choices !== undefined) input.Choices = choices;
  if (attrs.fillinchoice !== undefined) input.FillInChoice = isTrue(attrs.fillinchoice);
  if (defaultValue !== undefined) input.DefaultValue = defaultValue;
  if (attrs.list !== undefined) input.LookupList = attrs.list.replace(/^\{|\}$/g, '').toLowerCase();
  if (attrs.showfield !== undefined && type.startsWith('Lookup')) input.LookupField = attrs.showfield;
  const created = list.addField(input);
  if (isTrue(attrs.indexed)) list.updateField(created.InternalName, { Indexed: true });
  ctx.mutating = true;
  const f = list.getField(created.InternalName) ?? created;
  return respond(ctx, 201, single(ctx.apiBase, 'SP.ApiData.Fields/@Element', fieldJson(ctx, list, f)));
}

function kindToType(kind: number, body: Record<string, unknown>): FieldType {
  const multi = body.AllowMultipleValues === true;
  switch (kind) {
    case 1:
      return 'Integer';
    case 2:
      return 'Text';
    case 3:
      return 'Note';
    case 4:
      return 'DateTime';
    case 6:
      return 'Choice';
    case 7:
      return multi ? 'LookupMulti' : 'Lookup';
    case 8:
      return 'Boolean';
    case 9:
      return 'Number';
    case 10:
      return 'Currency';
    case 11:
      return 'URL';
    case 14:
      return 'Guid';
    case 15:
      return 'MultiChoice';
    case 20:
      return multi ? 'UserMulti' : 'User';
    default:
      throw badRequest(`The emulator does not support FieldTypeKind ${kind}.`);
  }
}

function choicesOf(v: unknown): string[] | undefined {
  const arr = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>).results : v;
  return Array.isArray(arr) ? arr.map(String) : undefined;
}

/** PnPjs `fields.add*` (verbose body with FieldTypeKind) and `fields/AddField` (`{parameters:{…}}`, lookups). */
export function addField(ctx: ApiContext, list: ListStore, viaAddField: boolean): EmuResponse {
  requireListPerm(ctx, list, Perm.ManageLists);
  const raw = readBody(ctx);
  const body = viaAddField ? ((raw.parameters ?? {}) as Record<string, unknown>) : raw;
  if (typeof body.Title !== 'string' || typeof body.FieldTypeKind !== 'number') throw badRequest('A new field needs Title and FieldTypeKind.');
  const type = kindToType(body.FieldTypeKind, body);
  const internal = uniqueInternalName(list, body.Title);
  const input: FieldInput = {
    InternalName: internal,
    StaticName: internal,
    Title: body.Title,
    TypeAsString: type,
    Description: typeof body.Description === 'string' ? body.Description : '',
    Required: body.Required === true,
    Hidden: body.Hidden === true,
    EnforceUniqueValues: body.EnforceUniqueValues === true
  };
  if (typeof body.MaxLength === 'number') input.MaxLength = body.MaxLength;
  const choices = choicesOf(body.Choices);
  if (choices !== undefined) input.Choices = choices;
  if (typeof body.FillInChoice === 'boolean') input.FillInChoice = body.FillInChoice;
  if (typeof body.DefaultValue === 'string') input.DefaultValue = body.DefaultValue;
  if (typeof body.LookupListId === 'string') input.LookupList = body.LookupListId.replace(/^\{|\}$/g, '').toLowerCase();
  if (typeof body.LookupFieldName === 'string') input.LookupField = body.LookupFieldName;
  const created = list.addField(input);
  if (body.Indexed === true) list.updateField(created.InternalName, { Indexed: true });
  ctx.mutating = true;
  const f = list.getField(created.InternalName) ?? created;
  return respond(ctx, 201, single(ctx.apiBase, 'SP.ApiData.Fields/@Element', fieldJson(ctx, list, f)));
}

const UPDATABLE = new Set(['Title', 'Description', 'Required', 'Indexed', 'Hidden', 'EnforceUniqueValues', 'DefaultValue', 'MaxLength', 'Choices', 'FillInChoice', 'LookupField']);

export function updateField(ctx: ApiContext, list: ListStore, f: FieldDef): EmuResponse {
  requireListPerm(ctx, list, Perm.ManageLists);
  const body = readBody(ctx);
  const changes: Record<string, Json | string[] | undefined> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === 'FieldTypeKind' || k === 'TypeAsString') {
      if (v !== undefined && v !== KIND[f.TypeAsString] && v !== f.TypeAsString) throw badRequest('Changing the type of a field is not supported by the emulator.');
      continue;
    }
    if (!UPDATABLE.has(k)) {
      throw new RestError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The property '${k}' does not exist on type 'SP.Field'. Make sure to only use property names that are defined by the type.`);
    }
    changes[k] = k === 'Choices' ? choicesOf(v) : (v as Json);
  }
  list.updateField(f.InternalName, changes as Partial<FieldDef>);
  ctx.mutating = true;
  return emptyResponse(204);
}

export function deleteField(ctx: ApiContext, list: ListStore, f: FieldDef): EmuResponse {
  requireListPerm(ctx, list, Perm.ManageLists);
  list.removeField(f.InternalName);
  ctx.mutating = true;
  return emptyResponse(200, { 'content-length': '0' });
}
