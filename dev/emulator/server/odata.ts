/**
 * OData JSON envelopes. Handlers build entities in the minimal-metadata form SharePoint Online sends
 * for `Accept: application/json`; `toVerbose` converts the same objects when the caller asked for
 * `odata=verbose` (PnPjs `fields.add*` does), so each shape is written once.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };
export type JsonObject = { [key: string]: Json | undefined };

export interface EntityMeta {
  type: string;
  /** Absolute odata.id (items use their GUID, as SharePoint does). */
  id: string;
  /** Relative to `<web>/_api/`. */
  editLink: string;
  etag?: string;
}

export function entity(meta: EntityMeta, props: JsonObject): JsonObject {
  const out: JsonObject = { 'odata.type': meta.type, 'odata.id': meta.id };
  if (meta.etag !== undefined) out['odata.etag'] = meta.etag;
  out['odata.editLink'] = meta.editLink;
  return { ...out, ...props };
}

export function metadataUrl(apiBase: string, fragment: string, select?: string | null): string {
  return `${apiBase}$metadata#${fragment}${select ? `&$select=${select}` : ''}`;
}

/** A single entity answer (adds odata.metadata first, as SharePoint orders it). */
export function single(apiBase: string, fragment: string, e: JsonObject, select?: string | null): JsonObject {
  return { 'odata.metadata': metadataUrl(apiBase, fragment, select), ...e };
}

export function collection(apiBase: string, fragment: string, values: Json[], nextLink?: string, select?: string | null): JsonObject {
  const out: JsonObject = { 'odata.metadata': metadataUrl(apiBase, fragment, select), value: values };
  if (nextLink !== undefined) out['odata.nextLink'] = nextLink;
  return out;
}

/** Result of a void service operation (breakroleinheritance, addroleassignment, setStorageEntity…). */
export function nullResult(apiBase: string): JsonObject {
  return { 'odata.metadata': metadataUrl(apiBase, 'Edm.Null'), 'odata.null': true };
}

function isPlainObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function verboseValue(v: Json | undefined, apiBase: string): Json | undefined {
  if (Array.isArray(v)) {
    const first = v[0];
    const type = typeof first === 'number' ? 'Collection(Edm.Int32)' : typeof first === 'string' ? 'Collection(Edm.String)' : undefined;
    const results = v.map((x) => verboseValue(x, apiBase) ?? null);
    return type ? { __metadata: { type }, results } : { results };
  }
  if (isPlainObject(v)) return verboseEntity(v, apiBase);
  return v;
}

function verboseEntity(o: JsonObject, apiBase: string): JsonObject {
  const out: JsonObject = {};
  const type = o['odata.type'];
  if (typeof type === 'string') {
    const editLink = typeof o['odata.editLink'] === 'string' ? `${apiBase}${o['odata.editLink']}` : undefined;
    const rawId = typeof o['odata.id'] === 'string' ? o['odata.id'] : undefined;
    const meta: JsonObject = { id: editLink ?? rawId ?? '', uri: editLink ?? rawId ?? '' };
    if (typeof o['odata.etag'] === 'string') meta.etag = o['odata.etag'];
    meta.type = type;
    out.__metadata = meta;
  }
  for (const [k, v] of Object.entries(o)) {
    if (k.startsWith('odata.') || k.endsWith('@odata.navigationLinkUrl')) continue;
    out[k] = verboseValue(v, apiBase);
  }
  return out;
}

/** Minimal-metadata payload → verbose (`{"d":…}`, `d.results` for collections, `d.__next` for paging). */
export function toVerbose(payload: JsonObject, apiBase: string): JsonObject {
  if (Array.isArray(payload.value)) {
    const d: JsonObject = { results: payload.value.map((x) => verboseValue(x, apiBase) ?? null) };
    if (typeof payload['odata.nextLink'] === 'string') d.__next = payload['odata.nextLink'];
    return { d };
  }
  return { d: verboseEntity(payload, apiBase) };
}

/** Encodes a name the way SharePoint builds internal and entity names (`_x0020_` for a space). */
export function encodeSpName(name: string): string {
  let out = '';
  for (const ch of name) {
    if (/[A-Za-z0-9_]/.test(ch)) out += ch;
    else out += `_x${ch.codePointAt(0)?.toString(16).padStart(4, '0') ?? '0000'}_`;
  }
  return out;
}

/** Item entity property name for a field internal name: a leading `_` gets the `OData_` prefix. */
export function entityPropertyName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}
