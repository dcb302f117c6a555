import type { Lang, Translate } from '../i18n';
import { canShareFiles } from '../kit/download';
import { formatNumber } from '../kit/format';
import { Icon } from '../kit/icons';
import { QrCode } from '../kit/qr-code';

/** Props of {@link PresentShow}. */
export interface PresentShowProps {
  t: Translate;
  lang: Lang;
  /** The frame on screen; undefined while signing. */
  frame: { text: string; n: number; seqLen: number } | 'failed' | undefined;
  /** How many entries are shown. */
  count: number;
  fps: number;
  playing: boolean;
  canSlower: boolean;
  canFaster: boolean;
  onSlower(): void;
  onFaster(): void;
  onPlayPause(): void;
  onSave(): void;
  onBack(): void;
}

/** The animated pass code for a verifier's camera, with speed, pause and a file alternative. */
export function PresentShow(p: PresentShowProps) {
  const { t, lang, frame } = p;
  return (
    <section class="screen code-screen" aria-labelledby="present-show-title">
      <button type="button" class="back-link link-button" onClick={p.onBack}>
        {t('holder.present.change')}
      </button>
      <h1 id="present-show-title">{t('holder.present.title')}</h1>
      <p class="lead">{t('holder.present.showIntro')}</p>
      <div class="code-box">
        {frame === 'failed' ? (
          <p class="notice is-problem" role="alert">
            {t('holder.present.failed')}
          </p>
        ) : frame ? (
          <QrCode text={frame.text} label={t('holder.present.qrLabel', { n: p.count })} class="qr-large" testId="present-qr" />
        ) : (
          <p class="loading" role="status">
            {t('common.loading')}
          </p>
        )}
      </div>
      {frame && frame !== 'failed' && (
        <p class="frame-text" data-testid="frame-text" data-frame={frame.n}>
          {t('holder.present.frame', { n: formatNumber(lang, frame.n), total: formatNumber(lang, frame.seqLen) })}
        </p>
      )}
      <p class="brightness-hint">{t('holder.brightness')}</p>
      <div class="player" role="group" aria-label={t('holder.present.speedGroup')}>
        <button type="button" class="button" onClick={p.onSlower} disabled={!p.canSlower}>
          <Icon name="minus" />
          {t('holder.present.slower')}
        </button>
        <button type="button" class="button" onClick={p.onPlayPause}>
          <Icon name={p.playing ? 'pause' : 'play'} />
          {t(p.playing ? 'holder.present.pause' : 'holder.present.play')}
        </button>
        <button type="button" class="button" onClick={p.onFaster} disabled={!p.canFaster}>
          <Icon name="plus" />
          {t('holder.present.faster')}
        </button>
      </div>
      <p class="hint player-speed">{t('holder.present.speed', { fps: formatNumber(lang, p.fps) })}</p>
      <div class="alt-action">
        <p>{t('holder.present.fileHint')}</p>
        <button type="button" class="button wide" onClick={p.onSave} disabled={!frame || frame === 'failed'} data-testid="present-save">
          <Icon name="file" />
          {t(canShareFiles() ? 'holder.present.share' : 'holder.present.save')}
        </button>
      </div>
    </section>
  );
}
