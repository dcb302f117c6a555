// Main-thread scanning API: camera → frames → decode worker → callback.
import { attachStream, hasTorch, openCamera, setTorch, stopStream } from './camera';
import { createDecoder } from './decode-client';
import type { DecodeEngine } from './decode-protocol';
import { captureFrames } from './frame-capture';

/** Options for {@link startScanner}. */
export interface ScannerOptions {
  video: HTMLVideoElement;
  /** Aborting stops the camera, the frame loop and the worker. */
  signal: AbortSignal;
  /** Called once per distinct text; an animated QR sequence yields one call per new frame. */
  onText(text: string): void;
  /** A specific camera; default is the environment-facing one. */
  deviceId?: string;
  /** Reports which decoder is in use, once it is known. */
  onEngine?(engine: DecodeEngine): void;
}

/** A running scanner. */
export interface Scanner {
  /** The camera actually opened (what the user sees as the selected camera). */
  deviceId: string | undefined;
  torchSupported: boolean;
  setTorch(on: boolean): Promise<void>;
  /** Settles when scanning ends: resolves on abort, rejects if decoding broke down. */
  done: Promise<void>;
}

// Enough to swallow the repeats of a whole animated sequence without growing without bound.
const RECENT_LIMIT = 256;

/** Opens the camera, shows it in `video` and reports decoded QR texts until `signal` aborts. */
export async function startScanner(options: ScannerOptions): Promise<Scanner> {
  const { video, signal, onText, onEngine } = options;
  const stream = await openCamera({ signal, deviceId: options.deviceId });
  try {
    await attachStream(video, stream, signal);
  } catch (error) {
    // openCamera only releases the camera on abort; a failed play() must release it too.
    stopStream(stream);
    throw error;
  }
  const track = stream.getVideoTracks()[0];
  const decoder = createDecoder();
  signal.addEventListener('abort', () => decoder.close(), { once: true });

  const recent = new Set<string>();
  let engine: DecodeEngine | undefined;
  const done = captureFrames(video, {
    signal,
    onFrame: async (frame) => {
      const result = await decoder.decode(frame, { signal });
      if (result.engine !== engine) onEngine?.((engine = result.engine));
      if (result.text === null || recent.has(result.text)) return;
      recent.add(result.text);
      if (recent.size > RECENT_LIMIT) recent.delete(recent.values().next().value as string);
      onText(result.text);
    },
  }).finally(() => {
    // Also on failure (worker broke down): do not leave the camera light on with nothing reading it.
    decoder.close();
    stopStream(stream);
  });

  return {
    deviceId: track?.getSettings().deviceId,
    torchSupported: track ? hasTorch(track) : false,
    setTorch: (on) => (track ? setTorch(track, on) : Promise.resolve()),
    done,
  };
}
