import { useState } from 'preact/hooks';
import type { RestoreOutcome } from '../../storage/holder/holder-api';
import type { Lang, PlainKey, Translate } from '../i18n';
import { href } from '../shell/router';
import { Icon } from '../kit/icons';
import { PassphraseField } from '../kit/passphrase-field';
import { ReadAloudButton } from './read-aloud-button';
import { RestoreResult } from './restore-result';
import { reportError } from '../kit/report';
import { FileInput } from '../kit/file-input';

/** Props of {@link RestoreScreen}. */
export interface RestoreScreenProps {
  t: Translate;
  lang: Lang;
  hasPass: boolean;
  /** Restores the chosen file; rejects when the file cannot even be read. */
  onRestore(file: File, passphrase: string): Promise<RestoreOutcome>;
}

/** Brings a pass back from a backup file; a wrong passphrase or a damaged file changes nothing. */
export function RestoreScreen({ t, lang, hasPass, onRestore }: RestoreScreenProps) {
  const [file, setFile] = useState<File>();
  const [passphrase, setPassphrase] = useState('');
  const [visible, setVisible] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<PlainKey>();
  const [done, setDone] = useState<Extract<RestoreOutcome, { status: 'restored' }>>();

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (!file) return setProblem('holder.restore.noFile');
    if (!passphrase) return setProblem('holder.restore.noPassphrase');
    setProblem(undefined);
    setBusy(true);
    try {
      const outcome = await onRestore(file, passphrase);
      if (outcome.status === 'restored') setDone(outcome);
      else setProblem(`holder.restore.${outcome.reason}`);
    } catch (e) {
      reportError('holder: restore a backup', e);
      setProblem('holder.restore.readFailed');
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <section class="screen" aria-labelledby="restore-title">
        <h1 id="restore-title">{t('holder.restore.title')}</h1>
        <RestoreResult t={t} lang={lang} done={done} />
        <a class="button primary wide" href={href('holder')}>
          {t('holder.restore.toPass')}
        </a>
      </section>
    );
  }

  return (
    <section class="screen" aria-labelledby="restore-title">
      <a class="back-link" href={href(hasPass ? 'holder/backup' : 'holder')}>
        {t('common.back')}
      </a>
      <h1 id="restore-title">{t('holder.restore.title')}</h1>
      <ReadAloudButton t={t} lang={lang} />
      <p class="lead">{t('holder.restore.intro')}</p>
      <form class="form" noValidate onSubmit={submit}>
        <div class="field">
          <span id="restore-file-label">{t('holder.restore.file')}</span>
          {/* Our own button instead of the browser's: its words come from our catalogue, in the holder's language. */}
          <FileInput
            t={t}
            look="wide button"
            label={
              <>
                <Icon name="file" />
                <span id="restore-file-action">{t('holder.restore.chooseFile')}</span>
              </>
            }
            accept=".json,application/json,text/plain"
            labelledBy="restore-file-label restore-file-action"
            describedBy="restore-file-name"
            testId="restore-file"
            onFiles={([f]) => (setFile(f), setProblem(undefined))}
          />
          <p class="hint file-name" id="restore-file-name">
            {file ? t('holder.restore.chosen', { name: file.name }) : t('holder.restore.noneChosen')}
          </p>
        </div>
        <PassphraseField id="restore-pass" label={t('holder.restore.passphrase')} value={passphrase} visible={visible} autoComplete="current-password" onInput={setPassphrase} />
        <label class="check">
          <input type="checkbox" checked={visible} onChange={(e) => setVisible(e.currentTarget.checked)} />
          <span>{t('holder.backup.showPassphrase')}</span>
        </label>
        {problem && (
          <p class="notice is-problem with-icon" role="alert" data-testid="restore-problem">
            <Icon name="cross" />
            {t(problem)}
          </p>
        )}
        <button type="submit" class="button primary wide" disabled={busy} data-testid="restore-submit">
          <Icon name="upload" />
          {busy ? t('holder.restore.working') : t('holder.restore.submit')}
        </button>
      </form>
    </section>
  );
}
