// Shared fixtures for core tests: the public demo district at a pinned time.
import { demoWorld, naclVerify, TrustStore, type VerifyFn } from '../../src/core';

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
