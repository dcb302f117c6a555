import type { Translate } from '../i18n';
import { href } from '../router';

/** Props of {@link HolderHome}. */
export interface HolderHomeProps {
  t: Translate;
}

/** The holder's start screen. */
export function HolderHome({ t }: HolderHomeProps) {
  return (
    <section class="screen" aria-labelledby="holder-title">
      <h1 id="holder-title">{t('holder.home.title')}</h1>
      <p class="lead">{t('holder.home.intro')}</p>
      <ul class="actions" role="list">
        <li class="card">
          <a class="button primary" href={href('holder/scan')}>
            {t('holder.home.scan')}
          </a>
          <p class="hint">{t('holder.home.scanHint')}</p>
        </li>
        <li class="card">
          <h2>{t('holder.home.create')}</h2>
          <p class="hint">{t('common.comingSoon')}</p>
        </li>
      </ul>
      <nav class="staff-links" aria-labelledby="staff-title">
        <h2 id="staff-title">{t('holder.home.staff')}</h2>
        <ul role="list">
          <li>
            <a href={href('office')}>{t('role.office')}</a>
          </li>
          <li>
            <a href={href('verifier')}>{t('role.verifier')}</a>
          </li>
          <li>
            <a href={href('coordinator')}>{t('role.coordinator')}</a>
          </li>
        </ul>
      </nav>
    </section>
  );
}
