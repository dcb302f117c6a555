// The anchors pinned in src/config/districts.ts: the DEMO ones are literals that must be the
// public halves of the published demo seeds, and a pasted production line must be well formed.
import { describe, expect, it } from 'vitest';
import { demoDistrictRoot, demoKeyPair, toBase64Url, DEMO_DISTRICT, DEMO_FEDERATION } from '../../src/core';
import { anchorsInForce, DEMO_ANCHOR, DEMO_FEDERATION_ANCHORS, PINNED_ANCHORS, pin } from '../../src/config/districts';

describe('pinned anchors', () => {
  it('pins the DEMO roots as the public keys of their published seeds', () => {
    expect(DEMO_ANCHOR.district).toBe(DEMO_DISTRICT);
    expect(toBase64Url(DEMO_ANCHOR.publicKey)).toBe(toBase64Url(demoKeyPair('root').publicKey));
    expect(DEMO_FEDERATION_ANCHORS.map((a) => a.district)).toEqual(DEMO_FEDERATION.map((d) => d.district));
    for (const a of DEMO_FEDERATION_ANCHORS) expect(toBase64Url(a.publicKey)).toBe(toBase64Url(demoDistrictRoot(a.district).publicKey));
  });

  it('trusts the DEMO districts only in demo mode', () => {
    expect(anchorsInForce(false)).toEqual([...PINNED_ANCHORS]);
    expect(anchorsInForce(true).map((a) => a.district)).toEqual([...PINNED_ANCHORS.map((a) => a.district), DEMO_DISTRICT, ...DEMO_FEDERATION.map((d) => d.district)]);
    expect(anchorsInForce(true).every((a) => a.name.includes('DEMO') || PINNED_ANCHORS.includes(a))).toBe(true);
  });

  it('refuses a pasted key that is not 32 bytes', () => {
    expect(() => pin('09999', 'Landkreis Probe', 'AAAA')).toThrow(/not 32 bytes/);
  });
});
