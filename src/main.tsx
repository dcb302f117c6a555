import './ui/styles.css';
import { render } from 'preact';
import { App } from './ui/app';
import { initialLanguage, setLanguage } from './ui/i18n';
import { registerServiceWorker } from './ui/shell/pwa';

async function boot(): Promise<void> {
  // Load the chosen catalogue before the first paint, so the page does not flash in German.
  await setLanguage(initialLanguage()).catch(() => setLanguage('de'));
  const root = document.getElementById('app');
  if (!root) throw new Error('#app missing in index.html');
  render(<App />, root);
  registerServiceWorker();
}

void boot();
