// The whole IndexedDB schema of the app, every version ever shipped, oldest first. Never edit
// an old version: a phone may still hold it. A change is a new entry in VERSIONS (with an
// `upgrade` when existing records need new fields), and test/unit/storage-migration.test.ts
// opens every older version with data and upgrades it to the newest.
import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import type { AdmissionRow, CountRow, DistrictRootRow, EntryRow, IssuedRow, OfficeRow, PassRow, SettingRow, TemplateRow, TrustListRow, WegweiserOfferRow, WithdrawalRow } from './rows';

import { DB_NAME } from './db-name';

export { DB_NAME };

/** One schema version: Dexie store specs and, if old records need it, an upgrade. */
export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<unknown>;
}

/** Every schema version, oldest first. */
export const VERSIONS: readonly SchemaVersion[] = [
  {
    // The first design: passes, their stamps by pass, imported trust lists. Entries had no
    // receivedAt yet; a pass's timeline was sorted in memory.
    version: 1,
    stores: { passes: 'id', entries: 'id, passId', trustLists: 'district' },
  },
  {
    // Timeline and backup reminder as index queries ([passId+issuedAt], [passId+receivedAt]),
    // device settings, and receivedAt on every entry. For entries kept before, the time of
    // issue is the best known time of receipt (a stamp is scanned at the counter it is made at).
    version: 2,
    stores: { entries: 'id, passId, [passId+issuedAt], [passId+receivedAt]', settings: 'key' },
    upgrade: (tx) =>
      tx
        .table('entries')
        .toCollection()
        .modify((e: { receivedAt?: unknown; issuedAt?: unknown }) => {
          if (typeof e.receivedAt !== 'number') e.receivedAt = typeof e.issuedAt === 'number' ? e.issuedAt : 0;
        }),
  },
  {
    // The staff areas: the office (its sealed keys, templates and issued log, searchable by
    // date, type and template) and the coordinator (sealed district roots, the register of
    // admitted offices, merged anonymous counts). New tables only; nothing to upgrade.
    version: 3,
    stores: {
      offices: 'id',
      templates: 'id, officeId',
      issued: 'id, officeId, [officeId+issuedAt], type, templateId, holderKeyId',
      districtRoots: 'district',
      admissions: 'id, district',
      counts: 'id, office, month',
    },
  },
  {
    // Issue 15: the coordinator's accepted stamp withdrawals (by stamp reference), which every
    // trust list it publishes carries. New table only; the holder's and the office's rows gain
    // optional fields (withdrawn, hidden), absent meaning "not withdrawn", so nothing to upgrade.
    version: 4,
    stores: { withdrawals: 'id, district' },
  },
  {
    // Issue 16: the offers of the Wegweiser the coordinator maintains (edited or imported from a
    // spreadsheet, published as the site's directory file). New table only; nothing to upgrade.
    version: 5,
    stores: { wegweiserOffers: 'id' },
  },
];

/** The newest schema version. */
export const CURRENT_VERSION = VERSIONS[VERSIONS.length - 1]!.version;

/** Declares the schema versions up to `upTo` on a Dexie instance (tests replay older ones). */
export function defineSchema(db: Dexie, upTo = CURRENT_VERSION): void {
  for (const v of VERSIONS) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores({ ...v.stores });
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}

/** Options of the database: a name (tests use their own) and Dexie's (e.g. fake-indexeddb's factory). */
export interface BbpassDbOptions extends DexieOptions {
  readonly name?: string;
  /** Open at an older schema version (migration tests only). */
  readonly upTo?: number;
}

/** The app's database. */
export class BbpassDb extends Dexie {
  passes!: Table<PassRow, string>;
  entries!: Table<EntryRow, string>;
  trustLists!: Table<TrustListRow, string>;
  settings!: Table<SettingRow, string>;
  offices!: Table<OfficeRow, string>;
  templates!: Table<TemplateRow, string>;
  issued!: Table<IssuedRow, string>;
  districtRoots!: Table<DistrictRootRow, string>;
  admissions!: Table<AdmissionRow, string>;
  counts!: Table<CountRow, string>;
  withdrawals!: Table<WithdrawalRow, string>;
  wegweiserOffers!: Table<WegweiserOfferRow, string>;

  constructor({ name = DB_NAME, upTo, ...dexie }: BbpassDbOptions = {}) {
    super(name, dexie);
    defineSchema(this, upTo);
  }
}
