// A pass made before the Latin-name rule (FORMAT §7.1.2) has its name in its own script only;
// offices refuse its card until it holds the name as in the passport's Latin letters. The
// holder adds it: the old name becomes the own-script name, nothing else changes.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { naclVerify, textToValue, verifyCard } from '../../src/core';
import { BbpassDb } from '../../src/storage/db';
import { createHolderApi } from '../../src/storage/holder/create-holder-api';
import { checkedOf } from '../../src/storage/holder/stamp-rows';
import { NOW } from './support';

async function legacyPass() {
  const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const api = createHolderApi({ db, fetchTrust: async () => undefined });
  const pass = await api.createPass({ givenName: 'أحمد', familyName: 'رحیمی', birthDate: '1998-05-02' }, NOW - 86_400);
  return { db, api, pass };
}

describe('holder: adding the Latin name to a pass made without it', () => {
  it('keeps the old name as the own-script name, and the card carries both', async () => {
    const { api, pass } = await legacyPass();
    const after = await api.addLatinName(pass.id, { givenName: ' Ahmad ', familyName: 'Rahimi' });
    expect(after.profile).toMatchObject({ givenName: 'Ahmad', familyName: 'Rahimi', givenNameNative: 'أحمد', familyNameNative: 'رحیمی', birthDate: '1998-05-02' });
    const card = await verifyCard(textToValue(await api.cardText(pass.id, NOW)).value, { now: NOW, verify: naclVerify });
    expect(card.valid && card.card.claims.holder).toMatchObject({ givenName: 'Ahmad', familyName: 'Rahimi', givenNameNative: 'أحمد', familyNameNative: 'رحیمی' });
  });

  it('refuses a name without Latin letters and a pass that has its Latin name already, changing nothing', async () => {
    const { db, api, pass } = await legacyPass();
    const before = await db.passes.toArray();
    await expect(api.addLatinName(pass.id, { givenName: 'احمد', familyName: 'Rahimi' })).rejects.toThrow(RangeError);
    await expect(api.addLatinName(pass.id, { givenName: 'Ahmad', familyName: 'Rаhimi' })).rejects.toThrow(/U\+0430/);
    expect(await db.passes.toArray()).toEqual(before);
    await api.addLatinName(pass.id, { givenName: 'Ahmad', familyName: 'Rahimi' });
    const latin = await db.passes.toArray();
    await expect(api.addLatinName(pass.id, { givenName: 'Achmed', familyName: 'Rahimi' })).rejects.toThrow(/already/);
    expect(await db.passes.toArray()).toEqual(latin);
  });

  it('tells a stamp made out to the pass’s own-script name (before the Latin name) from one naming someone else', () => {
    const profile = { givenName: 'Ahmad', familyName: 'Rahimi', givenNameNative: 'أحمد', familyNameNative: 'رحیمی', birthDate: '1998-05-02' };
    const kept = (person: { givenName: string; familyName: string; birthDate: string }) => checkedOf({ valid: true, reason: null, person }, profile);
    expect(kept({ givenName: 'أحمد', familyName: 'رحیمی', birthDate: '1998-05-02' })).toMatchObject({ otherPerson: { givenName: 'أحمد' }, earlierName: true });
    expect(kept({ givenName: 'أحمد', familyName: 'رحیمی', birthDate: '1998-05-03' })).not.toHaveProperty('earlierName');
    expect(kept({ givenName: 'Ahmad', familyName: 'Rahimi', birthDate: '1998-05-02' })).toEqual({ valid: true, reason: null });
  });
});
