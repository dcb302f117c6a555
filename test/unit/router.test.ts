// The hash router: every route of the one table parses back from its href, with and without a
// parameter, and anything unknown falls back to the holder start.
import { describe, expect, it } from 'vitest';
import { AREAS, ROUTES, href, parseLocation, type Route } from '../../src/ui/shell/router';

const WITH_PARAM: readonly Route[] = ['holder/entry', 'holder/offer'];

describe('router', () => {
  it('knows every route once, the holder start first, and the three staff areas', () => {
    expect(ROUTES[0]).toBe('holder');
    expect(new Set(ROUTES).size).toBe(ROUTES.length);
    expect([...AREAS]).toEqual(['office', 'verifier', 'coordinator']);
  });

  it('parses the href of every route back to the route', () => {
    for (const route of ROUTES) expect(parseLocation(href(route))).toEqual({ route });
  });

  it('round-trips a parameter of the routes that take one, encoded', () => {
    for (const route of WITH_PARAM) {
      for (const param of ['ab12', 'a b/ä?#&', '%41']) expect(parseLocation(href(route, param))).toEqual({ route, param });
    }
    expect(href('holder/entry', 'a/b')).toBe('#/holder/entry/a%2Fb');
  });

  it('routes a staff area inside itself: its parameter is a sub-path, each segment encoded', () => {
    for (const route of AREAS) {
      expect(parseLocation(href(route, 'stamp/x y'))).toEqual({ route, param: 'stamp/x y' });
      expect(href(route, 'stamp/x y')).toBe(`#/${route}/stamp/x%20y`);
    }
    expect(parseLocation('#/office/log/')).toEqual({ route: 'office', param: 'log' });
  });

  it('falls back to the holder start for anything unknown, and ignores a trailing slash', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#/holder/card/extra', '#/holderx']) expect(parseLocation(hash)).toEqual({ route: 'holder' });
    expect(parseLocation('#/holder/entries/')).toEqual({ route: 'holder/entries' });
    expect(parseLocation('holder/card')).toEqual({ route: 'holder/card' });
  });
});
