// Cheap phones showing codes (issue 18, item 4): a remembered, bounded presentation setting,
// low-density frames that still verify, and the frame rate the verifier receives.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { naclVerify, verifyTexts, TrustStore } from '../../src/core';
import { DEMO_ANCHOR } from '../../src/config/districts';
import { BbpassDb } from '../../src/storage/db';
import { createHolderApi } from '../../src/storage/holder/create-holder-api';
import { readPresentSetting } from '../../src/storage/holder/present-setting';
import { frameRate } from '../../src/ui/verifier/frame-rate';
import { NOW } from './support';
import { passWithStamps, shippedTrust } from './holder-fixture';


describe('presentation setting', () => {
  it('is remembered on the device, and a damaged value falls back to the default', async () => {
    const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const api = createHolderApi({ db, fetchTrust: shippedTrust });
    expect(await api.presentSetting()).toEqual({ fps: 3, lowDensity: false });
    await api.setPresentSetting({ fps: 1, lowDensity: true });
    expect(await createHolderApi({ db, fetchTrust: shippedTrust }).presentSetting()).toEqual({ fps: 1, lowDensity: true });
    expect(readPresentSetting({ fps: 1e9, lowDensity: 'yes' })).toEqual({ fps: 10, lowDensity: false });
    expect(readPresentSetting({ fps: Number.NaN })).toEqual({ fps: 3, lowDensity: false });
    expect(readPresentSetting('<script>')).toEqual({ fps: 3, lowDensity: false });
  });
});

describe('low-density presentation', () => {
  it('cuts the same presentation into more, shorter frames that verify', async () => {
    const { db, api, pass } = await passWithStamps();
    const ids = (await db.entries.toArray()).map((r) => r.id);
    const normal = await api.present(pass.id, ids, NOW);
    const low = await api.present(pass.id, ids, NOW, true);
    expect(low.seqLen).toBeGreaterThan(2 * normal.seqLen);
    const longest = (p: typeof low) => Math.max(...p.fileText.split('\n').map((f) => f.length));
    expect(longest(low)).toBeLessThan(longest(normal) / 2);
    const report = await verifyTexts(low.fileText.split('\n'), { trust: new TrustStore([DEMO_ANCHOR]), now: NOW, verify: naclVerify });
    expect(report.valid).toBe(true);
  });
});

describe('received frame rate', () => {
  it('is measured from arrivals over the recent ones, and unknown before two', () => {
    expect(frameRate([])).toBeUndefined();
    expect(frameRate([1000])).toBeUndefined();
    expect(frameRate([0, 1000, 2000])).toBe(1);
    expect(frameRate([0, 333, 667, 1000])).toBe(3);
    // A change of speed shows once the window has moved past the old frames.
    expect(frameRate([0, 10_000, 10_100, 10_200, 10_300, 10_400, 10_500, 10_600, 10_700])).toBe(10);
    expect(frameRate([5, 5])).toBeUndefined();
  });
});
