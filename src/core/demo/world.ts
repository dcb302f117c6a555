// The public DEMO district: every key derives from a published label, so anyone can rebuild
// it, and nothing signed by it may ever be trusted in production. Used by `bbpass demo`, the
// test vectors and the app's demo mode.
import nacl from 'tweetnacl';
import { keyPairFromSeed, type KeyPair } from '../ed25519';
import { utf8Encode } from '../platform';
import { issueCertificate, type Certificate } from '../model/certificate';
import type { EntryType, OfficeKind } from '../model/codes';
import type { Entry } from '../model/entries';
import type { Holder } from '../model/holder';
import { issueStamp, type Stamp } from '../model/stamp';
import { issueTrustList, type TrustList } from '../model/trust-list';
import type { TrustAnchor } from '../verify/trust-store';

/** District id of the demo district. */
export const DEMO_DISTRICT = 'demo';
/** Its display name, which says what it is. */
export const DEMO_DISTRICT_NAME = 'DEMO-Landkreis — not for production';

/** A key pair derived from a public label (demo and test use only: anyone can derive it). */
export function demoKeyPair(label: string): KeyPair {
  return keyPairFromSeed(nacl.hash(utf8Encode(`bbpass demo key: ${label}`)).slice(0, 32));
}

/** A demo office: keys and certificate. */
export interface DemoOffice {
  readonly keys: KeyPair;
  readonly certificate: Certificate;
}

/** Everything the demo district consists of at a given time. */
export interface DemoWorld {
  readonly root: KeyPair;
  readonly anchor: TrustAnchor;
  readonly offices: Record<'sprachschule' | 'beratung' | 'berufsschule', DemoOffice>;
  readonly holderKeys: KeyPair;
  readonly holder: Holder;
  readonly stamps: Stamp[];
  readonly trustList: TrustList;
}

const DAY = 86_400;
const YEAR = 365 * DAY;

function office(root: KeyPair, label: string, name: string, kind: OfficeKind, types: EntryType[], now: number, district = DEMO_DISTRICT): DemoOffice {
  const keys = demoKeyPair(label);
  const claims = { district, officeKey: keys.publicKey, officeName: name, officeKind: kind, allowedTypes: types, validFrom: now - 2 * YEAR, validUntil: now + 3 * YEAR };
  return { keys, certificate: issueCertificate(claims, root) };
}

/** Sample entries of all four types, dated relative to `now` (seconds). */
export function demoEntries(now: number): Array<[keyof DemoWorld['offices'], Entry]> {
  const day = (d: number) => new Date((now - d * DAY) * 1000).toISOString().slice(0, 10);
  return [
    ['sprachschule', { type: 'sprachkurs', course: 'integrationskurs', level: 'A2', module: 'Modul 3', status: 'completed', units: 100, from: day(300), to: day(240) }],
    ['sprachschule', { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'exam-passed', certificate: 'DTZ B1', units: 300, from: day(230), to: day(60) }],
    ['beratung', { type: 'beratung', topics: ['recognition', 'labour-market'], date: day(50), note: 'Unterlagen zur Anerkennung besprochen', referral: 'IQ Anerkennungsberatung', nextAppointment: day(20) }],
    ['berufsschule', { type: 'praktikum', employer: 'Gärtnerei Beispiel', occupation: 'Gärtner/in', from: day(45), to: day(31), hoursPerWeek: 30, assessment: 'zuverlässig' }],
    ['sprachschule', { type: 'weiterbildung', title: 'Computerkurs für Einsteiger', provider: 'DEMO-Sprachschule', units: 20, from: day(25), to: day(18), result: 'teilgenommen' }],
  ];
}

