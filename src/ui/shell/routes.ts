// The one table of routes: every screen the hash router knows, declared once. The route type, the
// parser (router.ts) and the views (app.tsx) all come from here. Each view is its own chunk: the
// start bundle holds only the shell, and staff screens, the scanner and its worker load when
// first opened (and are precached for offline use). The only file of ui/ besides main.tsx that
// reaches into the role folders (lazily; the layer lint allows it here and nowhere else).
import type { StaffPart } from '../i18n';
import type { ViewLoader } from './lazy-view';

/** What the shell knows of one route. */
export interface RouteSpec {
  /** Loads the route's view. */
  readonly load: ViewLoader;
  /** The route takes one path parameter after it (`#/holder/entry/<id>`). */
  readonly param?: true;
  /** A staff area: routes inside itself (`#/office/stamp/x` is 'office' with param 'stamp/x') and loads its own messages. */
  readonly area?: StaffPart;
}

/** Every route with its spec, in the order the parser tries them. */
export const ROUTE_TABLE = {
  holder: { load: () => import('../holder/home-route') },
  'holder/new': { load: () => import('../holder/new-pass-route') },
  'holder/card': { load: () => import('../holder/card-route') },
  'holder/receive': { load: () => import('../holder/receive-route') },
  'holder/entries': { load: () => import('../holder/entries-route') },
  'holder/entry': { load: () => import('../holder/entry-route'), param: true },
  'holder/present': { load: () => import('../holder/present-route') },
  'holder/backup': { load: () => import('../holder/backup-route') },
  'holder/restore': { load: () => import('../holder/restore-route') },
  'holder/print': { load: () => import('../holder/print-route') },
  'holder/settings': { load: () => import('../holder/settings-route') },
  'holder/delete': { load: () => import('../holder/delete-route') },
  'holder/directory': { load: () => import('../holder/directory-route') },
  'holder/offer': { load: () => import('../holder/offer-route'), param: true },
  office: { load: () => import('../office/office-route'), area: 'office' },
  verifier: { load: () => import('../verifier/verifier-route'), area: 'verifier' },
  coordinator: { load: () => import('../coordinator/coordinator-route'), area: 'coordinator' },
} as const satisfies Record<string, RouteSpec>;
