// The coordinator on its device (fake-indexeddb, pinned time): the sealed root, admitting an
// office from its registration request, revoking it and publishing trust list versions, the
// federation of the DEMO districts, and trust list import into an app (newer in, older or forged out).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  createRegistration, decodeCertificate, demoDistrictWorld, demoKeyPair, generateKeyPair, issueStamp, naclVerify, registrationToCbor, textToValue,
  valueToText, verifyStamp, TrustStore, DEMO_FEDERATION, DEMO_TRUST_AT, type Holder, type TrustAnchor,
} from '../../src/core';
import { anchorsInForce, DEMO_FEDERATION_ANCHORS } from '../../src/config/districts';
import { BbpassDb } from '../../src/storage/db';
import { anchorSnippet, createRoot, listRoots, restoreRoot, rootBackupText, unlockRoot } from '../../src/storage/coordinator/coordinator-roots';
import { RootError } from '../../src/storage/coordinator/root-error';
import { admissionState, admit, listAdmissions, publishTrustList, readRequest, revoke } from '../../src/storage/coordinator/coordinator-register';
import { parseTrustLists, TrustSource } from '../../src/storage/trust-source';
import { seedDemo } from '../../src/storage/coordinator/demo-seed';
import { createHolderApi } from '../../src/storage/holder/create-holder-api';
import { loadTrust } from '../../src/cli/trust-file';
import { NOW } from './support';

const IT = 100_000; // the lowest iteration count unseal accepts, to keep tests fast
const DAY = 86_400;
const newDb = () => new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
const shipped = (path: string) => readFile(new URL(`../../public/${path}`, import.meta.url), 'utf8').catch(() => undefined);
const holder: Holder = { publicKey: demoKeyPair('coordinator test holder').publicKey, givenName: 'Nour', familyName: 'Haddad', birthDate: '2000-01-01' };
const entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'A2', status: 'completed' } as const;

async function district() {
  const db = newDb();
  const row = await createRoot(db, '09174', 'Landkreis Dachau', 'root passphrase', NOW - 30 * DAY, IT);
  const root = await unlockRoot(row, 'root passphrase');
  const officeKeys = generateKeyPair();
  const request = createRegistration({ district: '09174', officeName: 'VHS Dachau', officeKind: 'volkshochschule', requestedTypes: ['sprachkurs', 'weiterbildung'], createdAt: NOW - 2 * DAY }, officeKeys);
  const requestText = valueToText('registration', registrationToCbor(request));
  const anchor: TrustAnchor = { district: '09174', name: row.name, publicKey: row.publicKey };
  return { db, row, root, officeKeys, requestText, anchor };
}

async function storeWith(anchor: TrustAnchor, listText: string): Promise<TrustStore> {
  const store = new TrustStore([anchor]);
  for (const l of parseTrustLists(listText)) expect((await store.offer(l, naclVerify)).accepted).toBe(true);
  return store;
}

