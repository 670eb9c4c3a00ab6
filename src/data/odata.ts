/**
 * The ONE place user-supplied values become OData literals, and a small filter builder whose column
 * names come from the list schema only (SHAREPOINT_REST "$filter": PnPjs's own fluent filter does
 * not escape quotes). Everything a filter contains is either a schema name or a literal made here.
 */
import { ListDefinition } from '../lists/define';
import { FieldDef } from '../lists/fields';
import { ValidationError } from './errors';

/** Values a filter may compare against. */
export type ODataValue = string | number | boolean | Date | null;

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `datetime'2025-06-01T09:30:00Z'`: UTC, whole seconds (SharePoint stores seconds). */
function dateLiteral(d: Date): string {
  return (
    `datetime'${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z'`
  );
}

/**
 * Formats one value as exactly one OData literal: strings quoted with inner quotes doubled, numbers
 * checked finite, booleans as 1/0 (SharePoint's form for Yes/No columns), dates as `datetime'…'`.
 */
export function odataLiteral(value: ODataValue): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return `'${value.replace(/'/g, "''")}'`;
    case 'number':
      if (!isFinite(value)) throw new ValidationError([{ key: 'validation.notFinite', detail: `not a finite number: ${value}` }]);
      return String(value);
    case 'boolean':
      return value ? '1' : '0';
    default:
      if (value instanceof Date && !isNaN(value.getTime())) return dateLiteral(value);
      throw new ValidationError([{ key: 'validation.invalidDate', detail: 'not a valid date' }]);
  }
}

/** A built filter: its text and the columns it touches, first clause first. */
export interface ODataFilter {
  readonly text: string;
  /** Internal column names in order of appearance (the first decides threshold safety). */
  readonly columns: readonly string[];
}

/** System columns every list can filter on, by domain key. */
const SYSTEM_COLUMNS = { id: 'Id', created: 'Created', modified: 'Modified', author: 'AuthorId', editor: 'EditorId' } as const;
type SystemKey = keyof typeof SYSTEM_COLUMNS;

/** The value type a filter on a column takes. */
export type FilterValueOf<F extends FieldDef> = F['kind'] extends 'Number' | 'Currency'
  ? number
  : F['kind'] extends 'DateTime'
    ? Date
    : F['kind'] extends 'Boolean'
      ? boolean
      : F['kind'] extends 'User' | 'Lookup'
        ? number
        : F['kind'] extends 'URL'
          ? never
          : string;

type SystemValue<K extends SystemKey> = K extends 'created' | 'modified' ? Date : number;

export type FilterKey<L extends ListDefinition> = (keyof L['fields'] & string) | SystemKey;
export type FilterValue<L extends ListDefinition, K extends FilterKey<L>> = K extends SystemKey
  ? SystemValue<K>
  : K extends keyof L['fields']
    ? FilterValueOf<L['fields'][K]>
    : never;

type Comparison = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

/** The column name a filter uses for a key; user and lookup columns filter on `<Name>Id`. */
export function filterColumn(def: ListDefinition, key: string): string {
  if (Object.prototype.hasOwnProperty.call(SYSTEM_COLUMNS, key)) return SYSTEM_COLUMNS[key as SystemKey];
  if (!Object.prototype.hasOwnProperty.call(def.fields, key)) throw new Error(`List "${def.key}" has no field "${key}"`);
  const field = def.fields[key];
  if (field.kind === 'URL') throw new Error(`List "${def.key}": URL column "${key}" cannot be filtered`);
  return field.kind === 'User' || field.kind === 'Lookup' ? `${field.internalName}Id` : field.internalName;
}

/** True when the column is indexed (the Id column always is). */
export function isIndexedColumn(def: ListDefinition, column: string): boolean {
  if (column === 'Id') return true;
  return Object.keys(def.fields).some((k) => {
    const field = def.fields[k];
    const name = field.kind === 'User' || field.kind === 'Lookup' ? `${field.internalName}Id` : field.internalName;
    return field.indexed && name === column;
  });
}

function combine(op: 'and' | 'or', filters: readonly ODataFilter[]): ODataFilter {
  if (filters.length === 0) throw new Error(`${op}() needs at least one filter`);
  if (filters.length === 1) return filters[0];
  return {
    text: filters.map((x) => `(${x.text})`).join(` ${op} `),
    columns: filters.reduce<string[]>((all, x) => all.concat(x.columns), [])
  };
}

export interface FilterBuilder<L extends ListDefinition> {
  compare<K extends FilterKey<L>>(key: K, op: Comparison, value: FilterValue<L, K>): ODataFilter;
  eq<K extends FilterKey<L>>(key: K, value: FilterValue<L, K>): ODataFilter;
  ne<K extends FilterKey<L>>(key: K, value: FilterValue<L, K>): ODataFilter;
  lt<K extends FilterKey<L>>(key: K, value: FilterValue<L, K>): ODataFilter;
  le<K extends FilterKey<L>>(key: K, value: FilterValue<L, K>): ODataFilter;
  gt<K extends FilterKey<L>>(key: K, value: FilterValue<L, K>): ODataFilter;
  ge<K extends FilterKey<L>>(key: K, value: FilterValue<L, K>): ODataFilter;
  isNull(key: FilterKey<L>): ODataFilter;
  isNotNull(key: FilterKey<L>): ODataFilter;
  startsWith(key: FilterKey<L>, prefix: string): ODataFilter;
  /** `substringof('x', Col)`: never threshold-safe on its own; combine behind an indexed clause. */
  contains(key: FilterKey<L>, text: string): ODataFilter;
  /** `Col eq a or Col eq b …` (SharePoint has no `in`). */
  oneOf<K extends FilterKey<L>>(key: K, values: ReadonlyArray<FilterValue<L, K>>): ODataFilter;
  and(...filters: ODataFilter[]): ODataFilter;
  or(...filters: ODataFilter[]): ODataFilter;
}

/** A filter builder for one list. Keys are the schema's domain keys; values are always escaped. */
export function filterFor<L extends ListDefinition>(def: L): FilterBuilder<L> {
  const compare = <K extends FilterKey<L>>(key: K, op: Comparison, value: FilterValue<L, K>): ODataFilter => {
    const column = filterColumn(def, key);
    return { text: `${column} ${op} ${odataLiteral(value as ODataValue)}`, columns: [column] };
  };
  const builder: FilterBuilder<L> = {
    compare,
    eq: (key, value) => compare(key, 'eq', value),
    ne: (key, value) => compare(key, 'ne', value),
    lt: (key, value) => compare(key, 'lt', value),
    le: (key, value) => compare(key, 'le', value),
    gt: (key, value) => compare(key, 'gt', value),
    ge: (key, value) => compare(key, 'ge', value),
    isNull: (key) => ({ text: `${filterColumn(def, key)} eq null`, columns: [filterColumn(def, key)] }),
    isNotNull: (key) => ({ text: `${filterColumn(def, key)} ne null`, columns: [filterColumn(def, key)] }),
    startsWith: (key, prefix) => ({ text: `startswith(${filterColumn(def, key)},${odataLiteral(prefix)})`, columns: [filterColumn(def, key)] }),
    contains: (key, text) => ({ text: `substringof(${odataLiteral(text)},${filterColumn(def, key)})`, columns: [filterColumn(def, key)] }),
    oneOf: (key, values) => combine('or', values.map((v) => compare(key, 'eq', v))),
    and: (...filters) => combine('and', filters),
    or: (...filters) => combine('or', filters)
  };
  return builder;
}
