// Sender side: cuts the message into balanced fragments once and produces any frame on
// demand. A sender shows seqNum 1, 2, 3, ... for as long as the receiver scans: the
// plain fragments first (a receiver that misses nothing is done after seqLen frames),
// then mixes, each of which can stand in for any one missed frame.
import { crc32 } from '../crc32';
import { fail } from '../errors';
import { chooseFragments } from './mix';
import { MAX_MESSAGE_LEN, MAX_SEQ_LEN, MAX_SEQ_NUM, encodeFrame, fragmentLength } from './frame';

/** Fragment count and length for a message, as UR does: as few fragments as fit, then balanced. */
export function fragmentLayout(messageLen: number, maxFragmentLen: number): { seqLen: number; fragmentLen: number } {
  const seqLen = Math.ceil(messageLen / maxFragmentLen);
  return { seqLen, fragmentLen: fragmentLength(messageLen, seqLen) };
}

/** Produces the frames of one message; frame(n) is the same bytes every time and on every device. */
export class FountainEncoder {
  /** Number of fragments; frames 1..seqLen are the fragments themselves. */
  readonly seqLen: number;
  /** Bytes per fragment (the last one zero-padded). */
  readonly fragmentLen: number;
  /** CRC-32 of the whole message, carried in every frame. */
  readonly checksum: number;
  private readonly messageLen: number;
  private readonly fragments: Uint8Array[] = [];

  /** Prepares a message of 1..MAX_MESSAGE_LEN bytes for fragments of at most maxFragmentLen (1..65535) bytes. */
  constructor(message: Uint8Array, maxFragmentLen: number) {
    if (!Number.isInteger(maxFragmentLen) || maxFragmentLen < 1 || maxFragmentLen > 0xffff) {
      fail('invalid-argument', 'maxFragmentLen must be an integer in 1..65535');
    }
    if (message.length === 0) fail('invalid-argument', 'empty message');
    if (message.length > MAX_MESSAGE_LEN) fail('too-large', `message of ${message.length} bytes exceeds the cap`);
    const { seqLen, fragmentLen } = fragmentLayout(message.length, maxFragmentLen);
    if (seqLen > MAX_SEQ_LEN) fail('too-large', 'more than 65535 fragments; use a larger maxFragmentLen');
    this.seqLen = seqLen;
    this.fragmentLen = fragmentLen;
    this.messageLen = message.length;
    this.checksum = crc32(message);
    for (let i = 0; i < seqLen; i++) {
      // A fresh zeroed array per fragment gives the zero padding of the last one for free.
      const f = new Uint8Array(fragmentLen);
      f.set(message.subarray(i * fragmentLen, Math.min((i + 1) * fragmentLen, message.length)));
      this.fragments.push(f);
    }
  }

  /** The frame bytes for seqNum (1..2^32-1): a plain fragment for seqNum <= seqLen, else a mix. */
  frame(seqNum: number): Uint8Array {
    if (!Number.isInteger(seqNum) || seqNum < 1 || seqNum > MAX_SEQ_NUM) {
      fail('invalid-argument', 'seqNum must be an integer in 1..2^32-1');
    }
    const data = new Uint8Array(this.fragmentLen);
    for (const index of chooseFragments(seqNum, this.seqLen, this.checksum)) {
      const f = this.fragments[index]!;
      for (let i = 0; i < data.length; i++) data[i]! ^= f[i]!;
    }
    return encodeFrame({ seqNum, seqLen: this.seqLen, messageLen: this.messageLen, checksum: this.checksum, data });
  }
}

/** The first `count` frames (seqNum 1..count) of a message. */
export function framesFor(message: Uint8Array, maxFragmentLen: number, count: number): Uint8Array[] {
  const encoder = new FountainEncoder(message, maxFragmentLen);
  const out: Uint8Array[] = [];
  for (let n = 1; n <= count; n++) out.push(encoder.frame(n));
  return out;
}
