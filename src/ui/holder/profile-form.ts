// The first-start form as plain data and its validation, kept apart from the markup so the
// rules (year only or year + month allowed, nothing in the future, the age rule of core) are
// easy to read.
import { ageVerdict, latinNameDefect, MAX_NAME, textDefect, type AgeVerdict } from '../../core';
import type { PassProfile } from '../../storage/holder/holder-api';
import type { PlainKey } from '../i18n';
import type { DateDraft } from '../kit/date-fields';

/** Everything the form holds while the holder types. */
export interface ProfileDraft {
  /** Latin letters, as on the ID document. */
  givenName: string;
  familyName: string;
  /** The holder's own script (optional). */
  givenNameNative: string;
  familyNameNative: string;
  birth: DateDraft;
  languages: string[];
  country: string;
  arrival: DateDraft;
}

/** Fields that can carry an error, in the order they appear on screen. */
export const PROFILE_FIELDS = ['givenName', 'familyName', 'givenNameNative', 'familyNameNative', 'birth', 'arrival'] as const;
/** A field that can carry an error. */
export type ProfileField = (typeof PROFILE_FIELDS)[number];
/** Error messages per field (catalogue keys). */
export type ProfileErrors = Partial<Record<ProfileField, PlainKey>>;

/** An empty form. */
export function emptyDraft(): ProfileDraft {
  return { givenName: '', familyName: '', givenNameNative: '', familyNameNative: '', birth: { day: '', month: '', year: '' }, languages: [], country: '', arrival: { day: '', month: '', year: '' } };
}

const pad = (n: number) => String(n).padStart(2, '0');

function checkName(value: string, latin: boolean): PlainKey | undefined {
  const v = value.normalize('NFC').trim();
  if (!v) return latin ? 'holder.error.required' : undefined;
  if ([...v].length > MAX_NAME) return 'holder.error.tooLong';
  // The pass card signs the name; a card could not carry an invisible or control character.
  if (textDefect(v)) return 'holder.error.invisible';
  // Staff compare the Latin name with the ID; a card refuses to sign any other (FORMAT.md §7.1.2).
  if (latin && latinNameDefect(v)) return 'holder.error.notLatin';
  return undefined;
}

/** Turns date parts into 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', or the reason it cannot. */
function checkDate(d: DateDraft, today: string, needMonth: boolean): { value?: string; error?: PlainKey } {
  const year = d.year.trim();
  const day = d.day.trim();
  if (!year && !d.month && !day) return {};
  if (!year) return { error: needMonth ? 'holder.error.monthAndYear' : 'holder.error.required' };
  if (!/^\d{4}$/.test(year)) return { error: 'holder.error.year' };
  if (Number(year) < 1900) return { error: 'holder.error.yearTooEarly' };
  if (needMonth && !d.month) return { error: 'holder.error.monthAndYear' };
  if (day && !d.month) return { error: 'holder.error.dayWithoutMonth' };
  let value = year;
  if (d.month) value += `-${d.month}`;
  if (day) {
    const n = Number(day);
    const iso = `${value}-${pad(n)}`;
    if (!/^\d{1,2}$/.test(day) || n < 1 || new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) !== iso) return { error: 'holder.error.noSuchDay' };
    value = iso;
  }
  if (value > today.slice(0, value.length)) return { error: 'holder.error.future' };
  return { value };
}

/** What the holder confirmed beside the fields: a counselling service advised the pass (age 14 or 15). */
export interface ProfileConfirmations {
  youngConfirmed?: boolean;
}

/** The age rule for the birth date typed so far; undefined while the date is incomplete or wrong. */
export function birthAge(draft: ProfileDraft, today: string): AgeVerdict | undefined {
  const birth = checkDate(draft.birth, today, false);
  return birth.value ? ageVerdict(birth.value, today) : undefined;
}

/** Validates the form against `today` ('YYYY-MM-DD'); a profile when everything is fine, else errors per field. */
export function validateProfile(draft: ProfileDraft, today: string, confirmed: ProfileConfirmations = {}): { profile?: PassProfile; errors: ProfileErrors } {
  const errors: ProfileErrors = {};
  for (const f of ['givenName', 'familyName', 'givenNameNative', 'familyNameNative'] as const) {
    const e = checkName(draft[f], !f.endsWith('Native'));
    if (e) errors[f] = e;
  }
  const birth = checkDate(draft.birth, today, false);
  if (birth.error) errors.birth = birth.error;
  else if (!birth.value) errors.birth = 'holder.error.required';
  else {
    const age = ageVerdict(birth.value, today);
    if (age === 'under-14') errors.birth = 'holder.error.tooYoung';
    else if (age === 'under-16' && !confirmed.youngConfirmed) errors.birth = 'holder.error.confirmYoung';
  }
  const arrival = checkDate({ ...draft.arrival, day: '' }, today, true);
  if (arrival.error) errors.arrival = arrival.error;
  // Compared at the coarser precision of the two: an arrival in the birth month is fine.
  else if (arrival.value && birth.value && arrival.value.slice(0, birth.value.length) < birth.value.slice(0, arrival.value.length)) {
    errors.arrival = 'holder.error.beforeBirth';
  }
  if (Object.keys(errors).length > 0) return { errors };
  const profile: PassProfile = {
    givenName: draft.givenName.normalize('NFC').trim(),
    familyName: draft.familyName.normalize('NFC').trim(),
    ...(draft.givenNameNative.trim() ? { givenNameNative: draft.givenNameNative.normalize('NFC').trim() } : {}),
    ...(draft.familyNameNative.trim() ? { familyNameNative: draft.familyNameNative.normalize('NFC').trim() } : {}),
    birthDate: birth.value!,
    ...(draft.languages.length ? { languages: [...draft.languages] } : {}),
    ...(draft.country ? { countryOfOrigin: draft.country } : {}),
    ...(arrival.value ? { arrivalDate: arrival.value } : {}),
  };
  return { profile, errors };
}

/** The errors of a Latin name added to an existing pass (the same rules as the pass form's). */
export function latinNameErrors(given: string, family: string): Pick<ProfileErrors, 'givenName' | 'familyName'> {
  const givenName = checkName(given, true);
  const familyName = checkName(family, true);
  return { ...(givenName && { givenName }), ...(familyName && { familyName }) };
}
