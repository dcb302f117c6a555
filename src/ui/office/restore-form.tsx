import { useState } from 'preact/hooks';
import type { RestoreOutcome } from '../../storage/office/office-backup';
import type { Translate } from '../i18n';
import { PassphraseField } from '../kit/passphrase-field';
import { showOffice } from './office-state';
import { officeApi } from './office-storage';
import { FileInput } from '../kit/file-input';

/** Restores the office keys from a backup file after the passphrase has opened them. */
export function RestoreForm({ t }: { t: Translate }) {
  const [file, setFile] = useState<{ name: string; text: string }>();
  const [pass, setPass] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<RestoreOutcome>();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!file || !pass || busy) return;
    setBusy(true);
    const result = await (await officeApi()).restoreBackup(file.text, pass);
    setBusy(false);
    setOutcome(result);
    if (result.status === 'restored') showOffice(result.office);
  };
  return (
    <form class="form" noValidate onSubmit={submit} aria-labelledby="restore-title">
      <h2 id="restore-title">{t('office.restore.title')}</h2>
      <p>{t('office.restore.intro')}</p>
      <FileInput t={t} look="button" label={t('office.restore.choose')} accept=".json,application/json" testId="restore-file" onText={(text, f) => setFile({ name: f.name, text })} />
      {file && <p class="file-name">{file.name}</p>}
      <PassphraseField id="restore-pass" label={t('office.session.passphrase')} value={pass} visible={false} autoComplete="current-password" onInput={setPass} />
      {outcome && (
        <p class={`notice${outcome.status === 'restored' ? '' : ' is-problem'}`} role="status" data-testid="restore-outcome" data-status={outcome.status}>
          {outcome.status === 'restored' ? t('office.restore.done') : t(`office.restore.${outcome.reason}`)}
        </p>
      )}
      <button type="submit" class="button" disabled={!file || !pass || busy} data-testid="restore-submit">
        {busy ? t('office.session.unlocking') : t('office.restore.submit')}
      </button>
    </form>
  );
}
