import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadOnce } from '../kit/load-once';
import { useI18n } from '../i18n';

/** A dynamic import whose default export is a component (a route's view: without props). */
export type ViewLoader<P = object> = () => Promise<{ default: ComponentType<P> }>;

// A dozen lines instead of preact/compat's lazy/Suspense keep compat out of the start bundle.
/** A lazily loaded view that can be fetched ahead of its first render. */
export type LazyView<P = object> = ComponentType<P> & { preload(): Promise<void> };

/** Wraps a dynamic import as a component: a loading line, then the view with its props, or a retry button. */
export function lazyView<P extends object = object>(loader: ViewLoader<P>): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  // One request per view, shared by preload and render; a failure is forgotten so retry can refetch.
  const load = loadOnce(loader);
  function LazyView(props: P) {
    const { t } = useI18n();
    const [view, setView] = useState<{ C?: ComponentType<P>; failed?: boolean }>({ C: loaded });
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      // The chunk may have arrived between the first render and this effect (a preload started
      // elsewhere settled in between): show it now, as nothing will announce it again.
      if (loaded) return void setView((v) => (v.C ? v : { C: loaded }));
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
    if (view.C) return <view.C {...props} />;
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
  // A preloaded view renders at once (no loading line first: index.html's first screen stays in
  // place until Preact takes it over). A failed preload is forgotten by loadOnce: the render
  // loads again and shows the retry button.
  const preload = () => load().then((m) => void (loaded = m.default), () => undefined);
  return Object.assign(LazyView, { preload });
}

/** Like {@link lazyView}, for a named export: a part of a screen that loads on first use and takes its props from the screen around it. */
export function lazyPart<P extends object>(loader: () => Promise<ComponentType<P>>): LazyView<P> {
  return lazyView(() => loader().then((C) => ({ default: C })));
}
