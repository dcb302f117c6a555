// An entry being filled in, as the form holds it (every value a string or a list of codes),
// and the strict conversion into an Entry driven by core's ENTRY_FIELDS table, so the form
// cannot drift from the format.
import { CEFR_LEVEL, encodeEntry, ENTRY_FIELDS, NEED_DETAIL, NEED_FIELD_MAX, NEED_KIND, type Entry, type EntryType, type FieldSpec, type Need, type NeedKind } from '../../core';

/** Form values by field name: text, number and date inputs as strings, topic lists as code arrays, needs as `kind` or `kind:detail`. */
export type Draft = Readonly<Record<string, string | readonly string[]>>;

/** Why a field (or, for 'rules', the whole entry) was refused. */
export type DraftError = { readonly field: string; readonly code: 'required' | 'invalid' } | { readonly field: ''; readonly code: 'rules' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function readField(spec: FieldSpec, raw: string | readonly string[] | undefined): { value?: unknown; error?: 'invalid' } {
  const k = spec.kind;
  if (k.t === 'codes') return Array.isArray(raw) && raw.length > 0 ? { value: [...raw] } : {};
  if (k.t === 'needs') {
    const needs = Array.isArray(raw) ? raw.map(draftToNeed) : [];
    return needs.includes(undefined) ? { error: 'invalid' } : needs.length > 0 ? { value: needs } : {};
  }
  const s = typeof raw === 'string' ? raw.trim() : '';
  if (s === '') return {};
  switch (k.t) {
    case 'code':
      return k.list.names.includes(s) ? { value: s } : { error: 'invalid' };
    case 'text':
      return [...s].length <= k.max ? { value: s } : { error: 'invalid' };
    case 'uint': {
      const n = Number(s);
      return /^\d+$/.test(s) && n <= k.max ? { value: n } : { error: 'invalid' };
    }
    case 'date':
      return DAY.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) ? { value: s } : { error: 'invalid' };
  }
}

/** Converts a draft into an Entry, or lists what is missing or wrong. */
export function draftToEntry(type: EntryType, draft: Draft): { ok: true; entry: Entry } | { ok: false; errors: DraftError[] } {
  const out: Record<string, unknown> = { type };
  const errors: DraftError[] = [];
  for (const spec of ENTRY_FIELDS[type]) {
    const { value, error } = readField(spec, draft[spec.name]);
    if (error) errors.push({ field: spec.name, code: error });
    else if (value === undefined && spec.required) errors.push({ field: spec.name, code: 'required' });
    else if (value !== undefined) out[spec.name] = value;
  }
  if (errors.length) return { ok: false, errors };
  const entry = out as unknown as Entry;
  try {
    encodeEntry(entry);
  } catch {
    // Cross-field rules (from before to, a level or a module for a Sprachkurs).
    return { ok: false, errors: [{ field: '', code: 'rules' }] };
  }
  return { ok: true, entry };
}

/** The draft of an existing entry (to edit a template). */
export function entryToDraft(entry: Entry): Draft {
  const out: Record<string, string | readonly string[]> = {};
  for (const [k, v] of Object.entries(entry)) if (k !== 'type') out[k] = k === 'needs' ? (v as Need[]).map(needToDraft) : Array.isArray(v) ? v : String(v);
  return out;
}

/** A need as the form holds it: its kind, then `:` and its level or field when it has one. */
export function needToDraft(n: Need): string {
  const detail = n.level ?? n.field;
  return detail === undefined ? n.need : `${n.need}:${detail}`;
}

/** The need a form value stands for (an empty detail is none), or undefined when it is not one. */
export function draftToNeed(s: string): Need | undefined {
  const [kind = '', ...rest] = s.split(':');
  const detail = rest.join(':').trim();
  if (!(NEED_KIND.names as readonly string[]).includes(kind)) return undefined;
  const need = kind as NeedKind;
  if (detail === '') return { need };
  if (NEED_DETAIL[need] === 'level') return (CEFR_LEVEL.names as readonly string[]).includes(detail) ? { need, level: detail as Need['level'] } : undefined;
  return NEED_DETAIL[need] === 'field' && [...detail].length <= NEED_FIELD_MAX ? { need, field: detail } : undefined;
}
