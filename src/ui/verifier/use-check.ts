// The verifier's scan-to-result state. Everything lives in this hook's memory: it is gone when
// the check screen unmounts (staff leave it) and is cleared after the idle timeout. Nothing of
// the holder is written anywhere.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckMode, CheckResult, FountainProgress, PayloadAssembler, RefusedReason, WireKind } from '../../core';
import type { VerifierSettings } from '../../storage/verifier/verifier-api';
import { checkFileOffThread } from '../../scan/check-client';
import { decodeFile } from '../../scan/decode-file';
import { loadOnce } from '../kit/load-once';
import { nowSeconds } from '../kit/now';
import { verifierApi } from './api';

/** A problem shown above the scanner; scanning goes on. */
export type ScanProblem = RefusedReason | 'not-a-payload' | 'several-payloads' | 'file-incomplete' | 'file-unreadable' | 'check-failed' | 'cleared';

/** Where the check stands. */
export type CheckPhase =
  | { readonly step: 'scanning'; readonly progress?: FountainProgress; readonly problem?: ScanProblem }
  | { readonly step: 'checking'; readonly received: number }
  | {
      readonly step: 'result';
      readonly result: Exclude<CheckResult, { kind: 'refused' }>;
      readonly checkedAt: number;
      readonly received: number;
      /** The settings the check ran under (allowed age, idle timeout). */
      readonly settings: VerifierSettings;
    };

/** What the check screen renders and the actions it offers. */
export interface CheckControls {
  phase: CheckPhase;
  /** Minutes of the idle timeout of the last result (undefined before the first one). */
  idleMinutes: number | undefined;
  onText(text: string): void;
  readFile(file: File): void;
  reset(): void;
}

type Core = Pick<typeof import('../../core'), 'PayloadAssembler'>;

// Assembling and checking need core; it loads with the first scanned text or file, so the
// first screen (and a desk without a camera) never waits for it. Only the name used is taken:
// a whole namespace would keep every export of core in the bundle (the DEMO world included).
const loadCore = loadOnce<Core>(() => import('../../core').then(({ PayloadAssembler }) => ({ PayloadAssembler })));

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Runs one check at a time; a shown result is cleared after the settings' idle timeout without input. */
export function useCheck(): CheckControls {
  const [phase, setState] = useState<CheckPhase>({ step: 'scanning' });
  const [idleMinutes, setIdleMinutes] = useState<number>();
  // Made with the first text of a check; dropped when the check ends.
  const assembler = useRef<PayloadAssembler>();
  const busy = useRef(false);
  // The file being checked in a worker; aborted when staff start over or leave.
  const fileJob = useRef<AbortController>();
  // Texts can arrive faster than renders: the current step is read from a ref, not a stale closure.
  const step = useRef<CheckPhase['step']>('scanning');
  const setPhase = (p: CheckPhase) => {
    step.current = p.step;
    setState(p);
  };

  const finish = (kind: Exclude<WireKind, 'frame'>, bytes: Uint8Array, mode: CheckMode, received: number) => {
    busy.current = true;
    setPhase({ step: 'checking', received });
    const now = nowSeconds();
    verifierApi()
      .then((api) => Promise.all([api.check(kind, bytes, mode, now), api.settings()]))
      .then(
        ([result, settings]) => {
          if (result.kind === 'refused') return setPhase({ step: 'scanning', problem: result.reason });
          setIdleMinutes(Math.round(settings.idleTimeout / 60));
          setPhase({ step: 'result', result, checkedAt: now, received, settings });
        },
        () => setPhase({ step: 'scanning', problem: 'check-failed' }),
      )
      .finally(() => {
        busy.current = false;
        assembler.current = undefined;
      });
  };

  const receive = ({ PayloadAssembler }: Core, text: string) => {
    if (busy.current || step.current !== 'scanning') return; // a result stays until staff start the next check
    const a = (assembler.current ??= new PayloadAssembler());
    const r = a.receive(text);
    if (r.status === 'complete') return finish(r.kind, r.bytes, 'live', r.message ? a.progress.received : 1);
    if (r.status === 'progress') setPhase({ step: 'scanning', progress: r.progress });
    else if (r.status === 'rejected') {
      const why: ScanProblem = r.reason === 'checksum-mismatch' ? 'malformed' : r.reason;
      setState((p) => (p.step === 'scanning' ? { ...p, problem: why } : p));
    }
  };

  // Every text goes through the one core promise, so texts keep their order while it loads.
  const onText = (text: string) =>
    void loadCore().then(
      (m) => receive(m, text),
      () => setPhase({ step: 'scanning', problem: 'check-failed' }),
    );

  const readFile = (file: File) => {
    if (busy.current) return;
    if (file.type.startsWith('image/')) {
      // A photo of a QR code (e.g. of the paper print-out) is read like a camera frame.
      decodeFile(file).then(
        (d) => (d.text === null ? setPhase({ step: 'scanning', problem: 'file-incomplete' }) : onText(d.text)),
        () => setPhase({ step: 'scanning', problem: 'file-unreadable' }),
      );
      return;
    }
    // Reading, assembling and verifying run in a worker: a large file never blocks this page.
    busy.current = true;
    const job = (fileJob.current = new AbortController());
    const now = nowSeconds();
    const onProgress = (read: number, total: number) =>
      job.signal.aborted || setPhase({ step: 'scanning', progress: { received: read, solved: 0, total, estimatedFraction: read / total } });
    setPhase({ step: 'scanning' });
    verifierApi()
      .then((api) => Promise.all([api.trustState(), api.settings()]))
      .then(([trust, settings]) =>
        checkFileOffThread(file, trust, now, { signal: job.signal, onProgress }).then((outcome) => {
          if (outcome.status === 'refused') return setPhase({ step: 'scanning', problem: outcome.reason });
          // Visible in the browser's performance timeline like a check on this thread; the verifier bench reads it.
          performance.measure('bbpass:verify', { start: performance.now() - outcome.verifyMs, duration: outcome.verifyMs });
          setIdleMinutes(Math.round(settings.idleTimeout / 60));
          setPhase({ step: 'result', result: outcome.result, checkedAt: now, received: outcome.texts, settings });
        }),
      )
      .catch(() => job.signal.aborted || setPhase({ step: 'scanning', problem: 'check-failed' }))
      .finally(() => {
        if (fileJob.current === job) fileJob.current = undefined;
        busy.current = false;
      });
  };

  useEffect(() => () => fileJob.current?.abort(), []);

  const idleSeconds = phase.step === 'result' ? phase.settings.idleTimeout : undefined;
  useEffect(() => {
    if (idleSeconds === undefined) return;
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setPhase({ step: 'scanning', problem: 'cleared' }), idleSeconds * 1000);
    };
    arm();
    for (const e of ACTIVITY) window.addEventListener(e, arm, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, arm);
    };
  }, [idleSeconds]);

  return {
    phase,
    idleMinutes,
    onText,
    readFile,
    reset: () => {
      fileJob.current?.abort();
      assembler.current = undefined;
      setPhase({ step: 'scanning' });
    },
  };
}
