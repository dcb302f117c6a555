// Dates, numbers and lists in the holder's language, always through Intl. Calendar days
// ('YYYY-MM-DD') are shown in UTC so a day never shifts by the phone's time zone.
import type { Lang } from '../i18n';

const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Persian, Dari and Pashto default to the solar Hijri calendar ('۱۲ آذر ۱۴۰۵'), but German papers,
// Aufenthaltstitel and course certificates are Gregorian, and staff compare dates against them.
/** The locale to format dates with: the language, always in the Gregorian calendar (its own digits stay). */
export const gregorian = (lang: Lang): string => `${lang}-u-ca-gregory`;

// Making an Intl formatter costs far more than using one (a long list of entries formats
// hundreds of dates), so each (language, style) pair is made once.
const formatters = new Map<string, Intl.DateTimeFormat>();
const DATE_STYLES = {
  day: { dateStyle: 'medium', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  time: { timeStyle: 'short' },
  momentDay: { dateStyle: 'medium' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

function dateFormat(lang: Lang, style: keyof typeof DATE_STYLES): Intl.DateTimeFormat {
  const key = `${lang}:${style}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(gregorian(lang), DATE_STYLES[style])));
  return f;
}

/** A calendar day, e.g. "12. Apr. 1998" / "12 Apr 1998". */
export function formatDay(lang: Lang, iso: string): string {
  return dateFormat(lang, 'day').format(utcDay(iso));
}

/** A date that may lack day or month ('YYYY', 'YYYY-MM', 'YYYY-MM-DD'), as on many refugees' papers. */
export function formatPartialDate(lang: Lang, value: string): string {
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) {
    return dateFormat(lang, 'month').format(utcDay(`${value}-01`));
  }
  return formatDay(lang, value);
}

/** A period of calendar days; either end may be missing. */
export function formatPeriod(lang: Lang, from?: string, to?: string): string {
  const f = dateFormat(lang, 'day');
  if (from && to) return from === to ? f.format(utcDay(from)) : f.formatRange(utcDay(from), utcDay(to));
  return f.format(utcDay((from ?? to)!));
}

/** A moment (seconds since 1970) with date and time, in the phone's time zone. */
export function formatDateTime(lang: Lang, seconds: number): string {
  return dateFormat(lang, 'dateTime').format(seconds * 1000);
}

/** The time of day of a moment (seconds since 1970). */
export function formatTime(lang: Lang, seconds: number): string {
  return dateFormat(lang, 'time').format(seconds * 1000);
}

/** The calendar day of a moment (seconds since 1970) in the phone's time zone. */
export function formatMomentDay(lang: Lang, seconds: number): string {
  return dateFormat(lang, 'momentDay').format(seconds * 1000);
}

/** A whole number. */
export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(lang).format(n);
}

/** A list such as "A, B und C". */
export function formatList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}

/** Today's date on this phone as 'YYYY-MM-DD' (for file names and "not in the future" checks). */
export function localToday(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Name of a language in the holder's language, e.g. 'fa' → "Persisch"; the code if Intl does not know it. */
export function languageName(lang: Lang, code: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    // A code Intl calls malformed (RangeError) or a browser without DisplayNames: the code is the name.
    return code;
  }
}

/** A language's own name, e.g. 'fa' → "فارسی", so speakers spot it in any UI language. */
export function languageEndonym(code: string): string | undefined {
  try {
    return new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
  } catch {
    // As above; callers show the name in the UI language alone.
    return undefined;
  }
}

/** Name of a country in the holder's language, e.g. 'AF' → "Afghanistan". */
export function countryName(lang: Lang, code: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    // A region code Intl calls malformed, or no DisplayNames: the code is the name.
    return code;
  }
}
