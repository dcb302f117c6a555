// What a district deploys beside the built app (site.json, written by `bbpass site`): the roots it
// pins, its name and contact, where its Wegweiser is and how old a trust list may get. The same
// build serves every district; this file is the only thing that differs. Until the loader runs
// (or on a build served without site.json) the defaults below hold: no roots pinned.
import type { TrustAnchor } from '../core';

/** A district's contact as shown on staff start screens and in the app's about text. */
export interface SiteContact {
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly website?: string;
}

/** The configuration of one deployment (one district, or several federated roots). */
export interface SiteConfig {
  /** The roots this deployment trusts; each district's trust list is `trust/<district>.json`. */
  readonly anchors: readonly TrustAnchor[];
  /** The district (or network) name shown in headers and notices. */
  readonly name?: string;
  readonly contact?: SiteContact;
  /** The Wegweiser data file relative to the app, when the district publishes one. */
  readonly directory?: string;
  /** Verifiers warn when the newest trust list of a district is older than this. */
  readonly maxTrustAgeDays: number;
}

/** The configuration of a build served without site.json (the demo experience). */
export const DEFAULT_SITE: SiteConfig = { anchors: [], directory: 'directory/dachau.json', maxTrustAgeDays: 7 };

let current: SiteConfig = DEFAULT_SITE;

/** The configuration in force on this page. */
export function siteConfig(): SiteConfig {
  return current;
}

/** Puts a checked configuration in force (the loader and tests call it). */
export function setSiteConfig(config: SiteConfig): void {
  current = config;
}
