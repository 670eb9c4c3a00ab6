import { invalidQuery } from './errors';
import type { Json, JsonObject } from './odata';

/**
 * `$filter` for non-item collections (lists, fields, users, groups): SharePoint evaluates these on
 * the server; we support `Prop eq|ne value` joined by `and`, which is what provisioning code uses
 * (`Hidden eq false`, `InternalName eq 'X'`). Anything else is a 400 rather than silently ignored.
 */
export function applySimpleFilter(filter: string | null, rows: JsonObject[]): JsonObject[] {
  if (filter === null || filter.trim() === '') return rows;
  const clauses = filter.split(/\s+and\s+/i).map((c) => {
    const m = /^\s*\(?\s*([A-Za-z_][A-Za-z0-9_]*)\s+(eq|ne)\s+('(?:[^']|'')*'|true|false|-?\d+(?:\.\d+)?|null)\s*\)?\s*$/i.exec(c);
    if (!m) throw invalidQuery(`The expression "${filter}" is not valid.`);
    const raw = m[3];
    const value: Json = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : /^true$/i.test(raw) ? true : /^false$/i.test(raw) ? false : /^null$/i.test(raw) ? null : Number(raw);
    return { prop: m[1], op: m[2].toLowerCase(), value };
  });
  return rows.filter((row) =>
    clauses.every((c) => {
      if (!(c.prop in row)) throw invalidQuery(`The property '${c.prop}' does not exist on type 'SP.Entity'. Make sure to only use property names that are defined by the type.`);
      const v = row[c.prop];
      const equal = typeof v === 'string' && typeof c.value === 'string' ? v.toLowerCase() === c.value.toLowerCase() : v === c.value;
      return c.op === 'eq' ? equal : !equal;
    })
  );
}

/** `$select` for non-item entities: keep only the named properties (plus odata.* keys). */
export function applySimpleSelect(select: string | null, e: JsonObject, typeName: string, extra: (name: string) => Json | undefined): JsonObject {
  if (select === null || select.trim() === '') return e;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(e)) if (k.startsWith('odata.')) out[k] = v;
  for (const name of select.split(',').map((s) => s.trim()).filter((s) => s !== '' && !s.includes('/'))) {
    if (name === '*') return { ...e };
    if (name in e) {
      out[name] = e[name];
      continue;
    }
    const x = extra(name);
    if (x === undefined) {
      throw invalidQuery(`The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`);
    }
    out[name] = x;
  }
  return out;
}
