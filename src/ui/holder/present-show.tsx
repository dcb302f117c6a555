import type { Translate } from '../i18n';
import { AnimatedQr, type Frames } from '../kit/animated-qr';
import { canShareFiles } from '../kit/download';
import { Icon } from '../kit/icons';
import type { Loaded } from '../kit/loaded';

/** Props of {@link PresentShow}. */
export interface PresentShowProps {
  t: Translate;
  /** The signed presentation's frames; undefined while signing. */
  frames: Loaded<Frames>;
  /** How many entries are shown. */
  count: number;
  fps: number;
  playing: boolean;
  /** Smaller frames for cheap phones (remembered on the device). */
  lowDensity: boolean;
  onLowDensity(on: boolean): void;
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
  const { t, frames } = p;
  return (
    <section class="screen code-screen" aria-labelledby="present-show-title">
      <button type="button" class="back-link link-button" onClick={p.onBack}>
        {t('holder.present.change')}
      </button>
      <h1 id="present-show-title">{t('holder.present.title')}</h1>
      <p class="lead">{t('holder.present.showIntro')}</p>
      {frames && frames !== 'failed' ? (
        <AnimatedQr
          frames={frames}
          fps={p.fps}
          playing={p.playing}
          label={t('holder.present.qrLabel', { n: p.count })}
          testId="present-qr"
          caption={(n) => t('holder.present.frame', { n, total: frames.seqLen })}
          captionTestId="frame-text"
        />
      ) : (
        <div class="code-box">
          {frames === 'failed' ? (
            <p class="notice is-problem" role="alert">
              {t('holder.present.failed')}
            </p>
          ) : (
            <p class="loading" role="status">
              {t('common.loading')}
            </p>
          )}
        </div>
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
      <p class="hint player-speed">{t('holder.present.speed', { fps: p.fps })}</p>
      <label class="check">
        <input type="checkbox" checked={p.lowDensity} onChange={(e) => p.onLowDensity(e.currentTarget.checked)} data-testid="present-low-density" />
        <span>{t('holder.present.lowDensity')}</span>
      </label>
      <p class="hint">{t('holder.present.lowDensityHint')}</p>
      <div class="alt-action">
        <p>{t('holder.present.fileHint')}</p>
        <button type="button" class="button wide" onClick={p.onSave} disabled={!frames || frames === 'failed'} data-testid="present-save">
          <Icon name="file" />
          {t(canShareFiles() ? 'holder.present.share' : 'holder.present.save')}
        </button>
      </div>
    </section>
  );
}
