// Verifying a presentation must cost O(stamps + certificates), not O(stamps × certificates):
// each certificate is decoded and its key id computed once per presentation (shipped list)
// or once per trust state (trust-list certificates), however many stamps name it.
import { describe, expect, it, vi } from 'vitest';
import * as certificate from '../../src/core/model/certificate';
import * as ed25519 from '../../src/core/ed25519';
import {
  checkPayload, createPresentation, encodeCbor, encodePayload, holderPairs, issueCertificate, issueStamp, presentationToCbor, sign1ToCbor, signSign1, verifyPresentation,
  MAX_PRESENTED, type Entry,
} from '../../src/core';
import { fixture, NOW } from './support';

vi.mock('../../src/core/model/certificate', async (original) => {
  const m = await original<typeof import('../../src/core/model/certificate')>();
  return { ...m, decodeCertificate: vi.fn(m.decodeCertificate) };
});
vi.mock('../../src/core/ed25519', async (original) => {
  const m = await original<typeof import('../../src/core/ed25519')>();
  return { ...m, keyId: vi.fn(m.keyId) };
});

const kurs: Entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'completed', units: 100 };

describe('verifyPresentation work', () => {
  it('decodes each certificate and derives each key id once, however many stamps share them', async () => {
    const { world, ctx, trust } = await fixture();
    const offices = 12;
    const stampsEach = 4;
    const stamps = Array.from({ length: offices }, (_, i) => {
      const keys = ed25519.keyPairFromSeed(new Uint8Array(32).fill(i + 1));
      const claims = { district: world.anchor.district, officeKey: keys.publicKey, officeName: `Büro ${i}`, officeKind: 'sprachkurstraeger' as const, allowedTypes: ['sprachkurs' as const], validFrom: NOW - 1000, validUntil: NOW + 1000 };
      const cert = issueCertificate(claims, world.root);
      return Array.from({ length: stampsEach }, (_, j) => issueStamp({ holder: world.holder, issuedAt: NOW - 100 - j, entry: kurs }, keys, cert));
    }).flat();
    const p = presentationToCbor(createPresentation(world.holder, world.holderKeys, stamps, NOW - 10));
    const listed = trust.allLists().reduce((n, l) => n + l.claims.certificates.length, 0);
    vi.mocked(certificate.decodeCertificate).mockClear();
    vi.mocked(ed25519.keyId).mockClear();

    const v = await verifyPresentation(p, ctx);
    expect(v.valid).toBe(true);
    expect(v.entries.every((e) => e.valid)).toBe(true);
    expect(v.entries).toHaveLength(offices * stampsEach);
    // Shipped certificates once each; quadratic would be offices² × stampsEach = 576.
    expect(vi.mocked(certificate.decodeCertificate).mock.calls.length).toBe(offices);
    // Key ids: shipped and listed once each, plus a constant number for the envelope and anchors.
    expect(vi.mocked(ed25519.keyId).mock.calls.length).toBeLessThanOrEqual(offices + listed + offices + 4);

    // A second presentation under the same trust state reuses the trust-list index.
    vi.mocked(ed25519.keyId).mockClear();
    await verifyPresentation(p, { ...ctx, certCache: new Map() });
    expect(vi.mocked(ed25519.keyId).mock.calls.length).toBeLessThanOrEqual(offices + offices + 4);
  });
});

describe('presentation limits', () => {
  it(`refuses a presentation of more than ${MAX_PRESENTED} stamps as too-large, before checking any`, async () => {
    const { world, ctx } = await fixture();
    const signed = (stamps: number) => {
      const payload = encodePayload('presentation', [...holderPairs(world.holder), [6, NOW - 10], [7, []], [8, new Array(stamps).fill(0)]]);
      return encodeCbor(sign1ToCbor(signSign1(payload, ed25519.keyId(world.holder.publicKey), world.holderKeys.secretKey)));
    };
    const over = signed(MAX_PRESENTED + 1);
    vi.mocked(ed25519.keyId).mockClear();
    expect(await checkPayload('presentation', over, ctx, { mode: 'file', maxAge: 300 })).toEqual({ kind: 'refused', reason: 'too-large' });
    expect(vi.mocked(ed25519.keyId)).not.toHaveBeenCalled(); // not even the envelope was checked
    // At the limit the stamps are judged (here: unreadable items, each on its own).
    const at = await checkPayload('presentation', signed(MAX_PRESENTED), ctx, { mode: 'file', maxAge: 300 });
    expect(at.kind === 'presentation' && at.items.length).toBe(MAX_PRESENTED);
  });
});
