// Pulls frames out of a playing <video> into ImageData for the decoder. The rate is bounded
// and the next frame is only grabbed once the previous one was handled, so a slow decoder on a
// cheap phone lowers the frame rate instead of queueing work.

/** Options for {@link captureFrames}. */
export interface FrameCaptureOptions {
  signal: AbortSignal;
  /** Frames are downscaled to at most this width; QR codes at arm's length need no more. */
  maxWidth?: number;
  /** Minimum time between two frames. */
  minIntervalMs?: number;
  /** Handles one frame; the next is grabbed after the returned promise settles. */
  onFrame(frame: ImageData): Promise<void> | void;
}

type VideoWithFrameCallback = HTMLVideoElement & {
  requestVideoFrameCallback?(callback: () => void): number;
  cancelVideoFrameCallback?(handle: number): void;
};

/** Grabs frames until `signal` aborts (resolves) or `onFrame` throws (rejects). */
export function captureFrames(video: HTMLVideoElement, options: FrameCaptureOptions): Promise<void> {
  const { signal, maxWidth = 640, minIntervalMs = 100, onFrame } = options;
  const v = video as VideoWithFrameCallback;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  let last = -Infinity;

  return new Promise<void>((resolve, reject) => {
    if (!context) return reject(new Error('2d canvas unavailable'));
    let cancel = () => {};
    const schedule = () => {
      if (signal.aborted) return resolve();
      // A new video frame is the natural clock; rAF is the fallback where that API is missing.
      if (v.requestVideoFrameCallback) {
        const handle = v.requestVideoFrameCallback(tick);
        cancel = () => v.cancelVideoFrameCallback?.(handle);
      } else {
        const handle = requestAnimationFrame(tick);
        cancel = () => cancelAnimationFrame(handle);
      }
    };
    const tick = () => {
      if (signal.aborted) return resolve();
      const now = performance.now();
      if (now - last < minIntervalMs || video.readyState < 2 || video.videoWidth === 0) return schedule();
      last = now;
      const frame = grab(video, canvas, context, maxWidth);
      Promise.resolve(onFrame(frame)).then(schedule, (error: unknown) => (signal.aborted ? resolve() : reject(error)));
    };
    signal.addEventListener('abort', () => (cancel(), resolve()), { once: true });
    schedule();
  });
}

function grab(
  video: HTMLVideoElement,
  canvas: HTMLCanvasElement,
  context: CanvasRenderingContext2D,
  maxWidth: number,
): ImageData {
  const scale = Math.min(1, maxWidth / video.videoWidth);
  const w = Math.max(1, Math.round(video.videoWidth * scale));
  const h = Math.max(1, Math.round(video.videoHeight * scale));
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  context.drawImage(video, 0, 0, w, h);
  return context.getImageData(0, 0, w, h);
}
