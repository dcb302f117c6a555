// The anchors in force: the DEMO ones are literals that must be the public halves of the
// published demo seeds; the production ones come only from the deployment's site.json.
import { afterEach, describe, expect, it } from 'vitest';
import { demoDistrictRoot, demoKeyPair, keyPairFromSeed, toBase64Url, DEMO_DISTRICT, DEMO_FEDERATION } from '../../src/core';
import { anchorsInForce, DEMO_ANCHOR, DEMO_FEDERATION_ANCHORS, pin } from '../../src/config/districts';
import { loadSite, siteFrom } from '../../src/config/load-site';
import { DEFAULT_SITE, setSiteConfig, siteConfig } from '../../src/config/site';

const root = keyPairFromSeed(new Uint8Array(32).fill(3));
const siteJson = JSON.stringify({ format: 'bbpass-site', version: 1, anchors: [{ district: '09174', name: 'Landkreis Dachau', publicKey: toBase64Url(root.publicKey) }] });
const demoDistricts = [DEMO_DISTRICT, ...DEMO_FEDERATION.map((d) => d.district)];

afterEach(() => setSiteConfig(DEFAULT_SITE));

describe('anchors in force', () => {
  it('pins the DEMO roots as the public keys of their published seeds', () => {
    expect(DEMO_ANCHOR.district).toBe(DEMO_DISTRICT);
    expect(toBase64Url(DEMO_ANCHOR.publicKey)).toBe(toBase64Url(demoKeyPair('root').publicKey));
    expect(DEMO_FEDERATION_ANCHORS.map((a) => a.district)).toEqual(DEMO_FEDERATION.map((d) => d.district));
    for (const a of DEMO_FEDERATION_ANCHORS) expect(toBase64Url(a.publicKey)).toBe(toBase64Url(demoDistrictRoot(a.district).publicKey));
  });

  it('trusts nothing compiled in: without site.json only the DEMO districts, and only in demo mode', () => {
    expect(anchorsInForce(false)).toEqual([]);
    expect(anchorsInForce(true).map((a) => a.district)).toEqual(demoDistricts);
  });

  it('trusts the roots of site.json, and the DEMO districts beside them only in demo mode', () => {
    setSiteConfig(siteFrom(siteJson, true));
    expect(anchorsInForce(false).map((a) => a.district)).toEqual(['09174']);
    expect(anchorsInForce(true).map((a) => a.district)).toEqual(['09174', ...demoDistricts]);
  });

  it('a broken site.json trusts nothing, not even the DEMO districts in demo mode', () => {
    setSiteConfig(siteFrom(siteJson.replace('"version":1', '"version":1,"extra":1'), true));
    expect(siteConfig()).toMatchObject({ status: 'broken', problem: { reason: 'unknown-field', path: 'extra' } });
    expect(anchorsInForce(false)).toEqual([]);
    expect(anchorsInForce(true)).toEqual([]);
  });

  it('without site.json a demo build keeps its sample Wegweiser, a district build says it is unconfigured', () => {
    expect(siteFrom(undefined, true)).toBe(DEFAULT_SITE);
    expect(siteFrom(undefined, false)).toMatchObject({ status: 'unconfigured', anchors: [] });
    expect(siteFrom(undefined, false).directory).toBeUndefined();
  });

  it('reads site.json only where index.html declares one; a declared file that cannot be read is broken, not unconfigured', async () => {
    const asked: string[] = [];
    expect(await loadSite(undefined)).toBe(DEFAULT_SITE);
    expect(await loadSite(async (p) => (asked.push(p), siteJson))).toMatchObject({ anchors: [{ district: '09174' }] });
    expect(asked).toEqual(['site.json']);
    expect(await loadSite(async () => undefined)).toMatchObject({ status: 'broken', problem: { reason: 'unreadable' } });
    expect(await loadSite(() => Promise.reject(new TypeError('offline')))).toMatchObject({ status: 'broken', problem: { reason: 'unreadable' } });
    expect(anchorsInForce(true)).toEqual([]);
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => pin('09999', 'Landkreis Probe', 'AAAA')).toThrow(/not 32 bytes/);
  });
});
