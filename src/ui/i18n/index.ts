import { de } from './de';
import { createStore, useStore } from '../store';
import { fill } from './plural';
import type { HolderMessages, Lang, MessageKey, Messages, ParamArgs, Translate } from './types';

export type { HolderKey, HolderMessages, Lang, MessageKey, Messages, PlainKey, StaffKey, Translate } from './types';

/** Languages offered in the language switch, in display order. */
export const LANGS: readonly Lang[] = ['de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'ro'];

/** Each language's name in that language; deliberately not translated (and no flags), so people spot their own. */
export const ENDONYMS: Record<Lang, string> = {
  de: 'Deutsch',
  en: 'English',
  ar: 'العربية',
  fa: 'دری / فارسی',
  uk: 'Українська',
  ru: 'Русский',
  tr: 'Türkçe',
  ro: 'Română',
};

// Staff screens (office, verifier, coordinator) exist in German and English only: staff work in
// German, and English is the language a second staff member most likely shares. A holder
// language therefore lays its catalogue over the English one, so a holder who opens a staff
// area in Arabic sees English there rather than a mix with raw keys.
const over = (load: () => Promise<HolderMessages>) => async (): Promise<Messages> => {
  const [en, own] = await Promise.all([loaders.en(), load()]);
  return { ...en, ...own };
};

// German is bundled because it is the fallback; every other catalogue is its own lazy chunk,
// so the holder languages do not grow the start bundle.
const loaders: Record<Lang, () => Promise<Messages>> = {
  de: async () => de,
  en: () => import('./en').then((m) => m.en),
  ar: over(() => import('./ar').then((m) => m.ar)),
  fa: over(() => import('./fa').then((m) => m.fa)),
  uk: over(() => import('./uk').then((m) => m.uk)),
  ru: over(() => import('./ru').then((m) => m.ru)),
  tr: over(() => import('./tr').then((m) => m.tr)),
  ro: over(() => import('./ro').then((m) => m.ro)),
};
const RTL = new Set<string>(['ar', 'fa']);
const STORAGE_KEY = 'bbpass.lang';

interface I18nState {
  lang: Lang;
  messages: Messages;
}

/** The current language and its catalogue. */
export const i18nStore = createStore<I18nState>({ lang: 'de', messages: de });

/** Fills placeholders and plural forms (see plural.ts); a missing key falls back to German so the UI never shows a raw key. */
export function format(lang: Lang, messages: Messages, key: MessageKey, params?: Record<string, string | number>): string {
  const own = messages[key];
  return own === undefined ? fill('de', de[key], params) : fill(lang, own, params);
}

/** A translate function bound to one language and its catalogue. */
export function translator(lang: Lang, messages: Messages): Translate {
  return <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => format(lang, messages, key, params[0]);
}

/** Translates with the current language, for code outside components. */
export const t: Translate = (key, ...params) => {
  const { lang, messages } = i18nStore.get();
  return translator(lang, messages)(key, ...params);
};

/** The language to start with: the saved choice, else the browser's first supported language. */
export function initialLanguage(): Lang {
  const saved = readSaved();
  if (saved) return saved;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    const match = LANGS.find((l) => l === base);
    if (match) return match;
  }
  return 'de';
}

/** Loads a catalogue, switches to it, remembers the choice and updates `<html lang dir>`. */
export async function setLanguage(lang: Lang): Promise<void> {
  const messages = await loaders[lang]();
  i18nStore.set({ lang, messages });
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL.has(lang) ? 'rtl' : 'ltr';
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage can be disabled (private mode); the choice then lasts for this session only.
  }
}

/** The current language and a translate function; re-renders on language change. */
export function useI18n(): { lang: Lang; t: Translate } {
  const { lang, messages } = useStore(i18nStore);
  return { lang, t: translator(lang, messages) };
}

function readSaved(): Lang | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return LANGS.find((l) => l === value);
  } catch {
    return undefined;
  }
}
