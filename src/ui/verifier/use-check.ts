// The verifier's scan-to-result state. Everything lives in this hook's memory: it is gone when
// the check screen unmounts (staff leave it) and is cleared after the idle timeout. Nothing of
// the holder is written anywhere.
import { useEffect, useRef, useState } from 'preact/hooks';
import { PayloadAssembler, type CheckMode, type CheckResult, type FountainProgress, type RefusedReason } from '../../core';
import { decodeFile } from '../../scan/decode-file';
import { nowSeconds } from '../holder/api';
import { verifierApi } from './api';

/** A problem shown above the scanner; scanning goes on. */
export type ScanProblem = RefusedReason | 'not-a-payload' | 'restarted' | 'file-incomplete' | 'file-unreadable' | 'check-failed' | 'cleared';

/** Where the check stands. */
export type CheckPhase =
  | { readonly step: 'scanning'; readonly progress?: FountainProgress; readonly problem?: ScanProblem }
  | { readonly step: 'checking'; readonly received: number }
  | { readonly step: 'result'; readonly result: Exclude<CheckResult, { kind: 'refused' }>; readonly checkedAt: number; readonly received: number };

/** What the check screen renders and the actions it offers. */
export interface CheckControls {
  phase: CheckPhase;
  onText(text: string): void;
  readFile(file: File): void;
  reset(): void;
}

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Runs one check at a time; `idleSeconds` clears a shown result after that long without input. */
export function useCheck(idleSeconds: number): CheckControls {
  const [phase, setState] = useState<CheckPhase>({ step: 'scanning' });
  const assembler = useRef(new PayloadAssembler());
  const busy = useRef(false);
  // Texts can arrive faster than renders: the current step is read from a ref, not a stale closure.
  const step = useRef<CheckPhase['step']>('scanning');
  const setPhase = (p: CheckPhase) => {
    step.current = p.step;
    setState(p);
  };

  const finish = (kind: Parameters<ReturnType<typeof verifierApi>['check']>[0], bytes: Uint8Array, mode: CheckMode, received: number) => {
    busy.current = true;
    setPhase({ step: 'checking', received });
    const now = nowSeconds();
    verifierApi()
      .check(kind, bytes, mode, now)
      .then(
        (result) => setPhase(result.kind === 'refused' ? { step: 'scanning', problem: result.reason } : { step: 'result', result, checkedAt: now, received }),
        () => setPhase({ step: 'scanning', problem: 'check-failed' }),
      )
      .finally(() => {
        busy.current = false;
        assembler.current = new PayloadAssembler();
      });
  };

  const onText = (text: string) => {
    if (busy.current || step.current !== 'scanning') return; // a result stays until staff start the next check
    let r = assembler.current.receive(text);
    let problem: ScanProblem | undefined;
    if (r.status === 'rejected' && r.reason === 'other-message') {
      // The holder's phone re-signs every 150 s: a new message replaces the old one.
      assembler.current = new PayloadAssembler();
      r = assembler.current.receive(text);
      problem = 'restarted';
    }
    if (r.status === 'complete') return finish(r.kind, r.bytes, 'live', assembler.current.progress.received || 1);
    if (r.status === 'progress') setPhase({ step: 'scanning', progress: r.progress, ...(problem ? { problem } : {}) });
    else if (r.status === 'rejected') {
      const why: ScanProblem = r.reason === 'not-a-payload' ? 'not-a-payload' : r.reason === 'unsupported-version' ? 'unsupported-version' : 'malformed';
      setState((p) => (p.step === 'scanning' ? { ...p, problem: why } : p));
    }
  };

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
    file.text().then(
      (text) => {
        // Frames are one per line; base45 itself contains spaces, so only line breaks separate.
        const a = new PayloadAssembler();
        for (const line of text.split(/\r?\n/)) {
          if (!line.trim()) continue;
          const r = a.receive(line.trim());
          if (r.status === 'complete') return finish(r.kind, r.bytes, 'file', a.progress.received || 1);
        }
        setPhase({ step: 'scanning', problem: 'file-incomplete' });
      },
      () => setPhase({ step: 'scanning', problem: 'file-unreadable' }),
    );
  };

  const showing = phase.step === 'result';
  useEffect(() => {
    if (!showing) return;
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
  }, [showing, idleSeconds]);

  return {
    phase,
    onText,
    readFile,
    reset: () => {
      assembler.current = new PayloadAssembler();
      setPhase({ step: 'scanning' });
    },
  };
}
