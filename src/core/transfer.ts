// Payloads that do not fit one QR code travel as fountain-coded frames (`BBP1:F:`). The
// rebuilt message is one kind letter followed by the payload's bytes, so any kind can travel
// either way and the receiver learns which it got. An upper-case letter (as in the
// single-code prefix) means plain bytes; its lower-case form means raw DEFLATE, used when
// it makes the message smaller.
import { deflate, inflate } from './compress';
import { DecodeError, fail, type DecodeErrorCode } from './errors';
import { FountainDecoder, MAX_DECODE_SEQ_LEN, type FountainProgress } from './fountain/decoder';
import { FountainEncoder } from './fountain/encoder';
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

/** What one scanned text did to the assembly. */
export type AssembleResult =
  | { readonly status: 'progress'; readonly progress: FountainProgress }
  | { readonly status: 'duplicate' }
  | { readonly status: 'complete'; readonly kind: Exclude<WireKind, 'frame'>; readonly bytes: Uint8Array }
  | { readonly status: 'rejected'; readonly reason: 'not-a-payload' | 'unsupported-version' | 'malformed' | 'other-message' | 'checksum-mismatch' };

/** Takes scanned texts in any order: a single-code payload completes at once, frames once enough have arrived. */
export class PayloadAssembler {
  private decoder = new FountainDecoder();

  /** Current fountain progress (all zero before the first frame). */
  get progress(): FountainProgress {
    return this.decoder.progress;
  }

  /** Feeds one scanned text; never throws for bad input. */
  receive(text: string): AssembleResult {
    let parsed: ReturnType<typeof fromText>;
    try {
      parsed = fromText(text);
    } catch (e) {
      if (!(e instanceof DecodeError)) throw e;
      return { status: 'rejected', reason: e.code === 'unsupported-version' ? 'unsupported-version' : e.code === 'bad-prefix' ? 'not-a-payload' : 'malformed' };
    }
    if (parsed.kind !== 'frame') return { status: 'complete', kind: parsed.kind, bytes: parsed.bytes };
    const r = this.decoder.receive(parsed.bytes);
    if (r.status === 'rejected') {
      if (r.reason === 'checksum-mismatch') this.decoder = new FountainDecoder(); // start over: a bad frame got in
      return r;
    }
    if (r.status === 'duplicate') return r;
    if (r.status === 'accepted') return { status: 'progress', progress: this.decoder.progress };
    return unwrap(r.message);
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
    if (e instanceof DecodeError) return { status: 'rejected', reason: 'malformed' };
    throw e;
  }
}

// How a rejected line reads as a DecodeError; any other damage to a frame is 'bad-frame'.
const REJECTED_AS: Partial<Record<Extract<AssembleResult, { status: 'rejected' }>['reason'], DecodeErrorCode>> = {
  'unsupported-version': 'unsupported-version',
  'not-a-payload': 'bad-prefix',
  'other-message': 'bad-structure',
};

/**
 * Rebuilds the one payload of an input (a file's lines: one code, or frames of one message in any
 * order); throws DecodeError if they do not suffice or hold anything else (FORMAT.md §10.1).
 */
export function assemble(texts: readonly string[]): { kind: Exclude<WireKind, 'frame'>; bytes: Uint8Array } {
  // Every line is read, also after the message completes: a second payload (another single code,
  // frames of another message) or a damaged frame anywhere would otherwise be silently ignored.
  if (texts.length > 1 && texts.some((t) => !t.trim().startsWith(`${WIRE_PREFIX}F:`))) fail('bad-structure', 'one payload per input: a single code, or the frames of one message');
  const a = new PayloadAssembler();
  let done: Extract<AssembleResult, { status: 'complete' }> | undefined;
  for (const t of texts) {
    const r = a.receive(t);
    if (r.status === 'complete') done ??= r;
    if (r.status !== 'rejected') continue;
    fail(REJECTED_AS[r.reason] ?? 'bad-frame', `cannot read payload: ${r.reason === 'other-message' ? 'frames of two messages in one input' : r.reason}`);
  }
  return done ?? fail('truncated', 'not enough frames to rebuild the payload');
}
