import { useState } from 'preact/hooks';
import type { Entry, EntryType } from '../../core';
import type { TemplateRow } from '../../storage/office/office-api';
import { entryTitle } from '../entry/entry-text';
import type { Translate } from '../i18n';
import { draftToEntry, entryToDraft, type Draft, type DraftError } from './entry-draft';
import { EntryForm } from './entry-form';

/** Props of {@link EntryChoice}. */
export interface EntryChoiceProps {
  t: Translate;
  templates: readonly TemplateRow[];
  /** Types the certificate allows: other templates are shown but cannot be picked. */
  allowed: readonly EntryType[];
  onEntry(entry: Entry, templateId?: string): void;
  /** An entry to start the form from (a correction starts from the stamp it corrects). */
  initial?: Entry;
}

/** Pick a template, or fill in the form for one of the allowed types. */
export function EntryChoice({ t, templates, allowed, onEntry, initial }: EntryChoiceProps) {
  const [type, setType] = useState<EntryType>(initial && allowed.includes(initial.type) ? initial.type : allowed[0]!);
  const [draft, setDraft] = useState<Draft>(initial && allowed.includes(initial.type) ? entryToDraft(initial) : {});
  const [errors, setErrors] = useState<DraftError[]>([]);
  const review = (e: Event) => {
    e.preventDefault();
    const result = draftToEntry(type, draft);
    if (result.ok) onEntry(result.entry);
    else setErrors(result.errors);
  };
  return (
    <div class="entry-choice">
      <h2>{t('office.stamp.templates')}</h2>
      {templates.length === 0 && <p class="muted">{t('office.templates.none')}</p>}
      <ul class="template-list" role="list">
        {templates.map((row) => {
          const ok = allowed.includes(row.type);
          return (
            <li key={row.id} class="template-item">
              <button type="button" class="button wide template-pick" disabled={!ok} aria-describedby={ok ? undefined : `why-${row.id}`} onClick={() => onEntry(row.entry, row.id)} data-testid="template-pick">
                <strong>{row.name}</strong> · {t(`entry.type.${row.type}`)} · <bdi>{entryTitle(t, row.entry)}</bdi>
              </button>
              {!ok && (
                <p class="field-error" id={`why-${row.id}`} data-testid="template-blocked">
                  {t('office.templates.notAllowed')}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <form class="form" noValidate onSubmit={review} aria-labelledby="own-entry">
        <h2 id="own-entry">{t('office.stamp.ownEntry')}</h2>
        <div class="field">
          <label for="stamp-type">{t('office.templates.type')}</label>
          <select id="stamp-type" value={type} onChange={(e) => (setType(e.currentTarget.value as EntryType), setDraft({}), setErrors([]))}>
            {allowed.map((n) => (
              <option key={n} value={n}>
                {t(`entry.type.${n}`)}
              </option>
            ))}
          </select>
        </div>
        <EntryForm t={t} type={type} draft={draft} errors={errors} idPrefix="stamp" onChange={setDraft} />
        <button type="submit" class="button primary">
          {t('office.stamp.toReview')}
        </button>
      </form>
    </div>
  );
}
