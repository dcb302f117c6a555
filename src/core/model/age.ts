// The scheme is for newcomers aged 16 and over: 14 and 15 only with a deliberate confirmation
// (e.g. on a counsellor's advice), under 14 never. Birth dates may be partial ('YYYY',
// 'YYYY-MM'): the age is then that of the YOUNGEST person the date could describe (the last
// day of the year or month), so an uncertain date never lets a child through.

/** The age from which a pass is issued without a word. */
export const SCHEME_AGE = 16;
/** The age below which no pass is issued, confirmation or not. */
export const MIN_AGE = 14;

/** What the age rule says about a birth date on a day: fine, confirm deliberately, or refuse. */
export type AgeVerdict = 'ok' | 'under-16' | 'under-14';

const pad = (n: number) => String(n).padStart(2, '0');

/** The latest calendar day a birth date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' can mean, as [y, m, d]. */
function latestDay(birthDate: string): [number, number, number] {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return [y, 12, 31];
  // Day 0 of the next month is the last day of this one (UTC, so no time zone moves it).
  return [y, m, d ?? new Date(Date.UTC(y, m, 0)).getUTCDate()];
}

/**
 * The day ('YYYY-MM-DD') a person born on `birthDate` turns `age`. Someone born on 29 February
 * turns a year older on 1 March in a common year (as German law counts it, BGB §§ 187–188).
 */
export function birthdayOf(birthDate: string, age: number): string {
  const [y, m, d] = latestDay(birthDate);
  const day = new Date(Date.UTC(y + age, m - 1, d)); // 29 Feb in a common year rolls over to 1 Mar
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

/** The age rule on `today` ('YYYY-MM-DD', the local calendar day: `now` is a parameter). */
export function ageVerdict(birthDate: string, today: string): AgeVerdict {
  if (today < birthdayOf(birthDate, MIN_AGE)) return 'under-14';
  return today < birthdayOf(birthDate, SCHEME_AGE) ? 'under-16' : 'ok';
}
