// The needs of a Beratung in the office form: one checkbox per need kind ("Sonstiges" last),
// with the target level of a course or the field of a Praktikum beside it once ticked.
import { CEFR_LEVEL, NEED_DETAIL, NEED_FIELD_MAX, NEED_KIND, otherLast, type NeedKind } from '../../core';
import type { Translate } from '../i18n';
import { codeLabel } from '../entry/entry-labels';

/** Props of {@link NeedsInput}. */
export interface NeedsInputProps {
  t: Translate;
  id: string;
  /** Ticked needs as the draft holds them (`kind` or `kind:detail`). */
  value: readonly string[];
  onChange(value: readonly string[]): void;
}

const kindOf = (s: string): string => s.split(':')[0] ?? '';
const detailOf = (s: string): string => s.split(':').slice(1).join(':');

/** The ticks and details of the needs field (its legend and error come from the form). */
export function NeedsInput({ t, id, value, onChange }: NeedsInputProps) {
  const current = (kind: NeedKind) => value.find((s) => kindOf(s) === kind);
  const set = (kind: NeedKind, next: string | undefined) => {
    const rest = value.filter((s) => kindOf(s) !== kind);
    // Kept in code order, the order the format writes them in.
    onChange(next === undefined ? rest : [...rest, next].sort((a, b) => NEED_KIND.code(kindOf(a) as NeedKind) - NEED_KIND.code(kindOf(b) as NeedKind)));
  };
  return (
    <>
      <p class="muted">{t('office.form.needsNote')}</p>
      {otherLast(NEED_KIND.names).map((kind) => {
        const picked = current(kind);
        const detail = NEED_DETAIL[kind];
        return (
          <div key={kind} class="need-row">
            <label class="check">
              <input type="checkbox" data-need={kind} checked={picked !== undefined} onChange={(e) => set(kind, e.currentTarget.checked ? kind : undefined)} />
              <span>{codeLabel(t, 'needs', kind)}</span>
            </label>
            {picked !== undefined && detail === 'level' && (
              <select aria-label={t('office.form.needLevel', { need: codeLabel(t, 'needs', kind) })} id={`${id}-${kind}`} value={detailOf(picked)} onChange={(e) => set(kind, e.currentTarget.value ? `${kind}:${e.currentTarget.value}` : kind)}>
                <option value="">{t('office.form.needNoLevel')}</option>
                {CEFR_LEVEL.names.map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
            )}
            {picked !== undefined && detail === 'field' && (
              <input type="text" aria-label={t('office.form.needField')} id={`${id}-${kind}`} maxLength={NEED_FIELD_MAX} value={detailOf(picked)} onInput={(e) => set(kind, e.currentTarget.value ? `${kind}:${e.currentTarget.value}` : kind)} />
            )}
          </div>
        );
      })}
    </>
  );
}
