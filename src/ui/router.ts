import { useEffect, useState } from 'preact/hooks';

/** Every screen the hash router knows. */
export type Route = 'holder' | 'holder/scan' | 'office' | 'verifier' | 'coordinator';

const ROUTES: readonly Route[] = ['holder', 'holder/scan', 'office', 'verifier', 'coordinator'];

/** Maps a location hash such as `#/holder/scan` to a route; anything unknown is the holder start. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').replace(/\/+$/, '');
  return ROUTES.find((r) => r === path) ?? 'holder';
}

/** The `href` for a route; hash URLs keep every screen inside the one precached index.html. */
export function href(route: Route): string {
  return `#/${route}`;
}

/** The current route; re-renders on `hashchange`. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
