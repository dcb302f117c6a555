// A payload too large for one comfortable QR code (a trust list of more than a few offices)
// shown as a loop of fountain-coded frames, as the holder's presentation is: the verifier's
// scanner collects them in any order. It can be paused (moving content must be stoppable).
import { useMemo, useState } from 'preact/hooks';
import { fromText, FrameTextEncoder } from '../../core';
import type { Translate } from '../i18n';
import { AnimatedQr, type Frames } from '../kit/animated-qr';
import { QrCode } from '../kit/qr-code';

/** Longest text shown as one code; beyond it the code gets too dense for a phone camera at arm's length. */
const SINGLE_QR_MAX = 800;
const FPS = 4;

/** Props of {@link PayloadQr}. */
export interface PayloadQrProps {
  t: Translate;
  /** A payload text (`BBP1:…`). */
  text: string;
  label: string;
  testId?: string;
}

/** One QR code for a short payload, else a pausable loop of frames (with twice the frames needed, for missed ones). */
export function PayloadQr({ t, text, label, testId }: PayloadQrProps) {
  const frames = useMemo((): Frames | undefined => {
    if (text.length <= SINGLE_QR_MAX) return undefined;
    const { kind, bytes } = fromText(text);
    if (kind === 'frame') return undefined;
    const encoder = new FrameTextEncoder(kind, bytes);
    return { seqLen: encoder.seqLen, frame: (n) => encoder.text(n) };
  }, [text]);
  const [playing, setPlaying] = useState(true);

  if (!frames) return <QrCode text={text} label={label} class="qr-large" testId={testId} />;
  return (
    <div class="stack">
      <AnimatedQr
        frames={frames}
        fps={FPS}
        playing={playing}
        loopAfter={2 * frames.seqLen}
        label={label}
        testId={testId}
        caption={(n) => t('coordinator.qr.frame', { n, total: frames.seqLen })}
        captionTestId={testId && `${testId}-frame`}
      />
      <button type="button" class="button" onClick={() => setPlaying(!playing)}>
        {t(playing ? 'coordinator.qr.pause' : 'coordinator.qr.play')}
      </button>
    </div>
  );
}
