import type { Translate } from '../i18n';
import { href } from '../shell/router';

/** Links to the staff areas, out of the holder's way at the bottom of a screen. */
export function StaffLinks({ t }: { t: Translate }) {
  return (
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
  );
}
