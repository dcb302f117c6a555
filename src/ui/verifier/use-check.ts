// The verifier's scan-to-result state. Everything lives in this hook's memory: it is gone when
// the check screen unmounts (staff leave it) and is cleared after the idle timeout. Nothing of
// the holder is written anywhere. What the screen shows is decided by check-reducer.ts; this
// hook feeds the assembler, runs the checks and the idle timer, and dispatches what happened.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PayloadAssembler } from '../../core';
import { checkFileOffThread } from '../../scan/check-client';
import { decodeFile } from '../../scan/decode-file';
import { loadOnce } from '../kit/load-once';
import { nowSeconds } from '../kit/now';
import { verifierApi } from './api';
import { checkBusy, checkReducer, INITIAL_CHECK, takesText, type CheckEvent, type CheckPhase } from './check-reducer';

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
  const [phase, setPhase] = useState<CheckPhase>(INITIAL_CHECK);
  const [idleMinutes, setIdleMinutes] = useState<number>();
  // Texts can arrive faster than renders: the reducer runs on this ref, never on a stale closure.
  const current = useRef(phase);
  // Made with the first text of a check; dropped when its payload is complete or staff start over.
  const assembler = useRef<PayloadAssembler>();
  // The file being checked in a worker; aborted when staff start over or leave.
  const fileJob = useRef<AbortController>();

  const dispatch = (e: CheckEvent): CheckPhase => {
    const next = checkReducer(current.current, e);
    if (next !== current.current) setPhase((current.current = next));
    return next;
  };
  const checked = (e: Extract<CheckEvent, { type: 'checked' }>) => {
    if (dispatch(e).step === 'result') setIdleMinutes(Math.round(e.settings.idleTimeout / 60));
  };

  const check = ({ payload, checkedAt }: Extract<CheckPhase, { step: 'checking' }>) =>
    verifierApi()
      .then((api) => Promise.all([api.check(payload.kind, payload.bytes, 'live', checkedAt), api.settings()]))
      .then(
        ([result, settings]) => checked({ type: 'checked', result, settings }),
        () => dispatch({ type: 'problem', problem: 'check-failed' }),
      );

  const receive = ({ PayloadAssembler }: Core, text: string) => {
    if (!takesText(current.current)) return;
    const a = (assembler.current ??= new PayloadAssembler());
    const next = dispatch({ type: 'text', result: a.receive(text), fed: a.progress.received, now: nowSeconds() });
    if (next.step !== 'checking') return;
    assembler.current = undefined; // the next check starts afresh
    void check(next);
  };

  // Every text goes through the one core promise, so texts keep their order while it loads.
  const onText = (text: string) =>
    void loadCore().then(
      (m) => receive(m, text),
      () => dispatch({ type: 'problem', problem: 'check-failed' }),
    );

  const readFile = (file: File) => {
    if (checkBusy(current.current)) return;
    if (file.type.startsWith('image/')) {
      // A photo of a QR code (e.g. of the paper print-out) is read like a camera frame.
      decodeFile(file).then(
        (d) => (d.text === null ? dispatch({ type: 'problem', problem: 'file-incomplete' }) : onText(d.text)),
        () => dispatch({ type: 'problem', problem: 'file-unreadable' }),
      );
      return;
    }
    // Reading, assembling and verifying run in a worker: a large file never blocks this page.
    const now = nowSeconds();
    dispatch({ type: 'file', now });
    const job = (fileJob.current = new AbortController());
    const onProgress = (read: number, total: number) => job.signal.aborted || dispatch({ type: 'file-progress', read, total });
    verifierApi()
      .then((api) => Promise.all([api.trustState(), api.settings()]))
      .then(([trust, settings]) =>
        checkFileOffThread(file, trust, now, { signal: job.signal, onProgress }).then((outcome) => {
          if (outcome.status === 'refused') return void dispatch({ type: 'problem', problem: outcome.reason });
          // Visible in the browser's performance timeline like a check on this thread; the verifier bench reads it.
          performance.measure('bbpass:verify', { start: performance.now() - outcome.verifyMs, duration: outcome.verifyMs });
          checked({ type: 'checked', result: outcome.result, settings, received: outcome.texts });
        }),
      )
      .catch(() => job.signal.aborted || dispatch({ type: 'problem', problem: 'check-failed' }))
      .finally(() => {
        if (fileJob.current === job) fileJob.current = undefined;
      });
  };

  useEffect(() => () => fileJob.current?.abort(), []);

  const idleSeconds = phase.step === 'result' ? phase.settings.idleTimeout : undefined;
  useEffect(() => {
    if (idleSeconds === undefined) return;
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => dispatch({ type: 'idle' }), idleSeconds * 1000);
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
      dispatch({ type: 'reset' });
    },
  };
}
