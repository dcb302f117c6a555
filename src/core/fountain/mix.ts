// Which fragments a frame XORs together. Sender and receiver derive the same choice from
// (seqNum, seqLen, checksum) alone, so frames carry no index list. Every step is pinned
// down (SHA-512 seed, xoshiro128**, one output per fragment) for exact reimplementation.
// Mixes are dense (each fragment with probability 1/2): with a decoder that eliminates
// (gf2-system.ts) a receiver needs only about seqLen + 2 frames, however it joins and
// whichever frames it misses. Sparse LT-style mixes (UR's 1/d degree law) suit a peeling
// decoder but need many more frames for small messages, where most of them have degree 1-3.
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

/**
 * Fragment indexes (0-based, ascending) XORed into frame seqNum; plain fragments for seqNum <= seqLen.
 * A mix takes each fragment with probability 1/2 (the top bit of one PRNG output per fragment),
 * or, if that takes none, one fragment chosen uniformly by one more draw.
 */
export function chooseFragments(seqNum: number, seqLen: number, checksum: number): number[] {
  if (seqNum <= seqLen) return [seqNum - 1];
  const rng = mixRng(seqNum, checksum);
  const chosen: number[] = [];
  for (let i = 0; i < seqLen; i++) if (rng.next() >>> 31 === 1) chosen.push(i);
  // nextFloat() * seqLen is exact in binary64 (24 + 16 bits), so floor() agrees everywhere.
  if (chosen.length === 0) chosen.push(Math.floor(rng.nextFloat() * seqLen));
  return chosen;
}
