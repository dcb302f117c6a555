import type { de } from './de';

/** Every message key; German is the reference catalogue. */
export type MessageKey = keyof typeof de;

/** A complete catalogue: one string per key, placeholders written as `{name}`. */
export type Messages = Record<MessageKey, string>;

/** Names of the `{placeholders}` in a message template. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** Arguments after the key: a params object exactly when the German template has placeholders. */
export type ParamArgs<K extends MessageKey> = [Placeholders<(typeof de)[K]>] extends [never]
  ? []
  : [params: Record<Placeholders<(typeof de)[K]>, string | number>];

/** Languages the app ships now; holder languages ar, fa, uk, ru, tr, ro are planned. */
export type Lang = 'de' | 'en';

/** The translate function handed to screens. */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;

/** Keys whose message has no placeholders, so they can be passed around as plain values. */
export type PlainKey = { [K in MessageKey]: ParamArgs<K> extends [] ? K : never }[MessageKey];
