// The holder's paper for a job application: only the chosen entries, in the pass's order, and in
// German, with the holder's own language beside each German text when asked (German first).
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/ui/i18n';
import { catalogue } from '../../tools/i18n/catalogues';
import { de } from '../../src/ui/i18n/de';
import { chosenEntries, paperLanguage, paperTranslator } from '../../src/ui/holder/paper';

const ar = catalogue('ar') as typeof de;

describe('chosenEntries', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('keeps only the chosen entries, in the order of the pass', () => {
    expect(chosenEntries(list, new Set(['c', 'a'])).map((e) => e.id)).toEqual(['a', 'c']);
  });

  it('prints nothing when nothing is chosen, and ignores ids not in the pass', () => {
    expect(chosenEntries(list, new Set())).toEqual([]);
    expect(chosenEntries(list, new Set(['x', 'b'])).map((e) => e.id)).toEqual(['b']);
  });
});

describe('paperLanguage', () => {
  it('is German alone by default, whatever language the screens speak', () => {
    expect(paperLanguage('ar', false)).toEqual({ first: 'de' });
    expect(paperLanguage('de', false)).toEqual({ first: 'de' });
  });

  it('puts the holder language second on request, never German twice', () => {
    expect(paperLanguage('ar', true)).toEqual({ first: 'de', second: 'ar' });
    expect(paperLanguage('uk', true)).toEqual({ first: 'de', second: 'uk' });
    expect(paperLanguage('de', true)).toEqual({ first: 'de' });
  });
});

describe('paperTranslator', () => {
  const german = translator('de', de);
  const arabic = translator('ar', ar);

  it('speaks German alone without a second language', () => {
    expect(paperTranslator(german)('holder.entry.office')).toBe('Stelle');
  });

  it('pairs each text: German first, the second language isolated so it cannot reorder the German', () => {
    expect(paperTranslator(german, arabic)('holder.entry.office')).toBe('Stelle / \u2068الجهة\u2069');
    expect(paperTranslator(german, arabic)('holder.print.entries', { n: 2 })).toBe('Einträge (2) / \u2068الإدخالات (2)\u2069');
  });

  it('says a text once where both languages say the same', () => {
    const same = translator('ar', { ...ar, 'holder.entry.office': 'Stelle' });
    expect(paperTranslator(german, same)('holder.entry.office')).toBe('Stelle');
  });
});
