import { useState } from 'preact/hooks';
import { checkPassphrase } from '../../core/passphrase';
import type { PassSummary } from '../../storage/holder/holder-api';
import type { Lang, PlainKey, Translate } from '../i18n';
import { href } from '../shell/router';
import { formatDateTime } from '../kit/format';
import { Icon } from '../kit/icons';
import { PassphraseField } from '../kit/passphrase-field';
import { ReadAloudButton } from './read-aloud-button';
import { reportError } from '../kit/report';
import { canShareFiles } from '../kit/download';

/** Props of {@link BackupScreen}. */
export interface BackupScreenProps {
  t: Translate;
  lang: Lang;
  pass: PassSummary;
  /** Makes the backup and downloads or shares it; resolves with the file name and whether it left the app. */
  onBackup(passphrase: string, via: BackupVia): Promise<BackupSaved>;
}

/** How the holder wants the file: downloaded, or through the system share sheet. */
export type BackupVia = 'download' | 'share';

/** What happened to a backup file: `saved` is false when the holder closed the share sheet. */
export interface BackupSaved {
  readonly file: string;
  readonly saved: boolean;
}

/** An encrypted backup file of the pass, protected by a passphrase typed twice. */
export function BackupScreen({ t, lang, pass, onBackup }: BackupScreenProps) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [visible, setVisible] = useState(false);
  const [error, setError] = useState<{ field: 'first' | 'second' | 'form'; key: PlainKey }>();
  const [state, setState] = useState<{ busy?: boolean; done?: string; notShared?: boolean }>({});

  const submit = async (e: Event, via: BackupVia = 'download') => {
    e.preventDefault();
    if (state.busy) return;
    // Anyone who finds the file can guess: the obvious passwords (and the holder's own name) are the first they try.
    const weak = checkPassphrase(first, 'holder', [pass.profile.givenName, pass.profile.familyName]);
    if (weak) return setError({ field: 'first', key: weak === 'too-short' ? 'holder.backup.tooShort' : `holder.backup.weak.${weak}` });
    if (first !== second) return setError({ field: 'second', key: 'holder.backup.mismatch' });
    setError(undefined);
    setState({ busy: true });
    try {
      const result = await onBackup(first, via);
      // A closed share sheet keeps the passphrase, so trying again is one press.
      if (!result.saved) return setState({ notShared: true });
      setState({ done: result.file });
      setFirst('');
      setSecond('');
    } catch (e) {
      reportError('holder: make a backup', e);
      setState({});
      setError({ field: 'form', key: 'holder.backup.failed' });
    }
  };

  return (
    <section class="screen" aria-labelledby="backup-title">
      <a class="back-link" href={href('holder')}>
        {t('common.back')}
      </a>
      <h1 id="backup-title">{t('holder.backup.title')}</h1>
      <ReadAloudButton t={t} lang={lang} />
      <p class="lead">{t('holder.backup.intro')}</p>
      <p class="notice" data-testid="last-backup">
        {pass.lastBackupAt ? t('holder.backup.last', { date: formatDateTime(lang, pass.lastBackupAt) }) : t('holder.backup.never')}
      </p>
      {state.notShared && (
        <p class="notice is-warning" role="status" data-testid="backup-not-shared">
          {t('holder.backup.notShared')}
        </p>
      )}
      {state.done && (
        <p class="outcome is-good with-icon" role="status" data-testid="backup-done">
          <Icon name="check" />
          {t('holder.backup.done', { file: state.done })}
        </p>
      )}
      <form class="form" noValidate onSubmit={submit}>
        <PassphraseField id="backup-pass" label={t('holder.backup.passphrase')} value={first} visible={visible} autoComplete="new-password" error={error?.field === 'first' ? t(error.key) : undefined} onInput={setFirst} />
        <PassphraseField id="backup-repeat" label={t('holder.backup.repeat')} value={second} visible={visible} autoComplete="new-password" error={error?.field === 'second' ? t(error.key) : undefined} onInput={setSecond} />
        <label class="check">
          <input type="checkbox" checked={visible} onChange={(e) => setVisible(e.currentTarget.checked)} />
          <span>{t('holder.backup.showPassphrase')}</span>
        </label>
        <p class="notice is-warning">{t('holder.backup.warning')}</p>
        {error?.field === 'form' && (
          <p class="notice is-problem" role="alert">
            {t(error.key)}
          </p>
        )}
        <button type="submit" class="button primary wide" disabled={state.busy} data-testid="backup-submit">
          <Icon name="download" />
          {state.busy ? t('holder.backup.working') : t('holder.backup.submit')}
        </button>
        {canShareFiles() && (
          <button type="button" class="button wide" disabled={state.busy} data-testid="backup-share" onClick={(e) => submit(e, 'share')}>
            <Icon name="mail" />
            {t('holder.backup.share')}
          </button>
        )}
      </form>
      <p class="alt-action">
        <a href={href('holder/restore')}>
          <Icon name="upload" />
          {t('holder.backup.restoreLink')}
        </a>
      </p>
    </section>
  );
}
