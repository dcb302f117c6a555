// Which fragments a frame XORs together. Sender and receiver derive the same choice from
// (seqNum, seqLen, checksum) alone, so frames carry no index list. Every step is pinned
// down (SHA-512 seed, xoshiro128**, binary64 arithmetic) for byte-exact reimplementation.
import nacl from 'tweetnacl';

/** xoshiro128** (Blackman & Vigna), a small, fast, well-specified 32-bit PRNG. */
export class Xoshiro128 {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** Seeds from the first 16 bytes of `seed`, read as four big-endian u32 words. */
  constructor(seed: Uint8Array) {
    const v = new DataView(seed.buffer, seed.byteOffset, 16);
    this.s0 = v.getUint32(0);
    this.s1 = v.getUint32(4);
    this.s2 = v.getUint32(8);
    this.s3 = v.getUint32(12);
    // The all-zero state is a fixed point of the generator; SHA-512 never yields it in
    // practice, but the rule is fixed so that implementations agree even then.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** Next unsigned 32-bit output. */
  next(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform float in [0, 1) with 24 bits: exact in binary64, so products below are exact too. */
  nextFloat(): number {
    return (this.next() >>> 8) / 0x1000000;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** The PRNG for mixed frame seqNum of the message with this CRC-32: SHA-512(u32be(seqNum) || u32be(checksum)). */
export function mixRng(seqNum: number, checksum: number): Xoshiro128 {
  const input = new Uint8Array(8);
  const v = new DataView(input.buffer);
  v.setUint32(0, seqNum);
  v.setUint32(4, checksum);
  return new Xoshiro128(nacl.hash(input));
}

/** Degree in 1..seqLen with probability proportional to 1/d, by a plain cumulative scan. */
export function chooseDegree(rng: Xoshiro128, seqLen: number): number {
  // Sums run in the same order in every implementation, so the binary64 roundings agree.
  let total = 0;
  for (let d = 1; d <= seqLen; d++) total += 1 / d;
  const target = rng.nextFloat() * total;
  let cumulative = 0;
  for (let d = 1; d <= seqLen; d++) {
    cumulative += 1 / d;
    if (cumulative > target) return d;
  }
  return seqLen; // unreachable: target < total; kept so the rule is total
}

/** Fragment indexes (0-based, ascending) XORed into frame seqNum; plain fragments for seqNum <= seqLen. */
export function chooseFragments(seqNum: number, seqLen: number, checksum: number): number[] {
  if (seqNum <= seqLen) return [seqNum - 1];
  const rng = mixRng(seqNum, checksum);
  const degree = chooseDegree(rng, seqLen);
  const order = new Array<number>(seqLen);
  for (let i = 0; i < seqLen; i++) order[i] = i;
  for (let i = seqLen - 1; i >= 1; i--) {
    const j = Math.floor(rng.nextFloat() * (i + 1));
    const tmp = order[i]!;
    order[i] = order[j]!;
    order[j] = tmp;
  }
  return order.slice(0, degree).sort((a, b) => a - b);
}
