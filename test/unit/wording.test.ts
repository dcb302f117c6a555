// Wording seen on screens (issue 19, item 5): counts with nouns take their plural from the
// number, dates stay Gregorian in every language, the "Gültig: x von y" line's icon follows
// the numbers, and a DEMO district is marked in the screen's language.
import { describe, expect, it } from 'vitest';
import { de } from '../../src/ui/i18n/de';
import { deVerifier } from '../../src/ui/i18n/de-verifier';
import { deCoordinator } from '../../src/ui/i18n/de-coordinator';
import { deCoordinatorWegweiser } from '../../src/ui/i18n/de-coordinator-wegweiser';
import { enVerifier } from '../../src/ui/i18n/en-verifier';
import { enCoordinator } from '../../src/ui/i18n/en-coordinator';
import { enCoordinatorWegweiser } from '../../src/ui/i18n/en-coordinator-wegweiser';
import { fill } from '../../src/ui/i18n/plural';
import { translator, type Messages } from '../../src/ui/i18n';
import { formatDateTime, formatDay, formatPartialDate, formatPeriod } from '../../src/ui/kit/format';
import { countTone } from '../../src/ui/verifier/count-tone';
import { districtName } from '../../src/ui/entry/district-name';
import { catalogue, catalogueCodes } from '../../tools/i18n/catalogues';

const deStaff: Record<string, string> = { ...deVerifier, ...deCoordinator, ...deCoordinatorWegweiser };
const enStaff: Record<string, string> = { ...enVerifier, ...enCoordinator, ...enCoordinatorWegweiser };

describe('counts with a noun take the plural form the number asks for', () => {
  const cases: [string, Record<string, number>, string, string][] = [
    ['verifier.summary.counsellingValue', { count: 1 }, '1 Beratungskontakt', '1 counselling contact'],
    ['verifier.summary.counsellingValue', { count: 3 }, '3 Beratungskontakte', '3 counselling contacts'],
    ['verifier.result.counts', { valid: 1, total: 1 }, 'Gültig: 1 von 1 Eintrag', 'Valid: 1 of 1 entry'],
    ['verifier.result.counts', { valid: 0, total: 2 }, 'Gültig: 0 von 2 Einträgen', 'Valid: 0 of 2 entries'],
    ['verifier.result.demoCounts', { demo: 1, total: 1 }, 'DEMO – gültig nur zur Vorführung: 1 von 1 Eintrag', 'DEMO – valid for demonstration only: 1 of 1 entry'],
    ['verifier.scan.rate', { fps: 1 }, 'Empfangen mit 1 Bild pro Sekunde', 'Receiving 1 frame per second'],
    ['verifier.scan.done', { received: 1 }, 'Fertig: alle Daten empfangen (1 Bild). Wird geprüft …', 'Done: all data received (1 frame). Checking …'],
    ['verifier.scan.cleared', { minutes: 1 }, 'Das letzte Ergebnis wurde nach 1 Minute ohne Eingabe gelöscht.', 'The last result was cleared after 1 minute without input.'],
    ['verifier.trust.old', { days: 1 }, 'Älter als 1 Tag – bitte eine neuere Liste einspielen.', 'Older than 1 day – please import a newer list.'],
    ['coordinator.qr.frame', { n: 1, total: 1 }, 'Bild 1 – die Kamera braucht etwa 1 Bild, in beliebiger Reihenfolge', 'Frame 1 – the camera needs about 1 frame, in any order'],
    ['coordinator.wegweiser.import.onlyValid', { n: 1 }, 'Nur die eine gültige Zeile übernehmen', 'Import only the 1 valid row'],
  ];
  for (const [key, params, german, english] of cases) {
    it(`${key} ${JSON.stringify(params)}`, () => {
      expect(fill('de', deStaff[key]!, params)).toBe(german);
      expect(fill('en', enStaff[key]!, params)).toBe(english);
    });
  }
  it('the internship line and the memory note', () => {
    expect(fill('de', deVerifier['verifier.summary.internship'], { occupation: 'O', employer: 'E', period: 'P', days: 1, hours: '' })).toBe('O, E: P (1 Tag)');
    expect(fill('en', enVerifier['verifier.summary.internship'], { occupation: 'O', employer: 'E', period: 'P', days: 1, hours: '' })).toBe('O, E: P (1 day)');
    expect(fill('de', deVerifier['verifier.result.memoryOnly'], { minutes: 1 })).toMatch(/nach 1 Minute ohne/);
    expect(fill('en', enVerifier['verifier.result.envelope.stale'], { time: 'T', minutes: 1 })).toMatch(/older than 1 minute\. /);
    expect(fill('de', deCoordinatorWegweiser['coordinator.wegweiser.import.problems'], { n: 1, rows: 1 })).toBe('Die Datei hat 1 Fehler in 1 Zeile. Es wurde nichts übernommen.');
  });
  it('the holder’s speed reads "1 frame per second" in every language that inflects', () => {
    const one: Record<string, string> = { de: '1 Bild pro Sekunde', en: '1 frame per second', fr: '1 image par seconde', ru: '1 кадр в секунду', uk: '1 кадр за секунду', ro: 'o imagine pe secundă' };
    for (const [lang, text] of Object.entries(one)) expect(fill(lang, (lang === 'de' ? de : catalogue(lang))['holder.present.speed']!, { fps: 1 }), lang).toBe(text);
    expect(fill('ru', catalogue('ru')['holder.present.speed']!, { fps: 5 })).toBe('5 кадров в секунду');
  });
  it('where Intl puts 0 in "one" (fa, prs, ti, fr), every plural block still shows the number for 0', () => {
    for (const lang of catalogueCodes().filter((l) => new Intl.PluralRules(l).select(0) === 'one')) {
      const zero = new Intl.NumberFormat(lang).format(0);
      const messages = lang === 'de' ? de : catalogue(lang);
      for (const [key, text] of Object.entries(messages)) {
        if (!/\{\w+:[^{}]*one=/.test(text)) continue;
        const names = [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]!);
        expect(fill(lang, text, Object.fromEntries(names.map((n) => [n, 0]))), `${lang} ${key}`).toContain(zero);
      }
    }
  });
});

