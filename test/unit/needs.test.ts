import { describe, expect, it } from 'vitest';
import { decodeCbor, decodeEntry, encodeCbor, encodeEntry, otherLast, DecodeError, NEED_KIND, type Beratung, type Cbor, type CborMap } from '../../src/core';

const beratung: Beratung = { type: 'beratung', topics: ['recognition'], date: '2026-09-01' };
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DecodeError ? e.code : `not a DecodeError: ${String(e)}`;
  }
  return 'accepted';
};
/** The Beratung's map with key 6 set to `needs` as given, bytes and all (as an attacker would write it). */
const withRawNeeds = (needs: Cbor) => {
  const m = encodeEntry(beratung) as CborMap;
  m.set(6, needs);
  return decodeCbor(encodeCbor(m));
};

describe('needs in a Beratung entry (FORMAT.md §7.10, key 6)', () => {
  it('round-trips codes with a level and a field, sorted by code on the wire', () => {
    const e: Beratung = { ...beratung, needs: [{ need: 'praktikum', field: 'Pflege' }, { need: 'integrationskurs', level: 'B1' }, { need: 'other' }] };
    const m = encodeEntry(e);
    expect(m.get(6)).toEqual([[0], [1, 3], [4, 'Pflege']]);
    expect(decodeEntry(decodeCbor(encodeCbor(m)))).toEqual({ ...beratung, needs: [{ need: 'other' }, { need: 'integrationskurs', level: 'B1' }, { need: 'praktikum', field: 'Pflege' }] });
  });

  it('leaves a Beratung without needs byte for byte as before', () => {
    expect([...encodeEntry(beratung).keys()]).toEqual([0, 1, 2]);
  });

  it('refuses an unknown code, a level where none is taken, a bad level, a kind twice, an empty list', () => {
    expect(code(() => decodeEntry(withRawNeeds([[6]])))).toBe('bad-structure');
    expect(code(() => decodeEntry(withRawNeeds([[3, 3]])))).toBe('bad-structure');
    expect(code(() => decodeEntry(withRawNeeds([[5, 2]])))).toBe('bad-structure');
    expect(code(() => decodeEntry(withRawNeeds([[1, 7]])))).toBe('bad-structure');
    expect(code(() => decodeEntry(withRawNeeds([[1, 'B1']])))).toBe('bad-structure');
    expect(code(() => decodeEntry(withRawNeeds([[4, 3]])))).toBe('bad-structure');
    expect(code(() => decodeEntry(withRawNeeds([[1, 3], [1, 4]])))).toBe('bad-structure');
    expect(code(() => decodeEntry(withRawNeeds([[2], [1]])))).toBe('bad-structure');
    expect(code(() => decodeEntry(withRawNeeds([])))).toBe('bad-structure');
    expect(code(() => decodeEntry(withRawNeeds([[1, 3, 0]])))).toBe('bad-structure');
    expect(code(() => decodeEntry(withRawNeeds(1)))).toBe('bad-structure');
  });

  it('holds a Praktikum field to the text policy', () => {
    expect(code(() => decodeEntry(withRawNeeds([[4, 'Pfl\u202Eege']])))).toBe('bad-text');
    expect(code(() => decodeEntry(withRawNeeds([[4, 'x'.repeat(61)]])))).toBe('bad-structure');
  });

  it('will not write a detail on a kind that takes none, nor a kind twice', () => {
    expect(() => encodeEntry({ ...beratung, needs: [{ need: 'recognition', level: 'B1' }] })).toThrow(RangeError);
    expect(() => encodeEntry({ ...beratung, needs: [{ need: 'integrationskurs', field: 'Pflege' }] })).toThrow(RangeError);
    expect(() => encodeEntry({ ...beratung, needs: [{ need: 'weiterbildung' }, { need: 'weiterbildung' }] })).toThrow(RangeError);
    expect(() => encodeEntry({ ...beratung, needs: [] })).toThrow(RangeError);
  });

  it('lists "Sonstiges" last', () => {
    expect(otherLast(NEED_KIND.names).at(-1)).toBe('other');
    expect(otherLast(NEED_KIND.names)[0]).toBe('integrationskurs');
  });
});
