// Reads site.json beside the app before the first render and puts it in force. `bbpass site`
// marks index.html with <meta name="bbpass-site" content="site.json">, so the app asks for the
// file only where one was deployed (a bare build never requests a file that is not there), and a
// site whose file then cannot be read is broken rather than silently unconfigured. Both files are
// precached like the code, so a device offline still starts with the deployment it installed.
import { parseSite } from '../core';
import { brokenSite, DEFAULT_SITE, setSiteConfig, UNCONFIGURED_SITE, type SiteConfig } from './site';

/** The file index.html names when a site was deployed (the only name `bbpass site` writes). */
export const SITE_FILE = 'site.json';

/** Reads a file beside the app: its text, or undefined when it is not there (404) or unreachable. */
export type ReadSiteFile = (path: string) => Promise<string | undefined>;

/** The configuration for what was read: a sound site, the build's default without one (undefined), or broken. */
export function siteFrom(text: string | undefined, demoBuild: boolean): SiteConfig {
  if (text === undefined) return demoBuild ? DEFAULT_SITE : UNCONFIGURED_SITE;
  const r = parseSite(text);
  return r.ok ? r.site : brokenSite(r.problem);
}

/** Loads site.json when the page declares one (`read` given), puts the result in force and returns it; never throws. */
export async function loadSite(read: ReadSiteFile | undefined): Promise<SiteConfig> {
  const text = read && (await read(SITE_FILE).catch(() => undefined));
  const config = read && text === undefined ? brokenSite({ reason: 'unreadable', path: '' }) : siteFrom(text, __BBPASS_DEMO__);
  setSiteConfig(config);
  return config;
}
