// How an entry is named and shown (ui/entry): the title line and the detail rows, with the
// labels, order and values the holder, the verifier and the office's review all show.
import { describe, expect, it } from 'vitest';
import { ENTRY_FIELDS, type Entry, type FieldSpec } from '../../src/core';
import { de } from '../../src/ui/i18n/de';
import { translator } from '../../src/ui/i18n';
import { entryRows, entryTitle } from '../../src/ui/entry/entry-text';

const t = translator('de', de);
const rows = (entry: Entry) => entryRows(t, 'de', entry).map((r) => [r.label, r.value]);

describe('entry rows', () => {
  it('lists every field of a Sprachkurs in the table order, codes named, the level as written', () => {
    const entry: Entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', module: 'Modul 4', status: 'exam-passed', certificate: 'telc B1', units: 1200, from: '2026-01-05', to: '2026-06-30' };
    expect(rows(entry)).toEqual([
      ['Kursart', 'Integrationskurs'],
      ['Niveau', 'B1'],
      ['Modul', 'Modul 4'],
      ['Stand', 'Prüfung bestanden'],
      ['Zertifikat', 'telc B1'],
      ['Unterrichtseinheiten', '1.200'],
      ['Von', '05.01.2026'],
      ['Bis', '30.06.2026'],
    ]);
  });

  it('leaves empty fields out and joins topics with a middle dot, in the order given', () => {
    const entry: Entry = { type: 'beratung', topics: ['school', 'labour-market'], date: '2026-03-02', nextAppointment: '2026-04-01' };
    expect(rows(entry)).toEqual([
      ['Themen', 'Schule · Arbeit und Arbeitssuche'],
      ['Datum', '02.03.2026'],
      ['Nächster Termin', '01.04.2026'],
    ]);
  });

  it('names needs with their target level or field, "Sonstiges" last (also among topics)', () => {
    const entry: Entry = { type: 'beratung', topics: ['other', 'recognition'], date: '2026-03-02', needs: [{ need: 'other' }, { need: 'integrationskurs', level: 'B1' }, { need: 'recognition' }, { need: 'praktikum', field: 'Pflege' }] };
    expect(rows(entry)).toEqual([
      ['Themen', 'Anerkennung von Abschlüssen · Sonstiges'],
      ['Datum', '02.03.2026'],
      ['Nächste Schritte (Bedarf)', 'Integrationskurs, Ziel B1 · Anerkennung von Abschlüssen · Praktikum: Pflege · Sonstiges'],
    ]);
  });

  it('shows a Praktikum and a Weiterbildung field by field', () => {
    const praktikum: Entry = { type: 'praktikum', employer: 'Bäckerei Huber', occupation: 'Verkauf', from: '2026-05-01', to: '2026-05-31', hoursPerWeek: 20, assessment: 'pünktlich' };
    expect(rows(praktikum)).toEqual([
      ['Betrieb', 'Bäckerei Huber'],
      ['Beruf oder Bereich', 'Verkauf'],
      ['Von', '01.05.2026'],
      ['Bis', '31.05.2026'],
      ['Stunden pro Woche', '20'],
      ['Beurteilung', 'pünktlich'],
    ]);
    const weiterbildung: Entry = { type: 'weiterbildung', title: 'Staplerschein', provider: 'VHS', units: 16, result: 'bestanden' };
    expect(rows(weiterbildung)).toEqual([
      ['Titel', 'Staplerschein'],
      ['Anbieter', 'VHS'],
      ['Unterrichtseinheiten', '16'],
      ['Ergebnis', 'bestanden'],
    ]);
  });

  it('has a label for every field of the format table and a name for every translated code', () => {
    for (const [type, specs] of Object.entries(ENTRY_FIELDS)) {
      const entry = Object.fromEntries([['type', type], ...specs.map((s) => [s.name, sample(s.kind)])]) as Entry;
      const shown = rows(entry);
      expect(shown.length, type).toBe(specs.length);
      expect(JSON.stringify(shown), type).not.toMatch(/(holder|entry)\.(field|course|status|topic|need|type)\./);
    }
  });
});

describe('entry title', () => {
  it('names each type in one line', () => {
    expect(entryTitle(t, { type: 'sprachkurs', course: 'berufssprachkurs', module: 'B2 Beruf', status: 'enrolled' })).toBe('Berufssprachkurs · B2 Beruf · Angemeldet');
    expect(entryTitle(t, { type: 'beratung', topics: ['recognition', 'other'], date: '2026-03-02' })).toBe('Anerkennung von Abschlüssen · Sonstiges');
    expect(entryTitle(t, { type: 'praktikum', employer: 'Huber', occupation: 'Verkauf', from: '2026-05-01', to: '2026-05-31' })).toBe('Verkauf · Huber');
    expect(entryTitle(t, { type: 'weiterbildung', title: 'Staplerschein' })).toBe('Staplerschein');
  });
});

/** A valid value of a field kind, to fill one field at a time. */
function sample(kind: FieldSpec['kind']): unknown {
  switch (kind.t) {
    case 'code':
      return kind.list.names[0];
    case 'codes':
      return [...kind.list.names];
    case 'text':
      return 'x';
    case 'uint':
      return 1;
    case 'date':
      return '2026-01-01';
    case 'needs':
      return [{ need: 'berufssprachkurs', level: 'B2' }];
  }
}
