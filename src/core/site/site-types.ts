// The shapes of site.json (FORMAT.md §13), apart from its parser so the app's config can name them.
import type { TrustAnchor } from '../verify/trust-store';

/** A district's contact as shown to staff. */
export interface SiteContact {
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly website?: string;
}

/** A checked site.json. */
export interface SiteFile {
  /** The roots this deployment trusts; each district's trust list is `trust/<district>.json`. */
  readonly anchors: readonly TrustAnchor[];
  readonly name?: string;
  readonly contact?: SiteContact;
  /** The Wegweiser file relative to the app (`directory/<id>.json`). */
  readonly directory?: string;
  /** Verifiers warn when a district's newest trust list is older than this. */
  readonly maxTrustAgeDays: number;
}

/** Why a site.json was refused (closed set). */
export type SiteReason =
  /** index.html names a site.json that could not be read (deleted from the host, or a server error). */
  | 'unreadable'
  | 'too-large'
  | 'not-json'
  | 'wrong-format'
  | 'unsupported-version'
  | 'unknown-field'
  | 'bad-field'
  | 'bad-text'
  | 'bad-district'
  | 'duplicate-district'
  | 'bad-key'
  | 'demo-anchor';

/** A refusal and the field it is about (e.g. `anchors[0].publicKey`; empty for the whole file). */
export interface SiteProblem {
  readonly reason: SiteReason;
  readonly path: string;
}

/**
 * The key ids (FORMAT.md §6.2) of the public DEMO roots, which a site may never pin: their private
 * keys are published. Ids, not keys, so a district build carries no DEMO key at all;
 * test/unit/site-file.test.ts checks them against core/demo/world.ts.
 */
export const DEMO_ROOT_KEY_IDS: readonly string[] = ['e3b61776f19fd8b4', 'a0000cb5f9a5e008', '44819db991ac7196', 'd0717d760af156ac'];
