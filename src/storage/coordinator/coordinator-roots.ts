// The district root on the coordinator's device: made here, kept only sealed under the
// coordinator's passphrase, backed up as an (equally sealed) file, and published as a trust
// anchor for the app build. The unsealed key lives only in memory while the area is unlocked.
import {
  DISTRICT_PATTERN, fromBase64Url, generateKeyPair, keyId, MAX_DISTRICT_NAME, seal, SealError, signedText, toBase64Url, toHex, unseal, bytesEqual,
  type KeyPair, type Sealed,
} from '../../core';
import type { BbpassDb } from '../db';
import type { DistrictRootRow } from '../rows';
import { readLockMinutes, saveLockMinutes } from '../lock-setting';
import { RootError } from './root-error';

/** File format of a root backup. */
export const ROOT_BACKUP_FORMAT = 'bbpass-root-backup';

/** The district roots on this device, oldest first. */
export async function listRoots(db: BbpassDb): Promise<DistrictRootRow[]> {
  return (await db.districtRoots.toArray()).sort((a, b) => a.createdAt - b.createdAt);
}

/** Makes a new district root, sealed under `passphrase` (`iterations` only lower in tests). */
export async function createRoot(db: BbpassDb, district: string, name: string, passphrase: string, now: number, iterations?: number): Promise<DistrictRootRow> {
  if (!DISTRICT_PATTERN.test(district)) throw new RootError('bad-district');
  let clean: string;
  try {
    clean = signedText(name, 'district name', MAX_DISTRICT_NAME);
  } catch (e) {
    // signedText names a bad name with a RangeError; anything else is a bug and stays one.
    if (!(e instanceof RangeError)) throw e;
    throw new RootError('bad-name');
  }
  const keys = generateKeyPair();
  const row: DistrictRootRow = { district, name: clean, publicKey: keys.publicKey, sealedSecret: await seal(keys.secretKey, passphrase, iterations), createdAt: now };
  await db.transaction('rw', db.districtRoots, async () => {
    if (await db.districtRoots.get(district)) throw new RootError('exists');
    await db.districtRoots.add(row);
  });
  return row;
}

async function open(sealed: Sealed, publicKey: Uint8Array, passphrase: string): Promise<KeyPair> {
  let secretKey: Uint8Array;
  try {
    secretKey = await unseal(sealed, passphrase);
  } catch (e) {
    if (e instanceof SealError) throw new RootError(e.code === 'bad-format' ? 'not-a-backup' : 'wrong-passphrase');
    throw e;
  }
  // The sealed secret carries its public half: a mismatch means the record was tampered with.
  if (secretKey.length !== 64 || !bytesEqual(secretKey.slice(32), publicKey)) throw new RootError('not-a-backup');
  return { publicKey, secretKey };
}

/** Opens a root's private key with the passphrase. */
export async function unlockRoot(row: DistrictRootRow, passphrase: string): Promise<KeyPair> {
  return open(row.sealedSecret, row.publicKey, passphrase);
}

/** The backup file of a root: the same sealed key, with district, name and trust list version. */
export function rootBackupText(row: DistrictRootRow): string {
  const { district, name, sealedSecret, createdAt, trustVersion, trustText } = row;
  return `${JSON.stringify({ format: ROOT_BACKUP_FORMAT, version: 1, district, name, publicKey: toBase64Url(row.publicKey), sealedSecret, createdAt, trustVersion, trustText }, null, 2)}\n`;
}

/** Restores a root from its backup file; the passphrase must open it (a wrong one stores nothing). */
export async function restoreRoot(db: BbpassDb, text: string, passphrase: string): Promise<DistrictRootRow> {
  let f: Record<string, unknown>;
  try {
    f = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // JSON.parse throws only a SyntaxError: the file is not JSON, so not a backup.
    throw new RootError('not-a-backup');
  }
  if (f?.format !== ROOT_BACKUP_FORMAT || f.version !== 1 || typeof f.district !== 'string' || !DISTRICT_PATTERN.test(f.district) || typeof f.name !== 'string') {
    throw new RootError('not-a-backup');
  }
  let publicKey: Uint8Array;
  try {
    publicKey = fromBase64Url(String(f.publicKey));
  } catch {
    // fromBase64Url throws only for text that is not base64url: a damaged or foreign file.
    throw new RootError('not-a-backup');
  }
  const sealedSecret = f.sealedSecret as Sealed;
  await open(sealedSecret, publicKey, passphrase);
  const row: DistrictRootRow = {
    district: f.district, name: f.name, publicKey, sealedSecret, createdAt: Number(f.createdAt) || 0,
    ...(typeof f.trustVersion === 'number' ? { trustVersion: f.trustVersion } : {}),
    ...(typeof f.trustText === 'string' ? { trustText: f.trustText } : {}),
  };
  await db.transaction('rw', db.districtRoots, async () => {
    const old = await db.districtRoots.get(row.district);
    // A backup never rolls the published version back: the device may have published since.
    if (old && (old.trustVersion ?? 0) > (row.trustVersion ?? 0)) return;
    await db.districtRoots.put(row);
  });
  return (await db.districtRoots.get(row.district))!;
}

/** The trust anchor as one line, as `bbpass anchor` prints it and `bbpass site --anchor` reads it. */
export function anchorSnippet(row: Pick<DistrictRootRow, 'district' | 'name' | 'publicKey'>): string {
  return `  pin(${JSON.stringify(row.district)}, ${JSON.stringify(row.name)}, ${JSON.stringify(toBase64Url(row.publicKey))}), // root key id ${toHex(keyId(row.publicKey))}\n`;
}

/** Minutes without input after which the coordinator's unlocked root is forgotten, unless set otherwise. */
export const DEFAULT_COORDINATOR_LOCK_MINUTES = 10;
const LOCK_KEY = 'coordinator.lockMinutes';

/** Reads the coordinator's idle-lock minutes. */
export function coordinatorLockMinutes(db: BbpassDb): Promise<number> {
  return readLockMinutes(db, LOCK_KEY, DEFAULT_COORDINATOR_LOCK_MINUTES);
}

/** Saves the coordinator's idle-lock minutes (clamped to LOCK_MINUTES_RANGE); returns what was saved. */
export function saveCoordinatorLockMinutes(db: BbpassDb, minutes: number): Promise<number> {
  return saveLockMinutes(db, LOCK_KEY, minutes, DEFAULT_COORDINATOR_LOCK_MINUTES);
}
