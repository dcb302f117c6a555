import './ui/shell/styles.css';
import { render } from 'preact';
import { App, preloadCurrentView } from './ui/shell/app';
import { AREAS, parseLocation } from './ui/shell/router';
import { initialLanguage, setLanguage } from './ui/i18n';
import { loadDemoMode } from './ui/shell/demo-mode';
import { registerServiceWorker } from './ui/shell/pwa';

async function boot(): Promise<void> {
  // The holder area is what most people open: when this device has a pass, start storage (Dexie,
  // keys, pass list) now, in parallel with the catalogue and the screen's chunk.
  if (!AREAS.has(parseLocation(location.hash).route)) void import('./ui/holder/pass-state').then((m) => m.startIfPassLikely());
  // Load the chosen catalogue before the first paint, so the page does not flash in German; its
  // request goes out first, as it is the last thing the first paint waits for.
  const language = setLanguage(initialLanguage()).catch(() => setLanguage('de'));
  loadDemoMode();
  preloadCurrentView();
  await language;
  const root = document.getElementById('app');
  if (!root) throw new Error('#app missing in index.html');
  render(<App />, root);
  registerServiceWorker();
}

void boot();
