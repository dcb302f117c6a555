// The holder's pass as the UI sees it: one interface between the screens (src/ui/holder/) and
// the Dexie-backed implementation (create-holder-api.ts). Screens never touch Dexie or keys directly.
import type { DistrictRef, EntryType, Person, Reason } from '../../core';
import type { PassProfile, StoredEntry } from '../rows';

export type { PassProfile, StoredEntry };

/** One pass on this device (a device may hold several, e.g. a parent's and a 17-year-old's). */
export interface PassSummary {
  /** Stable local id: hex key id of the holder key. */
  readonly id: string;
  /** Short id to read aloud: the 8-byte holder key id in Crockford Base32 (no I, L, O, U), 13 characters grouped 4-4-4-1, e.g. "K7QD-2M9X-4HTB-0". */
  readonly passCode: string;
  readonly profile: PassProfile;
  readonly createdAt: number;
  readonly entryCount: number;
  /** Time of the last backup file made, if any. */
  readonly lastBackupAt?: number;
  /** Entries received since the last backup (drives the backup reminder). */
  readonly entriesSinceBackup: number;
}

/** An entry with its verdict as of now (re-checked against the current trust lists). */
export interface CheckedEntry extends StoredEntry {
  readonly valid: boolean;
  readonly reason: Reason | null;
  /** The pinned district that vouched for the office (absent when none did); `demo` marks a DEMO district. */
  readonly district?: DistrictRef;
  /** The person the stamp names, present only when it differs from the pass profile: a verifier refuses such a stamp ('person-mismatch'). */
  readonly otherPerson?: Person;
  /** Set with otherPerson when the stamp names the pass's own-script name: issued before the pass held its Latin name, so the office can issue it again. */
  readonly earlierName?: true;
}

/** What receiving a scanned text did. Nothing in the pass changes unless status is 'stored'. */
export type ReceiveOutcome =
  | { readonly status: 'stored'; readonly entry: StoredEntry }
  | { readonly status: 'already-stored'; readonly entry: StoredEntry }
  /** A withdrawal code for an entry of this pass, checked against the stamp's own key: the entry is now marked withdrawn. */
  | { readonly status: 'withdrawn'; readonly entry: StoredEntry }
  | { readonly status: 'refused'; readonly reason: Reason | 'not-a-stamp' | 'unreadable' | 'not-in-pass' };

/**
 * Outcome of restoring a backup file. Nothing changes on this device unless status is 'restored'.
 * Every stamp of the file is kept (`restored`), valid on this device now or not (`valid`, and
 * `notValid` by reason); only texts that are no stamp at all are left out (`unreadable`).
 */
export type RestoreOutcome =
  | {
      readonly status: 'restored';
      readonly pass: PassSummary;
      readonly restored: number;
      readonly valid: number;
      readonly notValid: ReadonlyArray<{ readonly reason: Reason; readonly count: number }>;
      readonly unreadable: number;
    }
  | { readonly status: 'refused'; readonly reason: 'wrong-passphrase-or-damaged' | 'not-a-backup' | 'unsupported-version' };

/** How the animated presentation is played on this device (issue 18): slower and smaller frames suit cheap phones. */
export interface PresentSetting {
  /** Frames per second, 1–10. */
  readonly fps: number;
  /** Smaller frames (lower QR version, more of them), for screens and cameras that blur dense codes. */
  readonly lowDensity: boolean;
}

/** Whether the browser keeps this site's data. */
export type PersistenceState = 'persistent' | 'best-effort' | 'unsupported';

/**
 * Everything the holder screens need. All times are seconds since 1970 UTC, passed in.
 * Scanned or restored input never makes a method reject (it gets an outcome); a pass id that
 * does not exist does (a bug in the caller), except in getPass.
 */
export interface HolderApi {
  listPasses(): Promise<PassSummary[]>;
  /** Makes the holder key and stores the pass; rejects with a RangeError naming a bad profile field (names 1–80 characters, birth date as in Person). */
  createPass(profile: PassProfile, now: number): Promise<PassSummary>;
  getPass(id: string): Promise<PassSummary | undefined>;
  /** Adds the name as in the passport's Latin letters to a pass made without it; the old name becomes the own-script name. Rejects with a RangeError for a name that is not Latin or a pass that has its Latin name already. */
  addLatinName(id: string, names: { readonly givenName: string; readonly familyName: string }): Promise<PassSummary>;
  deletePass(id: string): Promise<void>;
  /** A fresh signed pass card as QR text (`BBP1:C:…`). */
  cardText(id: string, now: number): Promise<string>;
  /** Verifies a scanned text as a stamp for this pass and stores it (one transaction); idempotent. A withdrawal code marks its entry withdrawn; a corrected stamp marks the one it replaces. */
  receive(id: string, text: string, now: number): Promise<ReceiveOutcome>;
  /** Hides an entry from the timeline and presentations, or shows it again; nothing is deleted. */
  setHidden(id: string, entryId: string, hidden: boolean): Promise<void>;
  /** Entries, newest first (hidden ones too, marked), each re-verified at `now`; a withdrawn one is 'withdrawn'; optionally one type only. */
  entries(id: string, now: number, type?: EntryType): Promise<CheckedEntry[]>;
  /** Frame texts of a presentation of the chosen entries (signed now; withdrawn and hidden ones left out): `seqLen` plain frames, more via `frame(n)` (n from 1); `fileText` is the seqLen frames, one per line (what `bbpass verify` reads). Rejects with a RangeError for an id not in this pass. */
  present(id: string, entryIds: readonly string[], now: number, lowDensity?: boolean): Promise<{ seqLen: number; frame(n: number): string; fileText: string }>;
  /** How this device shows presentations (frames/s, low density), as last chosen. */
  presentSetting(): Promise<PresentSetting>;
  /** Remembers how this device shows presentations. */
  setPresentSetting(s: PresentSetting): Promise<void>;
  /** An encrypted backup file (JSON text) of the pass: profile, holder key, every stamp. Changes nothing: the reminder waits for backupSaved. */
  backup(id: string, passphrase: string, now: number): Promise<string>;
  /** Records that the file backup() made at `madeAt` was saved or shared: sets lastBackupAt (never back in time). */
  backupSaved(id: string, madeAt: number): Promise<void>;
  /** Restores a backup file, keeping every stamp in it with its verdict on this device now (re-checked on display when trust changes). Over the same pass it merges (no duplicates). */
  restore(fileText: string, passphrase: string, now: number): Promise<RestoreOutcome>;
  /** Asks the browser to keep data (navigator.storage.persist) and reports the result. */
  requestPersistence(): Promise<PersistenceState>;
  /** Demo mode: trusts the public DEMO district (off by default). */
  demoMode(): Promise<boolean>;
  setDemoMode(on: boolean): Promise<void>;
}
