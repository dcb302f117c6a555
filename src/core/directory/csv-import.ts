// Offers from a spreadsheet (German Excel CSV): each record becomes a candidate offer that the
// directory's own offer check judges, and every problem is reported at its spreadsheet row and
// column, so the coordinator can fix the file in Excel. Which valid rows to keep is the
// caller's choice (the app imports nothing from a broken file unless asked to keep the valid rows).
import { readSpreadsheet, type CsvFileProblem } from '../csv-read';
import { csvText } from '../csv';
import { CSV_HEADERS, CSV_LIST_FIELDS, CSV_CATEGORY_LABELS, categoryOfCell, fieldOfHeader } from './csv-columns';
import { DACHAU_PLACES } from './places';
import { checkOffer, isIsoDate } from './validate';
import { DIRECTORY_VERSION, type DirectoryProblemCode, type Offer } from './types';

/** Bounds of an offers spreadsheet: 2 MB and 2,000 offers (plus the header line). */
export const OFFERS_CSV_LIMITS = { bytes: 2 * 1024 * 1024, rows: 2001 } as const;

/** Why a cell or column is wrong: the directory's codes plus the spreadsheet's own. */
export type CsvProblemCode = DirectoryProblemCode | 'unknown-column' | 'duplicate-column' | 'missing-column';

/** One problem at a spreadsheet row (as Excel numbers it: the header is row 1) and column header. */
export interface CsvProblem {
  readonly row: number;
  readonly column: string;
  readonly code: CsvProblemCode;
}

/** What reading an offers spreadsheet found: the valid offers and every problem, or a refusal of the whole file. */
export type OffersCsvResult =
  | { readonly status: 'refused'; readonly problem: CsvFileProblem }
  | { readonly status: 'read'; readonly rows: number; readonly offers: readonly Offer[]; readonly problems: readonly CsvProblem[] };

const REQUIRED = ['category', 'name', 'description.de'];
// Our own exports defuse a leading = + - @ with an apostrophe for Excel (core/csv.ts): undo it.
const undefuse = (s: string) => (/^'[=+\-@]/.test(s) ? s.slice(1) : s);
// Dates as German Excel shows them (3.2.2027, 03.02.27 is not accepted: the century matters).
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** Reads an offers spreadsheet against the district's places; never throws. */
export function importOffersCsv(bytes: Uint8Array, places: readonly string[] = DACHAU_PLACES): OffersCsvResult {
  const read = readSpreadsheet(bytes, OFFERS_CSV_LIMITS);
  if (!read.ok) return { status: 'refused', problem: read.problem };
  const [header, ...records] = read.rows;
  const problems: CsvProblem[] = [];
  const fields = header!.map((h) => fieldOfHeader(h));
  fields.forEach((f, i) => {
    if (f === undefined) problems.push({ row: 1, column: header![i]!.trim(), code: 'unknown-column' });
    else if (fields.indexOf(f) !== i) problems.push({ row: 1, column: header![i]!.trim(), code: 'duplicate-column' });
  });
  for (const f of REQUIRED) if (!fields.includes(f)) problems.push({ row: 1, column: f === 'category' ? 'Kategorie' : f === 'name' ? 'Name' : 'Beschreibung (de)', code: 'missing-column' });
  if (problems.length) return { status: 'read', rows: records.length, offers: [], problems };
  // A whole missing text is reported at its German column ("description" → "Beschreibung (de)").
  const columnOf = (path: string) => {
    const field = path.replace(/\[\d+\]$/, '');
    return (header![fields.indexOf(field)] ?? header![fields.indexOf(`${field}.de`)])?.trim() ?? (field === 'id' ? 'ID' : field);
  };
  const context = { version: DIRECTORY_VERSION, places, ids: new Set<string>() };
  const offers: Offer[] = [];
  records.forEach((cells, r) => {
    const row = r + 2;
    const before = problems.length;
    const add = (path: string, code: CsvProblemCode) => void problems.push({ row, column: columnOf(path), code });
    if (cells.length > header!.length) add('', 'too-many');
    const offer = offerOfCells(cells, fields as string[]);
    checkOffer(offer, '', context, add);
    if (problems.length === before) offers.push(offer as unknown as Offer);
  });
  return { status: 'read', rows: records.length, offers, problems };
}

/** A candidate offer from spreadsheet cells and the fields their columns name (the offer check judges it). */
export function offerOfCells(cells: readonly string[], fields: readonly string[]): Record<string, unknown> {
  const offer: Record<string, unknown> = {};
  fields.forEach((field, i) => {
    const cell = undefuse((cells[i] ?? '').replace(/\r\n?/g, '\n').trim());
    if (cell === '') return;
    const [top, sub] = field.split('.') as [string, string | undefined];
    let value: unknown = cell;
    if (top === 'category') value = categoryOfCell(cell) ?? cell;
    else if (CSV_LIST_FIELDS.has(top)) value = cell.split(',').map((v) => v.trim()).filter(Boolean);
    // A date that is no date stays as written: the offer check reports it at its column.
    if (top === 'starts') value = (value as string[]).map((d) => isoOfGermanDate(d) ?? d);
    if (sub === undefined) offer[top] = value;
    else offer[top] = { ...(offer[top] as object | undefined), [sub]: value };
  });
  // A row without an ID gets one from its name, so a spreadsheet need not invent them.
  if (offer.id === undefined && typeof offer.name === 'string') offer.id = slug(offer.name);
  return offer;
}

/** A date as German Excel shows it (TT.MM.JJJJ) or YYYY-MM-DD, as YYYY-MM-DD; undefined when it is no date. */
export function isoOfGermanDate(cell: string): string | undefined {
  const m = GERMAN_DATE.exec(cell);
  const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : cell;
  return isIsoDate(iso) ? iso : undefined;
}

/** An id from a name: lower case a-z 0-9 and -, umlauts spelled out, at most 64 characters. */
export function slug(name: string): string {
  const s = name.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64).replace(/-+$/, '') || 'angebot';
}

/** Offers as a spreadsheet German Excel opens (the import reads it back): the template is one example offer. */
export function offersCsv(offers: readonly Offer[]): string {
  return csvText(CSV_HEADERS, offers.map(cellsOfOffer));
}

/** An offer's cells under CSV_HEADERS, as the spreadsheet (and the coordinator's form) shows them. */
export function cellsOfOffer(o: Offer): string[] {
  return CSV_HEADERS.map((h) => {
    const field = fieldOfHeader(h)!;
    if (field === 'category') return CSV_CATEGORY_LABELS[o.category];
    if (field === 'starts') return (o.starts ?? []).map((d) => d.split('-').reverse().join('.')).join(', ');
    const [top, sub] = field.split('.') as [keyof Offer, string | undefined];
    const value = o[top] as unknown;
    if (Array.isArray(value)) return value.join(', ');
    return (sub === undefined ? (value as string | undefined) : (value as Record<string, string> | undefined)?.[sub]) ?? '';
  });
}
