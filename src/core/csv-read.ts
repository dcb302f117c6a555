// Reading CSV as German Excel writes it ("CSV (Trennzeichen-getrennt)"): semicolons, fields in
// double quotes with "" for a quote, CRLF line ends, and either UTF-8 (with or without a byte
// order mark) or Windows-1252 (what "CSV" without "UTF-8" saves). One pass over the text, no
// backtracking, and bounded before any work: the file comes from outside.

/** Why a CSV file was refused as a whole. */
export type CsvFileProblem = 'too-large' | 'too-many-rows' | 'unclosed-quote' | 'empty';

/** Bounds of a CSV file: bytes and records (the header included). */
export interface CsvLimits {
  readonly bytes: number;
  readonly rows: number;
}

/** The records of a CSV file, or why it was refused. */
export type CsvRead = { readonly ok: true; readonly rows: string[][] } | { readonly ok: false; readonly problem: CsvFileProblem };

// Windows-1252 0x80–0x9F (Latin-1 puts C1 controls there; Excel puts € „ “ – … there). 0x81,
// 0x8D, 0x8F, 0x90, 0x9D are unassigned and stay the C1 code points, as browsers decode them.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Decodes a spreadsheet file: UTF-8 when it is valid UTF-8 (a byte order mark is dropped), else Windows-1252. */
export function decodeSpreadsheet(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    let out = '';
    for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    return out;
  }
}

/** Splits CSV text into records of fields; quoted fields may hold `;`, `""` and line breaks. */
export function parseCsv(text: string, limits: CsvLimits, separator = ';'): CsvRead {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    row.push(field);
    field = '';
    // A line with nothing in it (Excel writes a last empty line, people leave gaps) is no record.
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') (field += '"'), i++;
      else quoted = false;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      if (rows.length > limits.rows) return { ok: false, problem: 'too-many-rows' };
    } else field += c;
  }
  if (quoted) return { ok: false, problem: 'unclosed-quote' };
  if (field !== '' || row.length) endRow();
  if (rows.length > limits.rows) return { ok: false, problem: 'too-many-rows' };
  return rows.length ? { ok: true, rows } : { ok: false, problem: 'empty' };
}

/** Decodes and splits a spreadsheet file, refusing one over the byte bound before decoding it. */
export function readSpreadsheet(bytes: Uint8Array, limits: CsvLimits): CsvRead {
  if (bytes.length > limits.bytes) return { ok: false, problem: 'too-large' };
  return parseCsv(decodeSpreadsheet(bytes), limits);
}
