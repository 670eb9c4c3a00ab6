import { badRequest } from './errors';

/**
 * Parses the `_api` part of a SharePoint REST path into segments with arguments.
 * PnPjs percent-encodes arguments (`getList('%2Fsites%2Fdev%2FLists%2FX')`) while other clients
 * send raw slashes inside quotes, so we split on `/` only outside parentheses and quotes, and decode
 * per segment. Method names are compared case-insensitively, as SharePoint does.
 */

export type ArgValue = string | number | boolean | null;

export interface PathArg {
  /** Lower-cased parameter name for `name=value` arguments; undefined for positional ones. */
  name?: string;
  value: ArgValue;
}

export interface PathSegment {
  /** Name as sent (decoded). */
  raw: string;
  /** Lower-cased name used for matching. */
  name: string;
  /** undefined when the segment had no parentheses at all; [] for `name()`. */
  args?: PathArg[];
}

export interface ApiPath {
  /** Server-relative path of the web ('' for the tenant root). */
  webPath: string;
  segments: PathSegment[];
}

/** Splits `/sites/x/_api/web/...` at `/_api/`. Returns undefined when the path is not a REST path. */
export function splitApiPath(pathname: string): { webPath: string; rest: string } | undefined {
  const m = /^(.*?)\/_api(?:\/(.*))?$/i.exec(pathname);
  if (!m) return undefined;
  return { webPath: decodeURIComponent(m[1]).replace(/\/+$/, ''), rest: m[2] ?? '' };
}

/**
 * Splits on `separator` outside parentheses and string literals. A literal opens at a quote that
 * follows `(`, `,`, `=` or `guid`, and closes at a quote followed by `)`, `,` or the end; a doubled
 * quote inside is an escaped one. PnPjs doubles quotes in getByTitle but not in siteGroups.getByName,
 * so a lone apostrophe inside (`'Bob's group'`) must not end the literal either.
 */
function splitTopLevel(input: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inQuote = false;
  let current = '';
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (inQuote) {
      current += ch;
      if (ch === "'") {
        if (input[i + 1] === "'") {
          current += "'";
          i++;
        } else if (i + 1 >= input.length || input[i + 1] === ')' || input[i + 1] === ',') {
          inQuote = false;
        }
      }
      continue;
    }
    if (ch === "'" && /(^|[(,=]|guid)\s*$/i.test(current.replace(/%20/g, ' '))) {
      inQuote = true;
      current += ch;
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (ch === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw badRequest(`The URL segment '${s}' is not correctly encoded.`);
  }
}

/** Parses one argument value: 'quoted', guid'…', numbers, booleans, null, or an `@alias` from the query. */
export function parseArgValue(text: string, query: URLSearchParams): ArgValue {
  const t = text.trim();
  if (t.startsWith('@')) {
    const aliased = query.get(t);
    if (aliased === null) throw badRequest(`The parameter alias '${t}' has no value in the query string.`);
    return parseArgValue(aliased, query);
  }
  const guid = /^guid'(.*)'$/i.exec(t);
  if (guid) return guid[1];
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^true$/i.test(t)) return true;
  if (/^false$/i.test(t)) return false;
  if (/^null$/i.test(t)) return null;
  return t;
}

function parseArgs(rawArgs: string, query: URLSearchParams): PathArg[] {
  if (rawArgs.trim() === '') return [];
  return splitTopLevel(rawArgs, ',').map((part) => {
    const decoded = safeDecode(part).trim();
    const named = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*([\s\S]*)$/.exec(decoded);
    if (named && !decoded.startsWith("'")) {
      return { name: named[1].toLowerCase(), value: parseArgValue(named[2], query) };
    }
    return { value: parseArgValue(decoded, query) };
  });
}

export function parseSegments(rest: string, query: URLSearchParams): PathSegment[] {
  if (rest === '') return [];
  return splitTopLevel(rest, '/')
    .filter((s) => s !== '')
    .map((seg) => {
      const open = seg.indexOf('(');
      if (open < 0 || !seg.endsWith(')')) {
        const raw = safeDecode(seg);
        return { raw, name: raw.toLowerCase() };
      }
      const raw = safeDecode(seg.slice(0, open));
      return { raw, name: raw.toLowerCase(), args: parseArgs(seg.slice(open + 1, -1), query) };
    });
}

/** First positional argument, or a named one. */
export function argValue(seg: PathSegment, index: number, name?: string): ArgValue | undefined {
  const args = seg.args ?? [];
  if (name !== undefined) {
    const n = args.find((a) => a.name === name.toLowerCase());
    if (n) return n.value;
  }
  const positional = args.filter((a) => a.name === undefined);
  return positional[index]?.value;
}

export function argString(seg: PathSegment, index: number, name?: string): string {
  const v = argValue(seg, index, name);
  if (v === undefined || v === null) throw badRequest(`The parameter ${name ?? index} of ${seg.raw} is missing.`);
  return String(v);
}

export function argNumber(seg: PathSegment, index: number, name?: string): number {
  const v = argValue(seg, index, name);
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  if (!Number.isFinite(n)) throw badRequest(`The parameter ${name ?? index} of ${seg.raw} must be a number.`);
  return n;
}

export function argBoolean(seg: PathSegment, index: number, name: string, fallback: boolean): boolean {
  const v = argValue(seg, index, name);
  if (v === undefined || v === null) return fallback;
  if (typeof v === 'boolean') return v;
  return /^true$/i.test(String(v));
}
