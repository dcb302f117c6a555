import type { RestoreOutcome } from '../../storage/holder/holder-api';
import type { Lang, Translate } from '../i18n';
import { formatNumber } from '../kit/format';
import { Icon } from '../kit/icons';
import { isolate } from '../kit/isolate';

/** Props of {@link RestoreResult}. */
export interface RestoreResultProps {
  t: Translate;
  lang: Lang;
  done: Extract<RestoreOutcome, { status: 'restored' }>;
}

/** How many entries came back, how many are valid here now and why the others are not: green only when all of them are. */
export function RestoreResult({ t, lang, done }: RestoreResultProps) {
  const { profile } = done.pass;
  const n = (x: number) => formatNumber(lang, x);
  const allGood = done.restored > 0 && done.valid === done.restored && done.unreadable === 0;
  return (
    <div class={`outcome ${allGood ? 'is-good' : 'is-info'}`} role="status" data-testid="restore-done">
      <p class="outcome-title with-icon">
        <Icon name={allGood ? 'check' : 'warning'} />
        {t('holder.restore.done', { name: isolate(`${profile.givenName} ${profile.familyName}`) })}
      </p>
      {done.restored === 0 ? <p>{t('holder.restore.empty')}</p> : <p>{t('holder.restore.count', { n: n(done.restored) })}</p>}
      {done.restored > 0 && <p data-testid="restore-valid">{t('holder.restore.validNow', { n: n(done.valid) })}</p>}
      {done.notValid.length > 0 && (
        <ul class="restore-why" data-testid="restore-why">
          {done.notValid.map(({ reason, count }) => {
            // Unknown issuer: no root on this device vouches for the office, which says nothing about the stamp.
            const unchecked = reason === 'unknown-issuer';
            return (
              <li key={reason} data-reason={reason}>
                <strong>{t(unchecked ? 'holder.restore.notCheckable' : 'holder.restore.notValid', { n: n(count) })}</strong>{' '}
                {unchecked ? t('holder.restore.why.unknown-issuer') : t(`holder.reason.${reason}`)}
              </li>
            );
          })}
        </ul>
      )}
      {done.notValid.length > 0 && <p>{t('holder.restore.kept')}</p>}
      {done.unreadable > 0 && <p data-testid="restore-unreadable">{t('holder.restore.unreadable', { n: n(done.unreadable) })}</p>}
    </div>
  );
}
