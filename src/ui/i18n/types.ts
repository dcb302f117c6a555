import type { de } from './de';

/** Every message key; German is the reference catalogue. */
export type MessageKey = keyof typeof de;

/** A complete catalogue: one string per key, placeholders written as `{name}`. */
export type Messages = Record<MessageKey, string>;

/** Keys of the staff areas: shown in German and English only. */
export type StaffKey = Extract<MessageKey, `office.${string}` | `verifier.${string}` | `coordinator.${string}`>;

/** Keys a holder language must translate: everything except the staff areas. */
export type HolderKey = Exclude<MessageKey, StaffKey>;

/** A holder language's catalogue; staff keys come from English (see index.ts). */
export type HolderMessages = Record<HolderKey, string>;

// `{n}` is a value, `{n:one=Eintrag|other=Einträge}` picks a plural form for n; both name n.
type Name<P extends string> = P extends `${infer N}:${string}` ? N : P;

/** Names of the `{placeholders}` in a message template. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? Name<P> | Placeholders<Rest> : never;

/** Arguments after the key: a params object exactly when the German template has placeholders. */
export type ParamArgs<K extends MessageKey> = [Placeholders<(typeof de)[K]>] extends [never]
  ? []
  : [params: Record<Placeholders<(typeof de)[K]>, string | number>];

/** Languages of the app: all for holder screens, staff screens in de and en only. */
export type Lang = 'de' | 'en' | 'ar' | 'fa' | 'uk' | 'ru' | 'tr' | 'ro';

/** The translate function handed to screens. */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;

/** Keys whose message has no placeholders, so they can be passed around as plain values. */
export type PlainKey = { [K in MessageKey]: ParamArgs<K> extends [] ? K : never }[MessageKey];
