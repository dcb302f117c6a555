// The one file-name rule of ui/kit: an office's exports and the coordinator's certificates spell
// a name the same way (ä → ae, other accents dropped), never empty, never unsafe.
import { describe, expect, it } from 'vitest';
import { fileDate, fileSlug } from '../../src/ui/kit/file-name';

describe('fileSlug', () => {
  it('writes German umlauts and ß as people do without them', () => {
    expect(fileSlug('Ärztehaus Dachau')).toBe('aerztehaus-dachau');
    expect(fileSlug('Öffentliche Bücherei Fürstenfeldbruck')).toBe('oeffentliche-buecherei-fuerstenfeldbruck');
    expect(fileSlug('Straßenbahn Groß')).toBe('strassenbahn-gross');
  });

  it('drops other accents instead of breaking the word', () => {
    expect(fileSlug('Café Señora')).toBe('cafe-senora');
    expect(fileSlug('Łódź Çağrı')).toBe('lodz-cagri');
  });

  it('turns every unsafe character into one dash and trims dashes', () => {
    expect(fileSlug('  VHS / Dachau: Kurs "A1"?* ')).toBe('vhs-dachau-kurs-a1');
    expect(fileSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(fileSlug('a\u0000b\nc')).toBe('a-b-c');
  });

  it('keeps at most 40 characters and never ends on a dash', () => {
    const slug = fileSlug('Migrationsberatung für erwachsene Zuwanderer Dachau-Ost');
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toBe('migrationsberatung-fuer-erwachsene-zuwan');
    expect(fileSlug('abcdefghij abcdefghij abcdefghij abcdefg-h')).not.toMatch(/-$/);
  });

  it('falls back when nothing usable is left', () => {
    expect(fileSlug('')).toBe('bbpass');
    expect(fileSlug('مركز الاستشارة')).toBe('bbpass');
    expect(fileSlug('—', 'stelle')).toBe('stelle');
  });
});

describe('fileDate', () => {
  it('is the UTC day of a time in seconds', () => {
    expect(fileDate(0)).toBe('1970-01-01');
    expect(fileDate(Date.UTC(2026, 11, 3, 23, 59, 59) / 1000)).toBe('2026-12-03');
  });
});
