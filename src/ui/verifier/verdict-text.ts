// The plain-German sentence for a stamp's verdict, picked from its closed reason code.
import type { CheckedItem } from '../../core';
import { formatDateTime, formatMomentDay, formatPartialDate } from '../kit/format';
import type { Lang, Translate } from '../i18n';
import { isolate } from '../kit/isolate';

/** Why an entry is not valid, with the dates or person the reason refers to when known. */
export function reasonText(t: Translate, lang: Lang, item: CheckedItem): string {
  const { reason, revokedSince, withdrawnAt, namedPerson, issuedAt } = item;
  if (reason === 'issuer-revoked' && revokedSince !== undefined && issuedAt !== undefined) {
    return t('verifier.reason.issuer-revoked-since', { date: formatDateTime(lang, revokedSince), issued: formatDateTime(lang, issuedAt) });
  }
  if (reason === 'withdrawn' && withdrawnAt !== undefined) return t('verifier.reason.withdrawn-at', { date: formatMomentDay(lang, withdrawnAt) });
  if (reason === 'wrong-holder' && namedPerson) {
    return t('verifier.reason.wrong-holder-named', { name: isolate(`${namedPerson.givenName} ${namedPerson.familyName}`), date: formatPartialDate(lang, namedPerson.birthDate) });
  }
  return t(`verifier.reason.${reason ?? 'malformed'}`);
}
