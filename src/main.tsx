import './ui/shell/styles.css';
import { render } from 'preact';
import { App, preloadCurrentView } from './ui/shell/app';
import { AREAS, parseLocation } from './ui/shell/router';
import { initialLanguage, setLanguage } from './ui/i18n';
import { loadDemoMode } from './ui/shell/demo-mode';
import { registerServiceWorker } from './ui/shell/pwa';
import { siteStatusStore } from './ui/shell/site-notice';
import { loadSite } from './config/load-site';

/** A file beside the app (the service worker answers from its precache offline); undefined when absent. */
async function readBeside(path: string): Promise<string | undefined> {
  const r = await fetch(new URL(path, document.baseURI).href, { credentials: 'same-origin' });
  return r.ok ? r.text() : undefined;
}

/** Whether `bbpass site` deployed a site.json beside this index.html (FORMAT.md §13). */
const siteDeclared = (): boolean => document.querySelector('meta[name="bbpass-site"]') !== null;

async function boot(): Promise<void> {
  // The holder area is what most people open: when this device has a pass, start storage (Dexie,
  // keys, pass list) now, in parallel with the catalogue and the screen's chunk.
  if (!AREAS.has(parseLocation(location.hash).route)) void import('./ui/holder/pass-state').then((m) => m.startIfPassLikely());
  // Load the chosen catalogue before the first paint, so the page does not flash in German; its
  // request goes out first, as it is the last thing the first paint waits for.
  const language = setLanguage(initialLanguage()).catch(() => setLanguage('de'));
  // The deployment's roots (site.json) are in force before anything is verified or shown.
  const site = loadSite(siteDeclared() ? readBeside : undefined).then((config) => siteStatusStore.set(config.status ?? 'ok'));
  loadDemoMode();
  // The first render waits for the view too, so it replaces index.html's first screen with the
  // same screen, never with a loading line (that would flash and move the page).
  const view = preloadCurrentView();
  await Promise.all([language, site, view]);
  const root = document.getElementById('app');
  if (!root) throw new Error('#app missing in index.html');
  render(<App />, root);
  // Once the first screen is complete: the service worker's script and its precache (1.4 MB)
  // would otherwise share a slow link with what that screen still loads (a staff area draws its
  // lead text only after a storage check; lighthouse counted the request against that paint).
  setTimeout(registerServiceWorker, SW_DELAY_MS);
}

/** How long after the first render the service worker registers. */
const SW_DELAY_MS = 2000;

void boot();
