// QR payloads are text: "BBP1:" (format 1), a kind letter, ":" and Base45 of the CBOR bytes.
// Every character is in the QR alphanumeric set, so codes stay small, and scanners that
// only return text (BarcodeDetector, zbar, phone camera apps) hand it back intact.
import { base45Decode, base45Encode } from './base45';
import { decodeCbor, encodeCbor, type Cbor } from './cbor';
import { fail } from './errors';

/** Payload kinds and their letters. */
export const KIND_LETTERS = {
  stamp: 'S',
  card: 'C',
  presentation: 'P',
  frame: 'F',
  certificate: 'O',
  trustList: 'T',
  registration: 'R',
  withdrawal: 'W',
} as const;
/** A payload kind. */
export type WireKind = keyof typeof KIND_LETTERS;

/** The format generation written in front of every payload. */
export const WIRE_PREFIX = 'BBP1:';

const BY_LETTER = new Map<string, WireKind>(Object.entries(KIND_LETTERS).map(([k, l]) => [l, k as WireKind]));

/** Largest payload text accepted (a presentation of 2,000 stamps fits; anything larger is refused unread). */
export const MAX_TEXT = 1_500_000;

/** Kind of a letter, or undefined. */
export function kindOfLetter(letter: string): WireKind | undefined {
  return BY_LETTER.get(letter);
}

/** Text form of a payload. */
export function toText(kind: WireKind, bytes: Uint8Array): string {
  return `${WIRE_PREFIX}${KIND_LETTERS[kind]}:${base45Encode(bytes)}`;
}

/** Parses payload text into its kind and bytes; surrounding white space (scanner line ends) is ignored. */
export function fromText(text: string): { kind: WireKind; bytes: Uint8Array } {
  if (text.length > MAX_TEXT) fail('too-large', 'payload text too long');
  const t = text.trim();
  const m = /^BBP(\d+):([A-Z]):/.exec(t);
  if (!m) fail('bad-prefix', 'not a Bildungspass payload');
  if (m[1] !== '1') fail('unsupported-version', `payload generation BBP${m[1]} is not supported`);
  const kind = kindOfLetter(m[2]!) ?? fail('bad-prefix', `unknown payload kind ${m[2]}`);
  return { kind, bytes: base45Decode(t.slice(m[0].length)) };
}

/** Text form of a CBOR value. */
export function valueToText(kind: WireKind, v: Cbor): string {
  return toText(kind, encodeCbor(v));
}

/** Parses payload text and its CBOR in one go (not for frames, whose bytes are not CBOR). */
export function textToValue(text: string): { kind: WireKind; value: Cbor } {
  const { kind, bytes } = fromText(text);
  if (kind === 'frame') fail('bad-structure', 'a frame is part of a sequence, not a value');
  return { kind, value: decodeCbor(bytes) };
}
