// `bbpass directory import FILE.csv --out offers.json [--district NAME]`: the district's offers
// spreadsheet (German Excel CSV) as the directory file `bbpass site --directory` takes. Every
// problem is printed in German with its row and column; a file with any problem writes nothing.
import { buildDirectory, directoryJson, importOffersCsv, type CsvProblemCode } from '../../core';
import { readFileSync } from 'node:fs';
import { parseArgs } from '../args';
import { CliError, shown, writeText } from '../io';

// German, like the spreadsheet and the coordinator screen the same rows are fixed in.
const WHY: Record<CsvProblemCode, string> = {
  'not-json': 'keine JSON-Datei',
  'not-an-object': 'kein JSON-Objekt',
  'wrong-format': 'falsches Format',
  'unsupported-version': 'Version wird nicht unterstützt',
  missing: 'fehlt',
  'wrong-type': 'leer oder ungültig',
  empty: 'leer',
  'unknown-field': 'unbekanntes Feld',
  'unknown-category': 'unbekannte Kategorie (Sprache, Beratung, Bildung & Ausbildung, Arbeit & Anerkennung, Behörden, Alltag & Familie)',
  'bad-id': 'ID nur aus a-z, 0-9 und -, höchstens 64 Zeichen',
  'duplicate-id': 'diese ID hat schon eine frühere Zeile',
  'no-german': 'der deutsche Text fehlt',
  'bad-language-tag': 'kein Sprachkürzel wie de, ar oder fa-AF',
  'bad-phone': 'keine Telefonnummer (Ziffern, Leerzeichen, ( ) / - und ein + am Anfang)',
  'bad-email': 'keine E-Mail-Adresse',
  'bad-website': 'keine Adresse mit https://',
  'bad-date': 'kein Datum (TT.MM.JJJJ)',
  'unknown-place': 'keine Gemeinde des Landkreises',
  duplicate: 'doppelt genannt',
  'too-long': 'zu lang',
  'too-many': 'zu viele Werte',
  'bad-text': 'enthält Steuer- oder unsichtbare Zeichen',
  'too-large': 'zu groß',
  'unknown-column': 'unbekannte Spalte',
  'duplicate-column': 'Spalte doppelt',
  'missing-column': 'Spalte fehlt',
};

const REFUSED = { 'too-large': 'die Datei ist größer als 2 MB', 'too-many-rows': 'die Datei hat mehr als 2.000 Angebote', 'unclosed-quote': 'ein Anführungszeichen wird nicht geschlossen', empty: 'die Datei ist leer' };

/** Runs `bbpass directory import`; returns the exit code (0 written, 1 problems in the file). */
export function directoryImport(argv: string[]): number {
  const args = parseArgs(argv, ['out', 'district']);
  const [file, ...extra] = args.positional;
  if (!file || extra.length) throw new CliError('usage: bbpass directory import FILE.csv --out offers.json [--district NAME]');
  const out = args.need('out');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const result = importOffersCsv(bytes);
  if (result.status === 'refused') {
    process.stdout.write(`${shown(file)}: nicht eingelesen, ${REFUSED[result.problem]}\n`);
    return 1;
  }
  if (result.problems.length) {
    process.stdout.write(`${shown(file)}: ${result.problems.length} Fehler in ${result.rows} Zeilen, nichts geschrieben\n`);
    for (const p of result.problems) process.stdout.write(`  Zeile ${p.row}, Spalte „${shown(p.column)}“: ${WHY[p.code]} [${p.code}]\n`);
    return 1;
  }
  const built = buildDirectory({ district: args.get('district') ?? 'Landkreis Dachau', updated: new Date().toISOString().slice(0, 10) }, result.offers);
  if (!built.ok) throw new CliError(`the directory does not check: ${built.problems.map((p) => `${p.path} ${p.code}`).join(', ')}`);
  writeText(out, directoryJson(built.directory));
  process.stdout.write(`${shown(file)}: ${result.offers.length} Angebote → ${shown(out)}\n`);
  return 0;
}
