// The anonymous counts: an office export holds no personal data (the format has no field for it
// and the parser refuses unknown fields), and merging counts each office and month once.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  buildCounts, demoEntries, languageByMonthAndLevel, mergeCounts, monthOf, parseCounts, planningCsv, tally, CountsError,
  type CountsExport, type Entry, type Need,
} from '../../src/core';
import { BbpassDb } from '../../src/storage/db';
import { importCounts, mergedCounts } from '../../src/storage/coordinator/coordinator-counts';
import { NOW } from './support';
import { lastMonths } from '../../src/storage/office/office-log';

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
    const topics = tally(m, (c) => (c.topic ? [c.topic, 'count'] : undefined));
    expect(topics.at('recognition', 'count')).toBe(2);
    expect(topics.at('school', 'count')).toBe(1);
    expect(tally(m, (c) => (c.type === 'praktikum' ? [c.month, 'count'] : undefined)).at('2026-09', 'count')).toBe(1);
  });

  it('writes the published CSV in German for Excel: BOM, semicolons, CRLF, German months, no office names', () => {
    const e = buildCounts(Array.from({ length: 4 }, () => ({ issuedAt: NOW, entry: sk('B1') })), { district: '09174', office: { ...office, name: '=HYPERLINK("x";"VHS")' }, generatedAt: NOW, months: ['2026-09'] });
    const csv = planningCsv(mergeCounts([e]));
    expect(csv.startsWith('\uFEFFTabelle;Art;Niveau;Monat;Anzahl\r\n')).toBe(true);
    expect(csv).toContain('\r\nModule abgeschlossen;Integrationskurs;B1;September 2026;4\r\n');
    expect(csv).not.toContain('HYPERLINK');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('counts needs per month by kind and level, never a Praktikum field, and the parser checks them', () => {
    const b = (needs: Need[]): Entry => ({ type: 'beratung', topics: ['language-course-access'], date: '2026-09-01', needs });
    const e = buildCounts([b([{ need: 'integrationskurs', level: 'B1' }, { need: 'praktikum', field: 'Pflege' }]), b([{ need: 'integrationskurs', level: 'B1' }])].map((entry) => ({ issuedAt: NOW, entry })), { district: '09174', office, generatedAt: NOW, months: ['2026-09'] });
    expect(e.cells.filter((c) => c.need)).toEqual([
      { month: '2026-09', type: 'beratung', need: 'praktikum', count: 1 },
      { month: '2026-09', type: 'beratung', need: 'integrationskurs', level: 'B1', count: 2 },
    ]);
    expect(JSON.stringify(e)).not.toContain('Pflege');
    expect(parseCounts(JSON.stringify(e))).toEqual(e);
    const edit = (f: (c: Record<string, unknown>) => void) => {
      const o = JSON.parse(JSON.stringify(e));
      f(o.cells.find((c: Record<string, unknown>) => c.need === 'praktikum'));
      return JSON.stringify(o);
    };
    expect(() => parseCounts(edit((c) => (c.need = 'sprachkurs')))).toThrow(/unknown code/);
    expect(() => parseCounts(edit((c) => (c.level = 'B1')))).toThrow(/need with fields/);
    expect(() => parseCounts(edit((c) => (c.type = 'sprachkurs')))).toThrow(/need with fields/);
    expect(() => parseCounts(edit((c) => (c.field = 'Pflege')))).toThrow(/unknown field field/);
  });

  it('publishes no figure under 3 in the CSV: needs of 1 and 2 are hidden, and so is what would give them away', () => {
    const b = (level: 'A1' | 'B1' | 'B2'): Entry => ({ type: 'beratung', topics: ['language-course-access'], date: '2026-09-01', needs: [{ need: 'integrationskurs', level }] });
    const issued = [...Array(5).fill(b('A1')), b('B1'), ...Array(4).fill(b('B2'))].map((entry) => ({ issuedAt: NOW, entry }));
    const csv = planningCsv(mergeCounts([buildCounts(issued, { district: '09174', office, generatedAt: NOW, months: ['2026-09'] })]));
    const figures = csv.split('\r\n').slice(1, -1).map((l) => l.split(';'));
    expect(figures.every(([, , , , n]) => n === 'x' || Number(n) === 0 || Number(n) >= 3)).toBe(true);
    const demand = figures.filter(([table]) => table === 'Bedarf (Beratungen)').map(([, art, niveau, monat, n]) => `${art} ${niveau} ${monat} ${n}`);
    // B1 (1) is hidden; its row total equals it and is hidden too; B2 (4) is hidden so the month total (10) cannot give B1 away.
    expect(demand).toEqual([
      'Integrationskurs A1 September 2026 5', 'Integrationskurs A1 Summe 5',
      'Integrationskurs B1 September 2026 x', 'Integrationskurs B1 Summe x',
      'Integrationskurs B2 September 2026 x', 'Integrationskurs B2 Summe x',
      'Summe  September 2026 10', 'Summe  Summe 10',
    ]);
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

describe('counts months in German time (issue 17, item 4)', () => {
  it('counts a stamp of 00:30 on the 1st in Dachau in that month, not in the one before (UTC)', () => {
    expect(monthOf(Date.UTC(2026, 8, 30, 22, 30) / 1000)).toBe('2026-10'); // summer time: UTC+2
    expect(monthOf(Date.UTC(2026, 10, 30, 23, 30) / 1000)).toBe('2026-12'); // winter time: UTC+1
    expect(monthOf(Date.UTC(2026, 10, 30, 22, 59) / 1000)).toBe('2026-11');
  });

  it('offers the months up to the German month of now', () => {
    expect(lastMonths(Date.UTC(2026, 10, 30, 23, 30) / 1000, 3)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(lastMonths(Date.UTC(2026, 0, 15) / 1000, 2)).toEqual(['2025-12', '2026-01']);
  });
});
