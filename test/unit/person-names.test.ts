// The name as on the ID document (issue 15, item 1): keys 3–4 hold the name in Latin letters
// (what staff compare), keys 9–10 optionally the name in the holder's own script.
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import {
  cardToCbor, createCard, decodeCard, decodeStamp, encodeCbor, issueStamp, latinName, latinNameDefect, samePerson, stampToCbor, toText, verifyPresentation,
  createPresentation, presentationToCbor, MAX_STAMP_WITH_NATIVE_NAME, type Holder,
} from '../../src/core';
import { fixture, NOW } from './support';

const ARABIC = { givenNameNative: 'أحمد', familyNameNative: 'الحسيني' };

describe('Latin name (keys 3–4)', () => {
  it('accepts names as an ID writes them in Latin letters, with diacritics', () => {
    for (const n of ['Ahmad', 'Müller', 'Çelik-Yılmaz', "O'Brien", 'Nguyễn Văn', 'ŞTEFĂNESCU']) expect(latinNameDefect(n)).toBeUndefined();
  });

  it('refuses a name with no Latin letter, and one mixing in a letter of another script', () => {
    expect(() => latinName('أحمد', 'given name', 80)).toThrow(/given name: has no Latin letter/);
    expect(() => latinName('Иван', 'family name', 80)).toThrow(/family name: has no Latin letter/);
    expect(() => latinName('Ivan Иван', 'family name', 80)).toThrow(/family name: U\+0418 is not a Latin letter/);
    // Cyrillic а (U+0430) inside a Latin-looking name: the same on screen, another name in bytes.
    expect(() => latinName('\u0410hmad', 'given name', 80)).toThrow(/U\+0410/);
    expect(() => latinName('123', 'given name', 80)).toThrow(/no Latin letter/);
  });

  it('is refused by the stamp writer; a pass made before the rule still writes its card and presentation', async () => {
    const { world } = await fixture();
    const arabicOnly: Holder = { ...world.holder, givenName: 'أحمد' };
    const o = world.offices.sprachschule;
    expect(() => issueStamp({ holder: arabicOnly, issuedAt: NOW, entry: world.stamps[0]!.claims.entry }, o.keys, o.certificate)).toThrow(RangeError);
    // The holder's own objects: refusing them would lock an existing pass out of its card and its stamps.
    expect(decodeCard(cardToCbor(createCard(arabicOnly, world.holderKeys, NOW))).claims.holder.givenName).toBe('أحمد');
    expect(() => createPresentation(arabicOnly, world.holderKeys, [], NOW)).not.toThrow();
  });
});

describe('native-script name (keys 9–10)', () => {
  it('travels in card and stamp beside the Latin name, and is left out when empty', async () => {
    const { world } = await fixture();
    const holder: Holder = { ...world.holder, givenName: 'Ahmad', familyName: 'Al-Husseini', ...ARABIC };
    const card = decodeCard(cardToCbor(createCard(holder, world.holderKeys, NOW)));
    expect(card.claims.holder).toMatchObject({ givenName: 'Ahmad', familyName: 'Al-Husseini', ...ARABIC });
    const o = world.offices.sprachschule;
    const stamp = decodeStamp(stampToCbor(issueStamp({ holder: card.claims.holder, issuedAt: NOW, entry: world.stamps[0]!.claims.entry }, o.keys, o.certificate)));
    expect(stamp.claims.holder).toMatchObject(ARABIC);
    const plain = createCard({ ...world.holder, givenNameNative: ' ' }, world.holderKeys, NOW);
    expect(plain.claims.holder).not.toHaveProperty('givenNameNative');
  });

  it('does not take part in samePerson: staff compare the Latin name and birth date', async () => {
    const { world, ctx } = await fixture();
    const holder: Holder = { ...world.holder, ...ARABIC };
    expect(samePerson(holder, { ...holder, givenNameNative: 'محمد' })).toBe(true);
    expect(samePerson(holder, { ...holder, givenName: 'AMINA' })).toBe(false);
    // Stamps without a native name stay valid in a presentation that adds one (and the reverse).
    const p = createPresentation(holder, world.holderKeys, world.stamps, NOW - 10);
    const v = await verifyPresentation(presentationToCbor(p), ctx);
    expect(v.valid).toBe(true);
  });

  it('keeps a typical stamp with an Arabic-script name at QR version ≤ 15 (EC M)', async () => {
    const { world } = await fixture();
    const holder: Holder = { ...world.holder, givenName: 'Mohammad Reza', familyName: 'Al-Husseini', givenNameNative: 'محمدرضا', familyNameNative: 'الحسيني' };
    const typical = world.stamps[1]!;
    const o = Object.values(world.offices).find((x) => x.certificate.claims.officeName === typical.certificate!.claims.officeName)!;
    const stamp = issueStamp({ holder, issuedAt: NOW, entry: typical.claims.entry }, o.keys, o.certificate);
    const text = toText('stamp', encodeCbor(stampToCbor(stamp)));
    expect(QRCode.create(text, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(15);
  });
});

describe('native name in a stamp only where it fits', () => {
  it('leaves a long native name out of the stamp, whole, and keeps the Latin name', async () => {
    const { world } = await fixture();
    const o = world.offices.sprachschule;
    const long: Holder = { ...world.holder, givenNameNative: 'محمدرضا عبدالكريم حسن', familyNameNative: 'الحسيني الموسوي عبدالله' };
    const s = issueStamp({ holder: long, issuedAt: NOW, entry: world.stamps[1]!.claims.entry }, o.keys, o.certificate);
    expect(encodeCbor(stampToCbor(s)).length).toBeLessThanOrEqual(MAX_STAMP_WITH_NATIVE_NAME);
    expect(s.claims.holder).not.toHaveProperty('givenNameNative');
    expect(s.claims.holder).not.toHaveProperty('familyNameNative');
    expect(s.claims.holder.givenName).toBe(world.holder.givenName);
  });
});
