// The backup file: JSON, readable enough to recognise (format, version, pass id and code,
// the time it was made), with everything personal sealed under the holder's passphrase
// (core seal(): PBKDF2-SHA-256, 600,000 iterations, AES-256-GCM). Names stay inside the seal:
// a backup file may sit in a cloud folder. The outer fields are not authenticated and are
// never trusted on restore; only the sealed content counts.
import { fromBase64Url, passCode, seal, toBase64Url, unseal, WITHDRAWAL_REASON, type Sealed } from '../../core';
import type { EntryRow, EntryWithdrawn, PassRow } from '../rows';
import { cleanProfile } from './profile';
import type { PassProfile } from '../rows';

/** The outer JSON of a backup file. */
export interface BackupFile {
  readonly format: 'bbpass-backup';
  readonly version: 1;
  /** When the file was made (informational). */
  readonly createdAt: number;
  /** Which pass it holds (informational): hex key id and pass code. */
  readonly pass: { readonly id: string; readonly passCode: string };
  readonly sealed: Sealed;
}

/** What the seal holds. */
export interface BackupContent {
  readonly profile: PassProfile;
  /** The 32-byte seed of the holder key. */
  readonly seed: Uint8Array;
  /** When the pass was created. */
  readonly createdAt: number;
  /** When this backup was made. */
  readonly backupAt: number;
  /** Stamp payload texts (`BBP1:S:…`), each with its certificate. */
  readonly stamps: readonly string[];
  /** When each stamp was received (same order as stamps). */
  readonly receivedAt: readonly number[];
  /** The holder's marks per stamp (same order): withdrawn by its office, hidden by the holder (since issue 15). */
  readonly marks: readonly EntryMarks[];
}

/** What a backup remembers of an entry besides its stamp. */
export interface EntryMarks {
  readonly withdrawn?: EntryWithdrawn;
  readonly hidden?: true;
}

/** Why a file could not be read as a backup. */
export type BackupRefusal = 'wrong-passphrase-or-damaged' | 'not-a-backup' | 'unsupported-version';

/** Seals a pass and its entries into backup file text. */
export async function writeBackup(pass: PassRow, entries: readonly EntryRow[], passphrase: string, now: number): Promise<string> {
  const inner = {
    profile: pass.profile,
    seed: toBase64Url(pass.secretKey.slice(0, 32)),
    createdAt: pass.createdAt,
    backupAt: now,
    stamps: entries.map((e) => e.stampText),
    receivedAt: entries.map((e) => e.receivedAt),
    marks: entries.map((e): EntryMarks => ({ ...(e.withdrawn && { withdrawn: e.withdrawn }), ...(e.hidden && { hidden: true }) })),
  };
  const sealed = await seal(new TextEncoder().encode(JSON.stringify(inner)), passphrase);
  const file: BackupFile = { format: 'bbpass-backup', version: 1, createdAt: now, pass: { id: pass.id, passCode: passCode(pass.id) }, sealed };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const isTime = (t: unknown): t is number => Number.isSafeInteger(t) && (t as number) >= 0;

// A mark that is not what writeBackup writes is dropped, never the stamp: files of version 1
// before issue 15 have no marks at all, and a stamp without its mark is still the holder's.
function markOf(m: unknown): EntryMarks {
  if (typeof m !== 'object' || m === null) return {};
  const { withdrawn: w, hidden } = m as { withdrawn?: Partial<EntryWithdrawn>; hidden?: unknown };
  const validW = typeof w === 'object' && w !== null && isTime(w.at) && WITHDRAWAL_REASON.names.includes(w.reason as never) && (w.replacedBy === undefined || (typeof w.replacedBy === 'string' && /^[0-9a-f]{32}$/.test(w.replacedBy)));
  const withdrawn: EntryWithdrawn | undefined = validW ? { at: w.at!, reason: w.reason!, ...(w.replacedBy === undefined ? {} : { replacedBy: w.replacedBy }) } : undefined;
  return { ...(withdrawn && { withdrawn }), ...(hidden === true && { hidden: true }) };
}

function content(plain: Uint8Array): BackupContent {
  const c = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain)) as Record<string, unknown>;
  const seed = fromBase64Url(String(c.seed));
  const { stamps, receivedAt } = c;
  if (seed.length !== 32 || !isTime(c.createdAt) || !isTime(c.backupAt)) throw new Error('bad pass fields');
  if (!Array.isArray(stamps) || !stamps.every((s) => typeof s === 'string')) throw new Error('bad stamps');
  // Receipt times only drive the backup reminder: missing ones become the backup's time.
  const received = Array.isArray(receivedAt) && receivedAt.length === stamps.length && receivedAt.every(isTime) ? receivedAt : stamps.map(() => c.backupAt as number);
  const marks = stamps.map((_, i) => markOf(Array.isArray(c.marks) ? c.marks[i] : undefined));
  return { profile: cleanProfile(c.profile as PassProfile), seed, createdAt: c.createdAt, backupAt: c.backupAt, stamps, receivedAt: received, marks };
}

/** Opens backup file text; never throws for bad input. */
export async function readBackup(text: string, passphrase: string): Promise<{ ok: true; content: BackupContent } | { ok: false; reason: BackupRefusal }> {
  let file: Partial<BackupFile>;
  try {
    file = JSON.parse(text) as Partial<BackupFile>;
  } catch {
    // JSON.parse throws only a SyntaxError: the file is not JSON, so not a backup.
    return { ok: false, reason: 'not-a-backup' };
  }
  if (typeof file !== 'object' || file === null || file.format !== 'bbpass-backup') return { ok: false, reason: 'not-a-backup' };
  if (file.version !== 1) return { ok: false, reason: 'unsupported-version' };
  if (typeof file.sealed !== 'object' || file.sealed === null) return { ok: false, reason: 'wrong-passphrase-or-damaged' };
  try {
    return { ok: true, content: content(await unseal(file.sealed, passphrase)) };
  } catch {
    // SealError, or a seal that opens but holds nonsense (GCM makes that all but impossible): damage either way.
    return { ok: false, reason: 'wrong-passphrase-or-damaged' };
  }
}
