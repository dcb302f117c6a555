// The verifier's check as a pure state machine: scanning → checking → result, and back. The
// hook around it (use-check.ts) feeds the assembler, runs the checks and the idle timer and
// dispatches what happened; every decision about what the screen shows is made here, with
// `now` carried in by the events, so it is tested without DOM, storage or clock.
import type { AssembleResult, CheckResult, FountainProgress, RefusedReason, WireKind } from '../../core';
import type { FileRefusal } from '../../scan/check-protocol';
import type { VerifierSettings } from '../../storage/verifier/verifier-api';

/** A problem shown above the scanner; scanning goes on. */
export type ScanProblem = RefusedReason | FileRefusal | 'check-failed' | 'cleared';

/** An assembled payload waiting for its check. */
export interface Payload {
  readonly kind: Exclude<WireKind, 'frame'>;
  readonly bytes: Uint8Array;
}

/** Where the check stands. */
export type CheckPhase =
  | {
      readonly step: 'scanning';
      readonly progress?: FountainProgress;
      readonly problem?: ScanProblem;
      /** Set while a presentation file is checked in a worker (at this time, seconds): scanned texts wait. */
      readonly fileAt?: number;
    }
  | { readonly step: 'checking'; readonly received: number; readonly payload: Payload; readonly checkedAt: number }
  | {
      readonly step: 'result';
      readonly result: Exclude<CheckResult, { kind: 'refused' }>;
      readonly checkedAt: number;
      readonly received: number;
      /** The settings the check ran under (allowed age, idle timeout). */
      readonly settings: VerifierSettings;
    };

/** What happened, as the hook dispatches it. */
export type CheckEvent =
  /** A scanned text went through the assembler; `fed` is how many frames its message has had, `now` the time in seconds. */
  | { readonly type: 'text'; readonly result: AssembleResult; readonly fed: number; readonly now: number }
  /** A presentation file goes to the worker at `now`. */
  | { readonly type: 'file'; readonly now: number }
  | { readonly type: 'file-progress'; readonly read: number; readonly total: number }
  /** The verdict of the payload being checked or of the file (`received`: the file's texts). */
  | { readonly type: 'checked'; readonly result: CheckResult; readonly settings: VerifierSettings; readonly received?: number }
  /** The check could not run, a file was refused, or a photo held no code. */
  | { readonly type: 'problem'; readonly problem: ScanProblem }
  /** The result was left alone for the idle timeout. */
  | { readonly type: 'idle' }
  /** Staff start the next check (or cancel a file). */
  | { readonly type: 'reset' };

/** Before the first text. */
export const INITIAL_CHECK: CheckPhase = { step: 'scanning' };

/** True while a payload or a file is being checked: nothing else is started then. */
export function checkBusy(p: CheckPhase): boolean {
  return p.step === 'checking' || (p.step === 'scanning' && p.fileAt !== undefined);
}

/** True while a scanned text counts: a result stays until staff start the next check, a file being checked keeps the camera waiting. */
export function takesText(p: CheckPhase): p is Extract<CheckPhase, { step: 'scanning' }> {
  return p.step === 'scanning' && p.fileAt === undefined;
}

/** The next phase; an event that does not apply returns `p` itself (the hook starts work only on a change). */
export function checkReducer(p: CheckPhase, e: CheckEvent): CheckPhase {
  switch (e.type) {
    case 'text':
      return takesText(p) ? onAssembled(p, e) : p;
    case 'file':
      return checkBusy(p) ? p : { step: 'scanning', fileAt: e.now };
    case 'file-progress':
      if (p.step !== 'scanning' || p.fileAt === undefined) return p;
      return { step: 'scanning', fileAt: p.fileAt, progress: { received: e.read, solved: 0, total: e.total, estimatedFraction: e.read / e.total } };
    case 'checked': {
      // A verdict arriving after staff started over belongs to nothing on screen.
      const checkedAt = p.step === 'checking' ? p.checkedAt : p.step === 'scanning' ? p.fileAt : undefined;
      if (checkedAt === undefined) return p;
      if (e.result.kind === 'refused') return { step: 'scanning', problem: e.result.reason };
      const received = p.step === 'checking' ? p.received : (e.received ?? 0);
      return { step: 'result', result: e.result, checkedAt, received, settings: e.settings };
    }
    case 'problem':
      return { step: 'scanning', problem: e.problem };
    case 'idle':
      return p.step === 'result' ? { step: 'scanning', problem: 'cleared' } : p;
    case 'reset':
      return INITIAL_CHECK;
  }
}

function onAssembled(p: Extract<CheckPhase, { step: 'scanning' }>, { result: r, fed, now }: Extract<CheckEvent, { type: 'text' }>): CheckPhase {
  switch (r.status) {
    case 'complete':
      // A single code completes at once: it was one text, whatever came before it.
      return { step: 'checking', received: r.message ? fed : 1, payload: { kind: r.kind, bytes: r.bytes }, checkedAt: now };
    case 'progress':
      return { step: 'scanning', progress: r.progress };
    case 'rejected':
      // The progress so far stays on screen; a frame that spoilt its message reads as damage.
      return { ...p, problem: r.reason === 'checksum-mismatch' ? 'malformed' : r.reason };
    case 'duplicate':
      return p;
  }
}
