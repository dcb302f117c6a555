import { ENTRY_FIELDS, otherLast, type EntryType, type FieldSpec } from '../../core';
import type { Translate } from '../i18n';
import { codeLabel, fieldLabel } from '../entry/entry-labels';
import type { Draft, DraftError } from './entry-draft';
import { NeedsInput } from './needs-input';

/** Props of {@link EntryForm}. */
export interface EntryFormProps {
  t: Translate;
  type: EntryType;
  draft: Draft;
  errors: readonly DraftError[];
  /** Prefix of the input ids, so two forms on one page do not clash. */
  idPrefix: string;
  onChange(draft: Draft): void;
}

/** The fields of one entry type, built from core's field table; required ones are marked. */
export function EntryForm({ t, type, draft, errors, idPrefix, onChange }: EntryFormProps) {
  return (
    <div class="entry-form">
      {ENTRY_FIELDS[type].map((spec) => (
        <FieldInput key={spec.name} t={t} spec={spec} id={`${idPrefix}-${spec.name}`} value={draft[spec.name]} error={errors.find((e) => e.field === spec.name)?.code} onChange={(v) => onChange({ ...draft, [spec.name]: v })} />
      ))}
      {errors.some((e) => e.code === 'rules') && (
        <p class="notice is-problem" role="alert">
          {t('office.form.rules')}
        </p>
      )}
    </div>
  );
}

interface FieldInputProps {
  t: Translate;
  spec: FieldSpec;
  id: string;
  value: string | readonly string[] | undefined;
  error?: 'required' | 'invalid' | 'rules';
  onChange(value: string | readonly string[]): void;
}

function FieldInput({ t, spec, id, value, error, onChange }: FieldInputProps) {
  const label = `${fieldLabel(t, spec.name)}${spec.required ? ' *' : ''}`;
  const message = error === 'required' ? t('office.form.required') : error === 'invalid' ? t('office.form.invalid') : undefined;
  const describe = message ? `${id}-error` : undefined;
  const note = message && (
    <p class="field-error" id={`${id}-error`}>
      {message}
    </p>
  );
  const k = spec.kind;
  if (k.t === 'needs') {
    return (
      <fieldset class={`field${message ? ' is-invalid' : ''}`} id={id} aria-describedby={describe}>
        <legend>{label}</legend>
        {note}
        <NeedsInput t={t} id={id} value={Array.isArray(value) ? value : []} onChange={onChange} />
      </fieldset>
    );
  }
  if (k.t === 'codes') {
    const picked = Array.isArray(value) ? value : [];
    return (
      <fieldset class={`field${message ? ' is-invalid' : ''}`} id={id} aria-describedby={describe}>
        <legend>{label}</legend>
        {note}
        {otherLast(k.list.names).map((code) => (
          <label key={code} class="check">
            <input type="checkbox" checked={picked.includes(code)} onChange={(e) => onChange(e.currentTarget.checked ? [...picked, code] : picked.filter((c) => c !== code))} />
            <span>{codeLabel(t, spec.name, code)}</span>
          </label>
        ))}
      </fieldset>
    );
  }
  const text = typeof value === 'string' ? value : '';
  const common = { id, 'aria-invalid': message ? ('true' as const) : undefined, 'aria-describedby': describe };
  return (
    <div class={`field${message ? ' is-invalid' : ''}`}>
      <label for={id}>{label}</label>
      {note}
      {k.t === 'code' ? (
        <select {...common} value={text} onChange={(e) => onChange(e.currentTarget.value)}>
          <option value="">{t('office.form.choose')}</option>
          {otherLast(k.list.names).map((code) => (
            <option key={code} value={code}>
              {codeLabel(t, spec.name, code)}
            </option>
          ))}
        </select>
      ) : k.t === 'date' ? (
        <input {...common} type="date" value={text} onInput={(e) => onChange(e.currentTarget.value)} />
      ) : (
        <input {...common} type="text" inputMode={k.t === 'uint' ? 'numeric' : undefined} maxLength={k.t === 'text' ? k.max : 5} value={text} onInput={(e) => onChange(e.currentTarget.value)} />
      )}
    </div>
  );
}
