import { useEffect, useState } from 'preact/hooks';

/** Every screen the hash router knows. */
export type Route =
  | 'holder'
  | 'holder/new'
  | 'holder/card'
  | 'holder/receive'
  | 'holder/entries'
  | 'holder/entry'
  | 'holder/present'
  | 'holder/backup'
  | 'holder/restore'
  | 'holder/print'
  | 'holder/settings'
  | 'holder/delete'
  | 'holder/directory'
  | 'holder/offer'
  | 'office'
  | 'verifier'
  | 'coordinator';

const ROUTES: readonly Route[] = [
  'holder',
  'holder/new',
  'holder/card',
  'holder/receive',
  'holder/entries',
  'holder/entry',
  'holder/present',
  'holder/backup',
  'holder/restore',
  'holder/print',
  'holder/settings',
  'holder/delete',
  'holder/directory',
  'holder/offer',
  'office',
  'verifier',
  'coordinator',
];

/** Routes that take one path parameter after them (`#/holder/entry/<id>`). */
const WITH_PARAM = new Set<Route>(['holder/entry', 'holder/offer']);

/** Staff areas route inside themselves: `#/office/stamp/x` is route 'office' with param 'stamp/x'. */
export const AREAS = new Set<Route>(['office', 'verifier', 'coordinator']);

/** A parsed location: the route and, for routes that take one, its parameter. */
export interface Location {
  readonly route: Route;
  readonly param?: string;
}

/** Maps a location hash such as `#/holder/entry/ab12` to route and parameter; anything unknown is the holder start. */
export function parseLocation(hash: string): Location {
  const path = hash.replace(/^#\/?/, '').replace(/\/+$/, '');
  const exact = ROUTES.find((r) => r === path);
  if (exact) return { route: exact };
  const area = [...AREAS].find((a) => path.startsWith(`${a}/`));
  if (area) return { route: area, param: path.slice(area.length + 1).split('/').map(decodeURIComponent).join('/') };
  const slash = path.lastIndexOf('/');
  const base = path.slice(0, slash);
  const param = decodeURIComponent(path.slice(slash + 1));
  const withParam = ROUTES.find((r) => r === base && WITH_PARAM.has(r));
  return withParam && param ? { route: withParam, param } : { route: 'holder' };
}

/** The route of a location hash. */
export function parseRoute(hash: string): Route {
  return parseLocation(hash).route;
}

/** The `href` for a route; hash URLs keep every screen inside the one precached index.html. */
export function href(route: Route, param?: string): string {
  if (param === undefined) return `#/${route}`;
  // An area's param is a sub-path: its slashes stay slashes, each segment is encoded.
  const encoded = AREAS.has(route) ? param.split('/').map(encodeURIComponent).join('/') : encodeURIComponent(param);
  return `#/${route}/${encoded}`;
}

/** Goes to a route (adds a history entry, so the phone's back button returns). */
export function navigate(route: Route, param?: string): void {
  location.hash = href(route, param);
}

/** The current location; re-renders on `hashchange`. */
export function useLocation(): Location {
  const [loc, setLoc] = useState(() => parseLocation(location.hash));
  useEffect(() => {
    const onChange = () => setLoc(parseLocation(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return loc;
}

/** The current route; re-renders on `hashchange`. */
export function useRoute(): Route {
  return useLocation().route;
}
