// The age rule (16 and over; 14–15 with a confirmation; under 14 refused) at its boundaries,
// for partial birth dates (read as the youngest person they could describe) and 29 February.
import { describe, expect, it } from 'vitest';
import { ageVerdict, birthdayOf, type AgeVerdict } from '../../src/core';

// [birth date, today, verdict]
const CASES: Record<string, Array<[string, string, AgeVerdict]>> = {
  'the day before and of the 14th and 16th birthday': [
    ['2010-06-15', '2024-06-14', 'under-14'],
    ['2010-06-15', '2024-06-15', 'under-16'],
    ['2010-06-15', '2026-06-14', 'under-16'],
    ['2010-06-15', '2026-06-15', 'ok'],
    ['1990-01-01', '2026-12-03', 'ok'],
    ['2017-03-01', '2026-12-03', 'under-14'],
  ],
  'a year-only date as 31 December, a month as its last day': [
    ['2012', '2026-12-30', 'under-14'],
    ['2012', '2026-12-31', 'under-16'],
    ['2010', '2026-12-30', 'under-16'],
    ['2010', '2026-12-31', 'ok'],
    ['2010-02', '2026-02-27', 'under-16'],
    ['2010-02', '2026-02-28', 'ok'],
    ['2012-02', '2026-02-28', 'under-14'], // 2012 is a leap year: its February ends on the 29th
    ['2012-02', '2026-03-01', 'under-16'],
    ['2010-11', '2026-11-29', 'under-16'],
    ['2010-11', '2026-11-30', 'ok'],
  ],
  '29 February: a year older on 1 March in a common year': [
    ['2012-02-29', '2026-02-28', 'under-14'],
    ['2012-02-29', '2026-03-01', 'under-16'],
    ['2008-02-29', '2024-02-28', 'under-16'],
    ['2008-02-29', '2024-02-29', 'ok'],
  ],
};

describe('ageVerdict', () => {
  for (const [name, cases] of Object.entries(CASES)) {
    it(name, () => {
      expect(cases.map(([birth, today]) => ageVerdict(birth, today))).toEqual(cases.map(([, , verdict]) => verdict));
    });
  }

  it('names the birthday, 1 March for 29 February in a common year', () => {
    expect([birthdayOf('2008-02-29', 16), birthdayOf('2010-02-28', 16), birthdayOf('2012-02-29', 14)]).toEqual(['2024-02-29', '2026-02-28', '2026-03-01']);
  });
});
