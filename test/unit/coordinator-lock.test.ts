// The coordinator's unlocked district root locks itself like the office's keys: after the idle
// minutes without input, or on "Sperren" (fake timers drive the clock; nothing is timed).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateKeyPair } from '../../src/core';
import { coordinatorLockMinutes, saveCoordinatorLockMinutes } from '../../src/storage/coordinator/coordinator-roots';
import { BbpassDb } from '../../src/storage/db';
import { coordinatorLock } from '../../src/ui/coordinator/session';
import type { DistrictRootRow } from '../../src/storage/rows';

const row = { district: 'demo-dachau', name: 'DEMO Dachau' } as DistrictRootRow;

describe('coordinator idle lock', () => {
  afterEach(() => {
    coordinatorLock.lock();
    vi.useRealTimers();
  });

  it('forgets the root after the idle minutes; input restarts the timer', () => {
    vi.useFakeTimers();
    const session = { row, keys: generateKeyPair() };
    coordinatorLock.unlock(session, 10);
    vi.advanceTimersByTime(9 * 60_000);
    coordinatorLock.touch();
    vi.advanceTimersByTime(9 * 60_000);
    expect(coordinatorLock.store.get().keys).toBe(session);
    vi.advanceTimersByTime(60_000);
    expect(coordinatorLock.store.get()).toEqual({ lockedBy: 'idle' });
  });

  it('forgets the root on "Sperren"', () => {
    coordinatorLock.unlock({ row, keys: generateKeyPair() }, 10);
    coordinatorLock.lock('staff');
    expect(coordinatorLock.store.get()).toEqual({ lockedBy: 'staff' });
  });
});

describe('coordinator lock setting', () => {
  it('defaults to 10 minutes and keeps a saved value within 1 to 240', async () => {
    const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    expect(await coordinatorLockMinutes(db)).toBe(10);
    expect(await saveCoordinatorLockMinutes(db, 3)).toBe(3);
    expect(await coordinatorLockMinutes(db)).toBe(3);
    expect(await saveCoordinatorLockMinutes(db, 100_000)).toBe(240);
    expect(await saveCoordinatorLockMinutes(db, Number.NaN)).toBe(10);
  });
});
