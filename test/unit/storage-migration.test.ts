// Every older schema version, opened with data and upgraded to the newest: nothing is lost and
// each upgrade fills what it should. A new version in src/storage/db.ts needs a fixture here.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BbpassDb, CURRENT_VERSION, VERSIONS } from '../../src/storage/db';

const key = (n: number) => Uint8Array.from({ length: 32 }, (_, i) => (i * 7 + n) & 0xff);
const secret = (n: number) => Uint8Array.from({ length: 64 }, (_, i) => (i * 13 + n) & 0xff);
const kurs = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'completed', units: 100 };

/** Records as each older version wrote them. */
const FIXTURES: Record<number, Record<string, object[]>> = {
  1: {
    passes: [
      { id: 'a1a1a1a1a1a1a1a1', profile: { givenName: 'Amina', familyName: 'Beispiel', birthDate: '1998-04-12', languages: ['fa'] }, publicKey: key(1), secretKey: secret(1), createdAt: 1_780_000_000 },
      { id: 'b2b2b2b2b2b2b2b2', profile: { givenName: 'Oleh', familyName: 'Muster', birthDate: '2008' }, publicKey: key(2), secretKey: secret(2), createdAt: 1_780_000_500 },
    ],
    entries: [
      { id: 'e1', passId: 'a1a1a1a1a1a1a1a1', type: 'sprachkurs', entry: kurs, issuedAt: 1_780_001_000, officeName: 'VHS', stampText: 'BBP1:S:AAA' },
      { id: 'e2', passId: 'a1a1a1a1a1a1a1a1', type: 'beratung', entry: { type: 'beratung', topics: ['school'], date: '2026-06-01' }, issuedAt: 1_780_002_000, officeName: 'MBE', stampText: 'BBP1:S:BBB' },
      { id: 'e3', passId: 'b2b2b2b2b2b2b2b2', type: 'sprachkurs', entry: kurs, issuedAt: 1_780_003_000, officeName: 'VHS', stampText: 'BBP1:S:CCC' },
    ],
    trustLists: [{ district: '09174', version: 3, text: 'BBP1:T:XYZ', importedAt: 1_780_004_000 }],
  },
};
// Version 2 wrote the same records with receivedAt, and device settings.
FIXTURES[2] = {
  ...FIXTURES[1],
  passes: FIXTURES[1]!.passes!.map((p, i) => (i === 0 ? { ...p, lastBackupAt: 1_780_001_200 } : p)),
  entries: FIXTURES[1]!.entries!.map((e) => ({ ...e, receivedAt: (e as { issuedAt: number }).issuedAt })),
  settings: [{ key: 'demoMode', value: true }],
};

// Version 3 added the staff areas: an office with its issued log, a coordinator with its register.
FIXTURES[3] = {
  ...FIXTURES[2],
  offices: [{ id: 'office-1', name: 'VHS', kind: 'volkshochschule', keys: [], createdAt: 1_780_000_000 }],
  issued: [{ id: 'i1', officeId: 'office-1', keyId: 'k1', issuedAt: 1_780_001_000, type: 'sprachkurs', holderName: 'Amina Beispiel', holderBirthDate: '1998-04-12', holderKeyId: 'a1a1a1a1a1a1a1a1', entry: kurs, text: 'BBP1:S:AAA' }],
  districtRoots: [{ district: '09174', name: 'Landkreis Dachau', publicKey: key(3), sealedSecret: { salt: key(4) }, createdAt: 1_780_000_000, trustVersion: 2, trustText: 'BBP1:T:XYZ' }],
  admissions: [{ id: 'k1', district: '09174', officeName: 'VHS', types: ['sprachkurs'], notBefore: 1_780_000_000, notAfter: 1_790_000_000, certificate: 'BBP1:O:AAA', admittedAt: 1_780_000_000 }],
};

// Version 4 added the coordinator's accepted stamp withdrawals.
FIXTURES[4] = {
  ...FIXTURES[3],
  withdrawals: [{ id: 'ab'.repeat(16), district: '09174', officeName: 'VHS', reason: 'wrong-person', withdrawnAt: 1_780_005_000, text: 'BBP1:W:AAA', importedAt: 1_780_005_100 }],
};

/** What each version's upgrade must have added to a record of the table, given the old record. */
const FILLED: Record<string, (old: Record<string, unknown>) => Record<string, unknown>> = {
  entries: (old) => ({ receivedAt: old.receivedAt ?? old.issuedAt }),
};

