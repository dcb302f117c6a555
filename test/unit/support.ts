// Shared fixtures for core tests: the public demo district at a pinned time.
import {
  certificateToCbor, decodeTrustList, demoWorld, encodePayload, keyId, naclVerify, sign1ToCbor, signSign1, TrustStore,
  type Cbor, type KeyPair, type TrustList, type TrustListClaims, type VerifyFn,
} from '../../src/core';

/** The pinned "now" of unit tests: 2026-09-15T10:00:00Z. */
export const NOW = Date.UTC(2026, 8, 15, 10) / 1000;

/** A demo world, a trust store holding its root and trust list, and a verification context. */
export async function fixture(verify: VerifyFn = naclVerify) {
  const world = demoWorld(NOW);
  const trust = new TrustStore([world.anchor]);
  const offered = await trust.offer(world.trustList, verify);
  if (!offered.accepted) throw new Error('demo trust list refused');
  return { world, trust, ctx: { trust, now: NOW, verify } };
}

/**
 * Signs a trust list as a careless or hostile root could, bypassing issueTrustList's own checks
 * (e.g. a version above MAX_TRUST_LIST_VERSION), to prove that verifiers refuse it.
 */
export function signTrustListUnchecked(c: TrustListClaims, root: KeyPair): TrustList {
  const payload = encodePayload('trustList', [
    [2, c.district],
    [3, c.districtName],
    [4, c.version],
    [5, c.issuedAt],
    [6, c.certificates.map(certificateToCbor)],
    [7, c.revocations.map((r): Cbor => [r.officeKey, r.since])],
  ]);
  return decodeTrustList(sign1ToCbor(signSign1(payload, keyId(root.publicKey), root.secretKey)));
}