describe('dates are Gregorian in every language (German papers are)', () => {
  for (const lang of ['fa', 'prs', 'ps', 'ar', 'de']) {
    it(lang, () => {
      const year = new Intl.NumberFormat(lang, { useGrouping: false }).format(2026);
      expect(formatDay(lang, '2026-12-03')).toContain(year);
      expect(formatPartialDate(lang, '2026-12')).toContain(year);
      expect(formatPeriod(lang, '2026-12-01', '2026-12-03')).toContain(year);
      expect(formatDateTime(lang, Date.UTC(2026, 11, 3, 12) / 1000)).toContain(year);
      expect(formatDay(lang, '2026-12-03')).not.toMatch(/1405|۱۴۰۵/);
    });
  }
});

describe('the valid count’s tone follows the numbers', () => {
  it('all valid is good, some is a warning, none is a problem', () => {
    expect(countTone(2, 2, 0)).toBe('good');
    expect(countTone(1, 2, 0)).toBe('warning');
    expect(countTone(0, 2, 0)).toBe('problem');
    expect(countTone(0, 0, 0)).toBe('problem');
    expect(countTone(2, 2, 1)).toBe('warning');
  });
});

describe('DEMO districts are marked in the screen’s language', () => {
  const name = 'DEMO Landkreis Dachau — not for production';
  const tr = (lang: string, messages: Partial<Messages>) => translator(lang, messages);
  it('German and Arabic screens carry no English mark; a real district shows as signed', () => {
    expect(districtName(tr('de', de), { name, demo: true })).toBe('\u2068DEMO Landkreis Dachau\u2069 – nicht für den Echtbetrieb');
    const ar = districtName(tr('ar', catalogue('ar') as Partial<Messages>), { name, demo: true });
    expect(ar).not.toMatch(/production/);
    expect(ar).toContain('\u2068DEMO Landkreis Dachau\u2069');
    expect(districtName(tr('de', de), { name: 'Landkreis X — not for production' })).toBe('Landkreis X — not for production');
  });
});
