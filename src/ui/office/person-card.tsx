import type { Person } from '../../core';
import { formatPartialDate } from '../kit/format';
import type { Lang, Translate } from '../i18n';
import { nativeNameOf, PersonName } from '../kit/person-name';

/** Name and birth date large, so staff can compare them with the ID document. */
export function PersonCard({ t, lang, person }: { t: Translate; lang: Lang; person: Person }) {
  return (
    <div class="person-card" data-testid="person">
      <p class="person-name">
        <PersonName person={person} />
      </p>
      <p class="person-born">{t('office.stamp.born', { date: formatPartialDate(lang, person.birthDate) })}</p>
      <p class="hint">{t('office.stamp.compare')}</p>
      {nativeNameOf(person) && <p class="hint">{t('office.stamp.native')}</p>}
    </div>
  );
}
