// What a district deploys beside the built app (site.json, written by `bbpass site`, FORMAT.md
// §13): the roots it pins, its name and contact, where its Wegweiser is and how old a trust list
// may get. The same build serves every district; this file is the only thing that differs. The
// loader (load-site.ts) puts the checked file in force before the first render; until then, and
// on a demo build served without site.json, the defaults below hold: no roots pinned.
import { DEFAULT_MAX_TRUST_AGE_DAYS, type SiteContact, type SiteProblem, type TrustAnchor } from '../core';

export type { SiteContact };

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
  /**
   * Absent when the configuration is sound. 'unconfigured': a district build served without
   * site.json (holders work, staff are told no district is set up). 'broken': a site.json that
   * failed the check; nothing is trusted, not even the DEMO districts.
   */
  readonly status?: 'unconfigured' | 'broken';
  /** Why site.json was refused (with status 'broken'). */
  readonly problem?: SiteProblem;
}

/** The configuration of a demo build served without site.json (the demo experience). */
export const DEFAULT_SITE: SiteConfig = { anchors: [], directory: 'directory/dachau.json', maxTrustAgeDays: DEFAULT_MAX_TRUST_AGE_DAYS };

/** A district build served without site.json: no roots, no sample Wegweiser. */
export const UNCONFIGURED_SITE: SiteConfig = { anchors: [], maxTrustAgeDays: DEFAULT_MAX_TRUST_AGE_DAYS, status: 'unconfigured' };

/** A site.json that failed the check: never half a configuration, nothing is trusted. */
export function brokenSite(problem: SiteProblem): SiteConfig {
  return { anchors: [], maxTrustAgeDays: DEFAULT_MAX_TRUST_AGE_DAYS, status: 'broken', problem };
}

let current: SiteConfig = DEFAULT_SITE;

/** The configuration in force on this page. */
export function siteConfig(): SiteConfig {
  return current;
}

/** Puts a checked configuration in force (the loader and tests call it). */
export function setSiteConfig(config: SiteConfig): void {
  current = config;
}
