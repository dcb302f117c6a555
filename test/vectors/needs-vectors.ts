// Vectors for the needs of a Beratung (docs/FORMAT.md §7.10, key 6): one valid stamp with
// needs, and needs an attacker might write, each under a genuine signature of the office.
import {
  decodeCbor, encodeCbor, issueStamp, keyId, sign1ToCbor, signSign1, stampToCbor, valueToText,
  type Cbor, type CborMap, type DemoWorld, type Entry,
} from '../../src/core';

/** One vector: folder, name after the defect, description, payload texts. */
export type NeedsVector = [dir: 'valid' | 'invalid', name: string, description: string, payload: string[]];

/** The needs vectors, made by the DEMO-Migrationsberatung ten minutes before `now`. */
export function needsVectors(w: DemoWorld, now: number): NeedsVector[] {
  const office = w.offices.beratung;
  const entry: Entry = { type: 'beratung', topics: ['recognition', 'language-course-access'], date: '2026-09-14', needs: [{ need: 'integrationskurs', level: 'B1' }, { need: 'recognition' }, { need: 'praktikum', field: 'Pflege' }] };
  const stamp = issueStamp({ holder: w.holder, issuedAt: now - 600, entry }, office.keys, office.certificate);
  /** The valid stamp with entry key 6 replaced by `needs` and signed again by the office. */
  const withNeeds = (needs: Cbor) => {
    const m = decodeCbor(stamp.sign1.payload) as CborMap;
    (m.get(7) as CborMap).set(6, needs);
    return valueToText('stamp', sign1ToCbor(signSign1(encodeCbor(m), keyId(office.keys.publicKey), office.keys.secretKey, stamp.sign1.unprotected)));
  };
  return [
    ['valid', 'stamp-beratung-needs', 'A Beratung recording three needs: Integrationskurs to B1 ([1, 3]), Anerkennung ([3]), Praktikum in "Pflege" ([4, "Pflege"]).', [valueToText('stamp', stampToCbor(stamp))]],
    ['invalid', 'need-unknown-code', 'Needs [[1, 3], [6]]: need code 6 is outside the list (0–5).', [withNeeds([[1, 3], [6]])]],
    ['invalid', 'need-level-on-code-without-level', 'Needs [[3, 3]]: Anerkennung (3) carries a level, which only codes 1 and 2 take.', [withNeeds([[3, 3]])]],
    ['invalid', 'need-unknown-level', 'Needs [[1, 7]]: level 7 is outside the CEFR list (1–6).', [withNeeds([[1, 7]])]],
    ['invalid', 'need-kind-twice', 'Needs [[1, 3], [1, 4]]: Integrationskurs twice (codes must be strictly ascending).', [withNeeds([[1, 3], [1, 4]])]],
    ['invalid', 'need-empty-list', 'Needs []: an empty list (key 6 is left out when there are no needs).', [withNeeds([])]],
    ['invalid', 'need-field-bidi-override', 'Needs [[4, "Pfl" U+202E "ege"]]: a Praktikum field holding U+202E RIGHT-TO-LEFT OVERRIDE.', [withNeeds([[4, 'Pfl\u202Eege']])]],
  ];
}
