import type { ComponentChildren } from 'preact';
import type { HolderApi, PassSummary } from '../../storage/holder/holder-api';
import { useI18n, type Translate } from '../i18n';
import { href } from '../shell/router';
import { usePassState } from './pass-state';

/** Props of {@link PassGate}. */
export interface PassGateProps {
  /** Renders the screen once the current pass is known. */
  children(pass: PassSummary, api: HolderApi): ComponentChildren;
}

/** Shows its screen only when a pass exists; otherwise a loading line, a storage problem or a way to create one. */
export function PassGate({ children }: PassGateProps) {
  const { t } = useI18n();
  const state = usePassState();
  if (state.status === 'loading') return <Loading t={t} />;
  if (state.status === 'failed') return <StorageFailed t={t} />;
  if (!state.current) {
    return (
      <section class="screen" aria-labelledby="no-pass-title">
        <h1 id="no-pass-title">{t('holder.noPass.title')}</h1>
        <p>{t('holder.noPass.text')}</p>
        <a class="button primary" href={href('holder')}>
          {t('holder.noPass.create')}
        </a>
      </section>
    );
  }
  return <>{children(state.current, state.api)}</>;
}

/** The loading line shown while storage opens. */
export function Loading({ t }: { t: Translate }) {
  return (
    <p class="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** Said when this browser cannot store anything (e.g. IndexedDB switched off in a private window). */
export function StorageFailed({ t }: { t: Translate }) {
  return (
    <p class="notice is-problem" role="alert">
      {t('holder.storageFailed')}
    </p>
  );
}
