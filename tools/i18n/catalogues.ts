// Reads the translation files as a translator and the test see them: the German source (de.ts,
// typed), the flat JSON catalogues in src/ui/i18n/locales/, the language registry and, per
// language, the fingerprint of the German each message was translated from (locales/sources/).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { de } from '../../src/ui/i18n/de';
import type { Language } from '../../src/ui/i18n/languages';

/** The folder of the catalogues. */
export const LOCALES = fileURLToPath(new URL('../../src/ui/i18n/locales/', import.meta.url));

/** A flat catalogue: message key → template. */
export type Catalogue = Record<string, string>;

/** The German holder catalogue, the reference every language translates. */
export const GERMAN: Catalogue = de;

const json = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The language registry (locales/languages.json). */
export const registry = (): Language[] => json<{ languages: Language[] }>(`${LOCALES}languages.json`).languages;

/** Codes that have a catalogue file (every `<code>.json` but the registry). */
export const catalogueCodes = (): string[] =>
  readdirSync(LOCALES)
    .filter((f) => f.endsWith('.json') && f !== 'languages.json')
    .map((f) => f.slice(0, -5))
    .sort();

/** A language's catalogue as its file holds it. */
export const catalogue = (code: string): Catalogue => json<Catalogue>(`${LOCALES}${code}.json`);

/** Per key, the fingerprint of the German text the translation was made from (undefined when none was recorded). */
export function sources(code: string): Record<string, string> | undefined {
  const path = `${LOCALES}sources/${code}.json`;
  return existsSync(path) ? json<Record<string, string>>(path) : undefined;
}

/** A short fingerprint of a German message (FNV-1a, 32 bits): enough to notice that it changed. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** A catalogue as JSON text, keys in German's order (stable diffs for translation tools). */
export function toJson(messages: Catalogue): string {
  const ordered = Object.fromEntries(Object.keys(GERMAN).filter((k) => k in messages).map((k) => [k, messages[k]]));
  return `${JSON.stringify({ ...ordered, ...messages }, null, 2)}\n`;
}
