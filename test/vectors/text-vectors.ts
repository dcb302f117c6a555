// Vectors for the text policy (docs/FORMAT.md §7.1.1): ordinary names in several scripts stay
// valid; signed text that would lie about itself on screen is malformed. Defective texts are
// built as an attacker would: a genuine signature (office or demo root) over the bad text.
import {
  decodeCbor, encodeCbor, issueCertificate, issueStamp, keyId, signSign1,
  type CborMap, type Certificate, type DemoWorld, type Entry, type Holder, type Stamp,
} from '../../src/core';

/** What generate.ts lends: the demo world, its time and its stamp helpers. */
export interface TextVectorTools {
  readonly w: DemoWorld;
  readonly now: number;
  readonly entry: Entry;
  stampText(s: Stamp): string;
  resigned(edit: (m: CborMap) => void): string;
}

/** One vector: folder, name after the defect (or the script), description, payload texts. */
export type TextVector = [dir: 'valid' | 'invalid', name: string, description: string, payload: string[]];

/** The text-policy vectors, valid and invalid. */
export function textVectors({ w, now, entry, stampText, resigned }: TextVectorTools): TextVector[] {
  const sprach = w.offices.sprachschule;
  const stamp = (holder: Holder, cert: Certificate = sprach.certificate) => stampText(issueStamp({ holder, issuedAt: now - 600, entry }, sprach.keys, cert));
  /** Keys 3–4 in Latin letters as on the ID, keys 9–10 in the holder's own script (§7.1.2). */
  const named = (givenName: string, familyName: string, givenNameNative: string, familyNameNative: string) =>
    stamp({ ...w.holder, givenName, familyName, givenNameNative, familyNameNative });
  /** The office certificate re-signed by the demo root with `name` as office name, exactly as given. */
  const certNamed = (name: string): Certificate => {
    const good = issueCertificate(sprach.certificate.claims, w.root);
    const m = decodeCbor(good.sign1.payload) as CborMap;
    m.set(4, name);
    return { claims: good.claims, sign1: signSign1(encodeCbor(m), keyId(w.root.publicKey), w.root.secretKey) };
  };
  const inEntry = (key: number, text: string) => resigned((m) => (m.get(7) as CborMap).set(key, text));
  return [
    ['valid', 'name-arabic', 'Holder named Mohammed Abdullah (keys 3–4), in Arabic script محمد عبدالله (keys 9–10).', [named('Mohammed', 'Abdullah', 'محمد', 'عبدالله')]],
    ['valid', 'name-persian-zwnj', 'Holder named Mohammadreza Alizadeh, in Persian with a zero-width non-joiner between two letters (علی‌زاده, key 10).', [named('Mohammadreza', 'Alizadeh', 'محمدرضا', 'علی\u200Cزاده')]],
    ['valid', 'name-cyrillic', 'Holder named Oleksandr Shevchenko, in Cyrillic Олександр Шевченко (keys 9–10).', [named('Oleksandr', 'Shevchenko', 'Олександр', 'Шевченко')]],
    ['valid', 'name-no-latin-letter-signed-before-rule', 'Stamp signed (by a writer older than §7.1.2) with an Arabic given name in key 3: readers still accept it, writers may not make it.', [resigned((m) => m.set(3, 'محمد'))]],
    ['valid', 'name-german-umlauts', 'Holder and office names with umlauts and ß (NFC).', [stamp({ ...w.holder, givenName: 'Jürgen', familyName: 'Groß-Müller' }, issueCertificate({ ...sprach.certificate.claims, officeName: 'DEMO-Sprachschule Fürstenfeldbruck' }, w.root))]],
    ['invalid', 'office-name-bidi-override', 'Certificate (signed by the root) whose office name holds U+202E RIGHT-TO-LEFT OVERRIDE.', [stamp(w.holder, certNamed('DEMO-Sprachschule \u202E41.90.5102\u202C'))]],
    ['invalid', 'office-name-bom-inside', 'Certificate (signed by the root) whose office name holds U+FEFF inside.', [stamp(w.holder, certNamed('DEMO-Sprach\uFEFFschule'))]],
    ['invalid', 'office-name-newline', 'Certificate (signed by the root) whose office name forges a second line.', [stamp(w.holder, certNamed('DEMO-Sprachschule\nGEPRÜFT: Landratsamt'))]],
    ['invalid', 'entry-text-zero-width-space', 'Entry module text with U+200B ZERO WIDTH SPACE.', [inEntry(3, 'Modul\u200B6')]],
    ['invalid', 'entry-text-c1-control', 'Entry certificate text with the C1 control U+009B.', [inEntry(5, 'DTZ\u009BB1')]],
    ['invalid', 'entry-text-bidi-isolate', 'Entry module text with U+2067 RIGHT-TO-LEFT ISOLATE (never closed).', [inEntry(3, 'Modul \u20676')]],
    ['invalid', 'entry-text-not-nfc', 'Entry module text in NFD (u + U+0308) instead of NFC (ü).', [inEntry(3, 'Modul Mu\u0308nchen')]],
    ['invalid', 'holder-name-newline', 'Holder family name with a line break forging a second line.', [resigned((m) => m.set(4, 'Beispiel\nGEPRÜFT: Landratsamt'))]],
    ['invalid', 'holder-name-joiner-leading', 'Holder given name starting with U+200C ZERO WIDTH NON-JOINER.', [resigned((m) => m.set(3, '\u200CAmina'))]],
    ['invalid', 'native-name-bidi-override', 'Holder native-script family name (key 10) with U+202E RIGHT-TO-LEFT OVERRIDE: keys 9–10 follow §7.1.1 like every text.', [resigned((m) => m.set(10, 'عبد\u202Eالله'))]],
    ['invalid', 'name-combining-mark-run', 'Holder given name with five combining marks in a row (over the limit of 4).', [resigned((m) => m.set(3, 'A\u0353\u0354\u0355\u0356\u0357mina'))]],
  ];
}
