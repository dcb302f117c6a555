// Every single-byte change and every truncation of a valid signed object must be refused,
// and random input must only ever produce typed errors.
import { describe, expect, it } from 'vitest';
import {
  cardToCbor, certificateToCbor, createCard, createPresentation, decodeCbor, decodeCard, decodeCertificate, decodePresentation,
  decodeRegistration, decodeStamp, decodeTrustList, encodeCbor, fromText, presentationToCbor, stampToCbor, trustListToCbor,
  verifyCard, verifyCertificate, verifyPresentation, verifyStamp, webCryptoVerify, DecodeError, TrustStore, type VerifyFn,
} from '../../src/core';
import { fixture, NOW } from './support';

const tripleKey = (sig: Uint8Array, msg: Uint8Array, key: Uint8Array) =>
  Buffer.from(sig).toString('latin1') + Buffer.from(key).toString('latin1') + Buffer.from(msg).toString('latin1');

// Memoised WebCrypto verification for presentations: a mutation changes one signed item, the others repeat.
const memo = new Map<string, Promise<boolean>>();
const memoVerify: VerifyFn = (sig, msg, key) => {
  const id = tripleKey(sig, msg, key);
  let r = memo.get(id);
  if (!r) {
    if (memo.size > 50_000) memo.clear();
    r = webCryptoVerify(sig, msg, key);
    memo.set(id, r);
  }
  return r;
};

// An exact oracle for the exhaustive sweep: it accepts precisely the (signature, message, key)
// triples that real Ed25519 accepted for the original objects. A one-byte change cannot turn an
// invalid triple into a valid one, so for this property the oracle and Ed25519 agree, at a
// fraction of the cost; the spread sweep below runs real WebCrypto verification.
const genuine = new Set<string>();
const recordingVerify: VerifyFn = async (sig, msg, key) => {
  const ok = await webCryptoVerify(sig, msg, key);
  if (ok) genuine.add(tripleKey(sig, msg, key));
  return ok;
};
const oracleVerify: VerifyFn = async (sig, msg, key) => genuine.has(tripleKey(sig, msg, key));

type Check = (bytes: Uint8Array) => Promise<boolean>;

function decoded(bytes: Uint8Array) {
  try {
    return decodeCbor(bytes);
  } catch (e) {
    if (e instanceof DecodeError) return undefined;
    throw e;
  }
}

async function objects(verify: VerifyFn, presentationVerify: VerifyFn, presented = 3) {
  const { world } = await fixture(verify);
  const trust = new TrustStore([world.anchor]);
  await trust.offer(world.trustList, verify);
  const ctx = { trust, now: NOW, verify };
  const accepts = (f: (v: ReturnType<typeof decodeCbor>) => Promise<boolean>): Check => async (b) => {
    const v = decoded(b);
    return v !== undefined && (await f(v));
  };
  const presentation = createPresentation(world.holder, world.holderKeys, world.stamps.slice(0, presented), NOW - 5);
  return {
    stamp: {
      bytes: encodeCbor(stampToCbor(world.stamps[0]!)),
      ok: accepts(async (v) => (await verifyStamp(v, ctx, { holderKey: world.holder.publicKey })).valid),
    },
    card: {
      bytes: encodeCbor(cardToCbor(createCard(world.holder, world.holderKeys, NOW - 5))),
      ok: accepts(async (v) => (await verifyCard(v, { now: NOW, verify })).valid),
    },
    certificate: {
      bytes: encodeCbor(certificateToCbor(world.offices.beratung.certificate)),
      ok: accepts(async (v) => (await verifyCertificate(v, ctx)).valid),
    },
    trustList: {
      bytes: encodeCbor(trustListToCbor(world.trustList)),
      ok: accepts(async (v) => {
        try {
          return (await new TrustStore([world.anchor]).offer(decodeTrustList(v), verify)).accepted;
        } catch (e) {
          if (e instanceof DecodeError) return false;
          throw e;
        }
      }),
    },
    presentation: {
      bytes: encodeCbor(presentationToCbor(presentation)),
      ok: accepts(async (v) => {
        const r = await verifyPresentation(v, { ...ctx, verify: presentationVerify });
        return r.valid && r.entries.length === presented && r.entries.every((e) => e.valid);
      }),
    },
  };
}

const SPREAD = [1, 2, 4, 8, 16, 32, 64, 128, 255, 3, 0x55, 0xaa, 0x0f, 0xf0, 0x7f, 0x80];
const ALL = Array.from({ length: 255 }, (_, i) => i + 1);

async function sweep(name: string, bytes: Uint8Array, ok: Check, deltas: readonly number[]) {
  expect(await ok(bytes)).toBe(true);
  for (let n = 0; n < bytes.length; n++) expect(await ok(bytes.subarray(0, n)), `truncated to ${n}`).toBe(false);
  let tried = 0;
  for (let i = 0; i < bytes.length; i++) {
    for (const d of deltas) {
      const m = bytes.slice();
      m[i]! ^= d;
      tried++;
      if (await ok(m)) expect.fail(`${name}: byte ${i} ^ ${d} was accepted`);
    }
  }
  expect(tried).toBe(bytes.length * deltas.length);
}

describe('every single-byte change (all 255 other values at every position) and every truncation is refused', async () => {
  // Two stamps of one office keep the exhaustive presentation sweep near half a minute.
  const originals = await objects(recordingVerify, recordingVerify, 2);
  for (const { bytes, ok } of Object.values(originals)) expect(await ok(bytes)).toBe(true); // records the genuine triples
  const all = await objects(oracleVerify, oracleVerify, 2);
  for (const [name, { bytes, ok }] of Object.entries(all)) {
    it(`${name} (${bytes.length} B)`, () => sweep(name, bytes, ok, ALL));
  }
});

describe('the same with real WebCrypto verification (16 spread values per position)', async () => {
  const all = await objects(webCryptoVerify, memoVerify);
  for (const [name, { bytes, ok }] of Object.entries(all)) {
    it(`${name} (${bytes.length} B)`, () => sweep(name, bytes, ok, SPREAD));
  }
});

describe('random input', () => {
  it('10,000 random inputs give typed errors, never another exception', () => {
    let s = 12345;
    const rnd = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
    const decoders = [decodeCbor, (b: Uint8Array) => decodeStamp(decodeCbor(b)), (b: Uint8Array) => decodeCard(decodeCbor(b)),
      (b: Uint8Array) => decodeCertificate(decodeCbor(b)), (b: Uint8Array) => decodeTrustList(decodeCbor(b)),
      (b: Uint8Array) => decodePresentation(decodeCbor(b)), (b: Uint8Array) => decodeRegistration(decodeCbor(b))];
    const prefixes = [[], [0xd2, 0x84], [0xd2, 0x84, 0x4d, 0xa2, 0x01, 0x27, 0x04, 0x48], [0xa2, 0x00, 0x02, 0x01, 0x01]];
    let typed = 0;
    for (let i = 0; i < 10_000; i++) {
      const body = Uint8Array.from({ length: rnd() % 300 }, () => rnd() & 0xff);
      const bytes = Uint8Array.from([...prefixes[i % prefixes.length]!, ...body]);
      for (const d of decoders) {
        try {
          d(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(DecodeError);
          typed++;
        }
      }
      const text = String.fromCharCode(...body.subarray(0, 60).map((b) => 32 + (b % 95)));
      try {
        fromText(`BBP1:S:${text}`);
      } catch (e) {
        expect(e).toBeInstanceOf(DecodeError);
      }
    }
    expect(typed).toBeGreaterThan(60_000);
  });
});
