// The coordinator's revocation moment is German wall-clock time, in winter (UTC+1), in summer
// (UTC+2) and at both clock changes, whatever the zone of the machine running the test.
import { describe, expect, it } from 'vitest';
import { berlinInput, berlinMoment } from '../../src/ui/kit/berlin-time';

const utc = (iso: string) => Date.parse(iso) / 1000;

describe('berlin time', () => {
  it('reads 14:00 as 13:00 UTC in winter and 12:00 UTC in summer, and back', () => {
    expect(berlinMoment('2026-12-03', '14:00')).toBe(utc('2026-12-03T13:00:00Z'));
    expect(berlinMoment('2026-07-01', '14:00')).toBe(utc('2026-07-01T12:00:00Z'));
    expect(berlinInput(utc('2026-12-03T13:00:00Z'))).toEqual({ date: '2026-12-03', time: '14:00' });
    expect(berlinInput(utc('2026-12-03T23:30:00Z'))).toEqual({ date: '2026-12-04', time: '00:30' });
  });

  it('takes the earlier of the autumn hour that happens twice and reads the skipped spring hour as standard time', () => {
    expect(berlinMoment('2026-10-25', '02:30')).toBe(utc('2026-10-25T00:30:00Z'));
    expect(berlinMoment('2026-03-29', '02:30')).toBe(utc('2026-03-29T01:30:00Z'));
  });

  it('refuses what is no date or time', () => {
    expect(berlinMoment('2026-02-31', '10:00')).toBeUndefined();
    expect(berlinMoment('2026-12-03', '25:00')).toBeUndefined();
    expect(berlinMoment('', '10:00')).toBeUndefined();
    expect(berlinMoment('2026-12-03', '')).toBeUndefined();
  });
});
