// Anonymous counts: what an office hands the coordinator for planning (issue 4 exports them,
// issue 6 merges them). The format has no field that could hold a person: no names, keys,
// birth dates or free text, and the parser refuses any field it does not know, so a
// future writer cannot slip personal data through an old reader.
import { BERATUNG_TOPIC, CEFR_LEVEL, COURSE_KIND, COURSE_STATUS, ENTRY_TYPE, NEED_KIND, OFFICE_KIND } from './codes';
import { NEED_DETAIL } from './needs';
import type { Entry } from './entries';
import { textDefect } from './text-policy';
import { COUNTS_FORMAT, MAX_COUNTS_DEVICE_LABEL, type CountCell, type CountsDevice, type CountsExport } from './counts-format';

// The file format, merging, the dashboard tallies and the CSV export (each in its own file, exported from here).
export * from './counts-format';
export * from './counts-merge';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

// Months are German months (Europe/Berlin), whatever zone a device is set to: a stamp given at
// 00:30 on the 1st in Dachau belongs to that month, not to the one before as in UTC.
// Made on first use: a time-zone formatter costs ~30 ms of a phone's start (ICU zone data), and
// this module is loaded by every screen that verifies anything.
let germanMonth: Intl.DateTimeFormat | undefined;

/** 'YYYY-MM' of a time in seconds, in German time (Europe/Berlin). */
export function monthOf(seconds: number): string {
  const p = Object.fromEntries((germanMonth ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' })).formatToParts(seconds * 1000).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}`;
}

const dayDiff = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;

function cellsOf(month: string, e: Entry): Omit<CountCell, 'count'>[] {
  switch (e.type) {
    case 'sprachkurs':
      return [{ month, type: e.type, course: e.course, ...(e.level ? { level: e.level } : {}), status: e.status, ...(e.units ? { units: e.units } : {}) }];
    case 'beratung':
      // Needs are counted by kind and level only: a Praktikum's field is free text and stays in the office.
      return [...e.topics.map((topic) => ({ month, type: e.type, topic })), ...(e.needs ?? []).map((n) => ({ month, type: e.type, need: n.need, ...(n.level ? { level: n.level } : {}) }))];
    case 'praktikum':
      return [{ month, type: e.type, days: dayDiff(e.from, e.to) }];
    case 'weiterbildung':
      return [{ month, type: e.type, ...(e.units ? { units: e.units } : {}) }];
  }
}

const cellKey = (c: Omit<CountCell, 'count'>): string => [c.month, c.type, c.course, c.level, c.status, c.topic, c.need].join('|');

/** Counts issued entries per month and dimension; `months` lists every month covered. */
export function buildCounts(
  issued: Iterable<{ readonly issuedAt: number; readonly entry: Entry }>,
  meta: Pick<CountsExport, 'district' | 'office' | 'device' | 'generatedAt' | 'months'>,
): CountsExport {
  const cells = new Map<string, CountCell>();
  const months = new Set(meta.months);
  for (const { issuedAt, entry } of issued) {
    const month = monthOf(issuedAt);
    if (!months.has(month)) continue;
    for (const c of cellsOf(month, entry)) {
      const old = cells.get(cellKey(c));
      const add = (a?: number, b?: number) => (a === undefined && b === undefined ? undefined : (a ?? 0) + (b ?? 0));
      const units = add(old?.units, c.units);
      const days = add(old?.days, c.days);
      cells.set(cellKey(c), { ...c, count: (old?.count ?? 0) + 1, ...(units === undefined ? {} : { units }), ...(days === undefined ? {} : { days }) });
    }
  }
  return { format: COUNTS_FORMAT, version: 1, ...meta, months: [...months].sort(), cells: [...cells.values()].sort((a, b) => cellKey(a).localeCompare(cellKey(b))) };
}

/** Why a counts file was refused. */
export class CountsError extends Error {}

function only(o: unknown, allowed: readonly string[], where: string): Record<string, unknown> {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new CountsError(`${where}: not an object`);
  for (const k of Object.keys(o)) if (!allowed.includes(k)) throw new CountsError(`${where}: unknown field ${k}`);
  return o as Record<string, unknown>;
}
const count = (v: unknown, where: string): number => {
  if (!Number.isSafeInteger(v) || (v as number) < 0) throw new CountsError(`${where}: not a count`);
  return v as number;
};
function code<T extends string>(list: { names: readonly T[] }, v: unknown, where: string): T {
  if (!list.names.includes(v as T)) throw new CountsError(`${where}: unknown code ${String(v)}`);
  return v as T;
}

function parseCell(raw: unknown, i: number, months: ReadonlySet<string>): CountCell {
  const where = `cells[${i}]`;
  const c = only(raw, ['month', 'type', 'course', 'level', 'status', 'topic', 'need', 'count', 'units', 'days'], where);
  if (!months.has(c.month as string)) throw new CountsError(`${where}: month outside months`);
  // A need cell is a Beratung's need and nothing else; only course needs carry a level.
  if (c.need !== undefined && (c.type !== 'beratung' || c.topic !== undefined || (c.level !== undefined && NEED_DETAIL[code(NEED_KIND, c.need, where)] !== 'level'))) {
    throw new CountsError(`${where}: need with fields it does not take`);
  }
  const opt = <T>(k: string, read: (v: unknown) => T) => (c[k] === undefined ? {} : { [k]: read(c[k]) });
  return {
    month: c.month as string,
    type: code(ENTRY_TYPE, c.type, where),
    ...opt('course', (v) => code(COURSE_KIND, v, where)),
    ...opt('level', (v) => code(CEFR_LEVEL, v, where)),
    ...opt('status', (v) => code(COURSE_STATUS, v, where)),
    ...opt('topic', (v) => code(BERATUNG_TOPIC, v, where)),
    ...opt('need', (v) => code(NEED_KIND, v, where)),
    count: count(c.count, where),
    ...opt('units', (v) => count(v, where)),
    ...opt('days', (v) => count(v, where)),
  };
}

function parseDevice(raw: unknown): CountsDevice {
  const d = only(raw, ['id', 'label'], 'device');
  if (typeof d.id !== 'string' || !ID.test(d.id)) throw new CountsError('bad device id');
  if (d.label === undefined) return { id: d.id };
  // The label is shown on the coordinator's screen: bounded, and no control or bidi tricks.
  if (typeof d.label !== 'string' || d.label.length === 0 || [...d.label].length > MAX_COUNTS_DEVICE_LABEL || textDefect(d.label)) throw new CountsError('bad device label');
  return { id: d.id, label: d.label };
}

/** Parses and checks a counts file; throws CountsError on anything but a clean export. */
export function parseCounts(text: string): CountsExport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new CountsError('not JSON');
  }
  const o = only(raw, ['format', 'version', 'district', 'office', 'device', 'generatedAt', 'months', 'cells'], 'file');
  if (o.format !== COUNTS_FORMAT) throw new CountsError('not a counts file');
  if (o.version !== 1) throw new CountsError(`unsupported version ${String(o.version)}`);
  if (typeof o.district !== 'string' || !/^[a-z0-9-]{1,32}$/.test(o.district)) throw new CountsError('bad district');
  const office = only(o.office, ['id', 'name', 'kind'], 'office');
  if (typeof office.id !== 'string' || !ID.test(office.id)) throw new CountsError('bad office id');
  if (typeof office.name !== 'string' || office.name.length === 0 || office.name.length > 120) throw new CountsError('bad office name');
  const kind = code(OFFICE_KIND, office.kind, 'office');
  if (!Array.isArray(o.months) || !o.months.every((m) => typeof m === 'string' && MONTH.test(m))) throw new CountsError('bad months');
  const months = new Set(o.months as string[]);
  if (!Array.isArray(o.cells)) throw new CountsError('bad cells');
  return {
    format: COUNTS_FORMAT,
    version: 1,
    district: o.district,
    office: { id: office.id, name: office.name, kind },
    ...(o.device === undefined ? {} : { device: parseDevice(o.device) }),
    generatedAt: count(o.generatedAt, 'generatedAt'),
    months: [...months].sort(),
    cells: o.cells.map((c, i) => parseCell(c, i, months)),
  };
}
