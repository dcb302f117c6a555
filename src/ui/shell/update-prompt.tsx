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
    // "Works offline now" is news, not a task: it waits at the page's end. A new version asks
    // for a tap, so it stays in view at the screen's foot.
    <div class={`banner${state.needRefresh ? ' is-sticky' : ''}`} role="status" data-testid="pwa-banner">
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
