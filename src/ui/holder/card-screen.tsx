import type { PassSummary } from '../../storage/holder/holder-api';
import type { Lang, Translate } from '../i18n';
import { href } from '../shell/router';
import { formatPartialDate, formatTime } from '../kit/format';
import { QrCode } from '../kit/qr-code';
import { ReadAloudButton } from './read-aloud-button';

/** Props of {@link CardScreen}. */
export interface CardScreenProps {
  t: Translate;
  lang: Lang;
  pass: PassSummary;
  /** The current card text and when it was signed; undefined while the first is made. */
  card: { text: string; at: number } | 'failed' | undefined;
}

/** The pass card as a large QR code for an office to scan, with the pass code to read aloud. */
export function CardScreen({ t, lang, pass, card }: CardScreenProps) {
  const name = `${pass.profile.givenName} ${pass.profile.familyName}`;
  return (
    <section class="screen code-screen" aria-labelledby="card-title">
      <a class="back-link" href={href('holder')}>
        {t('common.back')}
      </a>
      <h1 id="card-title">{t('holder.card.title')}</h1>
      <ReadAloudButton t={t} lang={lang} />
      <p class="lead">{t('holder.card.intro')}</p>
      <div class="code-box">
        {card === 'failed' ? (
          <p class="notice is-problem" role="alert">
            {t('holder.card.failed')}
          </p>
        ) : card ? (
          <QrCode text={card.text} label={t('holder.card.qrLabel', { name, code: pass.passCode })} class="qr-large" testId="card-qr" />
        ) : (
          <p class="loading" role="status">
            {t('common.loading')}
          </p>
        )}
      </div>
      <p class="brightness-hint">{t('holder.brightness')}</p>
      <p class="pass-code" data-testid="pass-code" data-read="spell">
        {pass.passCode}
      </p>
      <p class="card-name">
        <bdi>{name}</bdi>
      </p>
      <p class="card-born">{t('holder.home.born', { date: formatPartialDate(lang, pass.profile.birthDate) })}</p>
      {card && card !== 'failed' && <p class="hint">{t('holder.card.renewed', { time: formatTime(lang, card.at) })}</p>}
    </section>
  );
}
