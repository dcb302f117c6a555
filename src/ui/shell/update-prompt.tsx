import type { Translate } from '../i18n';
import type { PwaState } from './pwa';

/** Props of {@link UpdatePrompt}. */
export interface UpdatePromptProps {
  t: Translate;
  state: PwaState;
  onReload(): void;
  onDismiss(): void;
}

/** Banner offering to load a new version, or telling that the app now works offline. */
export function UpdatePrompt({ t, state, onReload, onDismiss }: UpdatePromptProps) {
  if (!state.needRefresh && !state.offlineReady) return null;
  return (
    <div class="banner" role="status" data-testid="pwa-banner">
      <p>{t(state.needRefresh ? 'update.available' : 'update.offlineReady')}</p>
      <div class="banner-actions">
        {state.needRefresh && (
          <button type="button" class="button small primary" onClick={onReload}>
            {t('update.reload')}
          </button>
        )}
        <button type="button" class="button small" onClick={onDismiss}>
          {t('update.dismiss')}
        </button>
      </div>
    </div>
  );
}
