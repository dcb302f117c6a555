// A pass profile as stored: only the known fields, names NFC-normalised and trimmed exactly as
// cards and stamps sign them, so what the office reads from the card is what the pass keeps.
import { checkBirthDate, latinName, latinNameDefect, MAX_NAME } from '../../core';
import type { PassProfile } from './holder-api';

function name(s: unknown, what: string): string {
  const n = typeof s === 'string' ? s.normalize('NFC').trim() : '';
  if (n.length === 0 || [...n].length > MAX_NAME) throw new RangeError(`${what}: 1 to ${MAX_NAME} characters`);
  return n;
}

const LANGUAGE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
const COUNTRY = /^[A-Z]{2}$/;
const MONTH_OR_DAY = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** A clean copy of a profile; throws RangeError naming the first bad field. */
export function cleanProfile(p: PassProfile): PassProfile {
  if (typeof p !== 'object' || p === null) throw new RangeError('profile: not an object');
  const out: { -readonly [K in keyof PassProfile]: PassProfile[K] } = {
    givenName: name(p.givenName, 'given name'),
    familyName: name(p.familyName, 'family name'),
    birthDate: checkBirthDate(String(p.birthDate)),
  };
  // Optional and never empty; the Latin rule (FORMAT.md §7.1.2) is the form's and the card's,
  // so a backup made before it still restores.
  if (p.givenNameNative?.trim()) out.givenNameNative = name(p.givenNameNative, 'given name (own script)');
  if (p.familyNameNative?.trim()) out.familyNameNative = name(p.familyNameNative, 'family name (own script)');
  if (p.languages !== undefined) {
    if (!Array.isArray(p.languages) || p.languages.length > 20 || !p.languages.every((l) => typeof l === 'string' && LANGUAGE.test(l))) {
      throw new RangeError('languages: BCP 47 codes');
    }
    out.languages = [...p.languages];
  }
  if (p.countryOfOrigin !== undefined) {
    if (typeof p.countryOfOrigin !== 'string' || !COUNTRY.test(p.countryOfOrigin)) throw new RangeError('country of origin: ISO 3166-1 alpha-2');
    out.countryOfOrigin = p.countryOfOrigin;
  }
  if (p.arrivalDate !== undefined) {
    if (typeof p.arrivalDate !== 'string' || !MONTH_OR_DAY.test(p.arrivalDate)) throw new RangeError('arrival date: YYYY-MM or YYYY-MM-DD');
    out.arrivalDate = p.arrivalDate;
  }
  return out;
}

/**
 * The profile with the Latin name added (FORMAT §7.1.2) to a pass made before the rule: the name it
 * had becomes the own-script name, unless it has one. Throws RangeError when the pass's name is
 * Latin already (a name change would orphan its stamps) or the new name is not Latin.
 */
export function withLatinName(p: PassProfile, names: { readonly givenName: string; readonly familyName: string }): PassProfile {
  if (!latinNameDefect(p.givenName) && !latinNameDefect(p.familyName)) throw new RangeError('the pass has its Latin name already');
  return cleanProfile({
    ...p,
    givenName: latinName(names.givenName, 'given name', MAX_NAME),
    familyName: latinName(names.familyName, 'family name', MAX_NAME),
    givenNameNative: p.givenNameNative ?? p.givenName,
    familyNameNative: p.familyNameNative ?? p.familyName,
  });
}
