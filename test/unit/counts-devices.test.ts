// Counts per device (issue 17): the devices of one office add up; a re-export of one device
// replaces only that device's months; an export from before devices is the first device's.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { buildCounts, languageByMonthAndLevel, planningCsv, mergeCounts, parseCounts, CountsError, type CountsExport, type Entry } from '../../src/core';
import { BbpassDb } from '../../src/storage/db';
import { importCounts, mergedCounts } from '../../src/storage/coordinator/coordinator-counts';
import { NOW } from './support';

const DAY = 86_400;
const office = { id: 'a1b2c3d4e5f60718', name: 'VHS Dachau', kind: 'volkshochschule' };
const theke = { id: office.id, label: 'Theke 1' };
const tablet = { id: '0f0e0d0c0b0a0908', label: 'Tablet Raum 2' };
const b1: Entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'completed', units: 100 };
const exportOf = (device: CountsExport['device'], generatedAt: number, stamps: number): CountsExport =>
  buildCounts(Array.from({ length: stamps }, (_, i) => ({ issuedAt: NOW - DAY - i * 60, entry: b1 })), { district: '09174', office, ...(device ? { device } : {}), generatedAt, months: ['2026-09'] });

describe('counts: several devices of one office', () => {
  it('adds the devices of an office; the month total is the sum', () => {
    const merged = mergeCounts([exportOf(theke, NOW, 4), exportOf(tablet, NOW, 3)]);
    expect(languageByMonthAndLevel(merged).at('2026-09', 'B1')).toBe(7);
    // What is published is district-wide: the devices add up and neither office nor device is named.
    expect(planningCsv(merged)).toContain(';Integrationskurs;B1;September 2026;7\r\n');
    expect(planningCsv(merged)).not.toMatch(/Theke|Tablet|VHS/);
  });

  it('storage: a re-export of one device replaces only that device\'s month and says so', async () => {
    const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    expect(await importCounts(db, JSON.stringify(exportOf(theke, NOW - 60, 4)), NOW)).toMatchObject({ device: 'Theke 1', addedMonths: ['2026-09'], replacedMonths: [] });
    expect(await importCounts(db, JSON.stringify(exportOf(tablet, NOW - 60, 3)), NOW)).toMatchObject({ device: 'Tablet Raum 2', addedMonths: ['2026-09'], replacedMonths: [] });
    expect(await importCounts(db, JSON.stringify(exportOf(tablet, NOW, 5)), NOW)).toMatchObject({ addedMonths: [], replacedMonths: [{ month: '2026-09', previousAt: NOW - 60 }] });
    expect(await importCounts(db, JSON.stringify(exportOf(tablet, NOW - 60, 3)), NOW)).toMatchObject({ keptMonths: ['2026-09'], replacedMonths: [] });
    expect(languageByMonthAndLevel(await mergedCounts(db)).at('2026-09', 'B1')).toBe(9);
  });

  it('reads an export without a device as the office\'s first device (its newer export replaces it)', async () => {
    const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const legacy = JSON.parse(JSON.stringify(exportOf(undefined, NOW - 60, 2)));
    expect(legacy.device).toBeUndefined();
    await importCounts(db, JSON.stringify(legacy), NOW);
    expect(await importCounts(db, JSON.stringify(exportOf(theke, NOW, 4)), NOW)).toMatchObject({ replacedMonths: [{ month: '2026-09', previousAt: NOW - 60 }] });
    expect(languageByMonthAndLevel(await mergedCounts(db)).at('2026-09', 'B1')).toBe(4);
  });

  it('refuses a device label with control or bidi characters, and unknown device fields', () => {
    const text = (device: unknown) => JSON.stringify({ ...exportOf(theke, NOW, 1), device });
    expect(() => parseCounts(text({ id: tablet.id, label: 'Tablet\u202Eevil' }))).toThrow(CountsError);
    expect(() => parseCounts(text({ id: tablet.id, label: 'x'.repeat(41) }))).toThrow(CountsError);
    expect(() => parseCounts(text({ id: tablet.id, serial: '123' }))).toThrow(/unknown field serial/);
    expect(() => parseCounts(text({ id: 'not an id!' }))).toThrow(/bad device id/);
    expect(parseCounts(text(tablet)).device).toEqual(tablet);
  });
});
