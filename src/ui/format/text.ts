/** Fills `{0}`, `{1}`… in a localised string. Unknown placeholders are left as they are. */
export function formatText(template: string, ...args: ReadonlyArray<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? match : String(value);
  });
}

/** A calendar day (`yyyy-mm-dd`) in the user's locale, e.g. "23 November 2026" in en-GB. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDay(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number);
  // One formatter per locale: creating one costs 25–50 times formatting with it (lists format hundreds).
  let format = dayFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant in the user's locale, UK time: "23 Nov 2026, 10:04". An unreadable value is shown as it is. */
export function formatInstant(instant: string, locale: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' }).format(date);
}

const countFormats = new Map<string, Intl.NumberFormat>();

/** A whole number as the reader's locale writes it: 2,000 in en-GB, 2.000 in de-DE. */
export function formatCount(n: number, locale: string): string {
  let format = countFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    countFormats.set(locale, format);
  }
  return format.format(n);
}
