// The text policy of signed free text (docs/FORMAT.md §7.1.1): what is refused, what every
// ordinary name in any script keeps, and that both writers (RangeError) and readers
// (malformed) apply it.
import { describe, expect, it } from 'vitest';
import {
  createCard, createRegistration, decodeCbor, decodeTrustList, encodeCbor, issueCertificate, issueStamp, issueTrustList, keyId, sign1ToCbor, signSign1, stampToCbor,
  textDefect, verifyCard, verifyStamp, DEMO_DISTRICT, type CborMap, type Entry,
} from '../../src/core';
import { fixture, NOW } from './support';

const ORDINARY = [
  'Müller-Lüdenscheidt', 'Jürgen Groß', 'محمد عبدالله', 'فاطمه', 'می‌خواهم', 'Олександр Шевченко', 'Đặng Thị Ngọc Hân',
  'ሰላም ተስፋይ', 'Ayşe Yılmaz', 'Ștefan Popescu', 'مُحَمَّد', 'ချိုး', 'ශ්‍රී ලංකා', 'র‍্যাব', 'Sprachschule & Co. KG (Standort 2)',
];

const REFUSED: Array<[string, string, string]> = [
  ['bidi override', 'Landratsamt \u202Eeid\u202C', 'bidi-control'],
  ['bidi isolate', 'Amt \u2066x\u2069', 'bidi-control'],
  ['right-to-left mark', 'Amt\u200F', 'bidi-control'],
  ['Arabic letter mark', 'Amt\u061C 1', 'bidi-control'],
  ['zero-width space', 'Sprach\u200Bschule', 'invisible'],
  ['word joiner', 'Sprach\u2060schule', 'invisible'],
  ['BOM inside', 'Sprach\uFEFFschule', 'invisible'],
  ['soft hyphen', 'Sprach\u00ADschule', 'invisible'],
  ['tag character', 'Amt\u{E0041}', 'invisible'],
  ['Hangul filler', '\u3164', 'invisible'],
  ['variation selector', 'A\uFE0F', 'invisible'],
  ['interlinear annotation', 'A\uFFF9B\uFFFAC\uFFFB', 'invisible'],
  ['newline', 'Sprachschule\nGEPRÜFT: Landratsamt', 'line-break'],
  ['carriage return', 'A\rB', 'line-break'],
  ['line separator', 'A\u2028B', 'line-break'],
  ['paragraph separator', 'A\u2029B', 'line-break'],
  ['next line (C1)', 'A\u0085B', 'line-break'],
  ['tab', 'A\tB', 'control'],
  ['NUL', 'A\0B', 'control'],
  ['DEL', 'A\x7FB', 'control'],
  ['C1 control', 'A\u009BB', 'control'],
  ['private use', 'A\uE000', 'private-use'],
  ['noncharacter', 'A\uFDD0', 'noncharacter'],
  ['plane-end noncharacter', 'A\u{1FFFF}', 'noncharacter'],
  ['lone surrogate', 'A\uD800B', 'surrogate'],
  ['leading joiner', '\u200Cمی', 'joiner'],
  ['trailing joiner', 'می\u200C', 'joiner'],
  ['doubled joiner', 'می\u200C\u200Cخواهم', 'joiner'],
  ['joiner beside a space', 'می \u200Dخواهم', 'joiner'],
  ['five combining marks in a row', 'a\u0301\u0302\u0303\u0304\u0305', 'mark-run'],
  ['marks hiding behind a joiner', 'a\u0301\u0302\u0303\u200D\u0304\u0305', 'mark-run'],
  ['leading combining mark', '\u0301a', 'leading-mark'],
  ['not NFC', 'Mu\u0308ller', 'not-nfc'],
  ['leading space', ' Amt', 'surrounding-space'],
  ['trailing no-break space', 'Amt\u00A0', 'surrounding-space'],
];

describe('textDefect', () => {
  it.each(ORDINARY)('keeps the ordinary name %s', (name) => {
    expect(textDefect(name)).toBeUndefined();
  });

  it.each(REFUSED)('refuses a %s', (_what, text, defect) => {
    expect(textDefect(text)).toMatchObject({ defect });
  });

  it('names the offending code point', () => {
    expect(textDefect('Amt \u202E')).toEqual({ defect: 'bidi-control', codePoint: 0x202e });
  });

  it('allows four combining marks in a row (Burmese, Arabic with harakat)', () => {
    expect(textDefect('x\u0301\u0302\u0303\u0304')).toBeUndefined();
  });

  it('refuses every code point of Cc, Cf, Co, Zl, Zp, noncharacters and default-ignorables of this engine (joiners only in context)', () => {
    const refused = /[\p{Cc}\p{Cf}\p{Co}\p{Zl}\p{Zp}\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}]/u;
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (!refused.test(c)) continue;
      if (cp === 0x200c || cp === 0x200d) continue;
      if (textDefect(`a${c}b`) === undefined) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('is linear on long hostile input', () => {
    expect(textDefect('a'.repeat(100_000) + '\u202E')).toMatchObject({ defect: 'bidi-control' });
    expect(textDefect('a\u0301\u200D'.repeat(50_000))).toBeDefined();
  });
});

const kurs: Entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'completed', units: 100 };

