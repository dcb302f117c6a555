// Who staff compare with the ID: the person as the offices signed them into the stamps, never
// the presenter's own claim. Stamps that disagree are all shown, each with its entry count; a
// presentation no stamp vouches for shows the phone's name only as unconfirmed.
import type { CheckResult, Person } from '../../core';
import { formatPartialDate } from '../kit/format';
import type { Lang, Translate } from '../i18n';
import { nativeNameOf, PersonName } from '../kit/person-name';

/** Props of {@link ResultPerson}. */
export interface ResultPersonProps {
  t: Translate;
  lang: Lang;
  result: Exclude<CheckResult, { kind: 'refused' }>;
}

function Name({ t, lang, person }: { t: Translate; lang: Lang; person: Person }) {
  return (
    <>
      <p class="person-name">
        <PersonName person={person} />
      </p>
      <p class="person-born">{t('verifier.result.born', { date: formatPartialDate(lang, person.birthDate) })}</p>
      {nativeNameOf(person) && <p class="hint">{t('verifier.result.native')}</p>}
    </>
  );
}

/** The person block of the result (several when the stamps disagree). */
export function ResultPerson({ t, lang, result }: ResultPersonProps) {
  if (result.kind === 'stamp') {
    return result.person ? (
      <div class="person" data-testid="result-person" data-confirmed="true">
        <p class="person-compare">{t('verifier.result.compare')}</p>
        <Name t={t} lang={lang} person={result.person} />
      </div>
    ) : null;
  }
  const { persons } = result;
  if (persons.length === 0) {
    return (
      <div class="person is-unconfirmed" data-testid="result-person" data-confirmed="false">
        <p class="person-compare">{t('verifier.result.unconfirmed')}</p>
        <Name t={t} lang={lang} person={result.holder} />
      </div>
    );
  }
  const several = persons.length > 1;
  return (
    <div class={`person${several ? ' is-disagreeing' : ''}`} data-testid="result-person" data-confirmed="true" data-persons={persons.length}>
      <p class="person-compare">{t('verifier.result.compareSigned')}</p>
      {several && <p class="person-warning" role="alert">{t('verifier.result.persons.disagree')}</p>}
      {persons.map((p, i) => (
        <div key={i} class="person-signed" data-testid="signed-person" data-confirmed={String(p.confirmed)}>
          <Name t={t} lang={lang} person={p.person} />
          {several && (
            <p class="person-entries">
              {t('verifier.result.persons.entries', { n: p.entries })}
              {!p.confirmed && ` · ${t('verifier.result.persons.differs')}`}
            </p>
          )}
        </div>
      ))}
    </div>
  );
}
