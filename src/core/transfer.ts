// Payloads that do not fit one QR code travel as fountain-coded frames (`BBP1:F:`). The
// rebuilt message is one kind letter followed by the payload's bytes, so any kind can travel
// either way and the receiver learns which it got. An upper-case letter (as in the
// single-code prefix) means plain bytes; its lower-case form means raw DEFLATE, used when
// it makes the message smaller.
import { deflate, inflate } from './compress';
import { decodeCodeOf, decodeReason } from './decode-reason';
import { fail } from './errors';
import { FountainDecoder, MAX_DECODE_SEQ_LEN, type FountainProgress } from './fountain/decoder';
import { FountainEncoder } from './fountain/encoder';
import { decodeFrame, type Frame } from './fountain/frame';
import { utf8Decode, utf8Encode } from './platform';
import { fromText, kindOfLetter, KIND_LETTERS, toText, WIRE_PREFIX, type WireKind } from './wire';

/** Default largest fragment: with the 16-byte header a frame is at most 300 bytes (a QR version 13 at EC M). */
export const DEFAULT_FRAGMENT = 284;

/** Produces the frame texts of one payload, frame n the same on every call. */
export class FrameTextEncoder {
  private readonly encoder: FountainEncoder;

  constructor(kind: Exclude<WireKind, 'frame'>, bytes: Uint8Array, maxFragmentLen = DEFAULT_FRAGMENT) {
    const packed = deflate(bytes);
    const compress = packed.length < bytes.length;
    const body = compress ? packed : bytes;
    const message = new Uint8Array(body.length + 1);
    message[0] = utf8Encode(compress ? KIND_LETTERS[kind].toLowerCase() : KIND_LETTERS[kind])[0]!;
    message.set(body, 1);
    this.encoder = new FountainEncoder(message, maxFragmentLen);
    // Never send what our own decoder (and any conforming one, FORMAT.md §8) may refuse.
    if (this.encoder.seqLen > MAX_DECODE_SEQ_LEN) fail('too-large', `more than ${MAX_DECODE_SEQ_LEN} fragments: use larger fragments`);
  }

  /** Number of fragments: a receiver that misses nothing is done after this many frames. */
  get seqLen(): number {
    return this.encoder.seqLen;
  }

  /** Text of frame `seqNum` (1, 2, 3, …). */
  text(seqNum: number): string {
    return toText('frame', this.encoder.frame(seqNum));
  }

  /** The first `count` frame texts. */
  texts(count: number): string[] {
    return Array.from({ length: count }, (_, i) => this.text(i + 1));
  }
}

/** Most messages assembled at once (two phones in view, or a presentation and its re-signed successor). */
export const MAX_IN_FLIGHT = 4;

/** What one scanned text did to the assembly; `message` names the framed message a frame belongs to. */
export type AssembleResult =
  | { readonly status: 'progress'; readonly progress: FountainProgress; readonly message: string }
  | { readonly status: 'duplicate' }
  | { readonly status: 'complete'; readonly kind: Exclude<WireKind, 'frame'>; readonly bytes: Uint8Array; readonly message?: string }
  | { readonly status: 'rejected'; readonly reason: 'not-a-payload' | 'unsupported-version' | 'malformed' | 'too-large' | 'checksum-mismatch' };

/**
 * Takes scanned texts in any order: a single-code payload completes at once, frames once
 * enough of one message have arrived. Frames of up to MAX_IN_FLIGHT messages are assembled
 * side by side (FORMAT.md §8.3.6), so interleaved codes never stall it: whichever message
 * completes first is returned. A new message beyond that evicts the one fed least recently.
 */
export class PayloadAssembler {
  // Least recently fed first: a Map iterates in insertion order and a fed decoder is re-inserted.
  private readonly decoders = new Map<string, FountainDecoder>();
  private current: FountainDecoder | undefined;

  /** Fountain progress of the message fed last (all zero before the first frame). */
  get progress(): FountainProgress {
    return (this.current ?? new FountainDecoder()).progress;
  }

  /** Framed messages seen and not evicted (complete or not). */
  get messages(): number {
    return this.decoders.size;
  }

