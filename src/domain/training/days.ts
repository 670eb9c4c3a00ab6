import type { Day } from './types';

// Calendar-day arithmetic on `yyyy-mm-dd` strings. Computed in UTC so no time zone or daylight-saving
// change can move a day; callers convert "now" to the UK calendar day once, with `dayInLondon`.

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(day: Day): Date {
  const m = DAY_PATTERN.exec(day);
  if (!m) throw new Error(`Not a calendar day: ${day}`);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) throw new Error(`Not a calendar day: ${day}`);
  return date;
}

function fromUtc(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

export function isDay(value: string): boolean {
  try {
    toUtc(value);
    return true;
  } catch {
    return false;
  }
}

// Day numbers (days since 1970-01-01) by integer arithmetic (H. Hinnant's days_from_civil and back): the
// compliance dashboard moves tens of thousands of due dates per render, and a Date and an ISO string per
// step cost it over a second at a slow laptop's speed.
const DIGIT = (code: number): boolean => code >= 48 && code <= 57;

// The same few thousand days recur across a summary's cells: each is parsed once.
const dayNumbers = new Map<string, number>();

function dayNumber(day: Day): number {
  const known = dayNumbers.get(day);
  if (known !== undefined) return known;
  const n = parseDayNumber(day);
  if (dayNumbers.size >= 50000) dayNumbers.clear();
  dayNumbers.set(day, n);
  return n;
}

function parseDayNumber(day: Day): number {
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) throw new Error(`Not a calendar day: ${day}`);
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (!DIGIT(day.charCodeAt(i))) throw new Error(`Not a calendar day: ${day}`);
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  const monthLength = month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].indexOf(month) >= 0 ? 30 : 31;
  if (month < 1 || month > 12 || date < 1 || date > monthLength) throw new Error(`Not a calendar day: ${day}`);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + date - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function fromDayNumber(n: number): Day {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(date, 2)}`;
}

export function addDays(day: Day, days: number): Day {
  return fromDayNumber(dayNumber(day) + Math.trunc(days));
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: Day, months: number): Day {
  const d = toUtc(day);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return fromUtc(target);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return dayNumber(to) - dayNumber(from);
}

export function laterOf(a: Day | undefined, b: Day | undefined): Day | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

/** The calendar day in the UK at an instant (what "today" means to a user in Kent or Essex). */
let londonDays: Intl.DateTimeFormat | undefined;

export function dayInLondon(instant: Date): Day {
  // One formatter for every call: creating one costs far more than formatting (12,000 responses: 0.45 s).
  londonDays = londonDays ?? new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = londonDays.formatToParts(instant);
  const get = (type: string): string => parts.filter((p) => p.type === type)[0].value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Monday of the ISO week containing `day`. */
export function weekStart(day: Day): Day {
  const weekday = toUtc(day).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}
