// The four entry types. One table of fields drives encoding, decoding and validation, so
// the types cannot drift apart and docs/FORMAT.md can list the same table.
import type { Cbor, CborMap } from '../cbor';
import { fail } from '../errors';
import {
  BERATUNG_TOPIC, CEFR_LEVEL, COURSE_KIND, COURSE_STATUS, ENTRY_TYPE,
  type BeratungTopic, type CefrLevel, type CodeList, type CourseKind, type CourseStatus, type EntryType,
} from './codes';
import { MAX_DAY, MIN_DAY, dayNumber, isoDay } from './dates';
import { FieldReader } from './fields';
import { decodeNeeds, encodeNeeds, type Need } from './needs';
import { signedText } from './text-policy';

/** A language course (Sprachkurs); dates are ISO 'YYYY-MM-DD'. */
export interface Sprachkurs {
  type: 'sprachkurs';
  course: CourseKind;
  level?: CefrLevel;
  module?: string;
  status: CourseStatus;
  certificate?: string;
  units?: number;
  from?: string;
  to?: string;
}
/** A counselling session (Beratung). */
export interface Beratung {
  type: 'beratung';
  topics: BeratungTopic[];
  date: string;
  note?: string;
  referral?: string;
  nextAppointment?: string;
  /** The next steps the person needs, as codes (counted anonymously as the district's demand). */
  needs?: Need[];
}
/** An internship (Praktikum). */
export interface Praktikum {
  type: 'praktikum';
  employer: string;
  occupation: string;
  from: string;
  to: string;
  hoursPerWeek?: number;
  assessment?: string;
}
/** Further training (Weiterbildung). */
export interface Weiterbildung {
  type: 'weiterbildung';
  title: string;
  provider?: string;
  units?: number;
  from?: string;
  to?: string;
  result?: string;
}
/** Any entry. */
export type Entry = Sprachkurs | Beratung | Praktikum | Weiterbildung;

/** Name of a field of some entry type (an entry's own properties, its type aside). */
export type EntryFieldName = Exclude<keyof Sprachkurs | keyof Beratung | keyof Praktikum | keyof Weiterbildung, 'type'>;

type Kind = { t: 'code'; list: CodeList<string> } | { t: 'codes'; list: CodeList<string> } | { t: 'text'; max: number } | { t: 'uint'; max: number } | { t: 'date' } | { t: 'needs' };
/** One field of an entry type: wire key, property name, kind, whether required. */
export interface FieldSpec {
  readonly key: number;
  readonly name: EntryFieldName;
  readonly kind: Kind;
  readonly required: boolean;
}

const f = (key: number, name: EntryFieldName, kind: Kind, required = false): FieldSpec => ({ key, name, kind, required });
const text = (max: number): Kind => ({ t: 'text', max });
const uint = (max: number): Kind => ({ t: 'uint', max });
const date: Kind = { t: 'date' };

/** The field table of every entry type (key 0 of an entry map is its type code). */
export const ENTRY_FIELDS: Record<EntryType, readonly FieldSpec[]> = {
  sprachkurs: [
    f(1, 'course', { t: 'code', list: COURSE_KIND }, true),
    f(2, 'level', { t: 'code', list: CEFR_LEVEL }),
    f(3, 'module', text(40)),
    f(4, 'status', { t: 'code', list: COURSE_STATUS }, true),
    f(5, 'certificate', text(60)),
    f(6, 'units', uint(5000)),
    f(7, 'from', date),
    f(8, 'to', date),
  ],
  beratung: [
    f(1, 'topics', { t: 'codes', list: BERATUNG_TOPIC }, true),
    f(2, 'date', date, true),
    f(3, 'note', text(200)),
    f(4, 'referral', text(120)),
    f(5, 'nextAppointment', date),
    f(6, 'needs', { t: 'needs' }),
  ],
  praktikum: [
    f(1, 'employer', text(120), true),
    f(2, 'occupation', text(120), true),
    f(3, 'from', date, true),
    f(4, 'to', date, true),
    f(5, 'hoursPerWeek', uint(60)),
    f(6, 'assessment', text(200)),
  ],
  weiterbildung: [
    f(1, 'title', text(120), true),
    f(2, 'provider', text(120)),
    f(3, 'units', uint(5000)),
    f(4, 'from', date),
    f(5, 'to', date),
    f(6, 'result', text(120)),
  ],
};

