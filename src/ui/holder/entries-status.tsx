import type { Translate } from '../i18n';
import type { Loaded } from '../kit/loaded';

/** The loading line, or the alert that a pass's entries could not be read; nothing once they are there. */
export function EntriesStatus({ t, entries }: { t: Translate; entries: Loaded<readonly unknown[]> }) {
  if (entries === undefined) {
    return (
      <p class="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (entries === 'failed') {
    return (
      <p class="notice is-problem" role="alert">
        {t('holder.entries.failed')}
      </p>
    );
  }
  return null;
}
