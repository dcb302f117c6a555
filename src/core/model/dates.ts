// Calendar days travel as day numbers since 1970-01-01 (2-3 bytes instead of 11 for text);
// birth dates stay text because many newcomers' papers carry only a year or year and month.
import { fail } from '../errors';

const DAY_MS = 86_400_000;
/** Smallest accepted day number: 1970-01-01 (entries are never older). */
export const MIN_DAY = 0;
/** Largest accepted day number: 2199-12-31. */
export const MAX_DAY = 83_237;

/** Day number of an ISO date 'YYYY-MM-DD'; throws RangeError on an impossible date. */
export function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not a date: ${iso}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const day = ms / DAY_MS;
  if (isoDay(day) !== iso || day < MIN_DAY || day > MAX_DAY) throw new RangeError(`impossible date: ${iso}`);
  return day;
}

/** ISO date 'YYYY-MM-DD' of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Checks a birth date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (as on the EU COVID certificate), years 1900–2199; returns it. */
export function checkBirthDate(s: string): string {
  const m = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(\d{2}))?)?$/.exec(s);
  const year = Number(m?.[1]);
  if (!m || year < 1900 || year > 2199) throw new RangeError(`not a birth date: ${s}`);
  // Birth dates are not day numbers (those start in 1970): check the calendar day directly.
  if (m[3] !== undefined && new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) !== s) {
    throw new RangeError(`impossible date: ${s}`);
  }
  return s;
}

/** Reads a birth date during decoding, mapping a bad one to a DecodeError. */
export function decodeBirthDate(s: string): string {
  try {
    return checkBirthDate(s);
  } catch {
    return fail('bad-structure', 'birth date must be YYYY, YYYY-MM or YYYY-MM-DD');
  }
}
