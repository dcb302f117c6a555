import type { ComponentChildren } from 'preact';
import type { DistrictRootRow } from '../../storage/coordinator-rows';
import { anchorSnippet, rootBackupText } from '../../storage/coordinator-roots';
import type { Translate } from '../i18n';
import { downloadText } from '../holder/download';
import { href } from '../router';

/** Props of {@link KeyScreen}. */
export interface KeyScreenProps {
  t: Translate;
  back: ComponentChildren;
  row: DistrictRootRow;
}

/** The root's trust anchor for the app build, its encrypted backup file and the printed recovery sheet. */
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
    </section>
  );
}
