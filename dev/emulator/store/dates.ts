/**
 * Date handling shared by writes, filters and skiptokens. Everything is UTC: SharePoint REST returns
 * UTC ISO strings without milliseconds, and so does the engine.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses an ISO 8601 date or date-time. A value without a zone is read as UTC when
 * `allowFloating`, otherwise rejected (returns null) so callers can fail loudly.
 */
export function parseIsoDate(value: string, allowFloating: boolean): number | null {
  const fast = parseCanonical(value);
  if (fast !== null) return fast;
  const m = ISO.exec(value.trim());
  if (m === null) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  if (zone === undefined && h !== undefined && !allowFloating) return null;
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), ms);
  const check = new Date(t);
  if (check.getUTCFullYear() !== Number(y) || check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return null;
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    t -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60000;
  }
  return Number.isFinite(t) ? t : null;
}

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i += 1) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Fast path for the canonical wire form "YYYY-MM-DDTHH:mm:ssZ" (what seeding and PnPjs send). */
function parseCanonical(s: string): number | null {
  if (s.length !== 20 || s[4] !== '-' || s[7] !== '-' || s[10] !== 'T' || s[13] !== ':' || s[16] !== ':' || s[19] !== 'Z') return null;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  const sec = digits(s, 17, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > DAYS_IN_MONTH[mo - 1] || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return null;
  // 29 February outside leap years falls through to the slow path, which rejects it.
  if (mo === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return null;
  return Date.UTC(y, mo - 1, d, h, mi, sec);
}

const PAD2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/**
 * "HH:mm:ssZ" for every second of the day and "YYYY-MM-DDT" per day, built once: a formatted date is
 * then one concatenation of two shared strings. Materialising a 5,000-row page formats ~20,000
 * dates, and the intermediate strings of a naive formatter were most of its garbage.
 */
const TIME_SUFFIX: string[] = [];
const DAY_PREFIX = new Map<number, string>();
const DAY_PREFIX_LIMIT = 200_000;

function timeSuffix(secondOfDay: number): string {
  let s = TIME_SUFFIX[secondOfDay];
  if (s === undefined) {
    const h = Math.floor(secondOfDay / 3600);
    const mi = Math.floor((secondOfDay % 3600) / 60);
    s = `${PAD2[h]}:${PAD2[mi]}:${PAD2[secondOfDay % 60]}Z`;
    TIME_SUFFIX[secondOfDay] = s;
  }
  return s;
}

/**
 * "2026-11-23T10:00:00Z": SharePoint's wire form (seconds precision). Hand-rolled (days → civil
 * date, H. Hinnant's algorithm) because Date#toISOString dominated the cost of materialising pages.
 */
export function formatIsoSeconds(ms: number): string {
  const secs = Math.floor(ms / 1000);
  const dayNumber = Math.floor(secs / 86400);
  const suffix = timeSuffix(secs - dayNumber * 86400);
  let prefix = DAY_PREFIX.get(dayNumber);
  if (prefix === undefined) {
    prefix = formatDayPrefix(dayNumber, secs);
    if (DAY_PREFIX.size < DAY_PREFIX_LIMIT) DAY_PREFIX.set(dayNumber, prefix);
  }
  return prefix + suffix;
}

/** "YYYY-MM-DDT" of a day number since 1970-01-01. */
function formatDayPrefix(dayNumber: number, secs: number): string {
  const days = dayNumber + 719468;
  const era = Math.floor(days / 146097);
  const doe = days - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 1000 || y > 9999) {
    const iso = new Date(secs * 1000).toISOString();
    return iso.slice(0, iso.indexOf('T') + 1);
  }
  return `${y}-${PAD2[m]}-${PAD2[d]}T`;
}

/** Skiptoken form of a date, as SharePoint writes it: "20261123 10:00:00" (UTC). */
export function formatSkiptokenDate(ms: number): string {
  const iso = formatIsoSeconds(ms);
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)} ${iso.slice(11, 19)}`;
}

export function parseSkiptokenDate(value: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value);
  if (m === null) return parseIsoDate(value, true);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}
