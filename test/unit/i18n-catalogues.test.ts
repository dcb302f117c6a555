// Every catalogue against German: same keys (holder languages: every non-staff key), the same
// placeholder names, plural blocks with exactly the forms the language needs, nothing that steers
// the text direction; and the registry, the catalogue files and the German JSON agree.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/ui/i18n/de';
import { deOffice } from '../../src/ui/i18n/de-office';
import { deVerifier } from '../../src/ui/i18n/de-verifier';
import { deCoordinator } from '../../src/ui/i18n/de-coordinator';
import { enOffice } from '../../src/ui/i18n/en-office';
import { enVerifier } from '../../src/ui/i18n/en-verifier';
import { enCoordinator } from '../../src/ui/i18n/en-coordinator';
import { fill } from '../../src/ui/i18n/plural';
import { catalogue, catalogueCodes, GERMAN, LOCALES, registry, toJson } from '../../tools/i18n/catalogues';
import { checkCatalogue as check, mustFix } from '../../tools/i18n/check';

const STAFF = /^(office|verifier|coordinator)\./;
const CODES = catalogueCodes().filter((c) => c !== 'de');
const HOLDER_LANGS: Record<string, Record<string, string>> = Object.fromEntries(CODES.filter((c) => c !== 'en').map((c) => [c, catalogue(c)]));
const en = catalogue('en');
const [ar, ru, uk, tr] = ['ar', 'ru', 'uk', 'tr'].map(catalogue) as [Record<string, string>, Record<string, string>, Record<string, string>, Record<string, string>];
// The German reference: the holder catalogue and the staff areas' parts (loaded with each area).
const reference: Record<string, string> = { ...de, ...deOffice, ...deVerifier, ...deCoordinator };
const refKeys = Object.keys(reference);
const holderKeys = Object.keys(de);

function checkCatalogue(lang: string, messages: Record<string, string>, keys: string[]) {
  const { outdated: _, ...r } = check(lang, messages, reference, keys);
  expect(r, lang).toEqual({ missing: [], extra: [], placeholders: [], plurals: [], unsafe: [] });
}

describe('language registry', () => {
  it('lists exactly the languages that have a catalogue, German first, each once', () => {
    const codes = registry().map((l) => l.code);
    expect(codes[0]).toBe('de');
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(catalogueCodes());
  });
  it('marks every translation not reviewed by a native speaker with a note in its own language', () => {
    const lacking = registry().filter((l) => l.review === 'unreviewed' && !l.note?.trim());
    expect(lacking.map((l) => l.code)).toEqual([]);
    expect(registry().filter((l) => !['source', 'reviewed', 'unreviewed'].includes(l.review) || !['ltr', 'rtl'].includes(l.dir))).toEqual([]);
  });
  it('locales/de.json is de.ts as translation tools read it (npm run i18n -- sync)', () => {
    expect(readFileSync(`${LOCALES}de.json`, 'utf8')).toBe(toJson(GERMAN));
  });
});

describe('message catalogues', () => {
  it('German plural blocks are themselves complete', () => checkCatalogue('de', reference, refKeys));
  it('English has every key, staff areas included', () => checkCatalogue('en', { ...en, ...enOffice, ...enVerifier, ...enCoordinator }, refKeys));
  it('staff keys live only in the staff parts, so no holder language downloads them', () => {
    expect(holderKeys.filter((k) => STAFF.test(k))).toEqual([]);
    expect(Object.keys({ ...deOffice, ...deVerifier, ...deCoordinator }).filter((k) => !STAFF.test(k))).toEqual([]);
  });
  for (const [lang, messages] of Object.entries(HOLDER_LANGS)) {
    it(`${lang} has every holder key with German's placeholders and its own plural forms`, () => checkCatalogue(lang, messages, holderKeys));
    it(`${lang} translates no staff key (those stay German/English)`, () => expect(Object.keys(messages).filter((k) => STAFF.test(k))).toEqual([]));
  }
  it('no holder message advises switching demo mode on (DEMO is named only by the switch, its confirmation and the marking)', () => {
    // Only these keys may speak of DEMO at all; a refusal text that did ("switch on DEMO mode")
    // talked holders into trusting keys whose private halves are public.
    const allowed = /^(app\.demo|holder\.demoOn$|holder\.settings\.demo|holder\.verify\.demo$)/;
    const holderCatalogues: Record<string, Record<string, string>> = { de, en, ...HOLDER_LANGS };
    for (const [lang, messages] of Object.entries(holderCatalogues)) {
      expect(Object.keys(messages).filter((k) => !allowed.test(k) && /demo/i.test(messages[k]!)), lang).toEqual([]);
      expect(messages['holder.reason.unknown-issuer'], lang).not.toMatch(/demo/i);
    }
  });
  it('staff screens name entries with entry.* keys and borrow no holder.* key', () => {
    const uses = ['office', 'verifier', 'coordinator'].flatMap((role) => {
      const dir = new URL(`../../src/ui/${role}/`, import.meta.url);
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
      return files.flatMap((f) => [...readFileSync(new URL(f, dir), 'utf8').matchAll(/['`](holder\.[\w.$-]+)/g)].map((m) => `${role}/${f}: ${m[1]}`));
    });
    expect(uses).toEqual([]);
  });
  it('a catalogue with a missing key or a renamed placeholder is caught', () => {
    const broken = { ...tr } as Record<string, string>;
    delete broken['holder.home.title'];
    broken['holder.home.born'] = 'Doğum: {tarih}';
    broken['holder.extra'] = 'fazla';
    broken['holder.home.staff'] = 'Kurum \u202etersine';
    const r = check('tr', broken, reference, holderKeys);
    expect([r.missing, r.extra, r.placeholders, r.unsafe]).toEqual([['holder.home.title'], ['holder.extra'], ['holder.home.born'], ['holder.home.staff']]);
    expect(mustFix(r)).toBe(true);
  });
});

describe('plural and number filling', () => {
  const entries = de['holder.entries.more'];
  it('picks German one/other', () => {
    expect(fill('de', entries, { n: 1 })).toBe('Weitere 1 Eintrag zeigen');
    expect(fill('de', entries, { n: 5 })).toBe('Weitere 5 Einträge zeigen');
  });
  it('picks Russian and Ukrainian one/few/many', () => {
    expect([1, 3, 5, 21].map((n) => fill('ru', ru['holder.directory.count']!, { n }))).toEqual(['1 предложение', '3 предложения', '5 предложений', '21 предложение']);
    expect([1, 2, 11].map((n) => fill('uk', uk['holder.directory.count']!, { n }))).toEqual(['1 пропозиція', '2 пропозиції', '11 пропозицій']);
  });
  it('picks Arabic forms with the number formatted for Arabic (# inside the form)', () => {
    const num = (n: number) => new Intl.NumberFormat('ar').format(n);
    expect(fill('ar', ar['holder.directory.count']!, { n: 2 })).toBe('عرضان');
    expect(fill('ar', ar['holder.directory.count']!, { n: 5 })).toBe(`${num(5)} عروض`);
    expect(fill('ar', ar['holder.directory.count']!, { n: 11 })).toBe(`${num(11)} عرضًا`);
  });
  it('leaves string values as given and unknown placeholders visible', () => {
    expect(fill('de', 'Geboren: {date} {x}', { date: '3. März 2007' })).toBe('Geboren: 3. März 2007 {x}');
  });
});
