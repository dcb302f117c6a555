// A payload too large for one comfortable QR code (a trust list of more than a few offices)
// shown as a loop of fountain-coded frames, as the holder's presentation is: the verifier's
// scanner collects them in any order. It can be paused (moving content must be stoppable).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { fromText, FrameTextEncoder } from '../../core';
import type { Translate } from '../i18n';
import { QrCode } from '../kit/qr-code';

/** Longest text shown as one code; beyond it the code gets too dense for a phone camera at arm's length. */
export const SINGLE_QR_MAX = 800;
const FRAME_MS = 250;

/** Props of {@link AnimatedQr}. */
export interface AnimatedQrProps {
  t: Translate;
  /** A payload text (`BBP1:…`). */
  text: string;
  label: string;
  testId?: string;
}

/** One QR code for a short payload, else a pausable loop of frames (with twice the frames needed, for missed ones). */
export function AnimatedQr({ t, text, label, testId }: AnimatedQrProps) {
  const encoder = useMemo(() => {
    if (text.length <= SINGLE_QR_MAX) return undefined;
    const { kind, bytes } = fromText(text);
    return kind === 'frame' ? undefined : new FrameTextEncoder(kind, bytes);
  }, [text]);
  const [n, setN] = useState(1);
  const [playing, setPlaying] = useState(true);
  useEffect(() => {
    if (!encoder || !playing) return;
    const timer = setInterval(() => setN((x) => (x % (2 * encoder.seqLen)) + 1), FRAME_MS);
    return () => clearInterval(timer);
  }, [encoder, playing]);

  if (!encoder) return <QrCode text={text} label={label} class="qr-large" testId={testId} />;
  return (
    <div class="stack">
      <QrCode text={encoder.text(n)} label={label} class="qr-large" testId={testId} />
      <p class="frame-text" data-testid={testId && `${testId}-frame`}>
        {t('coordinator.qr.frame', { n, total: encoder.seqLen })}
      </p>
      <button type="button" class="button" onClick={() => setPlaying(!playing)}>
        {t(playing ? 'coordinator.qr.pause' : 'coordinator.qr.play')}
      </button>
    </div>
  );
}