function encodeField(spec: FieldSpec, v: unknown): Cbor {
  const k = spec.kind;
  const bad = (): never => {
    throw new RangeError(`${spec.name}: invalid value ${JSON.stringify(v)}`);
  };
  switch (k.t) {
    case 'code':
      return k.list.code(v as string);
    case 'codes':
      if (!Array.isArray(v) || v.length === 0 || v.length > k.list.names.length || new Set(v).size !== v.length) return bad();
      return v.map((x: string) => k.list.code(x)).sort((a, b) => a - b);
    case 'text':
      return signedText(v, spec.name, k.max);
    case 'uint':
      return Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= k.max ? (v as number) : bad();
    case 'date':
      return typeof v === 'string' ? dayNumber(v) : bad();
    case 'needs':
      return encodeNeeds(v);
  }
}

function decodeField(spec: FieldSpec, r: FieldReader): unknown {
  const k = spec.kind;
  const bad = (): never => fail('bad-structure', `entry field ${spec.name} invalid`);
  switch (k.t) {
    case 'code': {
      const c = r.optUint(spec.key);
      return c === undefined ? undefined : (k.list.name(c) ?? bad());
    }
    case 'codes': {
      const raw = r.raw(spec.key);
      if (raw === undefined) return undefined;
      if (!Array.isArray(raw) || raw.length === 0) return bad();
      // Strictly ascending codes: one encoding per set, no duplicates.
      raw.forEach((c, i) => (typeof c !== 'number' || (i > 0 && c <= (raw[i - 1] as number))) && bad());
      return raw.map((c) => k.list.name(c as number) ?? bad());
    }
    case 'text':
      return r.optText(spec.key, k.max);
    case 'uint':
      return r.optUint(spec.key, 0, k.max);
    case 'date': {
      const d = r.optUint(spec.key, MIN_DAY, MAX_DAY);
      return d === undefined ? undefined : isoDay(d);
    }
    case 'needs': {
      const raw = r.raw(spec.key);
      return raw === undefined ? undefined : decodeNeeds(raw);
    }
  }
}

function checkRules(e: Record<string, unknown>, onError: (msg: string) => never): void {
  if (typeof e.from === 'string' && typeof e.to === 'string' && e.from > e.to) onError('from is after to');
  if (e.type === 'sprachkurs' && e.level === undefined && e.module === undefined) onError('a Sprachkurs needs a level or a module');
}

/** Encodes an entry as its CBOR map; throws RangeError on invalid content (a bug or bad form input). */
export function encodeEntry(entry: Entry): CborMap {
  const e = entry as unknown as Record<string, unknown>;
  const specs = ENTRY_FIELDS[entry.type];
  if (!specs) throw new RangeError(`unknown entry type ${String(entry.type)}`);
  const known = new Set(['type', ...specs.map((s) => s.name)]);
  for (const k of Object.keys(e)) if (!known.has(k) && e[k] !== undefined) throw new RangeError(`unknown field ${k}`);
  checkRules(e, (m) => {
    throw new RangeError(m);
  });
  const m: CborMap = new Map([[0, ENTRY_TYPE.code(entry.type)]]);
  for (const spec of specs) {
    const v = e[spec.name];
    if (v === undefined) {
      if (spec.required) throw new RangeError(`${spec.name} is required`);
      continue;
    }
    m.set(spec.key, encodeField(spec, v));
  }
  return m;
}

/** Decodes an entry map strictly; throws DecodeError on anything outside the table. */
export function decodeEntry(v: Cbor | undefined): Entry {
  const r = FieldReader.of(v, 'entry');
  const type = ENTRY_TYPE.name(r.uint(0)) ?? fail('bad-structure', 'unknown entry type');
  const out: Record<string, unknown> = { type };
  for (const spec of ENTRY_FIELDS[type]) {
    const value = decodeField(spec, r);
    if (value === undefined && spec.required) fail('bad-structure', `entry field ${spec.name} missing`);
    if (value !== undefined) out[spec.name] = value;
  }
  r.done();
  checkRules(out, (m) => fail('bad-structure', m));
  return out as unknown as Entry;
}
