// How old a district's trust list may get before staff are warned (issue 16): the newest list
// of each district counts, "older than N days" is strictly older, and a device may be stricter
// than its district but never laxer.
import { describe, expect, it } from 'vitest';
import { trustAge, trustAgeLimitDays } from '../../src/core';

const DAY = 86_400;
const now = 1_800_000_000;

describe('trust list age', () => {
  it('is fresh up to exactly the limit and stale one second after it', () => {
    expect(trustAge([{ district: 'dachau', version: 3, issuedAt: now - 7 * DAY }], 7, now)).toEqual([{ district: 'dachau', status: 'fresh', version: 3, issuedAt: now - 7 * DAY }]);
    expect(trustAge([{ district: 'dachau', version: 3, issuedAt: now - 7 * DAY - 1 }], 7, now)).toEqual([
      { district: 'dachau', status: 'stale', version: 3, issuedAt: now - 7 * DAY - 1, days: 7 },
    ]);
  });

  it('counts whole days of age, and a list from the future is fresh', () => {
    expect(trustAge([{ district: 'a', version: 1, issuedAt: now - 30 * DAY - 5 }], 7, now)[0]).toMatchObject({ status: 'stale', days: 30 });
    expect(trustAge([{ district: 'a', version: 1, issuedAt: now + DAY }], 7, now)[0]).toMatchObject({ status: 'fresh' });
  });

  it('judges only the newest list of a district, and each district apart', () => {
    const lists = [
      { district: 'a', version: 1, issuedAt: now - 40 * DAY },
      { district: 'a', version: 2, issuedAt: now - DAY },
      { district: 'b', version: 9, issuedAt: now - 9 * DAY },
    ];
    expect(trustAge(lists, 7, now).map((x) => [x.district, x.status, 'version' in x ? x.version : undefined])).toEqual([
      ['a', 'fresh', 2],
      ['b', 'stale', 9],
    ]);
  });

  it('reports a district without any list as missing', () => {
    expect(trustAge([{ district: 'a' }], 7, now)).toEqual([{ district: 'a', status: 'missing' }]);
  });

  it('takes the stricter of district and device, and never less than one day', () => {
    expect(trustAgeLimitDays(7, 90)).toBe(7);
    expect(trustAgeLimitDays(7, 3)).toBe(3);
    expect(trustAgeLimitDays(0, 90)).toBe(1);
    expect(trustAgeLimitDays(Number.NaN, 90)).toBe(90);
  });
});
