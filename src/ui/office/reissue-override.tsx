// A re-issue to a name spelt differently (Mohammed → Muhammad): staff confirm, after checking
// the ID, that it is the same person; their name goes into the log beside the re-issue.
import { useState } from 'preact/hooks';
import type { Translate } from '../i18n';

/** Props of {@link ReissueOverride}. */
export interface ReissueOverrideProps {
  t: Translate;
  /** The old stamp's name, to show beside the new card's. */
  before: string;
  onConfirm(confirmedBy: string): void;
}

/** The refusal 'name-differs' with its override: an ID-checked box and the confirming person's name. */
export function ReissueOverride({ t, before, onConfirm }: ReissueOverrideProps) {
  const [checked, setChecked] = useState(false);
  const [by, setBy] = useState('');
  const ready = checked && by.trim().length > 0;
  return (
    <form class="notice is-problem" role="alert" data-testid="reissue-refused" data-reason="name-differs" onSubmit={(e) => (e.preventDefault(), ready && onConfirm(by))}>
      <p>{t('office.reissue.name-differs', { before })}</p>
      <label class="check">
        <input type="checkbox" checked={checked} onChange={(e) => setChecked(e.currentTarget.checked)} />
        <span>{t('office.reissue.idChecked')}</span>
      </label>
      <label class="field">
        <span>{t('office.reissue.confirmedBy')}</span>
        <input value={by} maxLength={80} autoComplete="name" onInput={(e) => setBy(e.currentTarget.value)} />
      </label>
      <button type="submit" class="button primary" disabled={!ready}>
        {t('office.reissue.confirm')}
      </button>
    </form>
  );
}
