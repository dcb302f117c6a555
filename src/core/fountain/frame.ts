// One frame of a fountain-coded transfer: a fixed 16-byte big-endian header and one
// fragment-sized block of data (a plain fragment or the XOR of several). Parsing is strict
// so that every accepted frame has exactly one byte representation.
import { fail } from '../errors';

/** Bytes in the fixed frame header. */
export const HEADER_LEN = 16;

/** Largest message the transfer carries (1 MiB); larger ones are 'too-large'. */
export const MAX_MESSAGE_LEN = 1 << 20;

/** Largest fragment count, the range of the u16 seqLen field. */
export const MAX_SEQ_LEN = 0xffff;

/** Largest seqNum, the range of the u32 seqNum field. */
export const MAX_SEQ_NUM = 0xffffffff;

/** A decoded frame; `data` is fragmentLen bytes (fragmentLen is implied by messageLen and seqLen). */
export interface Frame {
  readonly seqNum: number;
  readonly seqLen: number;
  readonly messageLen: number;
  readonly checksum: number;
  readonly data: Uint8Array;
}

/** Length of every fragment of a message of messageLen bytes cut into seqLen fragments. */
export function fragmentLength(messageLen: number, seqLen: number): number {
  return Math.ceil(messageLen / seqLen);
}

// Shared by encoder and decoder so that both accept exactly the same set of frames.
function checkHeader(seqNum: number, seqLen: number, messageLen: number, fragmentLen: number): void {
  if (seqNum === 0) fail('bad-frame', 'seqNum is 0');
  if (seqLen === 0) fail('bad-frame', 'seqLen is 0');
  if (messageLen === 0) fail('bad-frame', 'messageLen is 0');
  if (messageLen > MAX_MESSAGE_LEN) fail('too-large', `message of ${messageLen} bytes exceeds the cap`);
  if (fragmentLen !== fragmentLength(messageLen, seqLen)) fail('bad-frame', 'fragmentLen is not ceil(messageLen / seqLen)');
  // Canonical split: the last fragment holds at least one message byte, so (messageLen,
  // seqLen) fixes the layout and no frame can consist of padding only.
  if ((seqLen - 1) * fragmentLen >= messageLen) fail('bad-frame', 'last fragment would be padding only');
}

// Bytes of the last fragment beyond the message end are padding and must be zero.
function checkPadding(seqNum: number, seqLen: number, messageLen: number, data: Uint8Array): void {
  if (seqNum !== seqLen) return;
  for (let i = messageLen - (seqLen - 1) * data.length; i < data.length; i++) {
    if (data[i] !== 0) fail('bad-frame', 'non-zero padding');
  }
}

function isUint(x: number, max: number): boolean {
  return Number.isInteger(x) && x >= 0 && x <= max;
}

/** Serialises a frame; throws DecodeError 'bad-frame' (or 'too-large') for a frame decodeFrame would reject. */
export function encodeFrame(f: Frame): Uint8Array {
  if (!isUint(f.seqNum, MAX_SEQ_NUM) || !isUint(f.seqLen, MAX_SEQ_LEN) || !isUint(f.checksum, 0xffffffff)) {
    fail('bad-frame', 'header field out of range');
  }
  if (!isUint(f.messageLen, 0xffffffff)) fail('bad-frame', 'messageLen out of range');
  checkHeader(f.seqNum, f.seqLen, f.messageLen, f.data.length);
  checkPadding(f.seqNum, f.seqLen, f.messageLen, f.data);
  const out = new Uint8Array(HEADER_LEN + f.data.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, f.seqNum);
  v.setUint16(4, f.seqLen);
  v.setUint32(6, f.messageLen);
  v.setUint32(10, f.checksum);
  v.setUint16(14, f.data.length);
  out.set(f.data, HEADER_LEN);
  return out;
}

/** Parses frame bytes strictly; throws DecodeError ('truncated', 'trailing-bytes', 'bad-frame', 'too-large'). */
export function decodeFrame(bytes: Uint8Array): Frame {
  if (bytes.length < HEADER_LEN) fail('truncated', 'frame shorter than its header');
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const seqNum = v.getUint32(0);
  const seqLen = v.getUint16(4);
  const messageLen = v.getUint32(6);
  const checksum = v.getUint32(10);
  const fragmentLen = v.getUint16(14);
  checkHeader(seqNum, seqLen, messageLen, fragmentLen);
  if (bytes.length < HEADER_LEN + fragmentLen) fail('truncated', 'frame shorter than its fragment');
  if (bytes.length > HEADER_LEN + fragmentLen) fail('trailing-bytes', 'bytes after the fragment');
  // A copy, so that the decoder may XOR in place without touching the caller's buffer.
  const data = bytes.slice(HEADER_LEN);
  checkPadding(seqNum, seqLen, messageLen, data);
  return { seqNum, seqLen, messageLen, checksum, data };
}
