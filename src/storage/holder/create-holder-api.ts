// The holder's pass on this device: HolderApi over Dexie. Everything scanned or restored is
// verified by core before a single record is written (a scanned stamp is stored only if valid;
// a restored one always, with its verdict: restore-stamps.ts), and every write that belongs
// together is one transaction, so a failure leaves the pass as it was.
import {
  bestVerifier, cardToCbor, createCard, createPresentation, decodeStamp, encodeCbor, generateKeyPair, keyId, keyPairFromSeed,
  presentationToCbor, samePerson, toHex, valueToText, verifyStamp, FrameTextEncoder, type Holder, type KeyPair, type VerifyContext,
} from '../../core';
import { readBackup, writeBackup } from './backup-file';
import { restoreStamps } from './restore-stamps';
import { appDb, appTrust } from '../app-db';
import { BbpassDb } from '../db';
import type { EntryRow, KeptVerdict, PassRow } from '../rows';
import { readDemoMode } from '../demo-mode';
import type { HolderApi, ReceiveOutcome, RestoreOutcome } from './holder-api';
import { mustGetPass, summarize, timeline } from './pass-queries';
import { requestPersistence } from './persistence';
import { cleanProfile, withLatinName } from './profile';
import { isWithdrawalText, markReplaced, receiveWithdrawal } from './entry-withdrawal';
import { entryRowOf, keptOf, readScannedStamp, storedStampValue } from './stamp-rows';
import { judgeEntries } from './judge-entries';
import { loadPresentSetting, savePresentSetting, LOW_DENSITY_FRAGMENT } from './present-setting';
import { fetchSameOrigin, TrustSource, type FetchTrust, type TrustImportOutcome } from '../trust-source';

/** What the holder API runs on; tests pass a fake-indexeddb database and a file reader. */
export interface HolderApiOptions {
  readonly db?: BbpassDb;
  /** Reads a file shipped with the app (default: same-origin fetch, answered offline by the service worker). */
  readonly fetchTrust?: FetchTrust;
}

/** HolderApi plus what later issues need from the same place. */
export interface HolderService extends HolderApi {
  /** Imports a newer trust list (`BBP1:T:…` or a `bbpass-trust` file) after verifying it against the pinned roots. */
  importTrustList(text: string, now: number): Promise<TrustImportOutcome>;
}

// A kept verdict is storage's own: the screens get the entry as stored.
const withoutVerdict = ({ checked: _kept, ...entry }: EntryRow): EntryRow => entry;
const holderOf = (row: PassRow): Holder => ({ publicKey: row.publicKey, ...row.profile });
const keysOf = (row: PassRow): KeyPair => ({ publicKey: row.publicKey, secretKey: row.secretKey });

// Low density needs more fragments: a pass too large for that many is shown in normal frames.
function smallFrames(bytes: Uint8Array): FrameTextEncoder {
  try {
    return new FrameTextEncoder('presentation', bytes, LOW_DENSITY_FRAGMENT);
  } catch {
    return new FrameTextEncoder('presentation', bytes);
  }
}

