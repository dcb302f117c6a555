// Moments in staff forms and notices as wall-clock time in Germany (Europe/Berlin), whatever
// zone the device is set to: "revoked from 14:00" means 14:00 in Dachau, summer or winter.
import { gregorian } from './format';

const ZONE = 'Europe/Berlin';
// Made on first use, not at load: a time-zone formatter costs a phone's start ~30 ms (ICU zone data).
let parts: Intl.DateTimeFormat | undefined;
const PARTS: Intl.DateTimeFormatOptions = { timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' };

/** A moment as the values of `<input type="date">` and `<input type="time">` in German time. */
export interface BerlinInput {
  readonly date: string;
  readonly time: string;
}

/** The German wall-clock date and minute of a time in seconds. */
export function berlinInput(seconds: number): BerlinInput {
  const p = Object.fromEntries((parts ??= new Intl.DateTimeFormat('en-CA', PARTS)).formatToParts(seconds * 1000).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/**
 * Seconds of a German wall-clock date and time, or undefined for an invalid value. Germany is
 * one or two hours ahead of UTC: of the candidates that show the typed time, the earlier one
 * wins (the autumn hour that happens twice; revoking too early is the safe side); a time the
 * spring change skips is read as standard time (02:30 → 03:30 summer time).
 */
export function berlinMoment(date: string, time: string): number | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return undefined;
  const wall = Date.UTC(+d[1]!, +d[2]! - 1, +d[3]!, +t[1]!, +t[2]!) / 1000;
  // Date.UTC rolls 31 Feb or 25:00 over to another day: such a value was never typed on purpose.
  if (new Date(wall * 1000).toISOString().slice(0, 16) !== `${date}T${time}`) return undefined;
  const fits = [wall - 7200, wall - 3600].filter((s) => {
    const b = berlinInput(s);
    return b.date === date && b.time === time;
  });
  return fits[0] ?? wall - 3600;
}

const display = new Map<string, Intl.DateTimeFormat>();

/** A moment with date and time in German time, e.g. "3. Dez. 2026, 14:00". */
export function formatBerlin(lang: string, seconds: number): string {
  let f = display.get(lang);
  if (!f) display.set(lang, (f = new Intl.DateTimeFormat(gregorian(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone: ZONE })));
  return f.format(seconds * 1000);
}
