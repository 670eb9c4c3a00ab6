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

export function addDays(day: Day, days: number): Day {
  const d = toUtc(day);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
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
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86400000);
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
