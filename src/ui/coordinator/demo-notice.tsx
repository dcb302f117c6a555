import { DEMO_PASSPHRASE } from '../../storage/coordinator/coordinator-api';
import type { Translate } from '../i18n';

/** The DEMO warning beside a DEMO district: its keys are public, its passphrase printed here. */
export function DemoNotice({ t }: { t: Translate }) {
  return (
    <p class="notice is-warning demo-notice" data-testid="demo-notice">
      <span class="demo-tag">DEMO</span> {t('coordinator.demo.warning', { passphrase: DEMO_PASSPHRASE })}
    </p>
  );
}
