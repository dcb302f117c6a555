import nacl from 'tweetnacl';
import { describe, expect, it } from 'vitest';
import { fromHex, isWeakPublicKey, keyPairFromSeed, naclVerify, sign, toHex, webCryptoAvailable, webCryptoVerify } from '../../src/core';
import { IDENTITY, identityRSignature } from '../vectors/forge';

// RFC 8032 §7.1, TEST 1 and TEST 3.
const RFC = [
  { seed: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', msg: '', sig: 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b' },
  { seed: 'c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7', msg: 'af82', sig: '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a' },
];

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
}
function bytes(next: () => number, n: number) {
  return Uint8Array.from({ length: n }, () => next() & 0xff);
}

describe('Ed25519', () => {
  it('reproduces RFC 8032 signatures and both paths accept them', async () => {
    expect(await webCryptoAvailable()).toBe(true);
    for (const v of RFC) {
      const kp = keyPairFromSeed(fromHex(v.seed));
      const sig = sign(fromHex(v.msg), kp.secretKey);
      expect(toHex(sig)).toBe(v.sig);
      expect(await naclVerify(sig, fromHex(v.msg), kp.publicKey)).toBe(true);
      expect(await webCryptoVerify(sig, fromHex(v.msg), kp.publicKey)).toBe(true);
    }
  });

  it('both paths agree on 400 valid, tampered and random inputs', async () => {
    const next = lcg(42);
    let valid = 0;
    for (let i = 0; i < 400; i++) {
      const kp = keyPairFromSeed(bytes(next, 32));
      const msg = bytes(next, next() % 200);
      let sig = sign(msg, kp.secretKey);
      let key = kp.publicKey;
      const mode = i % 4;
      if (mode === 1) sig = Uint8Array.from(sig, (b, j) => (j === next() % 64 ? b ^ (1 << next() % 8) : b));
      if (mode === 2) key = bytes(next, 32);
      if (mode === 3 && msg.length > 0) msg[0] = (msg[0]! + 1) & 0xff;
      const a = await naclVerify(sig, msg, key);
      const b = await webCryptoVerify(sig, msg, key);
      expect(b).toBe(a);
      if (a) valid++;
    }
    expect(valid).toBeGreaterThanOrEqual(100);
  });

  it('both paths refuse a malleated signature (S + L), which plain tweetnacl would accept', async () => {
    const kp = keyPairFromSeed(new Uint8Array(32).fill(1));
    const msg = Uint8Array.of(1, 2, 3);
    const sig = sign(msg, kp.secretKey);
    // Add L to S (little-endian, 32 bytes): the same point equation holds for S + L.
    const L = fromHex('edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010');
    const m = sig.slice();
    let carry = 0;
    for (let i = 0; i < 32; i++) {
      const t = m[32 + i]! + L[i]! + carry;
      m[32 + i] = t & 0xff;
      carry = t >> 8;
    }
    expect(carry).toBe(0); // S < L < 2^253, so S + L still fits 32 bytes
    expect(await naclVerify(m, msg, kp.publicKey)).toBe(false);
    expect(await webCryptoVerify(m, msg, kp.publicKey)).toBe(false);
  });
});

describe('weak public keys', () => {
  it('both paths refuse the identity key with R = identity, S = 0, which verifies any message', async () => {
    const identity = fromHex('0100000000000000000000000000000000000000000000000000000000000000');
    const sig = new Uint8Array(64);
    sig.set(identity, 0);
    const msg = Uint8Array.of(9, 9, 9);
    expect(isWeakPublicKey(identity)).toBe(true);
    expect(await naclVerify(sig, msg, identity)).toBe(false);
    expect(await webCryptoVerify(sig, msg, identity)).toBe(false);
  });

  it('flags non-canonical encodings but no real key', () => {
    expect(isWeakPublicKey(fromHex('edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f'))).toBe(true);
    expect(isWeakPublicKey(fromHex('eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff'))).toBe(true);
    for (let i = 0; i < 50; i++) expect(isWeakPublicKey(keyPairFromSeed(new Uint8Array(32).fill(i)).publicKey)).toBe(false);
  });
});

// Every small-order point (identity, order 2, 4, 8) in each encoding a decoder accepts: both
// sign bits, and y + p where that still fits (y = 0, 1). None has a private key.
const SMALL_ORDER_Y = [
  '0100000000000000000000000000000000000000000000000000000000000000',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  '0000000000000000000000000000000000000000000000000000000000000000',
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
];
const withSignBit = (hex: string) => {
  const b = fromHex(hex);
  b[31]! |= 0x80;
  return b;
};
const SMALL_ORDER_ENCODINGS = SMALL_ORDER_Y.flatMap((y) => [fromHex(y), withSignBit(y)]);

describe('small-order points, every encoding', () => {
  it('are weak keys, with either sign bit (01 00…80 and ec ff…ff were let through)', () => {
    for (const key of SMALL_ORDER_ENCODINGS) expect(isWeakPublicKey(key), toHex(key)).toBe(true);
  });

  it('verify no forged signature (R = identity, S = 0) on either path, whatever the message', async () => {
    const sig = new Uint8Array(64);
    sig.set(IDENTITY);
    for (const key of [withSignBit(SMALL_ORDER_Y[0]!), withSignBit(SMALL_ORDER_Y[1]!)]) {
      for (let m = 0; m < 8; m++) {
        const msg = Uint8Array.of(m);
        expect(await naclVerify(sig, msg, key), `nacl ${toHex(key)} ${m}`).toBe(false);
        expect(await webCryptoVerify(sig, msg, key), `webcrypto ${toHex(key)} ${m}`).toBe(false);
      }
    }
  });

  it('are refused as R: a genuine key\u2019s signature with R = identity verifies on neither path', async () => {
    const seed = new Uint8Array(32).fill(3);
    const kp = keyPairFromSeed(seed);
    const msg = Uint8Array.of(4, 5, 6);
    const sig = identityRSignature(msg, seed);
    expect(nacl.sign.detached.verify(msg, sig, kp.publicKey)).toBe(true); // the equation holds: only the explicit check refuses it
    expect(await naclVerify(sig, msg, kp.publicKey)).toBe(false);
    expect(await webCryptoVerify(sig, msg, kp.publicKey)).toBe(false);
  });
});
