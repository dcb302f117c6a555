import type { de } from './de';
import type { deCoordinator } from './de-coordinator';
import type { deOffice } from './de-office';
import type { deVerifier } from './de-verifier';

// German is the reference: the holder catalogue plus the three staff areas' parts.
type Reference = typeof de & typeof deOffice & typeof deVerifier & typeof deCoordinator;

/** Every message key. */
export type MessageKey = keyof Reference;

/** A complete catalogue: one string per key, placeholders written as `{name}`. */
export type Messages = Record<MessageKey, string>;

/** A staff area whose messages load with the area (German and English only). */
export type StaffPart = 'office' | 'verifier' | 'coordinator';

/** Keys of the staff areas: shown in German and English only. */
export type StaffKey = keyof typeof deOffice | keyof typeof deVerifier | keyof typeof deCoordinator;

/** Keys every language translates: the holder screens and the shell. */
export type HolderKey = keyof typeof de;

/** A language's catalogue of the holder screens and the shell. */
export type HolderMessages = Record<HolderKey, string>;

// `{n}` is a value, `{n:one=Eintrag|other=Einträge}` picks a plural form for n; both name n.
type Name<P extends string> = P extends `${infer N}:${string}` ? N : P;

/** Names of the `{placeholders}` in a message template. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? Name<P> | Placeholders<Rest> : never;

/** Arguments after the key: a params object exactly when the German template has placeholders. */
export type ParamArgs<K extends MessageKey> = [Placeholders<Reference[K]>] extends [never]
  ? []
  : [params: Record<Placeholders<Reference[K]>, string | number>];

/** A language code of locales/languages.json: all for holder screens, staff screens in de and en only. */
export type Lang = string;

/** The translate function handed to screens. */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;

/** Keys whose message has no placeholders, so they can be passed around as plain values. */
export type PlainKey = { [K in MessageKey]: ParamArgs<K> extends [] ? K : never }[MessageKey];
