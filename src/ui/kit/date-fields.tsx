import type { Lang, Translate } from '../i18n';
import { describedBy, FieldNotes } from './field-notes';
import { gregorian } from './format';

/** A date typed as separate parts; empty strings mean "not given". */
export interface DateDraft {
  day: string;
  month: string;
  year: string;
}

/** Props of {@link DateFields}. */
export interface DateFieldsProps {
  t: Translate;
  lang: Lang;
  id: string;
  legend: string;
  hint?: string;
  value: DateDraft;
  onChange(value: DateDraft): void;
  /** Offer a day field (birth dates); arrival takes month and year only. */
  withDay: boolean;
  /** Label of the empty month choice: "unknown" for birth dates, "not stated" for arrival. */
  noMonth: string;
  /** autocomplete tokens for birth dates. */
  autoComplete?: boolean;
  error?: string;
}

/** A date as separate day / month / year fields, so a missing day or month can simply stay empty. */
export function DateFields({ t, lang, id, legend, hint, value, onChange, withDay, noMonth, autoComplete, error }: DateFieldsProps) {
  const monthName = new Intl.DateTimeFormat(gregorian(lang), { month: 'long', timeZone: 'UTC' });
  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1).padStart(2, '0'), name: monthName.format(Date.UTC(2000, i, 1)) }));
  const described = describedBy(id, hint, error);
  const invalid = error ? ('true' as const) : undefined;
  const parts = { id, value, onChange, autoComplete, invalid };
  return (
    <fieldset class={`date-fields${error ? ' is-invalid' : ''}`} id={id} aria-describedby={described}>
      <legend>{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      <div class="date-parts">
        {withDay && <NumberPart part="day" maxLength={2} label={t('common.date.day')} {...parts} />}
        <label class="field date-month">
          <span>{t('common.date.month')}</span>
          <select
            id={`${id}-month`}
            autoComplete={autoComplete ? 'bday-month' : 'off'}
            value={value.month}
            aria-invalid={invalid}
            onChange={(e) => onChange({ ...value, month: e.currentTarget.value })}
          >
            <option value="">{noMonth}</option>
            {months.map((m) => (
              <option key={m.value} value={m.value}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <NumberPart part="year" maxLength={4} label={t('common.date.year')} {...parts} />
      </div>
    </fieldset>
  );
}

/** Props of {@link NumberPart}: which part of the date, and what the whole date field shares. */
interface NumberPartProps {
  part: 'day' | 'year';
  maxLength: number;
  label: string;
  id: string;
  value: DateDraft;
  onChange(value: DateDraft): void;
  autoComplete?: boolean;
  invalid: 'true' | undefined;
}

/** The day or the year: a short numeric input (a keypad on phones). */
function NumberPart({ part, maxLength, label, id, value, onChange, autoComplete, invalid }: NumberPartProps) {
  return (
    <label class={`field date-${part}`}>
      <span>{label}</span>
      <input
        id={`${id}-${part}`}
        inputMode="numeric"
        maxLength={maxLength}
        autoComplete={autoComplete ? `bday-${part}` : 'off'}
        value={value[part]}
        aria-invalid={invalid}
        onInput={(e) => onChange({ ...value, [part]: e.currentTarget.value })}
      />
    </label>
  );
}