  /** Feeds one scanned text; never throws for bad input. */
  receive(text: string): AssembleResult {
    let parsed: ReturnType<typeof fromText>;
    let frame: Frame | undefined;
    try {
      parsed = fromText(text);
      if (parsed.kind === 'frame') frame = decodeFrame(parsed.bytes);
    } catch (e) {
      return { status: 'rejected', reason: decodeReason(e, ['not-a-payload', 'unsupported-version', 'too-large']) };
    }
    if (!frame) return { status: 'complete', kind: parsed.kind as Exclude<WireKind, 'frame'>, bytes: parsed.bytes };
    // Refused before any decoder exists: such a frame costs nothing and starts nothing.
    if (frame.seqLen > MAX_DECODE_SEQ_LEN) return { status: 'rejected', reason: 'too-large' };
    const message = `${frame.seqLen}.${frame.messageLen}.${frame.checksum.toString(16)}`;
    const decoder = this.decoders.get(message) ?? new FountainDecoder();
    this.decoders.delete(message);
    if (this.decoders.size >= MAX_IN_FLIGHT) this.decoders.delete(this.decoders.keys().next().value!);
    this.decoders.set(message, decoder);
    this.current = decoder;
    const r = decoder.receive(parsed.bytes);
    if (r.status === 'rejected') {
      if (r.reason === 'checksum-mismatch') this.decoders.delete(message); // start this message over: a bad frame got in
      return { status: 'rejected', reason: r.reason === 'checksum-mismatch' ? r.reason : 'malformed' };
    }
    if (r.status === 'duplicate') return r;
    if (r.status === 'accepted') return { status: 'progress', progress: decoder.progress, message };
    const out = unwrap(r.message);
    return out.status === 'complete' ? { ...out, message } : out;
  }
}

function unwrap(message: Uint8Array): AssembleResult {
  const first = message[0] ?? 0;
  const letter = first < 0x80 ? utf8Decode(message.subarray(0, 1)) : '';
  const kind = kindOfLetter(letter.toUpperCase());
  if (!kind || kind === 'frame') return { status: 'rejected', reason: 'malformed' };
  if (letter === letter.toUpperCase()) return { status: 'complete', kind, bytes: message.slice(1) };
  try {
    return { status: 'complete', kind, bytes: inflate(message.subarray(1)) };
  } catch (e) {
    return { status: 'rejected', reason: decodeReason(e, []) };
  }
}

/** Most bytes of a payload file (§10.1): a 1 MiB message in frames of 284 bytes, twice over, fits. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Most payload texts in one file or input (§10.1): twice the most fragments a message may have. */
export const MAX_FILE_LINES = 2 * MAX_DECODE_SEQ_LEN;

/** Splits a payload file into its texts (§10.1: LF or CR LF, trimmed, empty lines dropped); throws DecodeError 'too-large' beyond the limits. */
export function fileTexts(text: string): string[] {
  // Checked before splitting: a UTF-16 length above the byte cap means more bytes still.
  if (text.length > MAX_FILE_BYTES) fail('too-large', `file of more than ${MAX_FILE_BYTES} bytes`);
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

/**
 * Rebuilds the one payload of a list of texts (one code, or the frames of one message in any
 * order); throws DecodeError if they do not suffice ('truncated'), exceed a limit ('too-large'),
 * hold more than one payload ('bad-structure') or a damaged line (FORMAT.md §10.1). `onText` is
 * told how many texts were read.
 */
export function assemble(texts: readonly string[], onText?: (read: number) => void): { kind: Exclude<WireKind, 'frame'>; bytes: Uint8Array } {
  if (texts.length > MAX_FILE_LINES) fail('too-large', `more than ${MAX_FILE_LINES} texts`);
  // Several lines must all be frames of one message: two single codes in one input would
  // otherwise have the second silently ignored.
  if (texts.length > 1 && texts.some((t) => !t.trim().startsWith(`${WIRE_PREFIX}F:`))) fail('bad-structure', 'one payload per input: a single code, or the frames of one message');
  const a = new PayloadAssembler();
  let done: Extract<AssembleResult, { status: 'complete' }> | undefined;
  for (const [i, t] of texts.entries()) {
    const r = a.receive(t);
    if (r.status === 'complete') done ??= r;
    // Every line is read, also after the message completes: frames of a second message or a
    // damaged frame anywhere would otherwise be silently ignored.
    if (a.messages > 1) fail('bad-structure', 'one payload per input: frames of more than one message');
    // A rejected line reads as the DecodeError it was; any other damage to a frame is 'bad-frame'.
    if (r.status === 'rejected') fail(decodeCodeOf(r.reason === 'checksum-mismatch' ? 'malformed' : r.reason, 'bad-frame'), `cannot read payload: ${r.reason}`);
    onText?.(i + 1);
  }
  return done ?? fail('truncated', 'not enough frames to rebuild the payload');
}
