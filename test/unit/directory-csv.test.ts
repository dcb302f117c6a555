// The Wegweiser spreadsheet: German Excel's CSV (;, quotes, CRLF, Windows-1252 or UTF-8 with BOM)
// read within bounds, every broken row named by row and column, the valid rows kept apart, and
// the CLI's import. The fixture is fictional test data: 40 offers, 7 rows broken on purpose.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeSpreadsheet, importOffersCsv, offersCsv, parseCsv, parseDirectory, searchOffers, type Offer } from '../../src/core';

const FIXTURE = fileURLToPath(new URL('../fixtures/wegweiser-40-cp1252.csv', import.meta.url));
const BBPASS = fileURLToPath(new URL('../../src/cli/bbpass.mjs', import.meta.url));
const utf8 = (s: string) => new TextEncoder().encode(s);
const LIMITS = { bytes: 2_000_000, rows: 2001 };

describe('reading German Excel CSV', () => {
  it('decodes Windows-1252 with € „ “ – from 0x80–0x9F, and UTF-8 with or without a byte order mark', () => {
    expect(decodeSpreadsheet(Uint8Array.from([0x80, 0x20, 0x84, 0x61, 0x93, 0x20, 0x96, 0x20, 0xe4, 0xdf]))).toBe('€ „a“ – äß');
    expect(decodeSpreadsheet(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Straße €')]))).toBe('Straße €');
    expect(decodeSpreadsheet(utf8('Gemeinde;Röhrmoos'))).toBe('Gemeinde;Röhrmoos');
  });

  it('splits ; fields, quoted fields with ;, "" and line breaks, CRLF and a last empty line', () => {
    const r = parseCsv('a;b;c\r\n"x;y";"sagt ""hallo""";"eins\r\nzwei"\r\n\r\n', LIMITS);
    expect(r).toEqual({ ok: true, rows: [['a', 'b', 'c'], ['x;y', 'sagt "hallo"', 'eins\r\nzwei']] });
  });

  it('refuses a file over 2 MB, over 2,000 offers, or with a quote never closed, before reading on', () => {
    expect(importOffersCsv(new Uint8Array(2 * 1024 * 1024 + 1))).toEqual({ status: 'refused', problem: 'too-large' });
    const many = `Kategorie;Name;Beschreibung (de)\r\n${'Sprache;Kurs;Text\r\n'.repeat(2001)}`;
    expect(importOffersCsv(utf8(many))).toEqual({ status: 'refused', problem: 'too-many-rows' });
    expect(importOffersCsv(utf8('Kategorie;Name;Beschreibung (de)\r\nSprache;"Kurs;Text\r\n'))).toEqual({ status: 'refused', problem: 'unclosed-quote' });
  });
});

describe('importing the offers spreadsheet', () => {
  const result = importOffersCsv(readFileSync(FIXTURE));

  it('names every broken row of the 40-offer Windows-1252 file by row and column', () => {
    expect(result.status).toBe('read');
    if (result.status !== 'read') return;
    expect(result.rows).toBe(40);
    expect(result.problems).toEqual([
      { row: 7, column: 'Gemeinde', code: 'unknown-place' },
      { row: 12, column: 'Telefon', code: 'bad-phone' },
      { row: 18, column: 'Kategorie', code: 'unknown-category' },
      { row: 25, column: 'Nächster Start', code: 'bad-date' },
      { row: 31, column: 'Beschreibung (de)', code: 'no-german' },
      { row: 36, column: 'ID', code: 'duplicate-id' },
      { row: 40, column: 'E-Mail', code: 'bad-email' },
    ]);
    expect(result.offers).toHaveLength(33);
  });

  it('keeps the text as Excel wrote it: Windows-1252 characters, quotes and a line break inside a cell', () => {
    if (result.status !== 'read') throw new Error('refused');
    const first = result.offers[0]!;
    expect(first).toMatchObject({ id: 'test-01', category: 'sprache', name: 'Testangebot 01 – Sprache', places: ['Karlsfeld'], starts: ['2027-03-02'] });
    expect(first.description.de).toBe('Fiktives Angebot „1“ für die Tests; Gebühr 10 €.');
    expect(result.offers[2]!.description.de).toBe('Mehrzeilig:\nzweite Zeile mit "Zitat"');
    expect(result.offers[4]!.places).toEqual(['Dachau', 'Karlsfeld']);
    expect(searchOffers(result.offers, 'karlsfeld').map((o) => o.id)).toEqual(['test-01', 'test-05', 'test-09', 'test-25', 'test-26', 'test-33']);
  });

  it('reads back its own template and exports (UTF-8 with BOM), German dates and category labels included', () => {
    if (result.status !== 'read') throw new Error('refused');
    const again = importOffersCsv(utf8(offersCsv(result.offers)));
    expect(again).toMatchObject({ status: 'read', problems: [] });
    expect(again.status === 'read' && again.offers).toEqual(result.offers);
  });

  it('refuses unknown and missing columns before any row', () => {
    const r = importOffersCsv(utf8('Name;Farbe;Beschreibung (de)\r\nKurs;rot;Text\r\n'));
    expect(r).toEqual({ status: 'read', rows: 1, offers: [], problems: [{ row: 1, column: 'Farbe', code: 'unknown-column' }, { row: 1, column: 'Kategorie', code: 'missing-column' }] });
  });

  it('refuses hostile text in a cell (a bidi override) at its row and column', () => {
    const r = importOffersCsv(utf8('Kategorie;Name;Beschreibung (de)\r\nSprache;Kurs \u202Eevil;Text\r\n'));
    expect(r).toMatchObject({ status: 'read', offers: [], problems: [{ row: 2, column: 'Name', code: 'bad-text' }] });
  });
});

describe('bbpass directory import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bbpass-csv-'));
  const run = (...args: string[]) => spawnSync(process.execPath, [BBPASS, 'directory', 'import', ...args], { encoding: 'utf8' });

  it('exits 1 with every broken row in German and writes nothing', () => {
    const out = join(dir, 'broken.json');
    const r = run(FIXTURE, '--out', out);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('7 Fehler in 40 Zeilen, nichts geschrieben');
    expect(r.stdout).toContain('Zeile 7, Spalte „Gemeinde“: keine Gemeinde des Landkreises [unknown-place]');
    expect(r.stdout).toContain('Zeile 40, Spalte „E-Mail“: keine E-Mail-Adresse [bad-email]');
    expect(existsSync(out)).toBe(false);
  });

  it('writes a directory file the app accepts from a clean spreadsheet', () => {
    const result = importOffersCsv(readFileSync(FIXTURE));
    const clean = join(dir, 'clean.csv');
    writeFileSync(clean, offersCsv(result.status === 'read' ? result.offers : ([] as Offer[])));
    const out = join(dir, 'offers.json');
    const r = run(clean, '--out', out, '--district', 'Landkreis Dachau');
    expect(r.status, r.stderr).toBe(0);
    const parsed = parseDirectory(readFileSync(out, 'utf8'));
    expect(parsed.ok && parsed.directory).toMatchObject({ version: 2, district: 'Landkreis Dachau', sample: false });
    expect(parsed.ok && parsed.directory.offers).toHaveLength(33);
  });
});
