// Opening a holder's pass of many entries right after a trust list update (issue 18, item 5):
// every kept verdict is then stale, and what is checked again decides the time to first list.
// Each run imports the next version of the DEMO list, so every run opens after a trust change.
import { readFile } from 'node:fs/promises';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import {
  demoEntries, demoWorld, issueStamp, issueTrustList, naclVerify, stampId, stampToCbor, textToValue, trustListToCbor, valueToText, verifyCard, DEMO_DISTRICT, DEMO_DISTRICT_NAME,
} from '../../src/core';
import { BbpassDb } from '../../src/storage/db';
import { createHolderApi } from '../../src/storage/holder/create-holder-api';
import type { EntryRow } from '../../src/storage/rows';

// Vite defines this for the app and the tests; tsx does not (the pass is opened in demo mode).
(globalThis as { __BBPASS_DEMO__?: boolean }).__BBPASS_DEMO__ = true;
const NOW = Date.UTC(2026, 8, 15, 10) / 1000;
const world = demoWorld(NOW);
const shipped = (path: string) => readFile(new URL(`../../public/${path}`, import.meta.url), 'utf8').catch(() => undefined);

/** Milliseconds to open a pass of `n` entries: first without kept verdicts, then under unchanged trust, then after each trust list update. */
export interface PassOpenTimes {
  readonly first: number;
  readonly same: number;
  readonly changed: readonly number[];
  readonly valid: number;
}

/** Times opening a pass of `n` entries after `runs` successive trust list updates (and once before any). */
export async function passOpenAfterTrustChange(n: number, runs = 3): Promise<PassOpenTimes> {
  const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const api = createHolderApi({ db, fetchTrust: shipped });
  await api.setDemoMode(true);
  const pass = await api.createPass({ givenName: 'Zahra', familyName: 'Ahmadi', birthDate: '2001-03-09' }, NOW - 86_400 * 400);
  const card = await verifyCard(textToValue(await api.cardText(pass.id, NOW)).value, { now: NOW, verify: naclVerify });
  if (!card.valid) throw new Error('card does not verify');
  const kinds = demoEntries(NOW);
  const rows: EntryRow[] = Array.from({ length: n }, (_, i) => {
    const [office, entry] = kinds[i % kinds.length]!;
    const s = issueStamp({ holder: card.card.claims.holder, issuedAt: NOW - 86_400 - i * 60, entry }, world.offices[office].keys, world.offices[office].certificate);
    const receivedAt = s.claims.issuedAt + 60;
    return { id: stampId(s), passId: pass.id, type: entry.type, entry, issuedAt: s.claims.issuedAt, receivedAt, officeName: world.offices[office].certificate.claims.officeName, stampText: valueToText('stamp', stampToCbor(s)) };
  });
  await db.entries.bulkAdd(rows);
  // The first opening keeps every verdict under today's trust (as receiving them would have).
  let start = performance.now();
  await api.entries(pass.id, NOW);
  const first = performance.now() - start;
  start = performance.now();
  await api.entries(pass.id, NOW);
  const same = performance.now() - start;
  const changed: number[] = [];
  let valid = 0;
  for (let version = 2; version < 2 + runs; version++) {
    const next = issueTrustList(
      { district: DEMO_DISTRICT, districtName: DEMO_DISTRICT_NAME, version, issuedAt: NOW - 600 + version, certificates: Object.values(world.offices).map((o) => o.certificate), revocations: [] },
      world.root,
    );
    const imported = await api.importTrustList(valueToText('trustList', trustListToCbor(next)), NOW);
    if (imported.status !== 'imported') throw new Error(`trust list ${imported.status}`);
    start = performance.now();
    const listed = await api.entries(pass.id, NOW);
    changed.push(performance.now() - start);
    valid = listed.filter((e) => e.valid).length;
  }
  return { first, same, changed, valid };
}
