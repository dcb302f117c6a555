import { de } from './de';
import { createStore, useStore } from '../store';
import type { Lang, MessageKey, Messages, ParamArgs, Translate } from './types';

export type { Lang, MessageKey, Messages, PlainKey, Translate } from './types';

/** Languages offered in the language switch, in display order. */
export const LANGS: readonly Lang[] = ['de', 'en'];

/** Each language's name in that language; deliberately not translated, so people spot their own. */
export const ENDONYMS: Record<Lang, string> = { de: 'Deutsch', en: 'English' };

// German is bundled because it is the fallback; every other catalogue is its own lazy chunk,
// so adding the holder languages later does not grow the start bundle.
const loaders: Record<Lang, () => Promise<Messages>> = {
  de: async () => de,
  en: () => import('./en').then((m) => m.en),
};
const RTL = new Set<string>(['ar', 'fa']);
const STORAGE_KEY = 'bbpass.lang';

interface I18nState {
  lang: Lang;
  messages: Messages;
}

/** The current language and its catalogue. */
export const i18nStore = createStore<I18nState>({ lang: 'de', messages: de });

/** Fills `{name}` placeholders; a missing key falls back to German so the UI never shows a raw key. */
export function format(messages: Messages, key: MessageKey, params?: Record<string, string | number>): string {
  const template = messages[key] ?? de[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translate function bound to one catalogue. */
export function translator(messages: Messages): Translate {
  return <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => format(messages, key, params[0]);
}

/** Translates with the current language, for code outside components. */
export const t: Translate = (key, ...params) => translator(i18nStore.get().messages)(key, ...params);

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
  return { lang, t: translator(messages) };
}

function readSaved(): Lang | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return LANGS.find((l) => l === value);
  } catch {
    return undefined;
  }
}
