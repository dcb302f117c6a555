// The Wegweiser the coordinator maintains: offers checked by the directory's own offer check
// before they are stored (so publishing never fails on a stored offer), an import that adds or
// replaces offers by ID in one transaction, and deletion.
import { checkOffer, DACHAU_PLACES, DIRECTORY_VERSION, type DirectoryProblem, type Offer } from '../../core';
import type { BbpassDb } from '../db';

/** What saving one offer did: stored, or the problems at offer paths (e.g. `phone`). */
export type OfferSave = { readonly status: 'saved'; readonly offer: Offer } | { readonly status: 'refused'; readonly problems: readonly DirectoryProblem[] };

/** What importing checked offers did. */
export interface OffersImport {
  readonly added: number;
  readonly replaced: number;
}

/** Every offer of the Wegweiser, by name (German order). */
export async function listOffers(db: BbpassDb): Promise<Offer[]> {
  const rows = await db.wegweiserOffers.toArray();
  return rows.map((r) => r.offer).sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

/** Checks and stores one offer; `previousId` is the id it had when an edit changed it. */
export async function saveOffer(db: BbpassDb, offer: Offer, now: number, previousId?: string): Promise<OfferSave> {
  return db.transaction('rw', db.wegweiserOffers, async () => {
    const others = (await db.wegweiserOffers.toCollection().primaryKeys()).filter((id) => id !== (previousId ?? offer.id));
    const problems: DirectoryProblem[] = [];
    checkOffer(offer, '', { version: DIRECTORY_VERSION, places: DACHAU_PLACES, ids: new Set(others) }, (path, code) => void problems.push({ path, code }));
    if (problems.length) return { status: 'refused', problems } as const;
    if (previousId !== undefined && previousId !== offer.id) await db.wegweiserOffers.delete(previousId);
    await db.wegweiserOffers.put({ id: offer.id, offer, updatedAt: now });
    return { status: 'saved', offer } as const;
  });
}

/** Adds offers (already checked, e.g. by the spreadsheet import), replacing those with the same ID; all or nothing. */
export async function importOffers(db: BbpassDb, offers: readonly Offer[], now: number): Promise<OffersImport> {
  return db.transaction('rw', db.wegweiserOffers, async () => {
    const old = await db.wegweiserOffers.bulkGet(offers.map((o) => o.id));
    await db.wegweiserOffers.bulkPut(offers.map((offer) => ({ id: offer.id, offer, updatedAt: now })));
    const replaced = old.filter(Boolean).length;
    return { added: offers.length - replaced, replaced };
  });
}

/** Removes one offer. */
export async function deleteOffer(db: BbpassDb, id: string): Promise<void> {
  await db.wegweiserOffers.delete(id);
}
