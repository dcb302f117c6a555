import { useStaffI18n } from '../i18n';
import { lazyView } from '../shell/lazy-view';
import { useLocation } from '../shell/router';
import { CheckRoute } from './check-route';
import { VerifierNav, type VerifierSection } from './verifier-nav';
import './verifier.css';

// Trust and settings bring storage and core along; loading them on first visit keeps both
// out of the check, the screen the area opens with.
const TrustRoute = lazyView(() => import('./trust-route'));
const SettingsRoute = lazyView(() => import('./settings-route'));

/** Container for `#/verifier/…`: the check (default), trust status and settings. Leaving the check unmounts it, which drops its result. */
export default function VerifierRoute() {
  const { t } = useStaffI18n();
  const { param } = useLocation();
  const section: VerifierSection = param === 'trust' || param === 'settings' ? param : '';
  return (
    <div class="verifier-area">
      <VerifierNav t={t} current={section} />
      {section === 'trust' ? <TrustRoute /> : section === 'settings' ? <SettingsRoute /> : <CheckRoute />}
    </div>
  );
}
