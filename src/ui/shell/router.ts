import { useEffect, useState } from 'preact/hooks';
import { ROUTE_TABLE, type RouteSpec } from './routes';

/** Every screen the hash router knows (declared once, in routes.ts). */
export type Route = keyof typeof ROUTE_TABLE;

const SPECS: Readonly<Record<Route, RouteSpec>> = ROUTE_TABLE;

/** Every route, in the order of the table. */
export const ROUTES = Object.keys(SPECS) as readonly Route[];

/** Routes that take one path parameter after them (`#/holder/entry/<id>`). */
const WITH_PARAM = new Set(ROUTES.filter((r) => SPECS[r].param));

/** Staff areas route inside themselves: `#/office/stamp/x` is route 'office' with param 'stamp/x'. */
export const AREAS = new Set(ROUTES.filter((r) => SPECS[r].area));

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
    const onChange = () =>
      setLoc((was) => {
        const now = parseLocation(location.hash);
        return now.route === was.route && now.param === was.param ? was : now;
      });
    window.addEventListener('hashchange', onChange);
    // The effect runs after the first paint: a hash changed since the first render (a tap or a
    // link while the app started) fired its hashchange before anyone listened, so read it now.
    onChange();
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return loc;
}