describe('writers refuse defective text with a RangeError', () => {
  it('in stamp entries, holder names, certificates, registrations and trust lists', async () => {
    const { world } = await fixture();
    const o = world.offices.sprachschule;
    const stamp = (entry: Entry, holder = world.holder) => issueStamp({ holder, issuedAt: NOW - 60, entry }, o.keys, o.certificate);
    expect(() => stamp({ ...kurs, module: 'Modul\u200B6' })).toThrow(/module: .*U\+200B/);
    expect(() => stamp({ type: 'weiterbildung', title: 'Kurs\nGEPRÜFT: Landratsamt' })).toThrow(RangeError);
    expect(() => stamp(kurs, { ...world.holder, familyName: 'Beispiel\u202E' })).toThrow(/family name/);
    expect(() => createCard({ ...world.holder, givenName: 'A\u0085' }, world.holderKeys, NOW)).toThrow(RangeError);
    const claims = { ...o.certificate.claims, officeName: 'DEMO-Sprachschule\u2067 GEPRÜFT' };
    expect(() => issueCertificate(claims, world.root)).toThrow(/office name/);
    expect(() => createRegistration({ district: DEMO_DISTRICT, officeName: 'Amt', officeKind: 'other', requestedTypes: ['beratung'], address: 'Weg 1\u202E', createdAt: NOW }, o.keys)).toThrow(/address/);
    expect(() => issueTrustList({ ...world.trustList.claims, districtName: 'Dach\uFEFFau' }, world.root)).toThrow(/district name/);
  });

  it('still signs ordinary names in every script, NFC-normalised', async () => {
    const { world, ctx } = await fixture();
    const o = world.offices.berufsschule;
    // The Persian name rides in the native-script field: keys 3–4 hold the Latin name (§7.1.2).
    const holder = { ...world.holder, givenName: 'Mu\u0308ller', familyName: 'Beispiel', familyNameNative: 'می‌خواهم' };
    const s = issueStamp({ holder, issuedAt: NOW - 60, entry: { type: 'praktikum', employer: 'Олександр Шевченко', occupation: 'مُحَمَّد', from: '2026-01-05', to: '2026-02-05' } }, o.keys, o.certificate);
    expect(s.claims.holder.givenName).toBe('Müller');
    // This stamp is too large for the native name as well (§7.4): the card still carries it.
    expect(createCard(holder, world.holderKeys, NOW).claims.holder.familyNameNative).toBe('می‌خواهم');
    expect(await verifyStamp(stampToCbor(s), ctx, { holderKey: holder.publicKey })).toMatchObject({ valid: true });
  });
});

/** A genuine office signature over a stamp payload after `edit` changed it. */
async function resignedStamp(edit: (m: CborMap) => void) {
  const { world, ctx } = await fixture();
  const o = world.offices.sprachschule;
  const base = issueStamp({ holder: world.holder, issuedAt: NOW - 60, entry: kurs }, o.keys, o.certificate);
  const m = decodeCbor(base.sign1.payload) as CborMap;
  edit(m);
  const s = signSign1(encodeCbor(m), keyId(o.keys.publicKey), o.keys.secretKey, base.sign1.unprotected);
  return verifyStamp(sign1ToCbor(s), ctx);
}

describe('readers judge defective signed text malformed', () => {
  it('in an entry text', async () => {
    expect(await resignedStamp((m) => (m.get(7) as CborMap).set(3, 'Modul\u200B6'))).toMatchObject({ valid: false, reason: 'malformed' });
  });

  it('in a holder name', async () => {
    expect(await resignedStamp((m) => m.set(4, 'Beispiel\nGEPRÜFT'))).toMatchObject({ valid: false, reason: 'malformed' });
  });

  it('in a non-NFC text', async () => {
    expect(await resignedStamp((m) => m.set(3, 'Mu\u0308ller'))).toMatchObject({ valid: false, reason: 'malformed' });
  });

  it('in the office name of a certificate signed by the root', async () => {
    const { world, ctx } = await fixture();
    const o = world.offices.sprachschule;
    const good = issueCertificate(o.certificate.claims, world.root);
    const m = decodeCbor(good.sign1.payload) as CborMap;
    m.set(4, 'DEMO-Sprachschule\u202E');
    const cert = { claims: good.claims, sign1: signSign1(encodeCbor(m), keyId(world.root.publicKey), world.root.secretKey) };
    const s = issueStamp({ holder: world.holder, issuedAt: NOW - 60, entry: kurs }, o.keys, cert);
    expect(await verifyStamp(stampToCbor(s), ctx)).toMatchObject({ valid: false, reason: 'malformed' });
  });

  it('in the district name of a trust list signed by the root', async () => {
    const { world } = await fixture();
    const m = decodeCbor(world.trustList.sign1.payload) as CborMap;
    m.set(3, 'DEMO Landkreis\u2028GEPRÜFT');
    const sign1 = signSign1(encodeCbor(m), keyId(world.root.publicKey), world.root.secretKey);
    expect(() => decodeTrustList(sign1ToCbor(sign1))).toThrow(expect.objectContaining({ code: 'bad-text' }));
  });

  it('in a pass card name', async () => {
    const { world } = await fixture();
    const card = createCard(world.holder, world.holderKeys, NOW - 30);
    const m = decodeCbor(card.sign1.payload) as CborMap;
    m.set(3, '\u200Dx');
    const sign1 = signSign1(encodeCbor(m), keyId(world.holderKeys.publicKey), world.holderKeys.secretKey);
    expect(await verifyCard(sign1ToCbor(sign1), { now: NOW, verify: (await fixture()).ctx.verify })).toMatchObject({ valid: false, reason: 'malformed' });
  });
});
