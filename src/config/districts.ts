// The district roots in force: those of the deployment's site.json (config/site.ts, checked at
// start), never anything compiled in. The public DEMO districts are trusted only in a demo build
// while a device has demo mode switched on: their private keys are published, so anyone can
// sign in their names.
import { fromBase64Url, DEMO_DISTRICT, DEMO_DISTRICT_NAME, DEMO_FEDERATION, type TrustAnchor } from '../core';
import { siteConfig } from './site';

/** An anchor from a district id, name and public key in base64url (as `bbpass anchor` prints them). */
export function pin(district: string, name: string, publicKey: string): TrustAnchor {
  const key = fromBase64Url(publicKey);
  if (key.length !== 32) throw new Error(`districts.ts: the root key of ${district} is not 32 bytes`);
  return { district, name, publicKey: key };
}

// A DEMO anchor is pinned like any other but flagged, so every result it vouches for is marked DEMO.
const demoPin = (district: string, name: string, publicKey: string): TrustAnchor => ({ ...pin(district, name, publicKey), demo: true });

// The DEMO anchors are pinned like any district's: as literal public keys. Deriving them from
// their published seeds at startup would cost a scalar multiplication each (~15 ms on a cheap
// phone, on the path of every pass opening); test/unit/districts.test.ts checks the literals
// against the seeds in core/demo/world.ts. They are marked pure so that a district build, where
// __BBPASS_DEMO__ is false and nothing uses them, drops them from the bundle altogether
// (test/browser/district-build.test.ts).

/** The public DEMO district's anchor (its private key is public: never trust it unless demo mode is on). */
export const DEMO_ANCHOR: TrustAnchor = /* @__PURE__ */ demoPin(DEMO_DISTRICT, DEMO_DISTRICT_NAME, 'YdDDR3jGu_Gz68LjuqCLoCGZBzA302XsNTerWKp2Jag');

const DEMO_FEDERATION_KEYS: Readonly<Record<string, string>> = {
  'demo-dachau': '5IxkvbdPK7ADZlywIYO5bWpQPouwxZoLBwZuN9tJtks',
  'demo-freising': 'Vp0Bcrm03LbSqjEP5fcysvmkRIJ5Gbm1nuQrcZsAmPg',
  'demo-darmstadt-dieburg': 'Tm_a0aLG6MrM73QxW3OSa1GfqCBpcih8-kpfSQanFWw',
};

/** DEMO — not for production: the federation demo's districts (Dachau, Freising, Darmstadt-Dieburg), public keys. */
export const DEMO_FEDERATION_ANCHORS: readonly TrustAnchor[] = /* @__PURE__ */ DEMO_FEDERATION.map((d) => demoPin(d.district, d.name, DEMO_FEDERATION_KEYS[d.district] ?? ''));

/**
 * The anchors in force on a device: the site's roots, and the DEMO ones only in a demo build with
 * demo mode on. A district build never trusts the DEMO anchors, whatever was stored; a broken
 * site.json trusts nothing at all (its anchors are empty and the DEMO ones are withheld too).
 */
export function anchorsInForce(demoMode: boolean): TrustAnchor[] {
  const site = siteConfig();
  const demo = __BBPASS_DEMO__ && demoMode && site.status !== 'broken';
  return demo ? [...site.anchors, DEMO_ANCHOR, ...DEMO_FEDERATION_ANCHORS] : [...site.anchors];
}
