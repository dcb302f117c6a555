// What is wrong with a translation, per message: the rules a catalogue must keep (docs/translating.md).
import { pluralForms } from '../../src/ui/i18n/plural';
import { fingerprint, type Catalogue } from './catalogues';

/** The problems of one catalogue against German; `outdated` is advice, the rest must be empty. */
export interface CatalogueReport {
  readonly missing: string[];
  readonly extra: string[];
  readonly placeholders: string[];
  readonly plurals: string[];
  /** Control characters or bidi overrides: the app isolates text itself, a catalogue must not steer it. */
  readonly unsafe: string[];
  /** German changed since the message was translated (or no translation source was recorded). */
  readonly outdated: string[];
}

const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]))].sort().join();
const blocks = (s: string) => [...s.matchAll(/\{\w+:([^{}]*)\}/g)].map((m) => Object.keys(pluralForms(m[1]!)));
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Plural categories a language uses for whole numbers (fractions never appear in the app). */
function integerCategories(lang: string): Set<string> {
  const rules = new Intl.PluralRules(lang);
  return new Set(Array.from({ length: 201 }, (_, n) => rules.select(n)));
}

/** Checks `messages` against the German `reference` for `keys`; `from` are the recorded source fingerprints. */
export function checkCatalogue(lang: string, messages: Catalogue, reference: Catalogue, keys: readonly string[], from?: Record<string, string>): CatalogueReport {
  const needed = integerCategories(lang);
  const allowed = new Set<string>(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);
  const has = (k: string) => typeof messages[k] === 'string' && messages[k]!.trim() !== '';
  const plurals = keys.filter(has).flatMap((k) =>
    blocks(messages[k]!).flatMap((cats) => {
      const lacking = [...needed].filter((c) => !cats.includes(c));
      const unknown = cats.filter((c) => !allowed.has(c));
      return lacking.length || unknown.length ? [`${k}: lacks ${lacking.join('/') || '-'}, unknown ${unknown.join('/') || '-'}`] : [];
    }),
  );
  return {
    missing: keys.filter((k) => !has(k)),
    extra: Object.keys(messages).filter((k) => !keys.includes(k)),
    placeholders: keys.filter((k) => has(k) && names(messages[k]!) !== names(reference[k]!)),
    plurals,
    unsafe: keys.filter((k) => has(k) && UNSAFE.test(messages[k]!)),
    outdated: from ? keys.filter((k) => has(k) && from[k] !== fingerprint(reference[k]!)) : [],
  };
}

/** Whether a report has anything that must be fixed before the catalogue ships (outdated is not). */
export const mustFix = (r: CatalogueReport): boolean => [r.missing, r.extra, r.placeholders, r.plurals, r.unsafe].some((l) => l.length > 0);
