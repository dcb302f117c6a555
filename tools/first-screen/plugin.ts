// Vite plugin: writes the holder's first screen (the language list) and the language codes into
// index.html from the registry, in builds and on the dev server, so adding a language to
// languages.json updates the page with no hand edit (static-html.ts says what is written).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { firstScreenHtml, languagesMeta, type StaticLanguage } from './static-html.ts';
import { GLOBE_PATHS } from '../../src/ui/kit/icon-globe.ts';

const LOCALES = fileURLToPath(new URL('../../src/ui/i18n/locales/', import.meta.url));
/** Where index.html wants the screen: right after the static header, inside #app. */
const SCREEN_MARK = '<!--bbpass:first-screen-->';
/** Where it wants the codes: in <head>, before first-screen.js reads them. */
const CODES_MARK = '<!--bbpass:languages-->';

const readJson = (file: string): unknown => JSON.parse(readFileSync(`${LOCALES}${file}`, 'utf8'));

/** The plugin; it refuses an index.html without the mark rather than ship a page without the list. */
export function firstScreenPlugin(): Plugin {
  return {
    name: 'bbpass-first-screen',
    // Read on every transform: the dev server picks up a registry edit on the next reload.
    transformIndexHtml(html) {
      for (const mark of [SCREEN_MARK, CODES_MARK]) if (!html.includes(mark)) throw new Error(`index.html: ${mark} missing`);
      const { languages } = readJson('languages.json') as { languages: StaticLanguage[] };
      const german = readJson('de.json') as Record<string, string>;
      const main = firstScreenHtml(languages, { title: german['holder.start.langTitle'] ?? '', globe: GLOBE_PATHS });
      return html.replace(SCREEN_MARK, main).replace(CODES_MARK, `<meta name="bbpass-languages" content="${languagesMeta(languages)}" />`);
    },
    handleHotUpdate({ file, server }) {
      if (file.startsWith(LOCALES) && (file.endsWith('languages.json') || file.endsWith('de.json'))) server.ws.send({ type: 'full-reload' });
    },
  };
}
