// The coordinator keeps the stamp withdrawals its offices send and lists them in every trust
// list it publishes: a stamp withdrawn once is refused by every verifier from then on, and the
// holder's other stamps stay valid. Refusals come back by reason code.
import { readFile } from 'node:fs/promises';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  createRegistration, decodeCertificate, generateKeyPair, issueStamp, issueTrustList, issueWithdrawal, naclVerify, registrationToCbor, stampRef, textToValue,
  decodeTrustList, fromText, trustListToCbor, valueToText, verifyStamp, withdrawalToCbor, FrameTextEncoder, MAX_WITHDRAWALS, PayloadAssembler, TrustStore, type Holder, type Stamp, type TrustAnchor,
} from '../../src/core';
import { BbpassDb } from '../../src/storage/db';
import { createRoot, unlockRoot } from '../../src/storage/coordinator/coordinator-roots';
import { admit, publishTrustList, readRequest } from '../../src/storage/coordinator/coordinator-register';
import { importWithdrawal, listWithdrawals } from '../../src/storage/coordinator/coordinator-withdrawals';
import { parseTrustLists, TrustSource } from '../../src/storage/trust-source';
import { DEMO_PASSPHRASE } from '../../src/storage/coordinator/coordinator-api';
import { createCoordinatorApi } from '../../src/storage/coordinator/create-coordinator-api';
import { NOW } from './support';

const IT = 100_000;
const DAY = 86_400;
const holder: Holder = { publicKey: generateKeyPair().publicKey, givenName: 'Nour', familyName: 'Haddad', birthDate: '2000-01-01' };
const entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'A2', status: 'completed' } as const;

async function district() {
  const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const row = await createRoot(db, '09174', 'Landkreis Dachau', 'root passphrase', NOW - 30 * DAY, IT);
  const root = await unlockRoot(row, 'root passphrase');
  const office = generateKeyPair();
  const request = createRegistration({ district: '09174', officeName: 'VHS Dachau', officeKind: 'volkshochschule', requestedTypes: ['sprachkurs'], createdAt: NOW - 2 * DAY }, office);
  const read = await readRequest(valueToText('registration', registrationToCbor(request)), '09174');
  if (read.status !== 'ok') throw new Error(read.reason);
  const admitted = await admit(db, root, row, read.request, { types: ['sprachkurs'], validFrom: NOW - 10 * DAY, validUntil: NOW + 365 * DAY }, NOW - 10 * DAY);
  const cert = decodeCertificate(textToValue(admitted.certificate).value);
  const anchor: TrustAnchor = { district: '09174', name: row.name, publicKey: row.publicKey };
  const stamp = (at: number) => issueStamp({ holder, issuedAt: at, entry }, office, cert);
  const withdrawal = (s: Stamp, at = NOW - DAY) => valueToText('withdrawal', withdrawalToCbor(issueWithdrawal({ stamp: stampRef(s), reason: 'issued-in-error', withdrawnAt: at }, office, cert, s)));
  return { db, root, anchor, stamp, withdrawal, rootRow: async () => (await db.districtRoots.get('09174'))! };
}

async function verdictsUnder(anchor: TrustAnchor, fileText: string, stamps: Stamp[]) {
  const trust = new TrustStore([anchor]);
  for (const l of parseTrustLists(fileText)) expect((await trust.offer(l, naclVerify)).accepted).toBe(true);
  return Promise.all(stamps.map(async (s) => (await verifyStamp(s, { trust, now: NOW, verify: naclVerify })).valid || 'refused'));
}