/** The store specs as shipped: editing an old version breaks phones that hold it. */
const SHIPPED: Record<number, Record<string, string | null>> = {
  1: { passes: 'id', entries: 'id, passId', trustLists: 'district' },
  2: { entries: 'id, passId, [passId+issuedAt], [passId+receivedAt]', settings: 'key' },
  3: {
    offices: 'id',
    templates: 'id, officeId',
    issued: 'id, officeId, [officeId+issuedAt], type, templateId, holderKeyId',
    districtRoots: 'district',
    admissions: 'id, district',
    counts: 'id, office, month',
  },
  4: { withdrawals: 'id, district' },
  5: { wegweiserOffers: 'id' },
};

const open = (idb: IDBFactory, upTo?: number) => new BbpassDb({ indexedDB: idb, IDBKeyRange, ...(upTo === undefined ? {} : { upTo }) });

describe('schema', () => {
  it('keeps every shipped version unchanged', () => {
    expect(Object.fromEntries(VERSIONS.map((v) => [v.version, v.stores]))).toEqual(SHIPPED);
    expect(VERSIONS.map((v) => v.version)).toEqual(VERSIONS.map((_, i) => i + 1));
  });

  it('creates the newest version from nothing', async () => {
    const db = open(new IDBFactory());
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['admissions', 'counts', 'districtRoots', 'entries', 'issued', 'offices', 'passes', 'settings', 'templates', 'trustLists', 'wegweiserOffers', 'withdrawals']);
    db.close();
  });

  for (const { version } of VERSIONS.slice(0, -1)) {
    it(`upgrades version ${version} with data to version ${CURRENT_VERSION} without loss`, async () => {
      const fixture = FIXTURES[version];
      expect(fixture, `a fixture for version ${version}`).toBeDefined();
      const idb = new IDBFactory();
      const old = open(idb, version);
      await old.open();
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(fixture!)) await old.table(table).bulkAdd(rows);
      });
      old.close();

      const db = open(idb);
      await db.open();
      expect(db.verno).toBe(CURRENT_VERSION);
      for (const [table, rows] of Object.entries(fixture!)) {
        const stored = await db.table(table).toArray();
        expect(stored).toHaveLength(rows.length);
        for (const row of rows as Array<Record<string, unknown>>) {
          const primary = (row.id ?? row.district ?? row.key) as string;
          const now = (await db.table(table).get(primary)) as Record<string, unknown>;
          expect(now).toEqual({ ...row, ...(FILLED[table]?.(row) ?? {}) });
        }
      }
      // The new indexes answer: the timeline of pass a1… newest first, and the reminder count.
      const timeline = await db.entries.where('[passId+issuedAt]').between(['a1a1a1a1a1a1a1a1', 0], ['a1a1a1a1a1a1a1a1', Infinity]).reverse().primaryKeys();
      expect(timeline).toEqual(['e2', 'e1']);
      expect(await db.entries.where('[passId+receivedAt]').between(['a1a1a1a1a1a1a1a1', 1_780_001_500], ['a1a1a1a1a1a1a1a1', Infinity]).count()).toBe(1);
      expect((await db.passes.get('a1a1a1a1a1a1a1a1'))?.publicKey).toEqual(key(1));
      db.close();
    });
  }

  it('keeps the coordinator\'s Wegweiser offers in version 5, beside everything version 4 held', async () => {
    const idb = new IDBFactory();
    const old = open(idb, 4);
    await old.open();
    await old.table('withdrawals').bulkAdd(FIXTURES[4]!.withdrawals!);
    old.close();
    const db = open(idb);
    await db.open();
    await db.wegweiserOffers.put({ id: 'sprachcafe', offer: { id: 'sprachcafe', category: 'sprache', name: 'Sprachcafé', description: { de: 'Deutsch üben.' } }, updatedAt: 1_780_006_000 });
    expect(await db.withdrawals.count()).toBe(1);
    expect((await db.wegweiserOffers.get('sprachcafe'))?.offer.name).toBe('Sprachcafé');
    db.close();
  });

  it('opens an empty old database too', async () => {
    const idb = new IDBFactory();
    const old = open(idb, 1);
    await old.open();
    old.close();
    const db = open(idb);
    await db.open();
    expect(await db.entries.count()).toBe(0);
    await db.settings.put({ key: 'demoMode', value: true });
    expect((await db.settings.get('demoMode'))?.value).toBe(true);
    db.close();
  });
});
