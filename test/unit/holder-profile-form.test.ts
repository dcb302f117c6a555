// The first-start form refuses names a pass card could not sign (docs/FORMAT.md §7.1.1) with a
// message of its own, and keeps every ordinary name.
import { describe, expect, it } from 'vitest';
import { emptyDraft, validateProfile } from '../../src/ui/holder/profile-form';

const draft = (givenName: string, familyName: string) => ({ ...emptyDraft(), givenName, familyName, birth: { day: '12', month: '04', year: '1998' } });

describe('validateProfile names', () => {
  it('keeps native names in any script, Persian with ZWNJ, beside the Latin name', () => {
    const d = { ...draft('Mohammadreza', 'Alizadeh'), givenNameNative: ' محمدرضا ', familyNameNative: 'علی\u200Cزاده' };
    expect(validateProfile(d, '2026-09-15')).toMatchObject({ errors: {}, profile: { givenName: 'Mohammadreza', givenNameNative: 'محمدرضا', familyNameNative: 'علی\u200Cزاده' } });
    expect(validateProfile(draft('Oleksandr', 'Groß-Müller'), '2026-09-15').profile).not.toHaveProperty('givenNameNative');
  });

  it('refuses a Latin name field without Latin letters, pointing to the native fields', () => {
    expect(validateProfile(draft('محمدرضا', 'Олександр'), '2026-09-15').errors).toEqual({ givenName: 'holder.error.notLatin', familyName: 'holder.error.notLatin' });
    const d = { ...draft('Amina', 'Beispiel'), givenNameNative: 'أمينة\u202E' };
    expect(validateProfile(d, '2026-09-15').errors).toEqual({ givenNameNative: 'holder.error.invisible' });
  });

  it('refuses invisible and control characters with their own message', () => {
    expect(validateProfile(draft('Amina\u200B', 'Beispiel\u202E'), '2026-09-15').errors).toEqual({ givenName: 'holder.error.invisible', familyName: 'holder.error.invisible' });
    expect(validateProfile(draft('Amina\u200C Rida', 'X'), '2026-09-15').errors).toEqual({ givenName: 'holder.error.invisible' });
  });
});
