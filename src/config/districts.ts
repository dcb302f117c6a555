// The district roots this build trusts (pinned at build time, never fetched). A district that
// deploys the app adds its anchor here (see README, "Deploying for a district"); the public
// DEMO district is trusted only while a device has demo mode switched on.
import { demoKeyPair, DEMO_DISTRICT, DEMO_DISTRICT_NAME, type TrustAnchor } from '../core';

/** Production anchors: empty until a district pins its root. */
export const PINNED_ANCHORS: readonly TrustAnchor[] = [];

/** The public DEMO district's anchor (its private key is public: never trust it unless demo mode is on). */
export const DEMO_ANCHOR: TrustAnchor = { district: DEMO_DISTRICT, name: DEMO_DISTRICT_NAME, publicKey: demoKeyPair('root').publicKey };

/** The anchors in force on a device. */
export function anchorsInForce(demoMode: boolean): TrustAnchor[] {
  return demoMode ? [...PINNED_ANCHORS, DEMO_ANCHOR] : [...PINNED_ANCHORS];
}
