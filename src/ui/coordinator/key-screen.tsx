import type { ComponentChildren } from 'preact';
import type { DistrictRootRow } from '../../storage/coordinator/coordinator-api';
import { anchorSnippet, rootBackupText } from '../../storage/coordinator/coordinator-roots';
import { LockMinutesForm } from '../kit/lock-minutes-form';
import { coordinatorApi } from './coordinator-storage';
import type { Translate } from '../i18n';
import { downloadText } from '../kit/download';
import { href } from '../shell/router';
import { coordinatorLock } from './session';

/** Props of {@link KeyScreen}. */
export interface KeyScreenProps {
  t: Translate;
  back: ComponentChildren;
  row: DistrictRootRow;
}

/** The root's trust anchor for the app build, its encrypted backup file, the printed recovery sheet and the idle lock. */
export function KeyScreen({ t, back, row }: KeyScreenProps) {
  const snippet = anchorSnippet(row);
  return (
    <section class="screen coordinator" aria-labelledby="key-title">
      {back}
      <h1 id="key-title">{t('coordinator.key.title')}</h1>
      <h2>{t('coordinator.key.anchorTitle')}</h2>
      <p>{t('coordinator.key.anchorIntro')}</p>
      <pre class="payload snippet" data-testid="anchor-snippet">
        {snippet}
      </pre>
      <button type="button" class="button wide" onClick={() => downloadText(`${row.district}-anchor.txt`, snippet, 'text/plain')}>
        {t('coordinator.key.anchorDownload')}
      </button>
      <h2>{t('coordinator.key.backupTitle')}</h2>
      <p>{t('coordinator.key.backupIntro')}</p>
      <button type="button" class="button primary wide" data-testid="root-backup" onClick={() => downloadText(`${row.district}-root-backup.json`, rootBackupText(row), 'application/json')}>
        {t('coordinator.key.backupDownload')}
      </button>
      <a class="button wide" href={href('coordinator', 'key/print')}>
        {t('coordinator.key.sheet')}
      </a>
      <LockMinutesForm
        title={t('coordinator.key.lockTitle')}
        label={(min, max) => t('coordinator.key.lockMinutes', { min, max })}
        save={t('coordinator.key.lockSave')}
        saved={t('coordinator.key.lockSaved')}
        load={async () => (await coordinatorApi()).coordinatorLockMinutes()}
        store={async (m) => (await coordinatorApi()).saveCoordinatorLockMinutes(m)}
        apply={coordinatorLock.setIdleMinutes}
      />
    </section>
  );
}
