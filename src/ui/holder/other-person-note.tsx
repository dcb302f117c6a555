import type { Person } from '../../core';
import type { Lang, Translate } from '../i18n';
import { isolate } from '../kit/isolate';
import { formatPartialDate } from '../kit/format';

/** Names the person a stamp was made out to when it is not the pass's own, and what to do about it. */
export function OtherPersonNote({ t, lang, person }: { t: Translate; lang: Lang; person: Person | undefined }) {
  if (!person) return null;
  return (
    <p class="notice is-problem" data-testid="other-person">
      {t('holder.entry.otherPerson', { name: isolate(`${person.givenName} ${person.familyName}`), date: formatPartialDate(lang, person.birthDate) })}
    </p>
  );
}