describe('coordinator: stamp withdrawals', () => {
  it('keeps an accepted withdrawal and lists it in every version it publishes; the other stamps stay valid', async () => {
    const d = await district();
    const [wrong, right] = [d.stamp(NOW - 3 * DAY), d.stamp(NOW - 2 * DAY)];
    const outcome = await importWithdrawal(d.db, await d.rootRow(), d.withdrawal(wrong), NOW);
    expect(outcome).toMatchObject({ status: 'accepted', row: { officeName: 'VHS Dachau', reason: 'issued-in-error', withdrawnAt: NOW - DAY } });
    expect(await listWithdrawals(d.db, '09174')).toHaveLength(1);
    for (const version of [1, 2]) {
      const list = await publishTrustList(d.db, d.root, '09174', NOW);
      expect(list.version).toBe(version);
      expect(await verdictsUnder(d.anchor, list.fileText, [wrong, right])).toEqual(['refused', true]);
    }
  });

  it('never drops a withdrawal the last published list carried', async () => {
    const d = await district();
    const gone = d.stamp(NOW - 3 * DAY);
    // A list made elsewhere from the same root (e.g. `bbpass trust --withdraw`) and kept as the last one published.
    const earlier = issueTrustList({ district: '09174', districtName: 'Landkreis Dachau', version: 1, issuedAt: NOW - DAY, certificates: [], revocations: [], withdrawals: [{ stamp: stampRef(gone), at: NOW - DAY, reason: 'wrong-person' }] }, d.root);
    await d.db.districtRoots.put({ ...(await d.rootRow()), trustVersion: 1, trustText: valueToText('trustList', trustListToCbor(earlier)) });
    const list = await publishTrustList(d.db, d.root, '09174', NOW);
    expect(list.version).toBe(2);
    expect(await verdictsUnder(d.anchor, list.fileText, [gone])).toEqual(['refused']);
  });

  it('refuses by reason code: another payload, garbage, a withdrawal of another district, one without its stamp', async () => {
    const d = await district();
    const other = await district();
    const s = other.stamp(NOW - DAY);
    const root = await d.rootRow();
    expect(await importWithdrawal(d.db, root, other.withdrawal(s), NOW)).toEqual({ status: 'refused', reason: 'unknown-issuer' });
    expect(await importWithdrawal(d.db, root, 'BBP1:W:%%%', NOW)).toEqual({ status: 'refused', reason: 'not-a-withdrawal' });
    expect(await importWithdrawal(d.db, root, valueToText('registration', 0), NOW)).toEqual({ status: 'refused', reason: 'not-a-withdrawal' });
    expect(await importWithdrawal(d.db, root, 'x'.repeat(20_000), NOW)).toEqual({ status: 'refused', reason: 'malformed' });
    const mine = d.stamp(NOW - DAY);
    expect(await importWithdrawal(d.db, root, d.withdrawal(mine, NOW + DAY), NOW)).toEqual({ status: 'refused', reason: 'future-dated' });
    expect(await listWithdrawals(d.db, '09174')).toEqual([]);
  });
});

describe('coordinator: a trust list with many withdrawals', () => {
  it('publishes 1,000 and the most a list may carry; a verifier imports it from the file and from the animated code', async () => {
    const shipped = (path: string) => readFile(new URL(`../../public/${path}`, import.meta.url), 'utf8').catch(() => undefined);
    const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const api = createCoordinatorApi({ db, trust: new TrustSource(db, shipped), iterations: IT });
    await api.seedDemo(NOW);
    const [row] = await api.listRoots();
    const root = await api.unlockRoot(row!, DEMO_PASSPHRASE);
    const sizes: Record<number, { file: number; frames: number }> = {};
    for (const n of [1000, MAX_WITHDRAWALS]) {
      // References are hashes: random and incompressible, as in a real list.
      const withdrawals = Array.from({ length: n }, (_, i) => ({ stamp: crypto.getRandomValues(new Uint8Array(16)), at: NOW - i, reason: 'issued-in-error' as const }));
      const current = (await db.districtRoots.get(row!.district))!;
      const base = issueTrustList({ ...decodeTrustList(textToValue(current.trustText!).value).claims, version: current.trustVersion!, withdrawals }, root);
      await db.districtRoots.put({ ...current, trustText: valueToText('trustList', trustListToCbor(base)) });
      const list = await api.publishTrustList(root, row!.district, NOW);
      // The verifier's two ways in: the downloaded file, and the animated code assembled frame by frame.
      const byFile = new TrustSource(new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange }), shipped);
      expect(await byFile.importList(list.fileText, true, NOW)).toMatchObject({ status: 'imported', version: list.version });
      const { kind, bytes } = fromText(list.text);
      const encoder = new FrameTextEncoder(kind as 'trustList', bytes);
      const assembler = new PayloadAssembler();
      let done: ReturnType<PayloadAssembler['receive']> | undefined;
      for (let k = 1; done?.status !== 'complete' && k <= 3 * encoder.seqLen; k++) done = assembler.receive(encoder.text(k));
      if (done?.status !== 'complete') throw new Error('the frames did not complete');
      const byCode = new TrustSource(new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange }), shipped);
      expect(await byCode.importList({ kind: done.kind, bytes: done.bytes }, true, NOW)).toMatchObject({ status: 'imported' });
      const trust = await byCode.store(true);
      expect(trust.withdrawalOf(row!.district, withdrawals[n - 1]!.stamp)).toMatchObject({ reason: 'issued-in-error' });
      sizes[n] = { file: list.fileText.length, frames: encoder.seqLen };
    }
    // Figures for the report (24 bytes of CBOR per withdrawal before Base45 and framing).
    console.info(`trust list with withdrawals: ${JSON.stringify(sizes)}`);
  });
});
