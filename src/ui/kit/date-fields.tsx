import type { Lang, Translate } from '../i18n';
import { describedBy, FieldNotes } from './field-notes';

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
  const monthName = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1).padStart(2, '0'), name: monthName.format(Date.UTC(2000, i, 1)) }));
  const described = describedBy(id, hint, error);
  const invalid = error ? 'true' : undefined;
  return (
    <fieldset class={`date-fields${error ? ' is-invalid' : ''}`} id={id} aria-describedby={described}>
      <legend>{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      <div class="date-parts">
        {withDay && (
          <label class="field date-day">
            <span>{t('common.date.day')}</span>
            <input
              id={`${id}-day`}
              inputMode="numeric"
              maxLength={2}
              autoComplete={autoComplete ? 'bday-day' : 'off'}
              value={value.day}
              aria-invalid={invalid}
              onInput={(e) => onChange({ ...value, day: e.currentTarget.value })}
            />
          </label>
        )}
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
        <label class="field date-year">
          <span>{t('common.date.year')}</span>
          <input
            id={`${id}-year`}
            inputMode="numeric"
            maxLength={4}
            autoComplete={autoComplete ? 'bday-year' : 'off'}
            value={value.year}
            aria-invalid={invalid}
            onInput={(e) => onChange({ ...value, year: e.currentTarget.value })}
          />
        </label>
      </div>
    </fieldset>
  );
}
