// Key backup of the office: its keys (secret halves sealed under the staff passphrase, as
// stored), their certificates, the profile and the templates, as one JSON file. Restoring on
// another device first proves the passphrase opens every key, so a bad file never replaces
// a working office. The issued log is not in the file: it holds people's names.
import { fromBase64Url, toBase64Url, type Sealed } from '../../core';
import type { BbpassDb } from '../db';
import { unlockOffice, type UnlockRefusal } from './office-keys';
import type { OfficeKeyRecord, OfficeRow, TemplateRow } from '../rows';

/** File format name of an office key backup. */
export const OFFICE_BACKUP_FORMAT = 'bbpass-office-backup';

type KeyJson = Omit<OfficeKeyRecord, 'publicKey'> & { publicKey: string };
interface BackupJson {
  format: typeof OFFICE_BACKUP_FORMAT;
  version: 1;
  createdAt: number;
  office: Omit<OfficeRow, 'keys'> & { keys: KeyJson[] };
  templates: TemplateRow[];
}

/** Outcome of a restore. */
export type RestoreOutcome =
  | { readonly status: 'restored'; readonly office: OfficeRow }
  | { readonly status: 'refused'; readonly reason: 'not-a-backup' | 'other-office' | UnlockRefusal };

/** The backup file text of the office. */
export async function backupText(db: BbpassDb, office: OfficeRow, now: number): Promise<string> {
  const templates = await db.templates.where('officeId').equals(office.id).toArray();
  const file: BackupJson = {
    format: OFFICE_BACKUP_FORMAT,
    version: 1,
    createdAt: now,
    office: { ...office, keys: office.keys.map((k) => ({ ...k, publicKey: toBase64Url(k.publicKey) })) },
    templates,
  };
  return JSON.stringify(file, null, 2);
}

function parseBackup(text: string): { office: OfficeRow; templates: TemplateRow[] } | undefined {
  try {
    const raw = JSON.parse(text) as BackupJson;
    if (raw.format !== OFFICE_BACKUP_FORMAT || raw.version !== 1 || !Array.isArray(raw.office?.keys) || raw.office.keys.length === 0) return undefined;
    const keys = raw.office.keys.map((k) => {
      const sealed: Sealed = k.sealedSecret;
      if (typeof k.keyId !== 'string' || typeof sealed?.data !== 'string') throw new Error('bad key');
      return { ...k, publicKey: fromBase64Url(k.publicKey) };
    });
    if (typeof raw.office.id !== 'string' || typeof raw.office.name !== 'string') return undefined;
    const templates = Array.isArray(raw.templates) ? raw.templates.filter((t) => t.officeId === raw.office.id) : [];
    return { office: { ...raw.office, keys }, templates };
  } catch {
    // An untrusted file: bad JSON, bad base64url or a missing field anywhere means it is not a backup.
    return undefined;
  }
}

/**
 * Restores a backup after checking that the passphrase opens it. On a device with the same
 * office, keys missing here are added (newest last) and the log stays; a device with another
 * office refuses, as a device keeps one office.
 */
export async function restoreBackup(db: BbpassDb, text: string, passphrase: string): Promise<RestoreOutcome> {
  const parsed = parseBackup(text);
  if (!parsed) return { status: 'refused', reason: 'not-a-backup' };
  const opened = await unlockOffice(parsed.office, passphrase);
  if (!opened.ok) return { status: 'refused', reason: opened.reason };
  return db.transaction('rw', [db.offices, db.templates], async () => {
    const here = await db.offices.toCollection().first();
    if (here && here.id !== parsed.office.id) return { status: 'refused', reason: 'other-office' } as const;
    // Union by key id; where both have a key, the record with a certificate wins.
    const byId = new Map(parsed.office.keys.map((k) => [k.keyId, k]));
    for (const k of here?.keys ?? []) if (k.certificate || !byId.get(k.keyId)?.certificate) byId.set(k.keyId, k);
    const keys = [...byId.values()].sort((a, b) => a.createdAt - b.createdAt);
    const office: OfficeRow = { ...(here ?? parsed.office), keys };
    await db.offices.put(office);
    await db.templates.bulkPut(parsed.templates);
    return { status: 'restored', office } as const;
  });
}
