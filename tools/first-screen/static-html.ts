// The holder's first screen (the language list) as index.html carries it, made at build time
// from the language registry (src/ui/i18n/locales/languages.json), so the largest paint waits for
// no script. It must be the markup Preact draws (ui/holder/first-start.tsx with
// ui/kit/language-choice.tsx): Preact then reuses these nodes and nothing moves. The registry is
// edited by volunteer translators, so its text is treated as hostile: every value is bounded,
// checked with the policy for signed text (no controls, no bidi overrides, no invisibles) and
// escaped; a bad entry fails the build with its field named instead of reaching the page.
import { signedText } from '../../src/core/model/text-policy.ts';

/** One registry entry as the static list needs it. */
export interface StaticLanguage {
  readonly code: string;
  readonly name: string;
  readonly dir: string;
  readonly review: string;
  readonly note?: string;
}

/** What the static screen shows beside the languages. */
export interface StaticScreen {
  /** The heading ("Sprache wählen"), in German: the app replaces it with the device's language. */
  readonly title: string;
  /** Path data of the heading's globe icon (ui/kit/icons.tsx). */
  readonly globe: readonly string[];
}

// Longest own name (Українська: 10) and note (Kurmanji: 73) with room for new languages.
const MAX_NAME = 40;
const MAX_NOTE = 160;
const CODE = /^[a-z]{2,3}$/;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text or attribute value as HTML, whatever characters it holds. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

// A registry entry checked for the page: a RangeError names the language and field that is wrong.
function checkedLanguage(l: StaticLanguage, index: number): StaticLanguage {
  const where = `languages.json #${index + 1}`;
  if (typeof l.code !== 'string' || !CODE.test(l.code)) throw new RangeError(`${where}: code must be 2 or 3 letters a-z`);
  if (l.dir !== 'ltr' && l.dir !== 'rtl') throw new RangeError(`${where} (${l.code}): dir must be ltr or rtl`);
  const name = signedText(l.name, `${where} (${l.code}) name`, MAX_NAME);
  // Only an unreviewed translation carries its note on screen (the German source and reviewed ones none).
  const note = l.review === 'unreviewed' ? signedText(l.note, `${where} (${l.code}) note`, MAX_NOTE) : undefined;
  return { code: l.code, name, dir: l.dir, review: l.review, note };
}

// The content of a language button: its own name and, for a machine translation, the note under it.
function labelHtml(l: StaticLanguage): string {
  const note = l.note === undefined ? '' : `<span class="language-note">${escapeHtml(l.note)}</span>`;
  return `<span class="language-name">${escapeHtml(l.name)}</span>${note}`;
}

function buttonHtml(l: StaticLanguage): string {
  // data-static marks what index.html drew: first-screen.js takes a tap on it before the app is
  // there, and Preact drops the attribute when it takes the node over.
  return `<li><button type="button" class="button wide language-choice" lang="${l.code}" dir="${l.dir}" aria-pressed="false" data-static="">${labelHtml(l)}</button></li>`;
}

/**
 * `<main>` with the first-start language list, as Preact renders it (no white space between
 * tags: Preact would take a text node for one). Hidden by CSS unless first-screen.js says this
 * device should see it.
 */
export function firstScreenHtml(languages: readonly StaticLanguage[], screen: StaticScreen): string {
  const checked = languages.map(checkedLanguage);
  const title = signedText(screen.title, 'holder.start.langTitle', 80);
  const paths = screen.globe.map((d) => `<path d="${escapeHtml(d)}"></path>`).join('');
  const icon = `<svg class="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${paths}</svg>`;
  return (
    `<main id="main" tabindex="-1"><div><section class="screen" aria-labelledby="start-title" data-static="">` +
    `<h1 id="start-title" class="with-icon">${icon}${escapeHtml(title)}</h1>` +
    `<ul class="language-list" role="list">${checked.map(buttonHtml).join('')}</ul></section></div></main>`
  );
}

/** The codes for first-screen.js (`de en ar:rtl …`), read from a meta tag before the app loads. */
export function languagesMeta(languages: readonly StaticLanguage[]): string {
  const codes = languages.map(checkedLanguage).map((l) => (l.dir === 'rtl' ? `${l.code}:rtl` : l.code));
  return codes.join(' ');
}
