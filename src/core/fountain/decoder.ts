// Receiver side: a peeling decoder as in Blockchain Commons UR. Solved fragments are kept;
// every mixed part is reduced by the solved fragments (and smaller pending parts) it
// contains; a part left with one fragment solves it, which in turn reduces the other
// parts, and so on. The message is released only after its padding and CRC-32 check out,
// never a silently wrong result.
import { crc32 } from '../crc32';
import { DecodeError, fail } from '../errors';
import { type Frame, decodeFrame } from './frame';
import { chooseFragments } from './mix';

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
  /** Monotone estimate in 0..1 of how far along the transfer is; 1 only once complete. */
  readonly estimatedFraction: number;
}

// The fields every frame of one message shares; fixed by the first accepted frame.
interface MessageHeader {
  readonly seqLen: number;
  readonly messageLen: number;
  readonly checksum: number;
}

// A mixed frame not yet peeled down to one fragment: the XOR of the fragments in `indexes`.
interface Part {
  readonly indexes: Set<number>;
  readonly data: Uint8Array;
}

/** Rebuilds one message from its frames in any order; frames of other messages are refused. */
export class FountainDecoder {
  private header: MessageHeader | undefined;
  private solvedFragments: (Uint8Array | undefined)[] = [];
  private solvedCount = 0;
  private partsByIndex: Set<Part>[] = [];
  private pending = new Set<Part>();
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
    const solved = this.message ? total : this.solvedCount;
    // Half the bar for frames collected (seqLen of them are necessary), half for fragments
    // solved (all of them are sufficient): both only grow, so the estimate is monotone, it
    // needs no tuned constant, and it reaches 1 only when every fragment is known.
    const estimatedFraction = total === 0 ? 0 : (solved + Math.min(received, total)) / (2 * total);
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
    const h = this.header;
    if (h && (frame.seqLen !== h.seqLen || frame.messageLen !== h.messageLen || frame.checksum !== h.checksum)) {
      return { status: 'rejected', reason: 'other-message' };
    }
    if (this.failed) return { status: 'rejected', reason: 'checksum-mismatch' };
    if (this.message || this.seen.has(frame.seqNum)) return { status: 'duplicate' };
    if (!h) this.start(frame);
    this.seen.add(frame.seqNum);
    this.addPart(chooseFragments(frame.seqNum, frame.seqLen, frame.checksum), frame.data);
    if (this.solvedCount === frame.seqLen) return this.finish();
    return { status: 'accepted' };
  }

  private start(frame: Frame): void {
    this.header = { seqLen: frame.seqLen, messageLen: frame.messageLen, checksum: frame.checksum };
    this.solvedFragments = new Array<Uint8Array | undefined>(frame.seqLen);
    this.partsByIndex = Array.from({ length: frame.seqLen }, () => new Set<Part>());
  }

  // Reduces a new part by everything known, keeps it, and reduces the kept parts by it.
  // Beyond plain peeling this does UR's subset step: a part whose fragments all occur in
  // another lets the larger one drop them (XOR), which often frees a fragment sooner.
  private addPart(indexes: number[], data: Uint8Array): void {
    const part: Part = { indexes: new Set(), data };
    for (const i of indexes) {
      const known = this.solvedFragments[i];
      if (known) xorInto(data, known);
      else part.indexes.add(i);
    }
    for (const other of this.pending) if (isSubset(other.indexes, part.indexes)) this.reduce(part, other);
    // Nothing left: the frame was redundant. (A corrupted redundant frame is harmless here.)
    if (part.indexes.size === 0) return;
    if (part.indexes.size === 1) return this.solve([part]);
    const freed: Part[] = [];
    for (const other of this.pending) {
      if (!isSubset(part.indexes, other.indexes)) continue;
      this.reduce(other, part);
      if (other.indexes.size === 1) freed.push(other);
    }
    this.attach(part);
    this.solve(freed);
  }

  // target ^= source, where source's fragments are a subset of target's.
  private reduce(target: Part, source: Part): void {
    xorInto(target.data, source.data);
    for (const i of source.indexes) {
      target.indexes.delete(i);
      this.partsByIndex[i]!.delete(target);
    }
  }

  private attach(part: Part): void {
    this.pending.add(part);
    for (const i of part.indexes) this.partsByIndex[i]!.add(part);
  }

  // Turns single-fragment parts into solved fragments and peels every part containing
  // them; the explicit queue keeps the cascade iterative, so no chain overflows the stack.
  private solve(queue: Part[]): void {
    for (let p = queue.pop(); p; p = queue.pop()) {
      this.pending.delete(p);
      // A queued part whose fragment got solved meanwhile was reduced to nothing: skip it.
      // (A queued part stays registered under its last index until here, so it cannot
      // be left holding an index that is already solved.)
      const i = p.indexes.values().next().value;
      if (i === undefined) continue;
      this.partsByIndex[i]!.delete(p);
      this.solvedFragments[i] = p.data;
      this.solvedCount++;
      const containing = this.partsByIndex[i]!;
      this.partsByIndex[i] = new Set();
      for (const other of containing) {
        xorInto(other.data, p.data);
        other.indexes.delete(i);
        if (other.indexes.size === 1) queue.push(other);
      }
    }
  }

  // Joins the fragments, checks padding and CRC-32, and settles the decoder for good.
  private finish(): ReceiveResult {
    const { seqLen, messageLen, checksum } = this.header!;
    const fragmentLen = this.solvedFragments[0]!.length;
    const joined = new Uint8Array(seqLen * fragmentLen);
    for (let i = 0; i < seqLen; i++) joined.set(this.solvedFragments[i]!, i * fragmentLen);
    let paddingClean = true;
    for (let i = messageLen; i < joined.length; i++) if (joined[i] !== 0) paddingClean = false;
    const message = joined.slice(0, messageLen);
    // Drop the working state either way: after this point it is never consulted again.
    this.solvedFragments = [];
    this.partsByIndex = [];
    this.pending.clear();
    if (!paddingClean || crc32(message) !== checksum) {
      this.failed = true;
      return { status: 'rejected', reason: 'checksum-mismatch' };
    }
    this.message = message;
    return { status: 'complete', message };
  }
}

function isSubset(small: Set<number>, large: Set<number>): boolean {
  if (small.size > large.size) return false;
  for (const i of small) if (!large.has(i)) return false;
  return true;
}

function xorInto(target: Uint8Array, source: Uint8Array): void {
  for (let i = 0; i < target.length; i++) target[i] = target[i]! ^ source[i]!;
}
