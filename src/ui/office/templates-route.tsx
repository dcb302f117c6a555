import { useState } from 'preact/hooks';
import { ENTRY_TYPE, type EntryType } from '../../core';
import type { TemplateRow } from '../../storage/office/office-api';
import { officeApi } from './office-storage';
import { allowedTypes } from '../../storage/office/office-status';
import { entryTitle } from '../entry/entry-text';
import { draftToEntry, entryToDraft, type Draft, type DraftError } from './entry-draft';
import { EntryForm } from './entry-form';
import { nowSeconds } from '../kit/now';
import type { SectionProps } from './section-props';
import { useTemplates } from './use-templates';

interface Editing {
  id?: string;
  name: string;
  type: EntryType;
  draft: Draft;
  errors: DraftError[];
  nameMissing?: boolean;
}

/** `#/office/templates`: reusable entries per type; only types the certificate allows can be chosen. */
export function TemplatesRoute({ t, office }: SectionProps) {
  const { templates, reload } = useTemplates(office.id);
  const allowed = allowedTypes(office, nowSeconds());
  // Without a certificate every type may be prepared; a certificate narrows the choice.
  const choice = allowed.length ? allowed : ENTRY_TYPE.names;
  const [edit, setEdit] = useState<Editing>();
  const start = (row?: TemplateRow) =>
    setEdit(row ? { id: row.id, name: row.name, type: row.type, draft: entryToDraft(row.entry), errors: [] } : { name: '', type: choice[0]!, draft: {}, errors: [] });
  const save = async (e: Event) => {
    e.preventDefault();
    if (!edit) return;
    const result = draftToEntry(edit.type, edit.draft);
    if (!edit.name.trim() || !result.ok) return setEdit({ ...edit, nameMissing: !edit.name.trim(), errors: result.ok ? [] : result.errors });
    await (await officeApi()).saveTemplate(office.id, { id: edit.id, name: edit.name, entry: result.entry }, nowSeconds());
    setEdit(undefined);
    await reload();
  };
  return (
    <section class="screen" aria-labelledby="templates-title">
      <h1 id="templates-title">{t('office.templates.title')}</h1>
      <p class="lead">{t('office.templates.intro')}</p>
      {templates?.length === 0 && <p class="muted">{t('office.templates.none')}</p>}
      <ul class="template-list" role="list">
        {templates?.map((row) => (
          <li key={row.id} class="template-item" data-testid="template-item">
            <div>
              <strong>{row.name}</strong>
              <span class="muted">
                {' '}
                · {t(`entry.type.${row.type}`)} · <bdi>{entryTitle(t, row.entry)}</bdi>
              </span>
              {allowed.length > 0 && !allowed.includes(row.type) && <p class="notice is-warning">{t('office.templates.notAllowed')}</p>}
            </div>
            <div class="row-buttons">
              <button type="button" class="button small" onClick={() => start(row)}>
                {t('office.templates.edit')}
              </button>
              <button type="button" class="button small danger" onClick={async () => (await (await officeApi()).deleteTemplate(row.id), reload())}>
                {t('office.templates.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {!edit && (
        <button type="button" class="button primary" onClick={() => start()} data-testid="template-new">
          {t('office.templates.new')}
        </button>
      )}
      {edit && (
        <form class="form" noValidate onSubmit={save} aria-labelledby="template-form-title">
          <h2 id="template-form-title">{edit.id ? t('office.templates.editTitle') : t('office.templates.newTitle')}</h2>
          <div class={`field${edit.nameMissing ? ' is-invalid' : ''}`}>
            <label for="template-name">{t('office.templates.name')} *</label>
            {edit.nameMissing && <p class="field-error">{t('office.form.required')}</p>}
            <input id="template-name" value={edit.name} aria-invalid={edit.nameMissing ? 'true' : undefined} onInput={(e) => setEdit({ ...edit, name: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for="template-type">{t('office.templates.type')}</label>
            <select id="template-type" value={edit.type} onChange={(e) => setEdit({ ...edit, type: e.currentTarget.value as EntryType, draft: {}, errors: [] })}>
              {choice.map((n) => (
                <option key={n} value={n}>
                  {t(`entry.type.${n}`)}
                </option>
              ))}
            </select>
          </div>
          <EntryForm t={t} type={edit.type} draft={edit.draft} errors={edit.errors} idPrefix="tpl" onChange={(draft) => setEdit({ ...edit, draft })} />
          <div class="row-buttons">
            <button type="submit" class="button primary" data-testid="template-save">
              {t('office.templates.save')}
            </button>
            <button type="button" class="button" onClick={() => setEdit(undefined)}>
              {t('office.templates.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