describe('coordinator: district root', () => {
  it('keeps the root only sealed, opens it with the passphrase and refuses a wrong one', async () => {
    const { db, row, root } = await district();
    const stored = (await db.districtRoots.toArray())[0]!;
    expect(JSON.stringify(stored)).not.toContain(Buffer.from(root.secretKey.slice(0, 32)).toString('base64url'));
    expect(Object.keys(stored)).not.toContain('secretKey');
    await expect(unlockRoot(row, 'wrong')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await expect(createRoot(db, '09174', 'again', 'x', NOW, IT)).rejects.toBeInstanceOf(RootError);
    await expect(createRoot(db, 'Dachau!', 'x', 'x', NOW, IT)).rejects.toMatchObject({ code: 'bad-district' });
    // A district name its trust lists could never carry (§7.1.1) is refused before a key is made.
    await expect(createRoot(db, '09175', 'Landkreis \u202EFreising', 'x', NOW, IT)).rejects.toMatchObject({ code: 'bad-name' });
  });

  it('restores from the backup file on another device, only with the right passphrase', async () => {
    const { row, root } = await district();
    const other = newDb();
    await expect(restoreRoot(other, rootBackupText(row), 'wrong')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect(await listRoots(other)).toEqual([]);
    await expect(restoreRoot(other, '{"format":"nope"}', 'x')).rejects.toMatchObject({ code: 'not-a-backup' });
    const back = await restoreRoot(other, rootBackupText(row), 'root passphrase');
    expect((await unlockRoot(back, 'root passphrase')).secretKey).toEqual(root.secretKey);
  });

  it('exports the anchor as a pin(…) line for src/config/districts.ts', async () => {
    const { row } = await district();
    expect(anchorSnippet(row)).toMatch(/^ {2}pin\("09174", "Landkreis Dachau", "[A-Za-z0-9_-]{43}"\), \/\/ root key id [0-9a-f]{16}\n$/);
  });
});

describe('coordinator: admit, revoke, publish', () => {
  it('admits an office from its request; the office can stamp and the stamp verifies against the published list', async () => {
    const { db, row, root, officeKeys, requestText, anchor } = await district();
    const read = await readRequest(requestText, '09174');
    if (read.status !== 'ok') throw new Error(read.reason);
    const admitted = await admit(db, root, row, read.request, { types: ['sprachkurs'], validFrom: NOW - DAY, validUntil: NOW + 365 * DAY }, NOW);
    expect(admissionState(admitted, NOW)).toBe('valid');
    const cert = decodeCertificate(textToValue(admitted.certificate).value);
    expect(cert.claims.allowedTypes).toEqual(['sprachkurs']);
    const published = await publishTrustList(db, root, '09174', NOW);
    expect(published.version).toBe(1);
    const trust = await storeWith(anchor, published.fileText);
    // The downloaded file is the one bbpass writes: the CLI loads it, with a readable summary.
    const file = join(mkdtempSync(join(tmpdir(), 'bbpass-trust-')), 'trust.json');
    writeFileSync(file, published.fileText);
    expect((await loadTrust(file)).lists.map((l) => l.claims.version)).toEqual([1]);
    expect(JSON.parse(published.fileText).summary).toMatchObject([{ district: '09174', version: 1, offices: [{ types: ['sprachkurs'] }] }]);
    const stamp = issueStamp({ holder, issuedAt: NOW, entry }, officeKeys, cert);
    expect(await verifyStamp(stamp, { trust, now: NOW, verify: naclVerify })).toMatchObject({ valid: true });
    const weiter = issueStamp({ holder, issuedAt: NOW, entry: { type: 'weiterbildung', title: 'x' } }, officeKeys, cert);
    expect(await verifyStamp(weiter, { trust, now: NOW, verify: naclVerify })).toMatchObject({ valid: false, reason: 'type-not-allowed' });
  });

  it('refuses a forged request, another district\'s request and something that is no request', async () => {
    const { requestText } = await district();
    const ask = { district: '09174', officeName: 'X', officeKind: 'other', requestedTypes: ['beratung'], createdAt: NOW } as const;
    const [a, b] = [createRegistration(ask, generateKeyPair()), createRegistration(ask, generateKeyPair())];
    // a's claims (naming a's key) under b's signature: the signer does not hold the key it asks to certify.
    const tampered = valueToText('registration', registrationToCbor({ ...a, sign1: { ...b.sign1, payload: a.sign1.payload } }));
    expect(await readRequest(tampered, '09174')).toEqual({ status: 'refused', reason: 'bad-signature' });
    expect(await readRequest(requestText, '09178')).toEqual({ status: 'refused', reason: 'wrong-district' });
    expect(await readRequest('hello', '09174')).toMatchObject({ status: 'refused' });
    expect(await readRequest(valueToText('trustList', 0), '09174')).toEqual({ status: 'refused', reason: 'not-a-request' });
  });

  it('revokes: stamps before "revoked since" stay valid, later ones are refused; versions strictly increase', async () => {
    const { db, row, root, officeKeys, requestText, anchor } = await district();
    const read = await readRequest(requestText, '09174');
    if (read.status !== 'ok') throw new Error(read.reason);
    const admitted = await admit(db, root, row, read.request, { types: ['sprachkurs'], validFrom: NOW - 10 * DAY, validUntil: NOW + 365 * DAY }, NOW - 10 * DAY);
    const cert = decodeCertificate(textToValue(admitted.certificate).value);
    expect((await publishTrustList(db, root, '09174', NOW - 9 * DAY)).version).toBe(1);
    const before = issueStamp({ holder, issuedAt: NOW - 2 * DAY, entry }, officeKeys, cert);
    const after = issueStamp({ holder, issuedAt: NOW - DAY / 2, entry }, officeKeys, cert);
    await revoke(db, admitted.id, NOW - DAY);
    await revoke(db, admitted.id, NOW); // a later date never shortens a revocation
    const [revoked] = await listAdmissions(db, '09174');
    expect(revoked!.revokedSince).toBe(NOW - DAY);
    expect(admissionState(revoked!, NOW)).toBe('revoked');
    const v2 = await publishTrustList(db, root, '09174', NOW);
    expect(v2.version).toBe(2);
    const trust = await storeWith(anchor, v2.fileText);
    const ctx = { trust, now: NOW, verify: naclVerify };
    expect(await verifyStamp(before, ctx)).toMatchObject({ valid: true });
    expect(await verifyStamp(after, ctx)).toMatchObject({ valid: false, reason: 'issuer-revoked' });
    expect((await publishTrustList(db, root, '09174', NOW)).version).toBe(3);
  });
});

describe('federation of the DEMO districts', () => {
  it('a pass stamped in Dachau verifies in Freising (both trusted in demo mode, from the shipped lists)', async () => {
    const dachau = demoDistrictWorld(DEMO_FEDERATION[0]!, DEMO_TRUST_AT);
    const vhs = dachau.offices['dachau vhs']!;
    const stamp = issueStamp({ holder, issuedAt: NOW, entry }, vhs.keys, vhs.certificate);
    // A verifier in Freising: its app trusts every district in force, with their shipped lists.
    const freising = await new TrustSource(newDb(), shipped).store(true);
    expect(freising.anchors.map((a) => a.district)).toEqual(expect.arrayContaining(['demo-dachau', 'demo-freising', 'demo-darmstadt-dieburg']));
    expect(freising.listFor('demo-freising')?.claims.version).toBe(1);
    expect(await verifyStamp(stamp, { trust: freising, now: NOW, verify: naclVerify })).toMatchObject({ valid: true });
    // Without demo mode the DEMO districts are not trusted at all.
    const production = await new TrustSource(newDb(), shipped).store(false);
    expect(await verifyStamp(stamp, { trust: production, now: NOW, verify: naclVerify })).toMatchObject({ valid: false, reason: 'unknown-issuer' });
    expect(anchorsInForce(false)).toEqual([]);
    expect(DEMO_FEDERATION_ANCHORS.every((a) => a.name.startsWith('DEMO') && a.name.includes('not for production'))).toBe(true);
  });

  it('imports a newer Dachau list into an app, refuses an older one and one signed by another key', async () => {
    const db = newDb();
    const seeded = newDb();
    await seedDemo(seeded, NOW, IT);
    const row = (await listRoots(seeded))[0]!;
    const root = await unlockRoot(row, 'demo-demo');
    const [vhs] = await listAdmissions(seeded, 'demo-dachau');
    await revoke(seeded, vhs!.id, NOW);
    const v2 = await publishTrustList(seeded, root, 'demo-dachau', NOW);
    const v3 = await publishTrustList(seeded, root, 'demo-dachau', NOW);
    const source = new TrustSource(db, shipped);
    expect(await source.importList(v3.fileText, true, NOW)).toEqual({ status: 'imported', district: 'demo-dachau', version: 3, replacedVersion: 1 });
    expect(await source.importList(v2.text, true, NOW)).toEqual({ status: 'refused', reason: 'not-newer' });
    // A forged list: same district and a higher version, signed by a key that is not the pinned root.
    const forgedDb = newDb();
    const fake = await createRoot(forgedDb, 'demo-dachau', 'DEMO Landkreis Dachau', 'x', NOW, IT);
    await forgedDb.districtRoots.put({ ...fake, trustVersion: 9 });
    const forged = await publishTrustList(forgedDb, await unlockRoot(fake, 'x'), 'demo-dachau', NOW);
    expect(await source.importList(forged.fileText, true, NOW)).toEqual({ status: 'refused', reason: 'unknown-issuer' });
    expect((await source.store(true)).listFor('demo-dachau')?.claims.version).toBe(3);
  });

  it('seeds demo mode once: coordinator root, register, office, numbers and a pass valid across three districts', async () => {
    const db = newDb();
    await seedDemo(db, NOW, IT);
    await seedDemo(db, NOW, IT);
    expect((await listRoots(db)).map((r) => r.district)).toEqual(['demo-dachau']);
    expect(await listAdmissions(db, 'demo-dachau')).toHaveLength(2);
    expect(await db.offices.count()).toBe(1);
    expect(await db.counts.count()).toBeGreaterThan(0);
    const api = createHolderApi({ db, fetchTrust: shipped });
    expect(await api.demoMode()).toBe(true);
    const [pass] = await api.listPasses();
    const entries = await api.entries(pass!.id, NOW);
    expect(entries.map((e) => e.valid)).toEqual([true, true, true]);
    expect(await api.listPasses()).toHaveLength(1);
  });
});
