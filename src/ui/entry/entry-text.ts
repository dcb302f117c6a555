// How an entry reads in the holder's language: coded fields (course kind, level, status,
// topics) are translated; free text written by an office is shown as written.
import type { BeratungTopic, Entry } from '../../core';
import type { Lang, Translate } from '../i18n';
import { formatDay, formatNumber, formatPeriod } from '../kit/format';

// Topic labels often contain "and" themselves ("Arbeit und Arbeitssuche"), so a list
// joined with another "and" would blur where one topic ends; a middle dot keeps them apart.
function topicList(t: Translate, topics: readonly BeratungTopic[]): string {
  return topics.map((topic) => t(`holder.topic.${topic}`)).join(' · ');
}

/** One labelled value of an entry's detail view. */
export interface EntryRow {
  readonly label: string;
  readonly value: string;
}

/** The title line, e.g. "Integrationskurs · B1 · Prüfung bestanden". */
export function entryTitle(t: Translate, entry: Entry): string {
  switch (entry.type) {
    case 'sprachkurs':
      return [t(`holder.course.${entry.course}`), entry.level ?? entry.module, t(`holder.status.${entry.status}`)].filter(Boolean).join(' · ');
    case 'beratung':
      return topicList(t, entry.topics);
    case 'praktikum':
      return `${entry.occupation} · ${entry.employer}`;
    case 'weiterbildung':
      return entry.result ? `${entry.title} · ${entry.result}` : entry.title;
  }
}

/** When the entry happened: its own period or day, if it names one. */
export function entryWhen(lang: Lang, entry: Entry): string | undefined {
  if (entry.type === 'beratung') return formatDay(lang, entry.date);
  if (entry.from || entry.to) return formatPeriod(lang, entry.from, entry.to);
  return undefined;
}

/** Every field of an entry, in the order of the format's field table, empty ones left out. */
export function entryRows(t: Translate, lang: Lang, entry: Entry): EntryRow[] {
  const rows: Array<[string, string | undefined]> = [];
  const day = (iso?: string) => (iso ? formatDay(lang, iso) : undefined);
  const num = (n?: number) => (n === undefined ? undefined : formatNumber(lang, n));
  switch (entry.type) {
    case 'sprachkurs':
      rows.push(
        [t('holder.field.course'), t(`holder.course.${entry.course}`)],
        [t('holder.field.level'), entry.level],
        [t('holder.field.module'), entry.module],
        [t('holder.field.status'), t(`holder.status.${entry.status}`)],
        [t('holder.field.certificate'), entry.certificate],
        [t('holder.field.units'), num(entry.units)],
        [t('holder.field.from'), day(entry.from)],
        [t('holder.field.to'), day(entry.to)],
      );
      break;
    case 'beratung':
      rows.push(
        [t('holder.field.topics'), topicList(t, entry.topics)],
        [t('holder.field.date'), day(entry.date)],
        [t('holder.field.note'), entry.note],
        [t('holder.field.referral'), entry.referral],
        [t('holder.field.nextAppointment'), day(entry.nextAppointment)],
      );
      break;
    case 'praktikum':
      rows.push(
        [t('holder.field.employer'), entry.employer],
        [t('holder.field.occupation'), entry.occupation],
        [t('holder.field.from'), day(entry.from)],
        [t('holder.field.to'), day(entry.to)],
        [t('holder.field.hoursPerWeek'), num(entry.hoursPerWeek)],
        [t('holder.field.assessment'), entry.assessment],
      );
      break;
    case 'weiterbildung':
      rows.push(
        [t('holder.field.title'), entry.title],
        [t('holder.field.provider'), entry.provider],
        [t('holder.field.units'), num(entry.units)],
        [t('holder.field.from'), day(entry.from)],
        [t('holder.field.to'), day(entry.to)],
        [t('holder.field.result'), entry.result],
      );
      break;
  }
  return rows.filter((r): r is [string, string] => r[1] !== undefined).map(([label, value]) => ({ label, value }));
}
