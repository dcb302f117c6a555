import { useState } from 'preact/hooks';
import type { PassSummary } from '../../storage/holder/holder-api';
import type { Lang, Translate } from '../i18n';
import { href } from '../shell/router';
import { formatNumber } from '../kit/format';
import { Icon } from '../kit/icons';
import { isolate } from '../kit/isolate';
import { reportError } from '../kit/report';

/** Props of {@link DeleteScreen}. */
export interface DeleteScreenProps {
  t: Translate;
  lang: Lang;
  pass: PassSummary;
  onDelete(): Promise<void>;
}

/** Deleting a pass: what is lost, a way to back up first, and an explicit confirmation. */
export function DeleteScreen({ t, lang, pass, onDelete }: DeleteScreenProps) {
  const [confirmed, setConfirmed] = useState(false);
  const [problem, setProblem] = useState<'confirm' | 'failed'>();
  const [busy, setBusy] = useState(false);
  const name = `${pass.profile.givenName} ${pass.profile.familyName}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (!confirmed) return setProblem('confirm');
    setBusy(true);
    try {
      await onDelete();
    } catch (e) {
      reportError('holder: delete the pass', e);
      setProblem('failed');
      setBusy(false);
    }
  };

  return (
    <section class="screen" aria-labelledby="delete-title">
      <a class="back-link" href={href('holder/settings')}>
        {t('common.back')}
      </a>
      <h1 id="delete-title" class="with-icon">
        <Icon name="warning" />
        {t('holder.delete.title')}
      </h1>
      <div class="notice is-problem">
        <p>{t('holder.delete.warning', { name: isolate(name), code: pass.passCode })}</p>
        <p>{t('holder.delete.entries', { n: formatNumber(lang, pass.entryCount) })}</p>
        <p>{t('holder.delete.noUndo')}</p>
      </div>
      <a class="button wide" href={href('holder/backup')}>
        <Icon name="download" />
        {t('holder.delete.backupFirst')}
      </a>
      <form class="form danger-zone" noValidate onSubmit={submit}>
        <label class="check">
          <input type="checkbox" checked={confirmed} onChange={(e) => (setConfirmed(e.currentTarget.checked), setProblem(undefined))} data-testid="delete-confirm" />
          <span>{t('holder.delete.confirm')}</span>
        </label>
        {problem && (
          <p class="field-error" role="alert">
            {t(problem === 'confirm' ? 'holder.delete.tickFirst' : 'holder.delete.failed')}
          </p>
        )}
        <button type="submit" class="button wide danger-solid" disabled={busy} data-testid="delete-submit">
          <Icon name="trash" />
          {t('holder.delete.submit')}
        </button>
      </form>
      <a class="button wide" href={href('holder')}>
        {t('holder.delete.cancel')}
      </a>
    </section>
  );
}
