// Fixed lists travel as small integers, so an entry can be shown in every language and stays
// small in a QR code. Adding a code is a format change (see docs/FORMAT.md, "Code lists").

/** A closed list of names with their wire codes (first, first + 1, …). */
export interface CodeList<T extends string> {
  readonly names: readonly T[];
  /** Wire code of a name; throws RangeError for a name outside the list. */
  code(name: T): number;
  /** Name of a wire code, or undefined for a code outside the list. */
  name(code: number): T | undefined;
}

function codeList<const T extends string>(first: number, names: readonly T[]): CodeList<T> {
  return {
    names,
    code(name) {
      const i = names.indexOf(name);
      if (i < 0) throw new RangeError(`unknown code name ${name}`);
      return i + first;
    },
    name: (code) => names[code - first],
  };
}

/** The four entry types (1–4). */
export const ENTRY_TYPE = codeList(1, ['sprachkurs', 'beratung', 'praktikum', 'weiterbildung']);
/** Kind of language course (0 = other). */
export const COURSE_KIND = codeList(0, ['other', 'integrationskurs', 'berufssprachkurs', 'erstorientierungskurs', 'jugendintegrationskurs']);
/** CEFR levels A1–C2 (1–6, so a higher code is a higher level). */
export const CEFR_LEVEL = codeList(1, ['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
/** Where a learner stands in a course (ordered: a higher code is further along). */
export const COURSE_STATUS = codeList(1, ['enrolled', 'attended', 'completed', 'exam-passed']);
/** Topics of a counselling session (0 = other). */
export const BERATUNG_TOPIC = codeList(0, [
  'other',
  'recognition',
  'labour-market',
  'vocational-training',
  'school',
  'language-course-access',
  'residence-social',
]);
/** Kinds of office (Träger / Stelle) that can be admitted (0 = other). */
export const OFFICE_KIND = codeList(0, [
  'other',
  'sprachkurstraeger',
  'migrationsberatung',
  'jugendmigrationsdienst',
  'fluechtlings-integrationsberatung',
  'berufsschule',
  'volkshochschule',
  'jobcenter',
  'agentur-fuer-arbeit',
  'auslaenderbehoerde',
  'einwohnermeldeamt',
]);
/**
 * Why an office withdraws one of its stamps (1–3): a stamp that should not have been issued, one
 * made out to the wrong person, one replaced by a corrected stamp.
 */
export const WITHDRAWAL_REASON = codeList(1, ['issued-in-error', 'wrong-person', 'corrected']);
/**
 * What a person needs next, recorded in a Beratung (0 = other, "Sonstiges"): a course at a
 * target level, recognition of a qualification, a Praktikum in a field, Weiterbildung.
 */
export const NEED_KIND = codeList(0, ['other', 'integrationskurs', 'berufssprachkurs', 'recognition', 'praktikum', 'weiterbildung']);

/** Names in list order with 'other' ("Sonstiges") moved last, as every list on screen and in files shows them. */
export function otherLast<T extends string>(names: readonly T[]): T[] {
  return [...names.filter((n) => n !== 'other'), ...names.filter((n) => n === 'other')];
}

type NameOf<L> = L extends CodeList<infer T> ? T : never;
/** One of the four entry types. */
export type EntryType = NameOf<typeof ENTRY_TYPE>;
/** Course kind name. */
export type CourseKind = NameOf<typeof COURSE_KIND>;
/** CEFR level name. */
export type CefrLevel = NameOf<typeof CEFR_LEVEL>;
/** Course status name. */
export type CourseStatus = NameOf<typeof COURSE_STATUS>;
/** Counselling topic name. */
export type BeratungTopic = NameOf<typeof BERATUNG_TOPIC>;
/** Office kind name. */
export type OfficeKind = NameOf<typeof OFFICE_KIND>;
/** Need kind name. */
export type NeedKind = NameOf<typeof NEED_KIND>;
/** Withdrawal reason name. */
export type WithdrawalReason = NameOf<typeof WITHDRAWAL_REASON>;
