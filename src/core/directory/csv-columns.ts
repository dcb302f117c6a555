// The German column headers of the Wegweiser spreadsheet and how each maps to an offer field.
// Headers are matched ignoring case and surrounding space; "Beschreibung (ar)" and the other
// per-language columns take any language tag in parentheses.
import { DIRECTORY_CATEGORIES, type DirectoryCategory } from './types';

/** One-value and list columns: header → offer field path (lists are split at commas). */
export const CSV_COLUMNS: Readonly<Record<string, string>> = {
  id: 'id',
  kategorie: 'category',
  name: 'name',
  träger: 'provider',
  gemeinde: 'places',
  straße: 'address.street',
  plz: 'address.postcode',
  ort: 'address.city',
  raum: 'address.room',
  telefon: 'phone',
  'e-mail': 'email',
  webseite: 'website',
  'nächster start': 'starts',
  sprachen: 'languages',
  suchwörter: 'keywords',
};

/** Per-language columns: "Beschreibung (en)" → description.en; without a tag the text is German. */
export const CSV_TEXT_COLUMNS: Readonly<Record<string, string>> = {
  beschreibung: 'description',
  zielgruppe: 'targetGroup',
  öffnungszeiten: 'hours',
  barrierefreiheit: 'accessibility',
};

/** Fields whose cell is a comma-separated list. */
export const CSV_LIST_FIELDS: ReadonlySet<string> = new Set(['places', 'starts', 'languages', 'keywords']);

/** The headers of the template and of an export, in this order. */
export const CSV_HEADERS: readonly string[] = [
  'ID', 'Kategorie', 'Name', 'Träger', 'Gemeinde', 'Straße', 'PLZ', 'Ort', 'Raum', 'Telefon', 'E-Mail', 'Webseite', 'Nächster Start', 'Öffnungszeiten', 'Sprachen', 'Suchwörter',
  // The app's holder languages (src/ui/i18n/locales/languages.json); any other tag is read too.
  ...['de', 'en', 'fr', 'ar', 'prs', 'fa', 'ps', 'uk', 'ru', 'tr', 'kmr', 'ro', 'so', 'ti'].map((l) => `Beschreibung (${l})`),
];

/** The categories as the spreadsheet names them (German labels); the codes are accepted too. */
export const CSV_CATEGORY_LABELS: Readonly<Record<DirectoryCategory, string>> = {
  sprache: 'Sprache',
  beratung: 'Beratung',
  'bildung-ausbildung': 'Bildung & Ausbildung',
  'arbeit-anerkennung': 'Arbeit & Anerkennung',
  behoerden: 'Behörden',
  'alltag-familie': 'Alltag & Familie',
};

/** A category from a cell: its code or its German label, any case; undefined when it is neither. */
export function categoryOfCell(cell: string): DirectoryCategory | undefined {
  const c = cell.trim().toLowerCase();
  return DIRECTORY_CATEGORIES.find((k) => k === c || CSV_CATEGORY_LABELS[k].toLowerCase() === c);
}

/** The offer field a header names (e.g. `description.ar`), or undefined for an unknown header. */
export function fieldOfHeader(header: string): string | undefined {
  const h = header.trim().toLowerCase().replace(/\s+/g, ' ');
  if (CSV_COLUMNS[h]) return CSV_COLUMNS[h];
  const m = /^(.+?)\s*(?:\(([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\))?$/i.exec(h);
  const base = m && CSV_TEXT_COLUMNS[m[1]!];
  if (!base) return undefined;
  const tag = m[2] ? m[2].replace(/-([a-z0-9]+)$/i, (_, r: string) => `-${r.length === 2 ? r.toUpperCase() : r}`) : 'de';
  return `${base}.${tag}`;
}

/** The spreadsheet column an offer field path names (`places[2]` → Gemeinde, `description` → Beschreibung (de)): how screens name a field. */
export function columnOfField(path: string): string {
  const field = path.replace(/\[\d+\]$/, '');
  const header = CSV_HEADERS.find((h) => fieldOfHeader(h) === field) ?? CSV_HEADERS.find((h) => fieldOfHeader(h) === `${field}.de`);
  return header ?? field;
}