/** Builds the demo district as of `now` (seconds since 1970): same `now`, same bytes. */
export function demoWorld(now: number): DemoWorld {
  const root = demoKeyPair('root');
  const offices = {
    sprachschule: office(root, 'office sprachschule', 'DEMO-Sprachschule', 'sprachkurstraeger', ['sprachkurs', 'weiterbildung'], now),
    beratung: office(root, 'office beratung', 'DEMO-Migrationsberatung', 'migrationsberatung', ['beratung'], now),
    berufsschule: office(root, 'office berufsschule', 'DEMO-Berufsschule', 'berufsschule', ['praktikum', 'weiterbildung'], now),
  };
  const holderKeys = demoKeyPair('holder');
  const holder: Holder = { publicKey: holderKeys.publicKey, givenName: 'Amina', familyName: 'Beispiel', birthDate: '1998-04-12' };
  const stamps = demoEntries(now).map(([o, entry], i) =>
    issueStamp({ holder, issuedAt: now - (5 - i) * 3600, entry }, offices[o].keys, offices[o].certificate),
  );
  const trustList = issueTrustList(
    { district: DEMO_DISTRICT, districtName: DEMO_DISTRICT_NAME, version: 1, issuedAt: now - DAY, certificates: Object.values(offices).map((o) => o.certificate), revocations: [] },
    root,
  );
  const anchor: TrustAnchor = { district: DEMO_DISTRICT, name: DEMO_DISTRICT_NAME, publicKey: root.publicKey, demo: true };
  return { root, anchor, offices, holderKeys, holder, stamps, trustList };
}

/** A DEMO district of the federation demo: named after a real Landkreis, but its root key is public. */
export interface DemoDistrict {
  readonly district: string;
  readonly name: string;
  readonly offices: ReadonlyArray<{ readonly label: string; readonly name: string; readonly kind: OfficeKind; readonly types: readonly EntryType[] }>;
}

/** The DEMO districts of the seed documents, trusted together in demo mode to show federation. */
export const DEMO_FEDERATION: readonly DemoDistrict[] = [
  {
    district: 'demo-dachau',
    name: 'DEMO Landkreis Dachau — not for production',
    offices: [
      { label: 'dachau vhs', name: 'DEMO-VHS Dachau', kind: 'volkshochschule', types: ['sprachkurs', 'weiterbildung'] },
      { label: 'dachau mbe', name: 'DEMO-Migrationsberatung Dachau', kind: 'migrationsberatung', types: ['beratung'] },
    ],
  },
  {
    district: 'demo-freising',
    name: 'DEMO Landkreis Freising — not for production',
    offices: [{ label: 'freising jmd', name: 'DEMO-Jugendmigrationsdienst Freising', kind: 'jugendmigrationsdienst', types: ['beratung', 'praktikum'] }],
  },
  {
    district: 'demo-darmstadt-dieburg',
    name: 'DEMO Landkreis Darmstadt-Dieburg — not for production',
    offices: [{ label: 'dadi berufsschule', name: 'DEMO-Berufsschule Dieburg', kind: 'berufsschule', types: ['praktikum', 'weiterbildung'] }],
  },
];

/** The time the shipped DEMO trust lists (public/trust/*.json) are built as of: 2026-11-01T00:00:00Z. */
export const DEMO_TRUST_AT = Date.UTC(2026, 10, 1) / 1000;

/** The public root key of a DEMO federation district. */
export function demoDistrictRoot(district: string): KeyPair {
  return demoKeyPair(`root ${district}`);
}

/** A DEMO federation district as of `now`: its anchor, offices (by label) and first trust list. */
export function demoDistrictWorld(d: DemoDistrict, now: number): { anchor: TrustAnchor; offices: Record<string, DemoOffice>; trustList: TrustList } {
  const root = demoDistrictRoot(d.district);
  const offices = Object.fromEntries(d.offices.map((o) => [o.label, office(root, `office ${o.label}`, o.name, o.kind, [...o.types], now, d.district)]));
  const trustList = issueTrustList(
    { district: d.district, districtName: d.name, version: 1, issuedAt: now - DAY, certificates: Object.values(offices).map((o) => o.certificate), revocations: [] },
    root,
  );
  return { anchor: { district: d.district, name: d.name, publicKey: root.publicKey, demo: true }, offices, trustList };
}

/** The public keys of every DEMO root (anyone can sign with them): a verifier marks them DEMO whatever a file says. */
export function demoRootKeys(): Uint8Array[] {
  return [demoKeyPair('root'), ...DEMO_FEDERATION.map((d) => demoDistrictRoot(d.district))].map((k) => k.publicKey);
}
