import { de } from './de';
import { createStore, useStore } from '../kit/store';
import { fill } from './plural';
import { languageOf, LANGUAGES } from './languages';
import type { HolderMessages, Lang, MessageKey, Messages, ParamArgs, StaffPart, Translate } from './types';

export { LANGUAGES, languageOf, type Language } from './languages';
export type { HolderKey, HolderMessages, Lang, MessageKey, Messages, PlainKey, StaffKey, StaffPart, Translate } from './types';

/** Languages offered in the language switch, in display order (locales/languages.json). */
export const LANGS: readonly Lang[] = LANGUAGES.map((l) => l.code);

/** Each language's name in that language; deliberately not translated (and no flags), so people spot their own. */
export const ENDONYMS: Readonly<Record<Lang, string>> = Object.fromEntries(LANGUAGES.map((l) => [l.code, l.name]));

// German is bundled because it is the fallback and typed source; every other language is a flat
// JSON catalogue (locales/<code>.json, what translation tools read) and its own lazy chunk, so
// the holder languages do not grow the start bundle.
const files = import.meta.glob<HolderMessages>(['./locales/*.json', '!./locales/languages.json', '!./locales/de.json'], { import: 'default' });
/** A language's holder catalogue; German for a code without a file (the registry test forbids one). */
const base = (lang: Lang): Promise<HolderMessages> => files[`./locales/${lang}.json`]?.() ?? Promise.resolve(de);

// Staff screens (office, verifier, coordinator) exist in German and English only: staff work in
// German, and English is the language a second staff member most likely shares, so a holder
// language shows English there rather than a mix with raw keys. Each area's messages are a
// chunk loaded with the area: a newcomer's phone never downloads them.
const parts: Record<StaffPart, Record<'de' | 'en', () => Promise<Partial<Messages>>>> = {
  office: { de: () => import('./de-office').then((m) => m.deOffice), en: () => import('./en-office').then((m) => m.enOffice) },
  verifier: { de: () => import('./de-verifier').then((m) => m.deVerifier), en: () => import('./en-verifier').then((m) => m.enVerifier) },
  coordinator: {
    de: () => import('./de-coordinator').then((m) => m.deCoordinator),
    en: () => import('./en-coordinator').then((m) => m.enCoordinator),
  },
};
const STORAGE_KEY = 'bbpass.lang';

interface I18nState {
  lang: Lang;
  /** The language's holder catalogue plus the staff areas opened so far. */
  messages: Partial<Messages>;
  /** What staff screens show: the same under German or English, else the English holder catalogue plus the areas, so no line of a staff screen is in the holder's language. */
  staffMessages: Partial<Messages>;
}

/** The current language and its catalogue. */
export const i18nStore = createStore<I18nState>({ lang: 'de', messages: de, staffMessages: de });

/** Fills placeholders and plural forms (see plural.ts); a missing key falls back to German so the UI never shows a raw key. */
export function format(lang: Lang, messages: Partial<Messages>, key: MessageKey, params?: Record<string, string | number>): string {
  const own = messages[key];
  if (own !== undefined) return fill(lang, own, params);
  const german = (de as Partial<Messages>)[key];
  // A staff key before its area's part arrived (areas wait for it, so this is a bug): show the key, never crash.
  return german === undefined ? key : fill('de', german, params);
}

/** A translate function bound to one language and its catalogue. */
export function translator(lang: Lang, messages: Partial<Messages>): Translate {
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
  target = lang;
  await apply();
  document.documentElement.lang = lang;
  document.documentElement.dir = languageOf(lang).dir;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage can be disabled (private mode); the choice then lasts for this session only.
  }
}

/** A holder catalogue by language (the DEMO banner of a staff area under a holder language speaks English). */
export function holderMessages(lang: Lang): Promise<HolderMessages> {
  return base(lang);
}

/** Loads a staff area's messages in the current language (and in every later one); areas await it before their first render. */
export async function loadStaffMessages(part: StaffPart): Promise<void> {
  wanted.add(part);
  await apply();
}

let target: Lang = 'de';
const wanted = new Set<StaffPart>();

/** The language of the staff areas under an app language: German, else English (their only catalogues). */
const staffLang = (lang: Lang): 'de' | 'en' => (lang === 'de' ? 'de' : 'en');

// Language choices and areas can load concurrently: each caller recomposes until what it composed
// is still what is wanted, so a slow earlier load never overwrites a later choice or drops an area.
async function apply(): Promise<void> {
  for (;;) {
    const lang = target;
    const areas = [...wanted];
    const staff = staffLang(lang);
    // The staff language's own holder catalogue (shared words, DEMO names, the scanner panel) only once an area is open.
    const staffBase = areas.length > 0 && staff !== lang ? base(staff) : undefined;
    const [messages, staffOwn, ...extra] = await Promise.all([base(lang), staffBase, ...areas.map((p) => parts[p][staff]())]);
    if (lang === target && areas.length === wanted.size) {
      const composed = Object.assign({}, messages, ...extra) as Partial<Messages>;
      i18nStore.set({ lang, messages: composed, staffMessages: staffOwn ? (Object.assign({}, staffOwn, ...extra) as Partial<Messages>) : composed });
      return;
    }
  }
}

/** The current language and a translate function; re-renders on language change. */
export function useI18n(): { lang: Lang; t: Translate } {
  const { lang, messages } = useStore(i18nStore);
  return { lang, t: translator(lang, messages) };
}

/** useI18n for a staff area: its language (German or English) for every text, date and number, whatever the holder's language. */
export function useStaffI18n(): { lang: 'de' | 'en'; t: Translate } {
  const { lang, staffMessages } = useStore(i18nStore);
  const staff = staffLang(lang);
  return { lang: staff, t: translator(staff, staffMessages) };
}

function readSaved(): Lang | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return LANGS.find((l) => l === value);
  } catch {
    // Storage can be disabled (private mode): then the phone's language decides, as on a first start.
    return undefined;
  }
}
