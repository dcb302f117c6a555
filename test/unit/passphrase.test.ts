// The passphrase strength check: every obvious passphrase is refused with its reason, good ones pass.
import { describe, expect, it } from 'vitest';
import { checkPassphrase, MIN_PASSPHRASE } from '../../src/core';

describe('checkPassphrase', () => {
  it('keeps the minimum lengths per role (holder 8, office 10, root 12), counted in characters', () => {
    expect(MIN_PASSPHRASE).toEqual({ holder: 8, office: 10, root: 12 });
    expect(checkPassphrase('Kursraum 1', 'office')).toBeNull();
    expect(checkPassphrase('Kursraum ', 'office')).toBe('too-short');
    expect(checkPassphrase('Grün-Ölbaum', 'root')).toBe('too-short'); // 11 characters, more bytes
  });

  it.each([
    ['aaaaaaaaaaaa', 'repetition'],
    ['demo-demo', 'repetition'],
    ['abcabcabcabc', 'repetition'],
    ['12345678', 'sequence'],
    ['123456789012', 'sequence'],
    ['abcdefghijkl', 'sequence'],
    ['87654321', 'sequence'],
    ['qwertzuiop', 'sequence'],
    ['QWERTYUIOP', 'sequence'],
    ['asdfghjklö', 'sequence'],
    ['passwort', 'common'],
    ['Passwort123!', 'common'],
    ['hallo123', 'common'],
    ['password2024', 'common'],
    ['geheim!!', 'common'],
    ['iloveyou', 'common'],
    ['Koordinator2024', 'name'],
    ['Landkreis Dachau', 'name'],
    ['Dachau-2024!', 'name'],
    ['VHS Musterstadt', 'name'],
  ] as const)('refuses %s as %s', (pass, reason) => {
    const role = pass.length >= 12 ? 'root' : 'holder';
    expect(checkPassphrase(pass, role, ['Landkreis Dachau', 'dachau', 'VHS Musterstadt'])).toBe(reason);
  });

  it('accepts passphrases that are not obvious, including the ones the tests use', () => {
    for (const p of ['Sonnenblume 2024', 'Kursraum 12 Süd', 'correct horse battery staple', 'coordinator passphrase', 'Sonnenblume-im-Regen-42', 'Dachauer Moos im Nebel']) {
      expect(checkPassphrase(p, 'root', ['Landkreis Dachau', 'dachau']), p).toBeNull();
    }
  });
});
