// The one policy for signed free text (docs/FORMAT.md §7.1.1): names, office and district
// names and entry texts must show what they are. Code points that reorder, hide, break or
// overlay text on screen are refused when signing (RangeError) and when reading (so a
// verifier judges the object malformed); every ordinary name in any script stays valid.
// The refused sets are written out as fixed ranges, not engine property escapes, so the
// verdict does not change with the Unicode version of the engine.

/** Why a text may not be signed. */
export type TextDefectCode =
  | 'control'
  | 'line-break'
  | 'bidi-control'
  | 'invisible'
  | 'joiner'
  | 'surrogate'
  | 'noncharacter'
  | 'private-use'
  | 'mark-run'
  | 'leading-mark'
  | 'not-nfc'
  | 'surrounding-space';

/** A defect and, where one code point is to blame, that code point. */
export interface TextDefect {
  readonly defect: TextDefectCode;
  readonly codePoint?: number;
}

/** Most combining marks in a row (Burmese ချိုး needs 4; Arabic with shadda and vowel 2). */
export const MAX_MARK_RUN = 4;

// Checked in this order; a code point belongs to the first set that holds it.
const SETS: ReadonlyArray<readonly [TextDefectCode, RegExp]> = [
  ['line-break', /[\n\v\f\r\u0085\u2028\u2029]/u],
  ['control', /[\0-\x1F\x7F-\x9F]/u],
  ['bidi-control', /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u],
  // Format characters (Cf) and default-ignorable code points: invisible, or hiding text.
  ['invisible', /[\u00AD\u034F\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B\u2060-\u2065\u206A-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFFB\u{110BD}\u{110CD}\u{13430}-\u{1343F}\u{1BCA0}-\u{1BCA3}\u{1D173}-\u{1D17A}\u{E0000}-\u{E0FFF}]/u],
  ['surrogate', /[\uD800-\uDFFF]/u],
  ['private-use', /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/u],
];
const JOINER = /^[\u200C\u200D]$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const MARK = /^\p{M}$/u;
const SPACE = /^[\u0020\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]$/u;

const isNoncharacter = (cp: number): boolean => (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;

function classOf(c: string, cp: number): TextDefectCode | undefined {
  if (isNoncharacter(cp)) return 'noncharacter';
  for (const [code, set] of SETS) if (set.test(c)) return code;
  return undefined;
}

/** The first defect of a signed text (its content only; length is the field's rule), or undefined. */
export function textDefect(s: string): TextDefect | undefined {
  const chars = [...s];
  let marks = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const codePoint = c.codePointAt(0)!;
    const cls = classOf(c, codePoint);
    if (cls) return { defect: cls, codePoint };
    if (JOINER.test(c)) {
      // ZWNJ/ZWJ shape the letters around them (Persian می‌خواهم, Sinhala ශ්‍රී): only there.
      if (!LETTER_OR_MARK.test(chars[i - 1] ?? '') || !LETTER_OR_MARK.test(chars[i + 1] ?? '')) return { defect: 'joiner', codePoint };
      continue; // a joiner between marks does not end their run
    }
    if (MARK.test(c)) {
      if (i === 0) return { defect: 'leading-mark', codePoint };
      if (++marks > MAX_MARK_RUN) return { defect: 'mark-run', codePoint };
    } else marks = 0;
  }
  if (SPACE.test(chars[0] ?? '') || SPACE.test(chars[chars.length - 1] ?? '')) return { defect: 'surrounding-space' };
  if (s.normalize('NFC') !== s) return { defect: 'not-nfc' };
  return undefined;
}

const WHY: Record<TextDefectCode, string> = {
  control: 'is a control character',
  'line-break': 'is a line break (the field is one line)',
  'bidi-control': 'is a bidi control that reorders text on screen',
  invisible: 'is an invisible format character',
  joiner: 'is a joiner that is not between two letters',
  surrogate: 'is a lone surrogate',
  noncharacter: 'is a noncharacter',
  'private-use': 'is a private-use character',
  'mark-run': `is more than ${MAX_MARK_RUN} combining marks in a row`,
  'leading-mark': 'is a combining mark with no letter before it',
  'not-nfc': 'is not in Unicode NFC',
  'surrounding-space': 'has white space at its start or end',
};

/** One line naming the field, the code point and why it is refused (for the CLI and logs). */
export function describeTextDefect(field: string, d: TextDefect): string {
  const where = d.codePoint === undefined ? 'the text' : `U+${d.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${field}: ${where} ${WHY[d.defect]}`;
}

/** A text as writers sign it: NFC, trimmed, 1 to `max` code points, no defect; else a RangeError naming the field. */
export function signedText(value: unknown, field: string, max: number): string {
  const s = typeof value === 'string' ? value.normalize('NFC').trim() : '';
  if (s.length === 0 || [...s].length > max) throw new RangeError(`${field}: 1 to ${max} characters`);
  const d = textDefect(s);
  if (d) throw new RangeError(describeTextDefect(field, d));
  return s;
}

// Latin letters as an ID document's Latin name line can hold them (ICAO 9303 transliterates to
// A–Z; the visual zone keeps diacritics such as ü, ç, ğ, ș): Basic Latin, Latin-1, Latin
// Extended-A/B and Latin Extended Additional. Fixed ranges, like SETS above.
const LATIN_LETTER = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]$/u;
const LETTER = /^\p{L}$/u;

/**
 * Why a name cannot be the name as written in Latin letters on an ID document (FORMAT.md
 * §7.1.2): no Latin letter at all, or a letter of another script (a Cyrillic "а" inside "Ahmad"
 * would look like the ID and still differ from it). Undefined when it is a Latin name.
 */
export function latinNameDefect(s: string): { readonly codePoint?: number } | undefined {
  const chars = [...s];
  // "No Latin letter" first: it is the clearer message for a name typed in another script.
  if (!chars.some((c) => LATIN_LETTER.test(c))) return {};
  const other = chars.find((c) => !LATIN_LETTER.test(c) && LETTER.test(c));
  return other === undefined ? undefined : { codePoint: other.codePointAt(0)! };
}

/** A name as writers sign it in the Latin-name fields: a signed text (see signedText) that is also a Latin name; else a RangeError naming the field. */
export function latinName(value: unknown, field: string, max: number): string {
  const s = signedText(value, field, max);
  const d = latinNameDefect(s);
  if (!d) return s;
  const where = d.codePoint === undefined ? 'has no Latin letter' : `U+${d.codePoint.toString(16).toUpperCase().padStart(4, '0')} is not a Latin letter`;
  throw new RangeError(`${field}: ${where} (write the name as in the Latin letters of the passport or Aufenthaltstitel)`);
}
