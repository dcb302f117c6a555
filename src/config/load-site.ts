// Reads site.json beside the app before the first render and puts it in force. The file is
// precached like the code, so a device offline still starts with the deployment it installed.
import { parseSite } from '../core';
import { brokenSite, DEFAULT_SITE, setSiteConfig, UNCONFIGURED_SITE, type SiteConfig } from './site';

/** Reads a file beside the app: its text, or undefined when it is not there (404) or unreachable. */
export type ReadSiteFile = (path: string) => Promise<string | undefined>;

/** The configuration for what was read: a sound site, the build's default without one, or broken. */
export function siteFrom(text: string | undefined, demoBuild: boolean): SiteConfig {
  if (text === undefined) return demoBuild ? DEFAULT_SITE : UNCONFIGURED_SITE;
  const r = parseSite(text);
  return r.ok ? r.site : brokenSite(r.problem);
}

/** Loads site.json (never throws) and puts the result in force; returns it. */
export async function loadSite(read: ReadSiteFile): Promise<SiteConfig> {
  const text = await read('site.json').catch(() => undefined);
  const config = siteFrom(text, __BBPASS_DEMO__);
  setSiteConfig(config);
  return config;
}
