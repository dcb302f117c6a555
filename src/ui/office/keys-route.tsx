import { useState } from 'preact/hooks';
import { officeApi } from './office-storage';
import { LockMinutesForm } from '../kit/lock-minutes-form';
import { downloadText } from '../kit/download';
import { PassphraseField } from '../kit/passphrase-field';
import { fileDate, fileSlug } from '../kit/file-name';
import { showOffice } from './office-state';
import { nowSeconds } from '../kit/now';
import { RestoreForm } from './restore-form';
import { DeviceLog } from './device-log';
import type { SectionProps } from './section-props';
import { setIdleMinutes, unlockSession } from './session';

/** `#/office/keys`: key backup and restore, key rotation, sharing the log with the office's other devices, and the idle lock. */
export function KeysRoute(props: SectionProps) {
  const { t, office, keys } = props;
  const [pass, setPass] = useState('');
  const [rotation, setRotation] = useState<'busy' | 'done' | 'wrong'>();
  const backup = async () => {
    const now = nowSeconds();
    downloadText(`stellenschluessel-${fileSlug(office.name, 'stelle')}-${fileDate(now)}.json`, await (await officeApi()).backupText(office, now), 'application/json');
  };
  const rotate = async (e: Event) => {
    e.preventDefault();
    if (!keys || !pass || rotation === 'busy') return;
    setRotation('busy');
    const api = await officeApi();
    const result = await api.rotateKey(office, keys, pass, nowSeconds());
    if (!result.ok) return setRotation('wrong');
    unlockSession(result.keys, (await api.officeSettings()).lockMinutes);
    showOffice(result.office);
    setPass('');
    setRotation('done');
  };
  return (
    <section class="screen" aria-labelledby="keys-title">
      <h1 id="keys-title">{t('office.keys.title')}</h1>
      <h2>{t('office.keys.backupTitle')}</h2>
      <p>{t('office.keys.backupIntro')}</p>
      <button type="button" class="button primary" onClick={() => void backup()} data-testid="key-backup">
        {t('office.keys.backup')}
      </button>
      <RestoreForm t={t} />
      <form class="form" noValidate onSubmit={rotate} aria-labelledby="rotate-title">
        <h2 id="rotate-title">{t('office.keys.rotateTitle')}</h2>
        <p>{t('office.keys.rotateIntro')}</p>
        {!keys && <p class="notice is-warning">{t('office.register.unlockFirst')}</p>}
        <PassphraseField id="rotate-pass" label={t('office.session.passphrase')} value={pass} visible={false} autoComplete="current-password" error={rotation === 'wrong' ? t('office.session.wrong') : undefined} onInput={setPass} />
        {rotation === 'done' && <p class="notice" role="status">{t('office.keys.rotated')}</p>}
        <button type="submit" class="button" disabled={!keys || !pass || rotation === 'busy'}>
          {t('office.keys.rotate')}
        </button>
      </form>
      <DeviceLog {...props} />
      <LockMinutesForm
        title={t('office.keys.lockTitle')}
        label={(min, max) => t('office.keys.lockMinutes', { min, max })}
        save={t('office.keys.lockSave')}
        saved={t('office.keys.lockSaved')}
        load={async () => (await (await officeApi()).officeSettings()).lockMinutes}
        store={async (m) => (await (await officeApi()).saveOfficeSettings({ lockMinutes: m })).lockMinutes}
        apply={setIdleMinutes}
      />
    </section>
  );
}
