import { ScannerPanel } from '../kit/scanner-panel';
import { useScanner } from '../kit/use-scanner';
import type { StoredEntry } from '../../storage/holder/holder-api';
import type { Lang, Translate } from '../i18n';
import { href } from '../shell/router';
import { entryTitle } from '../entry/entry-text';
import { formatNumber } from '../kit/format';
import { Icon } from '../kit/icons';
import { ReceiveOutcomeView, type Shown } from './receive-outcome';
import { ReadAloudButton } from './read-aloud-button';

/** Props of {@link ReceiveScreen}. */
export interface ReceiveScreenProps {
  t: Translate;
  lang: Lang;
  shown: Shown | undefined;
  /** The last text read, for the "what was read" details (help when something is refused). */
  lastText: string | undefined;
  /** Stamps stored since the screen opened (an office may hand over several in a row). */
  saved: readonly StoredEntry[];
  onText(text: string): void;
}

/** Scans stamps; the outcome shows above the camera, which keeps running so a refused stamp can be tried again. */
export function ReceiveScreen({ t, lang, shown, lastText, saved, onText }: ReceiveScreenProps) {
  const scanner = useScanner(onText);
  return (
    <section class="screen" aria-labelledby="receive-title">
      <a class="back-link" href={href('holder')}>
        {t('common.back')}
      </a>
      <h1 id="receive-title">{t('holder.receive.title')}</h1>
      <ReadAloudButton t={t} lang={lang} />
      <p class="lead">{t('holder.receive.intro')}</p>
      <div aria-live="polite">{shown && <ReceiveOutcomeView t={t} shown={shown} />}</div>
      <ScannerPanel t={t} scanner={scanner} />
      {saved.length > 1 && (
        <div class="saved-list">
          <h2>{t('holder.receive.savedNow', { n: formatNumber(lang, saved.length) })}</h2>
          <ul role="list" data-testid="received-list">
            {saved.map((e) => (
              <li key={e.id} class="with-icon">
                <Icon name="check" />
                <span>
                  <strong>{t(`entry.type.${e.type}`)}</strong> · {entryTitle(t, e.entry)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {lastText !== undefined && (
        <details class="read-text">
          <summary>{t('holder.receive.whatWasRead')}</summary>
          <pre class="payload" data-testid="scan-result">
            {lastText}
          </pre>
        </details>
      )}
    </section>
  );
}
