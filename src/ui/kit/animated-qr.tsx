// One player for every payload too large for one QR code (the holder's presentation, the
// coordinator's trust list): fountain-coded frames in a loop, read by the scanner in any order.
// The screen stays on while it is shown, and the screen around it offers pause (moving content
// must be stoppable).
import { useEffect, useState } from 'preact/hooks';
import { QrCode } from './qr-code';
import { useWakeLock } from './use-wake-lock';

/** A payload cut into frames: `frame(n)` is the QR text of frame n (from 1); past seqLen, mixed frames. */
export interface Frames {
  readonly seqLen: number;
  frame(n: number): string;
}

/** Props of {@link AnimatedQr}. */
export interface AnimatedQrProps {
  frames: Frames;
  /** Frames per second. */
  fps: number;
  playing: boolean;
  /** Start again at frame 1 after this many frames; without it the count goes on (each mixed frame is new). */
  loopAfter?: number;
  /** The code's text alternative. */
  label: string;
  testId?: string;
  /** The line under the code, for frame n. */
  caption(n: number): string;
  captionTestId?: string;
}

/** The code box with the current frame and the line naming it; starts at frame 1 for each new payload. */
export function AnimatedQr({ frames, fps, playing, loopAfter, label, testId, caption, captionTestId }: AnimatedQrProps) {
  useWakeLock();
  // The frame number belongs to the payload it counts: a new payload (a renewed presentation)
  // starts at 1 in the same render, never showing its frame 57 first.
  const [at, setAt] = useState({ frames, n: 1 });
  const n = at.frames === frames ? at.n : 1;
  useEffect(() => {
    if (!playing) return;
    const next = (x: number) => (loopAfter ? (x % loopAfter) + 1 : x + 1);
    const timer = setInterval(() => setAt((a) => ({ frames, n: next(a.frames === frames ? a.n : 1) })), 1000 / fps);
    return () => clearInterval(timer);
  }, [frames, fps, playing, loopAfter]);
  return (
    <>
      <div class="code-box">
        <QrCode text={frames.frame(n)} label={label} class="qr-large" testId={testId} />
      </div>
      <p class="frame-text" data-testid={captionTestId} data-frame={n}>
        {caption(n)}
      </p>
    </>
  );
}
