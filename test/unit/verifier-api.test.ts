// The verifier's storage side over Dexie (fake-indexeddb): settings with sane bounds, the trust
// lists in force, imports (newer only), and checks that store nothing of the holder.
import { readFile } from 'node:fs/promises';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  createPresentation, demoWorld, encodeCbor, issueTrustList, presentationToCbor, trustListToCbor, valueToText, DEMO_DISTRICT, DEMO_DISTRICT_NAME,
} from '../../src/core';
import { BbpassDb } from '../../src/storage/db';
import { TrustSource } from '../../src/storage/trust-source';
import { createVerifierApi } from '../../src/storage/verifier/create-verifier-api';
import { DEFAULT_VERIFIER_SETTINGS } from '../../src/storage/verifier/verifier-api';
import { NOW } from './support';

const world = demoWorld(NOW);
const shippedTrust = (path: string) => readFile(new URL(`../../public/${path}`, import.meta.url), 'utf8').catch(() => undefined);

function setup() {
  const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  return { db, api: createVerifierApi(db, new TrustSource(db, shippedTrust)) };
}

const v2 = () =>
  valueToText(
    'trustList',
    trustListToCbor(issueTrustList({ district: DEMO_DISTRICT, districtName: DEMO_DISTRICT_NAME, version: 2, issuedAt: NOW - 3600, certificates: [], revocations: [{ officeKey: world.offices.berufsschule.keys.publicKey, since: NOW }] }, world.root)),
  );

describe('verifier api', () => {
  it('has sane default settings, saves changes and clamps values that would switch a check off', async () => {
    const { api } = setup();
    expect(await api.settings()).toEqual(DEFAULT_VERIFIER_SETTINGS);
    expect(await api.saveSettings({ maxAge: 120, demoMode: true })).toEqual({ ...DEFAULT_VERIFIER_SETTINGS, maxAge: 120, demoMode: true });
    // The allowed age cannot be raised above MAX_HOLDER_AGE (it once went to 1,800 s: a filmed code usable 35 minutes).
    expect(await api.saveSettings({ maxAge: 301 })).toMatchObject({ maxAge: 300 });
    expect(await api.saveSettings({ maxAge: 365 * 86_400, idleTimeout: 0, trustWarnDays: Number.NaN })).toMatchObject({ maxAge: 300, idleTimeout: 60, trustWarnDays: 90, demoMode: true });
  });

  it('lists the trust lists in force with district, name, version and date; imports only newer ones', async () => {
    const { api } = setup();
    expect(await api.trustLists()).toEqual([]); // no district pinned and demo mode off
    await api.saveSettings({ demoMode: true });
    // Other demo districts may be in force beside 'demo'; this test is about 'demo'.
    const demo = async () => (await api.trustLists()).find((d) => d.district === 'demo');
    const shipped = await demo();
    expect(shipped).toMatchObject({ district: 'demo', name: DEMO_DISTRICT_NAME, demo: true, list: { version: 1, imported: false, offices: 3, revocations: 0 } });
    expect(await api.importTrust(v2(), NOW)).toEqual({ status: 'imported', district: 'demo', version: 2, replacedVersion: 1 });
    expect(await demo()).toEqual({
      district: 'demo', name: DEMO_DISTRICT_NAME, demo: true, shippedRefused: { version: 1, reason: 'not-newer' }, list: { version: 2, issuedAt: NOW - 3600, offices: 0, revocations: 1, imported: true },
    });
    expect(await api.importTrust((await shippedTrust('trust/demo.json'))!, NOW)).toEqual({ status: 'refused', reason: 'not-newer' });
    expect(await api.importTrust('hello', NOW)).toEqual({ status: 'refused', reason: 'not-a-trust-list' });
  });

  it('never goes back to an older shipped list once a newer one was seen: a revoked office stays revoked', async () => {
    const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const revoked = world.offices.berufsschule.keys.publicKey;
    let served = v2(); // a host first serves version 2, which revokes the Berufsschule …
    const fetchTrust = async (path: string) => (path === 'trust/demo.json' ? served : shippedTrust(path));
    expect((await new TrustSource(db, fetchTrust).store(true)).revokedSince(DEMO_DISTRICT, revoked)).toBe(NOW);
    served = (await shippedTrust('trust/demo.json'))!; // … then (after a restart) version 1, from before the revocation
    const later = new TrustSource(db, fetchTrust);
    const store = await later.store(true);
    expect(store.listFor(DEMO_DISTRICT)?.claims.version).toBe(2);
    expect(store.revokedSince(DEMO_DISTRICT, revoked)).toBe(NOW);
    // The trust screen says why the shipped list is not in force; the kept list came with the app, not from an import.
    const demo = (await later.listsInForce(true)).find((d) => d.district === DEMO_DISTRICT);
    expect(demo).toMatchObject({ list: { version: 2, imported: false }, shippedRefused: { version: 1, reason: 'not-newer' } });
  });

  it('checks a presentation without writing anything of the holder', async () => {
    const { db, api } = setup();
    await api.saveSettings({ demoMode: true });
    const before = await db.settings.count();
    const bytes = encodeCbor(presentationToCbor(createPresentation(world.holder, world.holderKeys, world.stamps, NOW)));
    const r = await api.check('presentation', bytes, 'live', NOW + 10);
    expect(r).toMatchObject({ kind: 'presentation', envelope: null, holder: { familyName: 'Beispiel' } });
    if (r.kind === 'presentation') expect(r.items.every((i) => i.valid)).toBe(true);
    // The saved allowed age applies to live scans.
    await api.saveSettings({ maxAge: 60 });
    expect(await api.check('presentation', bytes, 'live', NOW + 120)).toMatchObject({ envelope: 'stale' });
    // Trust lists kept are only those that came with the app (the highest seen per district, §9.10).
    const kept = await db.trustLists.toArray();
    expect([await db.passes.count(), await db.entries.count(), kept.filter((r) => r.origin !== 'shipped').length, await db.settings.count()]).toEqual([0, 0, 0, before + 1]);
  });
});
