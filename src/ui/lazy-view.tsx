import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from './i18n';

/** A dynamic import whose default export is a component without props. */
export type ViewLoader = () => Promise<{ default: ComponentType }>;

// A dozen lines instead of preact/compat's lazy/Suspense keep compat out of the start bundle.
/** A lazily loaded view that can be fetched ahead of its first render. */
export type LazyView = ComponentType & { preload(): void };

/** Wraps a dynamic import as a component: a loading line, then the view, or a retry button. */
export function lazyView(loader: ViewLoader): LazyView {
  let loaded: ComponentType | undefined;
  let pending: ReturnType<ViewLoader> | undefined;
  // One request per view, shared by preload and render; a failure is forgotten so retry can refetch.
  const load = () => (pending ??= loader().catch((e: unknown) => ((pending = undefined), Promise.reject(e))));
  function LazyView() {
    const { t } = useI18n();
    const [view, setView] = useState<{ C?: ComponentType; failed?: boolean }>({ C: loaded });
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      load().then(
        (m) => {
          loaded = m.default;
          if (live) setView({ C: m.default });
        },
        () => live && setView({ failed: true }),
      );
      return () => {
        live = false;
      };
    }, [attempt]);
    if (view.C) return <view.C />;
    if (view.failed) {
      return (
        <div class="notice" role="alert">
          <p>{t('common.loadFailed')}</p>
          <button type="button" class="button" onClick={() => (setView({}), setAttempt(attempt + 1))}>
            {t('common.retry')}
          </button>
        </div>
      );
    }
    return (
      <p class="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  return Object.assign(LazyView, { preload: () => void load().catch(() => undefined) });
}
