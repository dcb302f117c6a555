// Message shapes between the main thread and check-worker.ts; types only, so importing them
// never pulls the worker's code into the main bundle.
import type { CheckResult, RefusedReason, TrustAnchor, TrustList } from '../core';

/** The trust a check runs under, as plain data (the worker re-verifies every list against its anchor). */
export interface TrustState {
  readonly anchors: readonly TrustAnchor[];
  readonly lists: readonly TrustList[];
}

/** Main thread → worker: one presentation file to read, assemble and check at `now` (seconds). */
export interface FileCheckRequest {
  readonly file: Blob;
  readonly trust: TrustState;
  readonly now: number;
}

/** Why a file was not checked: a refused payload, or what was wrong with the file itself. */
export type FileRefusal = RefusedReason | 'not-a-payload' | 'several-payloads' | 'file-incomplete' | 'file-unreadable';

/** The outcome of one file; `texts` is how many payload texts (lines) it held. */
export type FileCheckOutcome =
  | { readonly status: 'checked'; readonly result: Exclude<CheckResult, { kind: 'refused' }>; readonly texts: number; readonly verifyMs: number }
  | { readonly status: 'refused'; readonly reason: FileRefusal };

/** Worker → main thread: progress while reading (texts read of all), then the outcome. */
export type FileCheckMessage =
  | { readonly type: 'progress'; readonly read: number; readonly total: number }
  | { readonly type: 'done'; readonly outcome: FileCheckOutcome };
