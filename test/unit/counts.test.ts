// The anonymous counts: an office export holds no personal data (the format has no field for it
// and the parser refuses unknown fields), and merging counts each office and month once.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  buildCounts, counsellingByTopic, countsCsv, demoEntries, internshipsByMonth, languageByMonthAndLevel, mergeCounts, parseCounts, CountsError,
  type CountsExport, type Entry,
} from '../../src/core';
import { BbpassDb } from '../../src/storage/db';
import { importCounts, mergedCounts } from '../../src/storage/coordinator/coordinator-counts';
import { NOW } from './support';

const DAY = 86_400;
const office = { id: 'vhs-1', name: 'VHS Dachau', kind: 'volkshochschule' };
const sk = (level: 'A1' | 'B1', status: 'completed' | 'enrolled' = 'completed'): Entry => ({ type: 'sprachkurs', course: 'integrationskurs', level, status, units: 100 });

function exportOf(generatedAt: number, issued: Array<[number, Entry]>, months = ['2026-08', '2026-09']): CountsExport {
  return buildCounts(issued.map(([issuedAt, entry]) => ({ issuedAt, entry })), { district: '09174', office, generatedAt, months });
}

describe('counts export: no personal data', () => {
  it('an export of real stamps holds none of the names, notes, employers or dates written in them', () => {
    const e = buildCounts(demoEntries(NOW).map(([, entry], i) => ({ issuedAt: NOW - i * DAY, entry })), { district: 'demo', office, generatedAt: NOW, months: ['2026-09'] });
    const text = JSON.stringify(e);
    for (const personal of ['Amina', 'Beispiel', 'Anerkennung', 'IQ', 'Gärtnerei', 'Gärtner', 'zuverlässig', 'DTZ', 'Modul 3', 'Computerkurs', '2026-09-1']) {
      expect(text).not.toContain(personal);
    }
    expect(parseCounts(text)).toEqual(e);
  });

  it('the parser refuses any field it does not know, at every level', () => {
    const good = exportOf(NOW, [[NOW, sk('A1')]]);
    const add = (f: (o: Record<string, unknown> & { office: Record<string, unknown>; cells: Array<Record<string, unknown>> }) => void) => {
      const o = JSON.parse(JSON.stringify(good));
      f(o);
      return JSON.stringify(o);
    };
    expect(() => parseCounts(add((o) => (o.holders = ['Amina Beispiel'])))).toThrow(CountsError);
    expect(() => parseCounts(add((o) => (o.office.contact = 'a@b.de')))).toThrow(/unknown field contact/);
    expect(() => parseCounts(add((o) => (o.cells[0]!.name = 'Amina')))).toThrow(/unknown field name/);
    expect(() => parseCounts(add((o) => (o.cells[0]!.level = 'Amina')))).toThrow(/unknown code/);
    expect(() => parseCounts('not json')).toThrow(CountsError);
  });
});

describe('counts merge', () => {
  const old = exportOf(NOW - 20 * DAY, [[NOW - 40 * DAY, sk('A1')], [NOW - 30 * DAY, sk('A1')], [NOW - 5 * DAY, sk('B1')]]);
  const newer = exportOf(NOW, [[NOW - 5 * DAY, sk('B1')], [NOW - 4 * DAY, sk('B1')]], ['2026-09']);

  it('counts the same office and month once, the newer export winning that month (any order)', () => {
    for (const order of [[old, newer], [newer, old], [old, newer, old, newer]]) {
      const m = mergeCounts(order);
      const t = languageByMonthAndLevel(m);
      expect(t.rows).toEqual(['2026-08', '2026-09']);
      expect(t.at('2026-08', 'A1')).toBe(2);
      expect(t.at('2026-09', 'B1')).toBe(2);
      expect(t.total).toBe(4);
    }
  });

  it('tallies completed modules only, Beratung by topic and Praktika by month', () => {
    const e = exportOf(NOW, [
      [NOW, sk('A1', 'enrolled')],
      [NOW, { type: 'beratung', topics: ['recognition', 'school'], date: '2026-09-15' }],
      [NOW, { type: 'beratung', topics: ['recognition'], date: '2026-09-15' }],
      [NOW, { type: 'praktikum', employer: 'x', occupation: 'y', from: '2026-09-01', to: '2026-09-14' }],
    ]);
    const m = mergeCounts([e]);
    expect(languageByMonthAndLevel(m).total).toBe(0);
    expect(counsellingByTopic(m).at('recognition', 'count')).toBe(2);
    expect(counsellingByTopic(m).at('school', 'count')).toBe(1);
    expect(internshipsByMonth(m).at('2026-09', 'count')).toBe(1);
  });

  it('writes CSV for German Excel: BOM, semicolons, CRLF, quoted and formula-safe office names', () => {
    const e = buildCounts([{ issuedAt: NOW, entry: sk('B1') }], { district: '09174', office: { ...office, name: '=HYPERLINK("x";"VHS")' }, generatedAt: NOW, months: ['2026-09'] });
    const csv = countsCsv(mergeCounts([e]));
    expect(csv.startsWith('\uFEFFMonat;Landkreis;Büro-ID;Büro;Gerät-ID;Gerät;Art;')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe(`2026-09;09174;vhs-1;"'=HYPERLINK(""x"";""VHS"")";vhs-1;;sprachkurs;integrationskurs;B1;completed;;1;100;`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('storage: a re-import changes nothing, a newer export replaces its months, an older one keeps them', async () => {
    const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    expect(await importCounts(db, JSON.stringify(newer), NOW)).toMatchObject({ status: 'imported', months: 1, replaced: 0, keptNewer: 0 });
    expect(await importCounts(db, JSON.stringify(old), NOW)).toMatchObject({ status: 'imported', months: 2, replaced: 0, keptNewer: 1 });
    expect(await importCounts(db, JSON.stringify(newer), NOW)).toMatchObject({ keptNewer: 1 });
    expect(languageByMonthAndLevel(await mergedCounts(db)).total).toBe(4);
    const before = await db.counts.toArray();
    expect(await importCounts(db, '{"format":"bbpass-counts","version":1,"name":"Amina"}', NOW)).toMatchObject({ status: 'refused' });
    expect(await db.counts.toArray()).toEqual(before);
  });
});
