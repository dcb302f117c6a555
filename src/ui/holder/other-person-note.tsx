import type { Person } from '../../core';
import type { Lang, Translate } from '../i18n';
import { isolate } from '../kit/isolate';
import { formatPartialDate } from '../kit/format';

/** Names the person a stamp was made out to when it is not the pass's own, and what to do about it. */
export function OtherPersonNote({ t, lang, person, earlierName }: { t: Translate; lang: Lang; person: Person | undefined; earlierName?: boolean }) {
  if (!person) return null;
  const name = isolate(`${person.givenName} ${person.familyName}`);
  return (
    <p class="notice is-problem" data-testid="other-person">
      {earlierName ? t('holder.entry.earlierName', { name }) : t('holder.entry.otherPerson', { name, date: formatPartialDate(lang, person.birthDate) })}
    </p>
  );
}
