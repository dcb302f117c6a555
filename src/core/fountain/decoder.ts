// Receiver side: every frame is an XOR equation over the fragments, solved by incremental
// Gaussian elimination over GF(2) (gf2-system.ts), so the message is rebuilt as soon as the
// frames taken in determine it, whichever frames were dropped. The message is released only
// after its padding and CRC-32 check out, never a silently wrong result. Messages of more
// than MAX_DECODE_SEQ_LEN fragments are refused: mixes are dense, so elimination costs
// O(seqLen^2 * (seqLen/32 + fragmentLen/4)) per transfer, and such a scan would take far too
// long to be meant anyway.
import { crc32 } from '../crc32';
import { DecodeError, fail } from '../errors';
import { type Frame, decodeFrame } from './frame';
import { Gf2System } from './gf2-system';
import { chooseFragments } from './mix';

/**
 * Largest fragment count this decoder takes (the format allows 65,535). A frame of a larger
 * message is 'rejected' as 'malformed' and never starts a transfer. At 5 frames per second
 * 4,096 fragments are a 14-minute scan; the elimination then costs at most about 0.8 million
 * 32-bit word operations per frame (4,096 rows of 128 coefficient and 64 data words, since
 * seqLen * fragmentLen stays near the 1 MiB message cap), with about 3 MiB of working memory.
 */
export const MAX_DECODE_SEQ_LEN = 4096;

/** Outcome of one receive(); bad input is 'rejected', never thrown. */
export type ReceiveResult =
  | { readonly status: 'accepted' }
  | { readonly status: 'duplicate' }
  | { readonly status: 'complete'; readonly message: Uint8Array }
  | { readonly status: 'rejected'; readonly reason: 'malformed' | 'other-message' | 'checksum-mismatch' };

/** What the scanner shows while frames come in. */
export interface FountainProgress {
  /** Distinct well-formed frames of this message taken in (repeats and rejected frames not counted). */
  readonly received: number;
  /** Fragments known so far. */
  readonly solved: number;
  /** Fragments in the message (seqLen); 0 until the first frame arrives. */
  readonly total: number;
  /** How far along the transfer is, 0..1: independent frames taken in / seqLen (monotone; 1 only once finished). */
  readonly estimatedFraction: number;
}

// The fields every frame of one message shares; fixed by the first accepted frame.
interface MessageHeader {
  readonly seqLen: number;
  readonly messageLen: number;
  readonly checksum: number;
}

/** Rebuilds one message from its frames in any order; frames of other messages are refused. */
export class FountainDecoder {
  private header: MessageHeader | undefined;
  private system: Gf2System | undefined;
  private readonly seen = new Set<number>();
  private message: Uint8Array | undefined;
  private failed = false;

  /** True once the message is rebuilt and its checksum verified. */
  get done(): boolean {
    return this.message !== undefined;
  }

  /** True once the rebuilt message failed its checksum (a corrupted frame got in); the transfer must restart. */
  get failedChecksum(): boolean {
    return this.failed;
  }

  /** Progress counters; see FountainProgress. */
  get progress(): FountainProgress {
    const total = this.header?.seqLen ?? 0;
    const received = this.seen.size;
    // Once finished (complete or failed) the system is gone and every fragment was solved.
    const solved = this.system?.solved ?? total;
    const rank = this.system?.rank ?? total;
    // The rank is exactly how far along the transfer is: it grows by one per useful frame,
    // never shrinks, and completion is rank = seqLen. No tuned constant, no guess.
    const estimatedFraction = total === 0 ? 0 : rank / total;
    return { received, solved, total, estimatedFraction };
  }

  /** The rebuilt message; throws DecodeError 'checksum-mismatch' after a failure, 'truncated' before completion. */
  result(): Uint8Array {
    if (this.failed) fail('checksum-mismatch', 'rebuilt message does not match its CRC-32');
    if (!this.message) fail('truncated', 'transfer not complete');
    return this.message;
  }

  /** Takes one frame's bytes; never throws for bad input. */
  receive(frameBytes: Uint8Array): ReceiveResult {
    let frame: Frame;
    try {
      frame = decodeFrame(frameBytes);
    } catch (e) {
      if (e instanceof DecodeError) return { status: 'rejected', reason: 'malformed' };
      throw e;
    }
    if (frame.seqLen > MAX_DECODE_SEQ_LEN) return { status: 'rejected', reason: 'malformed' };
    const h = this.header;
    if (h && (frame.seqLen !== h.seqLen || frame.messageLen !== h.messageLen || frame.checksum !== h.checksum)) {
      return { status: 'rejected', reason: 'other-message' };
    }
    if (this.failed) return { status: 'rejected', reason: 'checksum-mismatch' };
    if (this.message || this.seen.has(frame.seqNum)) return { status: 'duplicate' };
    if (!h) this.start(frame);
    this.seen.add(frame.seqNum);
    const system = this.system!;
    // A frame implied by earlier ones still counts as received; it just adds no rank.
    system.add(chooseFragments(frame.seqNum, frame.seqLen, frame.checksum), frame.data);
    if (system.rank === frame.seqLen) return this.finish(system);
    return { status: 'accepted' };
  }

  private start(frame: Frame): void {
    this.header = { seqLen: frame.seqLen, messageLen: frame.messageLen, checksum: frame.checksum };
    this.system = new Gf2System(frame.seqLen, frame.data.length);
  }

  // Joins the fragments, checks padding and CRC-32, and settles the decoder for good.
  private finish(system: Gf2System): ReceiveResult {
    const { seqLen, messageLen, checksum } = this.header!;
    // Full rank in reduced form is the identity: every fragment is a solved row.
    const fragmentLen = system.value(0)!.length;
    const joined = new Uint8Array(seqLen * fragmentLen);
    for (let i = 0; i < seqLen; i++) joined.set(system.value(i)!, i * fragmentLen);
    let paddingClean = true;
    for (let i = messageLen; i < joined.length; i++) if (joined[i] !== 0) paddingClean = false;
    const message = joined.slice(0, messageLen);
    // Drop the working state either way: after this point it is never consulted again.
    this.system = undefined;
    if (!paddingClean || crc32(message) !== checksum) {
      this.failed = true;
      return { status: 'rejected', reason: 'checksum-mismatch' };
    }
    this.message = message;
    return { status: 'complete', message };
  }
}
