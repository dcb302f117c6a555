// Calendar dates of the coordinator's forms (validity, "revoked since") in the device's local
// time: a coordinator in Dachau who revokes "from 1 March" means midnight in Dachau.

/** 'YYYY-MM-DD' of a time in seconds, local time (for `<input type="date">`). */
export function dateInputValue(seconds: number): string {
  const d = new Date(seconds * 1000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function localDay(value: string, endOfDay: boolean): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const d = endOfDay ? new Date(+m[1]!, +m[2]! - 1, +m[3]!, 23, 59, 59) : new Date(+m[1]!, +m[2]! - 1, +m[3]!);
  return Number.isNaN(d.getTime()) ? undefined : Math.floor(d.getTime() / 1000);
}

/** Seconds at the start of a local calendar day, or undefined for an invalid value. */
export const dayStart = (value: string): number | undefined => localDay(value, false);

/** Seconds at the last second of a local calendar day, or undefined for an invalid value. */
export const dayEnd = (value: string): number | undefined => localDay(value, true);
