// The words for an entry's fields and codes, keyed by core's field table: the holder's and the
// verifier's detail rows and the office's entry form take their labels from here.
import { BERATUNG_TOPIC, COURSE_KIND, COURSE_STATUS, NEED_KIND, otherLast, type CodeList, type EntryFieldName, type Need, type NeedKind } from '../../core';
import type { Translate } from '../i18n';

// A code read from a form or a table is a plain string; narrowing it to its list's names lets
// the catalogue key be checked, and a code outside the list can never show as a raw key.
const isName = <T extends string>(list: CodeList<T>, code: string): code is T => (list.names as readonly string[]).includes(code);

/** The label of an entry field, e.g. "Kursart". */
export function fieldLabel(t: Translate, name: EntryFieldName): string {
  return t(`entry.field.${name}`);
}

/** The name of a code of a coded field; codes without words of their own (the CEFR level) read as written. */
export function codeLabel(t: Translate, field: EntryFieldName, code: string): string {
  if (field === 'course' && isName(COURSE_KIND, code)) return t(`entry.course.${code}`);
  if (field === 'status' && isName(COURSE_STATUS, code)) return t(`entry.status.${code}`);
  if (field === 'topics' && isName(BERATUNG_TOPIC, code)) return t(`entry.topic.${code}`);
  if (field === 'needs' && isName(NEED_KIND, code)) return needKindLabel(t, code);
  return code;
}

// A need names a course kind, an entry type or a topic that already has words in every
// language, so the need kinds borrow them rather than repeat them.
function needKindLabel(t: Translate, kind: NeedKind): string {
  switch (kind) {
    case 'integrationskurs':
    case 'berufssprachkurs':
      return t(`entry.course.${kind}`);
    case 'praktikum':
    case 'weiterbildung':
      return t(`entry.type.${kind}`);
    case 'recognition':
    case 'other':
      return t(`entry.topic.${kind}`);
  }
}

/** One need with its detail, e.g. "Integrationskurs, Ziel B1" or "Praktikum: Pflege". */
export function needLabel(t: Translate, n: Need): string {
  const need = needKindLabel(t, n.need);
  if (n.level) return t('entry.need.level', { need, level: n.level });
  return n.field ? t('entry.need.field', { need, field: n.field }) : need;
}

// Topic labels often contain "and" themselves ("Arbeit und Arbeitssuche"), so a list
// joined with another "and" would blur where one topic ends; a middle dot keeps them apart.
/** The names of a list of codes (the topics of a Beratung), joined with a middle dot, "Sonstiges" last. */
export function codesLabel(t: Translate, field: EntryFieldName, codes: readonly string[]): string {
  return otherLast(codes).map((code) => codeLabel(t, field, code)).join(' · ');
}
