import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CameraError, listCameras, type CameraErrorKind, type CameraInfo } from '../../scan/camera';
import { decodeFile } from '../../scan/decode-file';
import type { DecodeEngine } from '../../scan/decode-protocol';
import { startScanner, type Scanner } from '../../scan/scanner';

/** What the scanner is doing, as one status line shows it. */
export type ScanStatus = 'starting' | 'scanning' | CameraErrorKind | 'reading' | 'noCode' | 'fileError';

/** Torch button state; 'unsupported' hides the button. */
export type TorchState = 'unsupported' | 'off' | 'on';

/** Everything a scanner panel renders and the actions it offers. */
export interface ScannerControls {
  videoRef: RefObject<HTMLVideoElement>;
  status: ScanStatus;
  cameras: CameraInfo[];
  cameraId: string | undefined;
  torch: TorchState;
  engine: DecodeEngine | undefined;
  selectCamera(deviceId: string): void;
  toggleTorch(): void;
  readFile(file: File): void;
}

type FileStatus = 'reading' | 'noCode' | 'fileError' | undefined;

/** Runs a camera scanner while the component is mounted (restarting it on camera change). */
export function useScanner(onText: (text: string) => void): ScannerControls {
  const videoRef = useRef<HTMLVideoElement>(null);
  const onTextRef = useRef(onText);
  onTextRef.current = onText;
  const scannerRef = useRef<Scanner>();
  const fileJob = useRef<AbortController>();
  const [requestedId, setRequestedId] = useState<string>();
  const [cameraStatus, setCameraStatus] = useState<ScanStatus>('starting');
  const [fileStatus, setFileStatus] = useState<FileStatus>();
  const [cameras, setCameras] = useState<CameraInfo[]>([]);
  const [cameraId, setCameraId] = useState<string>();
  const [torch, setTorch] = useState<TorchState>('unsupported');
  const [engine, setEngine] = useState<DecodeEngine>();

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    const job = new AbortController();
    const { signal } = job;
    setCameraStatus('starting');
    setTorch('unsupported');
    // Asking for the camera is slow on cheap phones: it gets a task of its own instead of
    // lengthening the one that runs the effects of the screen's first render.
    const start = setTimeout(() =>
      startScanner({ video, signal, deviceId: requestedId, onText: (t) => onTextRef.current(t), onEngine: setEngine }).then(
        async (scanner) => {
          if (signal.aborted) return;
          scannerRef.current = scanner;
          setCameraId(scanner.deviceId);
          setTorch(scanner.torchSupported ? 'off' : 'unsupported');
          setCameraStatus('scanning');
          scanner.done.catch(() => !signal.aborted && setCameraStatus('error'));
          const found = await listCameras().catch(() => []);
          if (!signal.aborted) setCameras(found);
        },
        (error: unknown) => {
          if (!signal.aborted) setCameraStatus(error instanceof CameraError ? error.kind : 'error');
        },
      ),
    );
    return () => {
      clearTimeout(start);
      job.abort();
      scannerRef.current = undefined;
    };
  }, [requestedId]);

  useEffect(() => () => fileJob.current?.abort(), []);

  const readFile = (file: File) => {
    fileJob.current?.abort();
    const job = (fileJob.current = new AbortController());
    setFileStatus('reading');
    decodeFile(file, { signal: job.signal }).then(
      (result) => {
        if (job.signal.aborted) return;
        setFileStatus(result.text === null ? 'noCode' : undefined);
        if (result.text !== null) onTextRef.current(result.text);
      },
      () => !job.signal.aborted && setFileStatus('fileError'),
    );
  };

  const toggleTorch = () => {
    const scanner = scannerRef.current;
    if (!scanner || torch === 'unsupported') return;
    const on = torch === 'off';
    scanner.setTorch(on).then(
      () => setTorch(on ? 'on' : 'off'),
      () => setTorch('unsupported'),
    );
  };

  return {
    videoRef,
    status: fileStatus ?? cameraStatus,
    cameras,
    cameraId,
    torch,
    engine,
    selectCamera: (deviceId) => {
      setFileStatus(undefined);
      setRequestedId(deviceId);
    },
    toggleTorch,
    readFile,
  };
}
