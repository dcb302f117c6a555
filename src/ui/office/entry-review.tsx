import type { ComponentChildren } from 'preact';
import type { Entry } from '../../core';
import { EntryRows } from '../entry/entry-rows';
import type { Lang, Translate } from '../i18n';
import { FieldRow } from '../kit/field-row';

/** Props of {@link EntryReview}. */
export interface EntryReviewProps {
  t: Translate;
  lang: Lang;
  entry: Entry;
  /** Why signing was refused (its code and the sentence for it), if it was. */
  refused?: { readonly code: string; readonly text: string };
  /** The buttons (sign, change). */
  children: ComponentChildren;
}

/** The entry as it will be signed, a refusal if signing failed, and the buttons. */
export function EntryReview({ t, lang, entry, refused, children }: EntryReviewProps) {
  return (
    <div class="review" data-testid="review">
      <h2>{t('office.stamp.review')}</h2>
      <dl class="fields">
        <FieldRow label={t('office.templates.type')}>{t(`entry.type.${entry.type}`)}</FieldRow>
        <EntryRows t={t} lang={lang} entry={entry} />
      </dl>
      {refused && (
        <p class="notice is-problem" role="alert" data-testid="sign-refused" data-reason={refused.code}>
          {refused.text}
        </p>
      )}
      {children}
    </div>
  );
}
