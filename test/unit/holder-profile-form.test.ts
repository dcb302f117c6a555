// The first-start form refuses names a pass card could not sign (docs/FORMAT.md §7.1.1) with a
// message of its own, and keeps every ordinary name.
import { describe, expect, it } from 'vitest';
import { emptyDraft, validateProfile } from '../../src/ui/holder/profile-form';

const draft = (givenName: string, familyName: string) => ({ ...emptyDraft(), givenName, familyName, birth: { day: '12', month: '04', year: '1998' } });

describe('validateProfile names', () => {
  it('keeps names in any script, Persian with ZWNJ', () => {
    expect(validateProfile(draft('محمدرضا', 'علی\u200Cزاده'), '2026-09-15').errors).toEqual({});
    expect(validateProfile(draft('Олександр', 'Groß-Müller'), '2026-09-15').errors).toEqual({});
  });

  it('refuses invisible and control characters with their own message', () => {
    expect(validateProfile(draft('Amina\u200B', 'Beispiel\u202E'), '2026-09-15').errors).toEqual({ givenName: 'holder.error.invisible', familyName: 'holder.error.invisible' });
    expect(validateProfile(draft('محمد\u200C رضا', 'X'), '2026-09-15').errors).toEqual({ givenName: 'holder.error.invisible' });
  });
});
