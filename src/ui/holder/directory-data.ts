// Loads the district's offers directory once per session from where the site configuration
// says (site.json's `directory`, by default the demo build's sample). The file is precached by
// the service worker (every built .json is), so this works offline; a broken file becomes a
// 'broken' state.
import { parseDirectory, pickText, type Directory, type DirectoryCategory, type LocalText } from '../../core';
import { siteConfig } from '../../config/site';
import type { Lang } from '../i18n';
import { createStore } from '../kit/store';

/** What the directory screens can show. */
export type DirectoryState = { status: 'loading' } | { status: 'ready'; directory: Directory } | { status: 'broken' } | { status: 'failed' };

let pending: Promise<DirectoryState> | undefined;

/** Fetches and checks the directory; the result is shared, a network failure is retried next time. */
export function loadDirectory(url = siteConfig().directory): Promise<DirectoryState> {
  // A site that publishes no Wegweiser has nothing to load: the screen says it could not be loaded.
  if (!url) return Promise.resolve({ status: 'failed' });
  pending ??= fetch(url, { credentials: 'same-origin' })
    .then(async (r): Promise<DirectoryState> => {
      if (!r.ok) return { status: 'failed' };
      const check = parseDirectory(await r.text());
      return check.ok ? { status: 'ready', directory: check.directory } : { status: 'broken' };
    })
    .catch((): DirectoryState => ({ status: 'failed' }))
    .then((state) => (state.status === 'failed' && (pending = undefined), state));
  return pending;
}

/** The search and filters of the directory screen; kept while the holder opens an offer and comes back. */
export const directoryFilter = createStore<{ query: string; category: DirectoryCategory | 'all'; place: string }>({ query: '', category: 'all', place: 'all' });

/** A text in the holder's language, else the directory's fallback languages, else German, with the language it is in (for `lang=` and the "in English" mark). */
export function localText(text: LocalText, lang: Lang, fallback?: readonly string[]): { text: string; lang: string } {
  return pickText(text, lang, fallback);
}
