// Two languages side by side (ui/entry/beside.ts): an entry's rows in the holder's language and
// in German, matched field by field, each text with the lang and dir it is shown with.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core';
import { translator } from '../../src/ui/i18n';
import { de } from '../../src/ui/i18n/de';
import ar from '../../src/ui/i18n/locales/ar.json';
import ru from '../../src/ui/i18n/locales/ru.json';
import { pair, pairRow, pairRows, pairTitle, type Side } from '../../src/ui/entry/beside';
import { besideShown } from '../../src/ui/holder/beside-setting';

const german: Side = { lang: 'de', t: translator('de', de) };
const arabic: Side = { lang: 'ar', t: translator('ar', ar) };
const russian: Side = { lang: 'ru', t: translator('ru', ru) };

const kurs: Entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'exam-passed', certificate: 'telc B1', units: 1200, from: '2026-01-05', to: '2026-06-30' };
const beratung: Entry = { type: 'beratung', topics: ['other', 'school'], date: '2026-03-02' };

describe('two languages side by side', () => {
  it('pairs every field of an entry with its German twin, in the table order, each side with its own lang and dir', () => {
    const rows = pairRows(arabic, german, kurs);
    expect(rows.map((r) => r.field)).toEqual(['course', 'level', 'status', 'certificate', 'units', 'from', 'to']);
    const course = rows[0]!;
    expect(course.label.second).toEqual({ text: 'Kursart', lang: 'de', dir: 'ltr' });
    expect(course.value.second).toEqual({ text: 'Integrationskurs', lang: 'de', dir: 'ltr' });
    expect(course.label.first).toEqual({ text: ar['entry.field.course'], lang: 'ar', dir: 'rtl' });
    expect(course.value.first.text).toBe(ar['entry.course.integrationskurs']);
    expect(rows.find((r) => r.field === 'status')!.value.second.text).toBe('Prüfung bestanden');
    // Numbers and dates in each language's own way; free text as the office wrote it, on both sides.
    expect(rows.find((r) => r.field === 'units')!.value.second.text).toBe('1.200');
    expect(rows.find((r) => r.field === 'to')!.value.second.text).toBe('30.06.2026');
    expect(rows.find((r) => r.field === 'certificate')!.value).toMatchObject({ first: { text: 'telc B1' }, second: { text: 'telc B1' } });
  });

  it('names the topics of a Beratung in both languages, "Sonstiges" last on both sides', () => {
    const [topics] = pairRows(german, russian, beratung);
    expect(topics!.value.first.text).toBe('Schule · Sonstiges');
    expect(topics!.value.second).toEqual({ text: `${ru['entry.topic.school']} · ${ru['entry.topic.other']}`, lang: 'ru', dir: 'ltr' });
  });

  it('puts German first for staff and second for the holder, whichever side leads', () => {
    const staff = pairTitle(german, arabic, kurs);
    const holder = pairTitle(arabic, german, kurs);
    expect(staff.first).toEqual(holder.second);
    expect(staff.second).toEqual(holder.first);
    expect(staff.first.text).toBe('Sprachkurs: Integrationskurs · B1 · Prüfung bestanden');
    expect(staff.second.dir).toBe('rtl');
  });

  it('makes rows and texts beyond the entry fields in both languages', () => {
    expect(pair(arabic, german, (s) => s.t('holder.entry.office'))).toEqual({
      first: { text: ar['holder.entry.office'], lang: 'ar', dir: 'rtl' },
      second: { text: 'Stelle', lang: 'de', dir: 'ltr' },
    });
    const row = pairRow(arabic, german, 'office', (s) => s.t('holder.entry.office'), () => 'VHS Dachau');
    expect(row.value.first.text).toBe('VHS Dachau');
    expect(row.value.second.text).toBe('VHS Dachau');
  });
});

describe('German beside on the holder screens', () => {
  it('shows German beside any language on request, never beside German itself', () => {
    expect(besideShown('ar', true)).toBe(true);
    expect(besideShown('ar', false)).toBe(false);
    expect(besideShown('de', true)).toBe(false);
  });
});
