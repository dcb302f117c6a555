// Camera access for scanning: prefer the back camera, let the user pick another, switch the
// torch where the platform offers one, and always release the camera when the job is aborted.

/** A camera the user can choose. */
export interface CameraInfo {
  deviceId: string;
  /** Empty until the user has granted camera permission once. */
  label: string;
}

/** Why the camera could not be opened, as far as the UI needs to know. */
export type CameraErrorKind = 'denied' | 'noCamera' | 'unsupported' | 'error';

/** Error thrown by {@link openCamera}, classified for the status text. */
export class CameraError extends Error {
  constructor(
    readonly kind: CameraErrorKind,
    options?: { cause?: unknown },
  ) {
    super(`camera: ${kind}`, options);
    this.name = 'CameraError';
  }
}

/** Opens a camera (the given one, else the environment-facing one) and stops it when `signal` aborts. */
export async function openCamera(options: { signal: AbortSignal; deviceId?: string }): Promise<MediaStream> {
  const { signal, deviceId } = options;
  signal.throwIfAborted();
  if (!navigator.mediaDevices?.getUserMedia) throw new CameraError('unsupported');
  const video: MediaTrackConstraints = deviceId
    ? { deviceId: { exact: deviceId } }
    : { facingMode: { ideal: 'environment' } };
  // 720p is plenty for QR codes and cheap phones deliver it without stutter.
  video.width = { ideal: 1280 };
  video.height = { ideal: 720 };
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video, audio: false });
  } catch (error) {
    throw new CameraError(classify(error), { cause: error });
  }
  if (signal.aborted) {
    // Aborted while the permission prompt was open: release the camera we just got.
    stopStream(stream);
    signal.throwIfAborted();
  }
  signal.addEventListener('abort', () => stopStream(stream), { once: true });
  return stream;
}

/** Shows a stream in a video element and detaches it again when `signal` aborts. */
export async function attachStream(video: HTMLVideoElement, stream: MediaStream, signal: AbortSignal): Promise<void> {
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  signal.addEventListener('abort', () => {
    if (video.srcObject === stream) video.srcObject = null;
  }, { once: true });
  await video.play();
}

/** Lists the video inputs; labels are only filled in after permission was granted. */
export async function listCameras(): Promise<CameraInfo[]> {
  if (!navigator.mediaDevices?.enumerateDevices) return [];
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices
    .filter((d) => d.kind === 'videoinput' && d.deviceId !== '')
    .map((d) => ({ deviceId: d.deviceId, label: d.label }));
}

type TorchCapabilities = MediaTrackCapabilities & { torch?: boolean };

/** Whether the track's camera has a torch that can be switched from the web. */
export function hasTorch(track: MediaStreamTrack): boolean {
  // getCapabilities is missing in some browsers (older Firefox); no torch then.
  const capabilities = track.getCapabilities?.() as TorchCapabilities | undefined;
  return capabilities?.torch === true;
}

/** Switches the torch on or off. */
export async function setTorch(track: MediaStreamTrack, on: boolean): Promise<void> {
  await track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] });
}

/** Stops every track, which turns the camera light off. */
export function stopStream(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

function classify(error: unknown): CameraErrorKind {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'noCamera';
  return 'error';
}
