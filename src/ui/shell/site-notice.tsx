// The deployment's state as the shell shows it: a site.json that failed its check is said on every
// screen (nothing is trusted); a district build without one is said on the staff screens (holders
// can still keep their pass). main.tsx reports the state once, before the first render.
import type { Translate } from '../i18n';
import { createStore, useStore } from '../kit/store';
import { AREAS, type Route } from './router';

/** What is wrong with this installation's configuration, if anything. */
export type SiteStatus = 'ok' | 'unconfigured' | 'broken';

/** The configuration state of this page (set by main.tsx from config/site.ts). */
export const siteStatusStore = createStore<SiteStatus>('ok');

/** The notice above every screen (broken) or above the staff areas (unconfigured); nothing when sound. */
export function SiteNotice({ t, route }: { t: Translate; route: Route }) {
  const status = useStore(siteStatusStore);
  if (status === 'ok' || (status === 'unconfigured' && !AREAS.has(route))) return null;
  return (
    <div class="site-notice" role="alert" data-testid={`site-${status}`}>
      {t(status === 'broken' ? 'app.siteBroken' : 'app.siteUnconfigured')}
    </div>
  );
}
