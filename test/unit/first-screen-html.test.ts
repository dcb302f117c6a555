// index.html's first screen is written from the language registry, which volunteer translators
// edit: its text is hostile. Markup characters are escaped (a name with < or " cannot open a tag
// or leave an attribute), and a name or note that could steer or hide text on screen, or is too
// long, fails the build naming the field, rather than reaching every newcomer's first screen.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeHtml, firstScreenHtml, languagesMeta, type StaticLanguage } from '../../tools/first-screen/static-html';
import { GLOBE_PATHS } from '../../src/ui/kit/icon-globe';
import { LANGUAGES } from '../../src/ui/i18n/languages';

const SCREEN = { title: 'Sprache wählen', globe: GLOBE_PATHS };
const de: StaticLanguage = { code: 'de', name: 'Deutsch', dir: 'ltr', review: 'source' };
const html = (l: StaticLanguage) => firstScreenHtml([de, l], SCREEN);
/** The elements and attributes of a fragment, by a parser-free count (what a browser would build). */
const tags = (s: string) => s.match(/<[a-z][^>]*>/g) ?? [];

describe('first screen from the registry', () => {
  it('draws every language of the registry with its name, lang, dir and, when unreviewed, its note', () => {
    const page = firstScreenHtml(LANGUAGES, SCREEN);
    expect(page.match(/<button /g)).toHaveLength(LANGUAGES.length);
    for (const l of LANGUAGES) {
      const button = new RegExp(`<button [^>]*lang="${l.code}" dir="${l.dir}"[^>]*><span class="language-name">${escapeHtml(l.name)}</span>(<span class="language-note">(.*?)</span>)?</button>`).exec(page);
      expect(button, l.code).not.toBeNull();
      expect(button![2], l.code).toBe(l.review === 'unreviewed' ? escapeHtml(l.note!) : undefined);
    }
    // No white space between tags: Preact would take a text node for one and move things.
    expect(page).not.toMatch(/>\s+</);
    expect(languagesMeta(LANGUAGES).split(' ')).toContain('ar:rtl');
  });

  it('is what index.html gets (the plugin replaces the mark)', () => {
    const index = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
    expect(index).toContain('<!--bbpass:first-screen-->');
    expect(index).toContain('<!--bbpass:languages-->');
  });

  it('escapes markup in a name and a note', () => {
    const hostile = { code: 'xx', name: 'Evil"><script src=x>', dir: 'ltr', review: 'unreviewed', note: `a</span><img src=x onerror=alert(1)>'"` };
    const page = html(hostile);
    expect(page).toContain('<span class="language-name">Evil&quot;&gt;&lt;script src=x&gt;</span>');
    expect(page).toContain('<span class="language-note">a&lt;/span&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&quot;</span>');
    expect(tags(page).some((t) => /<(script|img)/.test(t))).toBe(false);
    expect(tags(page)).toHaveLength(tags(html({ ...hostile, name: 'Evil', note: 'a' })).length);
  });

  it('refuses a name or note that steers, hides or floods the text', () => {
    const base: StaticLanguage = { code: 'xx', name: 'Xx', dir: 'ltr', review: 'unreviewed', note: 'machine' };
    expect(() => html({ ...base, name: 'Deu\u202Etsch' })).toThrow(/#2 \(xx\) name: U\+202E is a bidi control/);
    expect(() => html({ ...base, note: 'ok\u200Bhidden' })).toThrow(/note: U\+200B is an invisible/);
    expect(() => html({ ...base, name: 'line\nbreak' })).toThrow(/name: U\+000A is a line break/);
    expect(() => html({ ...base, name: 'x'.repeat(41) })).toThrow(/name: 1 to 40 characters/);
    expect(() => html({ ...base, note: 'n'.repeat(161) })).toThrow(/note: 1 to 160 characters/);
    // An unreviewed language without its note would hide that a machine wrote it.
    expect(() => html({ ...base, note: undefined })).toThrow(/note: 1 to 160 characters/);
  });

  it('refuses a code or direction that is not one', () => {
    const base: StaticLanguage = { code: 'xx', name: 'Xx', dir: 'ltr', review: 'reviewed' };
    expect(() => html({ ...base, code: 'x" onclick="y' })).toThrow(/#2: code must be 2 or 3 letters/);
    expect(() => languagesMeta([{ ...base, code: 'x y' }])).toThrow(/code must be/);
    expect(() => html({ ...base, dir: 'rtl;' })).toThrow(/\(xx\): dir must be ltr or rtl/);
    expect(html(base)).not.toContain('language-note');
  });
});
