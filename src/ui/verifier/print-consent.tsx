import { useState } from 'preact/hooks';
import { Icon } from '../kit/icons';
import type { Translate } from '../i18n';

/** "Print / save as PDF" for the file, offered only once staff tick that the holder agreed. */
export function PrintConsent({ t }: { t: Translate }) {
  const [agreed, setAgreed] = useState(false);
  return (
    <div class="card print-consent no-print">
      <h2>{t('verifier.print.title')}</h2>
      <label class="check">
        <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.currentTarget.checked)} data-testid="print-consent" />
        <span>{t('verifier.print.consent')}</span>
      </label>
      <button type="button" class="button" disabled={!agreed} onClick={() => window.print()} data-testid="print-result">
        <Icon name="print" />
        {t('verifier.print.button')}
      </button>
    </div>
  );
}
