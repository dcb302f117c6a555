// What a person needs next, recorded in a Beratung entry (Beratung key 6, FORMAT.md §7.10):
// closed codes, so the offices' anonymous counts can add them up into the district's demand
// for courses without any free text or person data leaving the office.
import type { Cbor } from '../cbor';
import { fail } from '../errors';
import { CEFR_LEVEL, NEED_KIND, type CefrLevel, type NeedKind } from './codes';
import { describeTextDefect, signedText, textDefect } from './text-policy';

/** One need: its kind, a target level (course kinds only) or a field (Praktikum only). */
export interface Need {
  readonly need: NeedKind;
  readonly level?: CefrLevel;
  readonly field?: string;
}

/** Which detail a need kind may carry: a target CEFR level, a field of work (text), or none. */
export const NEED_DETAIL: Readonly<Record<NeedKind, 'level' | 'field' | 'none'>> = {
  other: 'none',
  integrationskurs: 'level',
  berufssprachkurs: 'level',
  recognition: 'none',
  praktikum: 'field',
  weiterbildung: 'none',
};

/** Longest Praktikum field, in code points. */
export const NEED_FIELD_MAX = 60;

/** Encodes a list of needs as an array of [code] or [code, detail], ascending by code; RangeError on anything else. */
export function encodeNeeds(v: unknown): Cbor {
  if (!Array.isArray(v) || v.length === 0) throw new RangeError('needs: a non-empty list');
  const items = v.map((n: Need): [number, Cbor?] => {
    const code = NEED_KIND.code(n.need);
    const detail = NEED_DETAIL[n.need];
    if (n.level !== undefined && detail !== 'level') throw new RangeError(`needs: ${n.need} takes no level`);
    if (n.field !== undefined && detail !== 'field') throw new RangeError(`needs: ${n.need} takes no field`);
    if (n.level !== undefined) return [code, CEFR_LEVEL.code(n.level)];
    if (n.field !== undefined) return [code, signedText(n.field, 'needs: field', NEED_FIELD_MAX)];
    return [code];
  });
  items.sort((a, b) => a[0] - b[0]);
  if (items.some((x, i) => i > 0 && x[0] === items[i - 1]![0])) throw new RangeError('needs: a kind twice');
  return items as Cbor;
}

function decodeNeed(raw: Cbor, previous: number): Need {
  const bad = (why: string): never => fail('bad-structure', `needs: ${why}`);
  if (!Array.isArray(raw) || raw.length < 1 || raw.length > 2) return bad('an item is not [code] or [code, detail]');
  const [code, detail] = raw;
  if (typeof code !== 'number' || code <= previous) return bad('codes not strictly ascending');
  const need = NEED_KIND.name(code) ?? bad(`unknown code ${code}`);
  if (detail === undefined) return { need };
  if (NEED_DETAIL[need] === 'level') {
    const level = typeof detail === 'number' ? CEFR_LEVEL.name(detail) : undefined;
    return { need, level: level ?? bad('unknown level') };
  }
  if (NEED_DETAIL[need] !== 'field') return bad(`${need} takes no detail`);
  if (typeof detail !== 'string' || detail.length === 0 || [...detail].length > NEED_FIELD_MAX) return bad('field not a text of 1 to 60 characters');
  const d = textDefect(detail);
  if (d) fail('bad-text', describeTextDefect('needs: field', d));
  return { need, field: detail };
}

/** Decodes Beratung key 6 strictly: 1–6 items, codes strictly ascending, details only where the kind takes one. */
export function decodeNeeds(raw: Cbor): Need[] {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > NEED_KIND.names.length) fail('bad-structure', 'needs: 1 to 6 items');
  let previous = -1;
  return raw.map((item) => {
    const n = decodeNeed(item, previous);
    previous = NEED_KIND.code(n.need);
    return n;
  });
}
