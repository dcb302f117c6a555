// The age rule (16 and over; 14–15 with a confirmation; under 14 refused) at its boundaries,
// for partial birth dates (read as the youngest person they could describe) and 29 February.
import { describe, expect, it } from 'vitest';
import { ageVerdict, birthdayOf } from '../../src/core';

describe('ageVerdict', () => {
  it('turns at the 14th and 16th birthday, not the day before', () => {
    expect(ageVerdict('2010-06-15', '2024-06-14')).toBe('under-14');
    expect(ageVerdict('2010-06-15', '2024-06-15')).toBe('under-16');
    expect(ageVerdict('2010-06-15', '2026-06-14')).toBe('under-16');
    expect(ageVerdict('2010-06-15', '2026-06-15')).toBe('ok');
    expect(ageVerdict('1990-01-01', '2026-12-03')).toBe('ok');
    expect(ageVerdict('2017-03-01', '2026-12-03')).toBe('under-14');
  });

  it('reads a year-only date as 31 December and a month as its last day', () => {
    expect(ageVerdict('2012', '2026-12-30')).toBe('under-14');
    expect(ageVerdict('2012', '2026-12-31')).toBe('under-16');
    expect(ageVerdict('2010', '2026-12-30')).toBe('under-16');
    expect(ageVerdict('2010', '2026-12-31')).toBe('ok');
    expect(ageVerdict('2010-02', '2026-02-27')).toBe('under-16');
    expect(ageVerdict('2010-02', '2026-02-28')).toBe('ok');
    expect(ageVerdict('2012-02', '2026-02-28')).toBe('under-14'); // 2012 is a leap year: 29 Feb is the last day
    expect(ageVerdict('2012-02', '2026-03-01')).toBe('under-16');
    expect(ageVerdict('2010-11', '2026-11-30')).toBe('ok');
    expect(ageVerdict('2010-11', '2026-11-29')).toBe('under-16');
  });

  it('lets someone born on 29 February turn a year older on 1 March in a common year', () => {
    expect(birthdayOf('2008-02-29', 16)).toBe('2024-02-29'); // a leap year: the day itself
    expect(birthdayOf('2010-02-28', 16)).toBe('2026-02-28');
    expect(birthdayOf('2012-02-29', 14)).toBe('2026-03-01');
    expect(ageVerdict('2012-02-29', '2026-02-28')).toBe('under-14');
    expect(ageVerdict('2012-02-29', '2026-03-01')).toBe('under-16');
    expect(ageVerdict('2008-02-29', '2024-02-28')).toBe('under-16');
    expect(ageVerdict('2008-02-29', '2024-02-29')).toBe('ok');
  });
});
