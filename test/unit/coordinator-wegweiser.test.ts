// The Wegweiser the coordinator maintains, through its storage API over fake-indexeddb: a broken
// offer is refused with its problems and stores nothing, an edit may change the id, an import
// adds and replaces by ID, and what is stored always publishes as a valid directory.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { buildDirectory, parseDirectory, directoryJson, type Offer } from '../../src/core';
import { BbpassDb } from '../../src/storage/db';
import { createCoordinatorApi } from '../../src/storage/coordinator/create-coordinator-api';
import { TrustSource } from '../../src/storage/trust-source';
import { NOW } from './support';

function newApi() {
  const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  return createCoordinatorApi({ db, trust: new TrustSource(db, async () => undefined) });
}
const cafe: Offer = { id: 'sprachcafe', category: 'sprache', name: 'Sprachcafé Karlsfeld', description: { de: 'Deutsch üben.' }, places: ['Karlsfeld'], starts: ['2027-03-01'] };

describe('coordinator Wegweiser storage', () => {
  it('refuses a broken offer with its problems and stores nothing', async () => {
    const api = newApi();
    const r = await api.saveOffer({ ...cafe, places: ['Karlsfed'], phone: 'ruf an' }, NOW);
    expect(r).toEqual({ status: 'refused', problems: [{ path: 'phone', code: 'bad-phone' }, { path: 'places[0]', code: 'unknown-place' }] });
    expect(await api.listOffers()).toEqual([]);
  });

  it('saves, renames by a new id, refuses an id another offer has, and deletes', async () => {
    const api = newApi();
    expect(await api.saveOffer(cafe, NOW)).toEqual({ status: 'saved', offer: cafe });
    await api.saveOffer({ ...cafe, id: 'beratung', name: 'Beratung', category: 'beratung' }, NOW);
    expect(await api.saveOffer({ ...cafe, id: 'beratung' }, NOW, 'sprachcafe')).toEqual({ status: 'refused', problems: [{ path: 'id', code: 'duplicate-id' }] });
    await api.saveOffer({ ...cafe, id: 'sprachcafe-karlsfeld' }, NOW, 'sprachcafe');
    expect((await api.listOffers()).map((o) => o.id)).toEqual(['beratung', 'sprachcafe-karlsfeld']);
    await api.deleteOffer('beratung');
    expect((await api.listOffers()).map((o) => o.id)).toEqual(['sprachcafe-karlsfeld']);
  });

  it('imports by ID in one go and publishes what it holds as a valid directory', async () => {
    const api = newApi();
    await api.saveOffer(cafe, NOW);
    expect(await api.importOffers([{ ...cafe, name: 'Sprachcafé (neu)' }, { ...cafe, id: 'zweites' }], NOW)).toEqual({ added: 1, replaced: 1 });
    const built = buildDirectory({ district: 'Landkreis Dachau', updated: '2027-01-15' }, await api.listOffers());
    expect(built.ok).toBe(true);
    const again = built.ok && parseDirectory(directoryJson(built.directory));
    expect(again && again.ok && again.directory.offers.map((o) => o.name)).toEqual(['Sprachcafé (neu)', 'Sprachcafé Karlsfeld']);
  });
});
