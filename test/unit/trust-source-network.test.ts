// Trust lists reach devices without a rebuild (issue 16): the app asks the network first for
// trust/<district>.json, past the service worker's precache and the HTTP cache, falls back to the
// precached copy, keeps the newest valid list per district (never a lower one) and works offline
// with the last one. A fake fetch plays network and precache.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueTrustList, keyPairFromSeed, toBase64Url, trustFileText, type TrustAnchor } from '../../src/core';
import { siteFrom } from '../../src/config/load-site';
import { DEFAULT_SITE, setSiteConfig } from '../../src/config/site';
import { BbpassDb } from '../../src/storage/db';
import { networkFirst, TrustSource } from '../../src/storage/trust-source';
import { NOW } from './support';

const root = keyPairFromSeed(new Uint8Array(32).fill(5));
const anchor: TrustAnchor = { district: '09174', name: 'Landkreis Dachau', publicKey: root.publicKey };
const list = (version: number) => trustFileText([anchor], [issueTrustList({ district: '09174', districtName: 'Landkreis Dachau', version, issuedAt: NOW + version, certificates: [], revocations: [] }, root)]);

/** A fake origin: what the network and the service worker's precache answer, and every request made. */
function origin() {
  const o = {
    network: undefined as string | undefined,
    precache: undefined as string | undefined,
    online: true,
    requests: [] as Array<{ url: string; cache?: RequestCache }>,
    fetch: async (url: string, init?: RequestInit): Promise<Response> => {
      o.requests.push({ url, cache: init?.cache });
      // The precache answers only the exact URL; anything else goes to the network (if online).
      const fromPrecache = !url.includes('?') && o.precache !== undefined ? o.precache : undefined;
      if (fromPrecache !== undefined) return new Response(fromPrecache);
      if (!o.online) throw new TypeError('Failed to fetch');
      return o.network === undefined ? new Response('', { status: 404 }) : new Response(o.network);
    },
  };
  return o;
}

const version = async (s: TrustSource) => (await s.store(false)).listFor('09174')?.claims.version;

beforeEach(() => setSiteConfig(siteFrom(JSON.stringify({ format: 'bbpass-site', version: 1, anchors: [{ district: '09174', name: 'Landkreis Dachau', publicKey: toBase64Url(root.publicKey) }] }), false)));
afterEach(() => setSiteConfig(DEFAULT_SITE));

describe('trust lists network-first', () => {
  it('asks the network first, past the precache and the HTTP cache', async () => {
    const o = origin();
    o.network = list(2);
    o.precache = list(1);
    const source = new TrustSource(new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange }), networkFirst(o.fetch, () => 'https://lra.example/app/'));
    expect(await version(source)).toBe(2);
    expect(o.requests[0]).toMatchObject({ cache: 'no-store' });
    expect(o.requests[0]!.url).toMatch(/^https:\/\/lra\.example\/app\/trust\/09174\.json\?fresh=/);
  });

  it('takes a newer list on refresh and tells the screens; a lower one is refused and nothing is told', async () => {
    const o = origin();
    o.network = list(1);
    const source = new TrustSource(new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange }), networkFirst(o.fetch, () => 'https://lra.example/'));
    let told = 0;
    source.onChange(() => told++);
    expect(await version(source)).toBe(1);
    o.network = list(2);
    expect(await source.refresh()).toBe(true);
    expect(await version(source)).toBe(2);
    expect(told).toBe(1);
    o.network = list(1);
    expect(await source.refresh()).toBe(false);
    expect(await version(source)).toBe(2);
    expect(told).toBe(1);
  });

  it('offline, falls back to the precached copy, and keeps the last list taken', async () => {
    const o = origin();
    const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    o.network = list(3);
    expect(await version(new TrustSource(db, networkFirst(o.fetch, () => 'https://lra.example/')))).toBe(3);
    o.online = false;
    o.precache = list(1);
    const offline = new TrustSource(db, networkFirst(o.fetch, () => 'https://lra.example/'));
    expect(await version(offline)).toBe(3);
    const fresh = new TrustSource(new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange }), networkFirst(o.fetch, () => 'https://lra.example/'));
    expect(await version(fresh)).toBe(1);
  });

  it('known offline, asks only the precache (no request bound to fail)', async () => {
    const o = origin();
    o.online = false;
    o.precache = list(1);
    const source = new TrustSource(new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange }), networkFirst(o.fetch, () => 'https://lra.example/', () => o.online));
    expect(await version(source)).toBe(1);
    expect(o.requests.map((r) => r.url)).toEqual(['https://lra.example/trust/09174.json']);
  });

  it('ignores a damaged file and keeps the list in force', async () => {
    const o = origin();
    o.network = list(2);
    const source = new TrustSource(new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange }), networkFirst(o.fetch, () => 'https://lra.example/'));
    expect(await version(source)).toBe(2);
    for (const damaged of ['{"format":"bbpass-trust","lists":["BBP1:T:XYZ"]}', '<html>gateway error</html>', list(3).replace(/BBP1:T:(.{20})/, 'BBP1:T:AAAAAAAAAAAAAAAAAAAA')]) {
      o.network = damaged;
      expect(await source.refresh()).toBe(false);
      expect(await version(source)).toBe(2);
    }
  });
});
