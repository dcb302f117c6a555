// Loads the district's offers directory once per session. The file is precached by the service
// worker (every built .json is), so this works offline; a broken file becomes a 'broken' state.
import { parseDirectory, type Directory, type DirectoryCategory, type LocalText } from '../../core';
import type { Lang } from '../i18n';
import { createStore } from '../kit/store';

/** The district's directory file, relative to the app (one district per deployment). */
export const DIRECTORY_URL = 'directory/dachau.json';

/** What the directory screens can show. */
export type DirectoryState = { status: 'loading' } | { status: 'ready'; directory: Directory } | { status: 'broken' } | { status: 'failed' };

let pending: Promise<DirectoryState> | undefined;

/** Fetches and checks the directory; the result is shared, a network failure is retried next time. */
export function loadDirectory(url = DIRECTORY_URL): Promise<DirectoryState> {
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

/** The search and filter of the directory screen; kept while the holder opens an offer and comes back. */
export const directoryFilter = createStore<{ query: string; category: DirectoryCategory | 'all' }>({ query: '', category: 'all' });

/** A text in the holder's language, else English, else German, with the language it is in (for `lang=`). */
export function localText(text: LocalText, lang: Lang): { text: string; lang: string } {
  for (const l of [lang, 'en', 'de']) {
    const value = text[l];
    if (value) return { text: value, lang: l };
  }
  return { text: text.de, lang: 'de' };
}
