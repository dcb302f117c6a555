// The coordinator screen's "published version" against a fake site: the request passes every
// cache by, and what the site answers (nothing, a page, an old, current or edited file, or no
// answer at all) becomes one closed status, checked against the root before it is believed.
import { readFile } from 'node:fs/promises';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BbpassDb } from '../../src/storage/db';
import { createCoordinatorApi } from '../../src/storage/coordinator/create-coordinator-api';
import type { Fetch } from '../../src/storage/coordinator/coordinator-published';
import { TrustSource } from '../../src/storage/trust-source';
import { NOW } from './support';

const shipped = (path: string) => readFile(new URL(`../../public/${path}`, import.meta.url), 'utf8').catch(() => undefined);

/** A site serving `files` (path → body) and recording each request. */
function site(files: Record<string, string | Error>) {
  const requests: Array<[string, RequestInit]> = [];
  const fetch: Fetch = async (url, init) => {
    requests.push([url, init]);
    const body = files[new URL(url).pathname];
    if (body instanceof Error) throw body;
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { status: 200 });
  };
  return { fetch, requests };
}

function apiFor(fetch: Fetch) {
  const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  return createCoordinatorApi({ db, trust: new TrustSource(db, shipped), iterations: 100_000, fetch, base: 'https://pass.example/app/' });
}

/** Another device asking a site that serves `body` as the district's trust list. */
const serving = (body: string | Error) => apiFor(site({ '/app/trust/09174.json': body }).fetch);

async function setup(files: Record<string, string | Error>) {
  const s = site(files);
  const api = apiFor(s.fetch);
  const row = await api.createRoot('09174', 'Landkreis Dachau', 'root passphrase', NOW - 86_400);
  const root = await api.unlockRoot(row, 'root passphrase');
  const publish = async (at: number) => {
    const p = await api.publishTrustList(root, '09174', at);
    return { ...p, row: (await api.listRoots())[0]! };
  };
  return { api, s, row, publish };
}

describe('published trust list on the site', () => {
  it('asks the site past the HTTP cache and the service worker, relative to the app', async () => {
    const { api, s, row } = await setup({});
    expect(await api.publishedTrust(row, NOW)).toEqual({ status: 'not-published' });
    expect(s.requests).toEqual([[`https://pass.example/app/trust/09174.json?published=${NOW}`, { cache: 'no-store', credentials: 'same-origin' }]]);
  });

  it('says current, then older once a newer version is signed here', async () => {
    const { s, publish } = await setup({});
    const v1 = await publish(NOW - 100);
    const served = serving(v1.fileText);
    expect(await served.publishedTrust(v1.row, NOW)).toEqual({ status: 'current', version: 1, issuedAt: NOW - 100, signed: { version: 1, issuedAt: NOW - 100 } });
    const v2 = await publish(NOW - 50);
    expect(await served.publishedTrust(v2.row, NOW)).toMatchObject({ status: 'older', version: 1, signed: { version: 2, issuedAt: NOW - 50 } });
    expect(s.requests).toEqual([]);
    // The bare payload text is a published list too.
    expect(await serving(v2.text).publishedTrust(v2.row, NOW)).toMatchObject({ status: 'current', version: 2 });
  });

  it('reports an edited file as tampered, a start page as not published, no answer as offline', async () => {
    const { publish } = await setup({});
    const v1 = await publish(NOW - 100);
    const ask = (body: string | Error) => serving(body).publishedTrust(v1.row, NOW);
    const [prefix, b45] = [v1.text.slice(0, 7), v1.text.slice(7)];
    // One character of the signed payload changed: still decodes, no longer verifies.
    const flipped = `${prefix}${b45.slice(0, 60)}${b45[60] === 'A' ? 'B' : 'A'}${b45.slice(61)}`;
    expect(await ask(flipped)).toMatchObject({ status: 'tampered', reason: 'bad-signature' });
    expect(await ask('{"format":"bbpass-trust","lists":["BBP1:T:nonsense"]}')).toMatchObject({ status: 'tampered', reason: 'unreadable' });
    expect(await ask('<!doctype html><title>App</title>')).toMatchObject({ status: 'not-published' });
    expect(await ask(new TypeError('Failed to fetch'))).toEqual({ status: 'offline', signed: { version: 1, issuedAt: NOW - 100 } });
  });
});
