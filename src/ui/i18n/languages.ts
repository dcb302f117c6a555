// The languages the app offers, read from locales/languages.json: the one file a translator
// edits besides their catalogue (docs/translating.md). Each entry says whether a native speaker
// reviewed the translation; an unreviewed one carries a note in its own language, which the
// language lists show under its name, because a person should know when a machine wrote the
// words they are asked to rely on.
import registry from './locales/languages.json';

/** How far a translation was checked: the German source, reviewed by a native speaker, or not (yet). */
export type Review = 'source' | 'reviewed' | 'unreviewed';

/** One language of the app as the registry describes it. */
export interface Language {
  readonly code: string;
  /** The language's own name (no flags, never translated), so people spot their own. */
  readonly name: string;
  readonly dir: 'ltr' | 'rtl';
  readonly review: Review;
  /** For an unreviewed language: "machine translation, not checked by a native speaker", in that language. */
  readonly note?: string;
}

/** Every language in display order (German first: the source and the fallback). */
export const LANGUAGES: readonly Language[] = registry.languages as readonly Language[];

const byCode = new Map(LANGUAGES.map((l) => [l.code, l]));

/** The registry entry of a code (German for an unknown one, which cannot be chosen anyway). */
export const languageOf = (code: string): Language => byCode.get(code) ?? LANGUAGES[0]!;