/** Creates the holder API over a database (default: the app's 'bbpass' in this browser). */
export function createHolderApi(options: HolderApiOptions = {}): HolderService {
  // The app's shared connection and trust source unless a test brings its own.
  const db = options.db ?? appDb();
  const trust = options.db || options.fetchTrust ? new TrustSource(db, options.fetchTrust ?? fetchSameOrigin) : appTrust();

  const demoMode = (): Promise<boolean> => readDemoMode(db);
  // One context per call: the certificate cache is shared across a list, never across trust changes.
  const context = async (now: number): Promise<VerifyContext> => ({
    trust: await trust.store(await demoMode()),
    now,
    verify: await bestVerifier(),
    certCache: new Map(),
  });
  const summary = async (id: string) => summarize(db, await mustGetPass(db, id));

  return {
    async listPasses() {
      const rows = await db.passes.toArray();
      rows.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
      return Promise.all(rows.map((r) => summarize(db, r)));
    },

    async createPass(profile, now) {
      const keys = generateKeyPair();
      const row: PassRow = { id: toHex(keyId(keys.publicKey)), profile: cleanProfile(profile), publicKey: keys.publicKey, secretKey: keys.secretKey, createdAt: now };
      await db.passes.add(row);
      return summarize(db, row);
    },

    async getPass(id) {
      const row = await db.passes.get(id);
      return row && summarize(db, row);
    },

    async addLatinName(id, names) {
      return db.transaction('rw', db.passes, db.entries, async () => {
        const row = await mustGetPass(db, id);
        await db.passes.put({ ...row, profile: withLatinName(row.profile, names) });
        return summarize(db, (await db.passes.get(id))!);
      });
    },

    async deletePass(id) {
      await db.transaction('rw', db.passes, db.entries, async () => {
        await db.entries.where('passId').equals(id).delete();
        await db.passes.delete(id);
      });
    },

    async cardText(id, now) {
      const row = await mustGetPass(db, id);
      return valueToText('card', cardToCbor(createCard(holderOf(row), keysOf(row), now)));
    },

    async receive(id, text, now): Promise<ReceiveOutcome> {
      const pass = await mustGetPass(db, id);
      if (isWithdrawalText(text)) return receiveWithdrawal(db, id, text, now);
      const scanned = readScannedStamp(text);
      if (!scanned.ok) return { status: 'refused', reason: scanned.reason };
      const ctx = await context(now);
      const v = await verifyStamp(scanned.value, ctx, { holderKey: pass.publicKey });
      if (!v.valid) return { status: 'refused', reason: v.reason };
      // Told at the counter, where the office can re-issue it: a verifier would refuse it.
      if (!samePerson(v.stamp.claims.holder, pass.profile)) return { status: 'refused', reason: 'person-mismatch' };
      const entry = entryRowOf(v, id, now);
      // The verdict of receiving is kept, so showing the entry first verifies nothing again
      // (the stored text carries the issuer it verified with, so its facts are kept too).
      const checked: KeptVerdict = { trust: ctx.trust.fingerprint(), ...keptOf(v, entry.stampText) };
      return db.transaction('rw', db.passes, db.entries, async (): Promise<ReceiveOutcome> => {
        await mustGetPass(db, id); // deleted while we verified: store nothing
        const old = await db.entries.get(entry.id);
        if (old) return { status: 'already-stored', entry: withoutVerdict(old) };
        await db.entries.add({ ...entry, checked });
        await markReplaced(db, id, v.stamp, entry.id, v.issuer.claims.officeKey);
        return { status: 'stored', entry };
      });
    },

    async entries(id, now, type) {
      // Reading the rows and building the trust store (a fetch and a signature check) overlap.
      const [pass, all, ctx] = await Promise.all([mustGetPass(db, id), timeline(db, id), context(now)]);
      return judgeEntries(db, pass, all.filter((r) => type === undefined || r.type === type), ctx);
    },

    async present(id, entryIds, now, lowDensity = false) {
      const pass = await mustGetPass(db, id);
      const ids = [...new Set(entryIds)];
      const rows = await db.entries.bulkGet(ids);
      rows.forEach((r, i) => {
        if (!r || r.passId !== id) throw new RangeError(`no entry ${ids[i]} in pass ${id}`);
      });
      const stamps = rows.filter((r) => !r!.withdrawn && !r!.hidden).map((r) => decodeStamp(storedStampValue(r!)));
      const p = createPresentation(holderOf(pass), keysOf(pass), stamps, now);
      const bytes = encodeCbor(presentationToCbor(p));
      const encoder = lowDensity ? smallFrames(bytes) : new FrameTextEncoder('presentation', bytes);
      return { seqLen: encoder.seqLen, frame: (n: number) => encoder.text(n), fileText: encoder.texts(encoder.seqLen).join('\n') };
    },

    async setHidden(id, entryId, hidden) {
      await db.transaction('rw', db.entries, async () => {
        const row = await db.entries.get(entryId);
        if (!row || row.passId !== id) throw new RangeError(`no entry ${entryId} in pass ${id}`);
        const { hidden: _was, ...rest } = row;
        await db.entries.put(hidden ? { ...rest, hidden: true } : rest);
      });
    },

    async backup(id, passphrase, now) {
      const [pass, rows] = await db.transaction('r', db.passes, db.entries, async () => [await mustGetPass(db, id), await timeline(db, id)] as const);
      return writeBackup(pass, rows, passphrase, now);
    },

    async backupSaved(id, madeAt) {
      await db.transaction('rw', db.passes, async () => {
        const pass = await mustGetPass(db, id);
        if ((pass.lastBackupAt ?? -1) < madeAt) await db.passes.update(id, { lastBackupAt: madeAt });
      });
    },

    async restore(fileText, passphrase, now): Promise<RestoreOutcome> {
      const opened = await readBackup(fileText, passphrase);
      if (!opened.ok) return { status: 'refused', reason: opened.reason };
      const c = opened.content;
      const keys = keyPairFromSeed(c.seed);
      const passId = toHex(keyId(keys.publicKey));
      const found = await restoreStamps(c, passId, keys.publicKey, await context(now));
      await db.transaction('rw', db.passes, db.entries, async () => {
        // Restoring over the same pass merges: its profile, backup time and entries stay, missing stamps are added.
        if (!(await db.passes.get(passId))) {
          await db.passes.add({ id: passId, profile: c.profile, ...keys, createdAt: c.createdAt, lastBackupAt: c.backupAt });
        }
        const present = await db.entries.bulkGet(found.rows.map((r) => r.id));
        await db.entries.bulkAdd(found.rows.filter((_, i) => !present[i]));
        // A withdrawal is final, so one the backup knows joins an entry this device has; hiding
        // is a choice made on each device, and this device's choice stays.
        const learnt = found.rows.flatMap((r, i) => (r.withdrawn && present[i] && !present[i].withdrawn ? [{ ...present[i], withdrawn: r.withdrawn }] : []));
        await db.entries.bulkPut(learnt);
      });
      const { valid, notValid, unreadable } = found;
      return { status: 'restored', pass: await summary(passId), restored: found.rows.length, valid, notValid, unreadable };
    },

    requestPersistence,

    demoMode,

    presentSetting: () => loadPresentSetting(db),
    setPresentSetting: (s) => savePresentSetting(db, s),

    async setDemoMode(on) {
      await db.settings.put({ key: 'demoMode', value: on === true });
    },

    async importTrustList(text, now) {
      return trust.importList(text, await demoMode(), now);
    },
  };
}
