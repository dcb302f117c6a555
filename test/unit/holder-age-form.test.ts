// The first-start form applies the age rule: 16 and over as before, 14–15 only with the
// counsellor confirmation ticked, under 14 refused even when ticked; a partial date counts as
// the youngest person it could describe.
import { describe, expect, it } from 'vitest';
import { birthAge, emptyDraft, validateProfile } from '../../src/ui/holder/profile-form';

const born = (year: string, month = '', day = '') => ({ ...emptyDraft(), givenName: 'Amina', familyName: 'Yusuf', birth: { day, month, year } });
const TODAY = '2026-12-03';

describe('validateProfile age', () => {
  it('keeps 16 and over without a word', () => {
    expect(validateProfile(born('2010', '12', '03'), TODAY).errors).toEqual({});
    expect(birthAge(born('2010', '12', '03'), TODAY)).toBe('ok');
  });

  it('asks 14 and 15 year olds for the confirmation and accepts it', () => {
    expect(validateProfile(born('2010', '12', '04'), TODAY).errors).toEqual({ birth: 'holder.error.confirmYoung' });
    expect(validateProfile(born('2010'), TODAY).errors).toEqual({ birth: 'holder.error.confirmYoung' }); // may be born on 31 Dec
    expect(validateProfile(born('2010', '12', '04'), TODAY, { youngConfirmed: true }).profile?.birthDate).toBe('2010-12-04');
    expect(birthAge(born('2012', '12', '03'), TODAY)).toBe('under-16');
  });

  it('refuses under 14, confirmed or not', () => {
    expect(validateProfile(born('2012', '12', '04'), TODAY, { youngConfirmed: true }).errors).toEqual({ birth: 'holder.error.tooYoung' });
    expect(validateProfile(born('2017', '03'), TODAY).errors).toEqual({ birth: 'holder.error.tooYoung' });
    expect(birthAge(born('2012'), TODAY)).toBe('under-14');
  });

  it('says nothing about age while the date is incomplete or wrong', () => {
    expect(birthAge(born(''), TODAY)).toBeUndefined();
    expect(birthAge(born('20'), TODAY)).toBeUndefined();
    expect(birthAge(born('2012', '02', '30'), TODAY)).toBeUndefined();
  });
});
