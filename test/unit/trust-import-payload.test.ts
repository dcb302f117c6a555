// The verifier's trust import from the camera: the payload the assembler rebuilt goes to storage
// as it is (kind and bytes, never turned back into text), and is judged like the same list as text.
import { readFile } from 'node:fs/promises';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { demoWorld, encodeCbor, FrameTextEncoder, issueTrustList, PayloadAssembler, trustListToCbor, type AssembleResult, DEMO_DISTRICT, DEMO_DISTRICT_NAME } from '../../src/core';
import { BbpassDb } from '../../src/storage/db';
import { TrustSource } from '../../src/storage/trust-source';
import { createVerifierApi } from '../../src/storage/verifier/create-verifier-api';
import { NOW } from './support';

const world = demoWorld(NOW);
const shippedTrust = (path: string) => readFile(new URL(`../../public/${path}`, import.meta.url), 'utf8').catch(() => undefined);

async function setup() {
  const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const api = createVerifierApi(db, new TrustSource(db, shippedTrust));
  await api.saveSettings({ demoMode: true });
  return api;
}

/** The list of `version` as the camera assembles it from its animated code. */
function scanned(version: number): Extract<AssembleResult, { status: 'complete' }> {
  const list = issueTrustList({ district: DEMO_DISTRICT, districtName: DEMO_DISTRICT_NAME, version, issuedAt: NOW - 3600, certificates: [], revocations: [] }, world.root);
  const frames = new FrameTextEncoder('trustList', encodeCbor(trustListToCbor(list)), 40);
  const assembler = new PayloadAssembler();
  for (const text of frames.texts(3 * frames.seqLen)) {
    const r = assembler.receive(text);
    if (r.status === 'complete') return r;
  }
  throw new Error('trust list not assembled');
}

describe('trust import of an assembled payload', () => {
  it('imports a newer list, refuses an older one and a payload of another kind', async () => {
    const api = await setup();
    const v2 = scanned(2);
    expect(await api.importTrust({ kind: v2.kind, bytes: v2.bytes }, NOW)).toEqual({ status: 'imported', district: 'demo', version: 2, replacedVersion: 1 });
    expect(await api.importTrust({ kind: v2.kind, bytes: v2.bytes }, NOW)).toEqual({ status: 'refused', reason: 'not-newer' });
    expect(await api.importTrust({ kind: 'stamp', bytes: v2.bytes }, NOW)).toEqual({ status: 'refused', reason: 'not-a-trust-list' });
    expect(await api.importTrust({ kind: 'trustList', bytes: Uint8Array.of(0xff) }, NOW)).toEqual({ status: 'refused', reason: 'unreadable' });
  });
});
