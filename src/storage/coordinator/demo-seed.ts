// Demo mode for newcomers to the project: every role on one machine. Seeding switches demo mode
// on (so the public DEMO districts are trusted) and adds a DEMO coordinator (the Dachau DEMO
// root with its two offices in the register), one DEMO office for the office area, sample
// anonymous numbers and a sample pass with stamps from three DEMO districts. DEMO — not for
// production: every key here is public, and the passphrase below is printed in the UI.
import {
  buildCounts, certificateToCbor, demoDistrictRoot, demoDistrictWorld, issueStamp, keyId, monthKey, monthOf, monthsOf, seal, stampToCbor, toHex,
  trustListToCbor, valueToText, DEMO_FEDERATION, DEMO_TRUST_AT, type Entry,
} from '../../core';
import { createHolderApi } from '../holder/create-holder-api';
import type { BbpassDb } from '../db';
import type { AdmissionRow } from '../rows';
import type { OfficeRow } from '../rows';

import { DEMO_COORDINATOR_DISTRICT, DEMO_OFFICE_ID, DEMO_PASSPHRASE } from '../demo-constants';

export { DEMO_COORDINATOR_DISTRICT, DEMO_OFFICE_ID, DEMO_PASSPHRASE };

const DAY = 86_400;
const day = (t: number) => new Date(t * 1000).toISOString().slice(0, 10);
const worlds = () => DEMO_FEDERATION.map((d) => ({ d, w: demoDistrictWorld(d, DEMO_TRUST_AT) }));

/** Sample entries an office issued over the three months before `now` (deterministic, for the dashboard). */
function sampleIssued(now: number, seed: number): Array<{ issuedAt: number; entry: Entry }> {
  const levels = ['A1', 'A2', 'B1', 'B2'] as const;
  const topics = ['recognition', 'labour-market', 'vocational-training', 'language-course-access', 'residence-social'] as const;
  return Array.from({ length: 24 + seed * 6 }, (_, i) => {
    const issuedAt = now - ((i * 7 + seed) % 85) * DAY;
    const entry: Entry =
      i % 3 === 0
        ? { type: 'beratung', topics: [topics[(i + seed) % topics.length]!], date: day(issuedAt) }
        : i % 5 === 1
          ? { type: 'praktikum', employer: 'Beispiel', occupation: 'Beispiel', from: day(issuedAt - 13 * DAY), to: day(issuedAt) }
          : { type: 'sprachkurs', course: 'integrationskurs', level: levels[(i + seed) % levels.length]!, status: 'completed', units: 100 };
    return { issuedAt, entry };
  });
}

/** Switches demo mode on and seeds the DEMO data once; `iterations` only lower in tests. */
export async function seedDemo(db: BbpassDb, now: number, iterations?: number): Promise<void> {
  await db.settings.put({ key: 'demoMode', value: true });
  if ((await db.settings.get('demoSeeded'))?.value === true) return;
  const all = worlds();
  const dachau = all.find((x) => x.d.district === DEMO_COORDINATOR_DISTRICT)!;
  const root = demoDistrictRoot(DEMO_COORDINATOR_DISTRICT);
  const admissions: AdmissionRow[] = Object.values(dachau.w.offices).map(({ certificate: c }) => ({
    id: toHex(keyId(c.claims.officeKey)), district: DEMO_COORDINATOR_DISTRICT, officeName: c.claims.officeName, types: c.claims.allowedTypes,
    notBefore: c.claims.validFrom, notAfter: c.claims.validUntil, certificate: valueToText('certificate', certificateToCbor(c)), admittedAt: DEMO_TRUST_AT,
  }));
  const vhs = dachau.w.offices['dachau vhs']!;
  const office: OfficeRow = {
    id: DEMO_OFFICE_ID, name: vhs.certificate.claims.officeName, kind: vhs.certificate.claims.officeKind, createdAt: now,
    keys: [{ keyId: toHex(keyId(vhs.keys.publicKey)), publicKey: vhs.keys.publicKey, sealedSecret: await seal(vhs.keys.secretKey, DEMO_PASSPHRASE, iterations), certificate: admissions[0]!.certificate, createdAt: now }],
  };
  const sealedRoot = await seal(root.secretKey, DEMO_PASSPHRASE, iterations);
  const counts = [0, 1].flatMap((seed) => {
    const o = Object.values(all[seed]!.w.offices)[0]!.certificate.claims;
    const months = [0, 1, 2].map((m) => monthOf(now - m * 30 * DAY));
    const e = buildCounts(sampleIssued(now, seed), { district: all[seed]!.d.district, office: { id: `demo-office-${seed + 1}`, name: o.officeName, kind: o.officeKind }, generatedAt: now, months });
    return monthsOf(e).map((m) => ({ id: monthKey(m), office: `${m.district}/${m.office.id}`, month: m.month, importedAt: now, counts: m }));
  });
  await db.transaction('rw', [db.districtRoots, db.admissions, db.offices, db.counts, db.settings], async () => {
    await db.districtRoots.put({ district: DEMO_COORDINATOR_DISTRICT, name: dachau.d.name, publicKey: root.publicKey, sealedSecret: sealedRoot, createdAt: now, trustVersion: 1, trustText: valueToText('trustList', trustListToCbor(dachau.w.trustList)) });
    await db.admissions.bulkPut(admissions);
    if (!(await db.offices.get(DEMO_OFFICE_ID))) await db.offices.put(office);
    await db.counts.bulkPut(counts);
    await db.settings.put({ key: 'demoSeeded', value: true });
  });
  await seedPass(db, now, all);
}

// A sample pass with stamps from Dachau, Freising and Darmstadt-Dieburg: it verifies everywhere in demo mode.
async function seedPass(db: BbpassDb, now: number, all: ReturnType<typeof worlds>): Promise<void> {
  const api = createHolderApi({ db });
  const pass = await api.createPass({ givenName: 'Amina', familyName: 'Beispiel (DEMO)', birthDate: '1998-04-12' }, now);
  const row = (await db.passes.get(pass.id))!;
  const holder = { publicKey: row.publicKey, ...row.profile };
  const entries: Entry[] = [
    { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'exam-passed', certificate: 'DTZ B1', units: 300, from: day(now - 200 * DAY), to: day(now - 40 * DAY) },
    { type: 'beratung', topics: ['recognition'], date: day(now - 20 * DAY) },
    { type: 'praktikum', employer: 'Gärtnerei Beispiel', occupation: 'Gärtner/in', from: day(now - 30 * DAY), to: day(now - 16 * DAY), hoursPerWeek: 30 },
  ];
  for (const [i, entry] of entries.entries()) {
    const o = Object.values(all[i]!.w.offices).find((x) => x.certificate.claims.allowedTypes.includes(entry.type))!;
    const stamp = issueStamp({ holder, issuedAt: now - (3 - i) * 3600, entry }, o.keys, o.certificate);
    await api.receive(pass.id, valueToText('stamp', stampToCbor(stamp)), now);
  }
}
