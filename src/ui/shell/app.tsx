import { useEffect, useRef } from 'preact/hooks';
import { LANGS, loadStaffMessages, setLanguage, useI18n, type StaffPart } from '../i18n';
import { lazyView, type LazyView, type ViewLoader } from './lazy-view';
import { AREAS, ROUTES, href, parseLocation, useLocation, type Route } from './router';
import { ROUTE_TABLE, type RouteSpec } from './routes';
import { DemoBanner } from './demo-banner';
import { SiteNotice } from './site-notice';
import { demoModeStore } from './demo-mode';
import { LanguageSwitch } from './language-switch';
import { applyUpdate, dismissPwaNotice, pwaStore } from './pwa';
import { UpdatePrompt } from './update-prompt';
import { useStore } from '../kit/store';

/** A staff area: its screens and its messages load in parallel, and it renders once both are there. */
function staffView(part: StaffPart, loader: ViewLoader): LazyView {
  return lazyView(() => Promise.all([loader(), loadStaffMessages(part)]).then(([view]) => view));
}

/** The view of a route: a staff area also loads its messages (see routes.ts for the chunks). */
function viewOf({ load, area }: RouteSpec): LazyView {
  return area ? staffView(area, load) : lazyView(load);
}

const views = Object.fromEntries(ROUTES.map((r) => [r, viewOf(ROUTE_TABLE[r])])) as Record<Route, LazyView>;

/** Starts fetching the view of the current location, so it loads while the catalogue does; settles (never fails) once it is there. */
export function preloadCurrentView(): Promise<void> {
  return views[parseLocation(location.hash).route].preload();
}

/** The app shell: header, update prompt and the current route's view. */
export function App() {
  const { t, lang } = useI18n();
  const { route, param } = useLocation();
  const pwa = useStore(pwaStore);
  const demo = useStore(demoModeStore);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    // Demo mode marks the title too: it names the tab, the task switcher and printed page headers.
    document.title = demo ? t('app.demoTitle', { title: t('app.title') }) : t('app.title');
  }, [lang, demo]);

  useEffect(() => {
    // After navigation, move focus to the new content so screen readers do not stay on the old link.
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [route, param]);

  const View = views[route];
  const englishStaff = AREAS.has(route) && lang !== 'de' && lang !== 'en';
  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        {t('app.skipToContent')}
      </a>
      <DemoBanner t={t} englishStaff={englishStaff} />
      <SiteNotice t={t} route={route} />
      <header class="app-header">
        <a class="app-title" href={href('holder')}>
          {t('app.title')}
        </a>
        <LanguageSwitch t={t} lang={lang} langs={LANGS} onChange={(l) => void setLanguage(l)} />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {/* Staff areas are German or English: under a holder language they show English, marked as
            such, so it reads left to right and screen readers pronounce it as English. */}
        <div lang={englishStaff ? 'en' : undefined} dir={englishStaff ? 'ltr' : undefined}>
          {/* A staff area stays mounted while it routes inside itself (an unlocked office key lives there). */}
          <View key={param === undefined || AREAS.has(route) ? route : `${route}/${param}`} />
        </div>
      </main>
      {/* After the content: a late notice never pushes the page down. */}
      <UpdatePrompt t={t} state={pwa} onReload={applyUpdate} onDismiss={dismissPwaNotice} />
    </>
  );
}
