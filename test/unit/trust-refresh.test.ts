// The trust lists are fetched again when the page comes online, when it becomes visible after a
// while and at an interval while seen, never more often than every few minutes. A fake page.
import { describe, expect, it } from 'vitest';
import { MIN_REFRESH_GAP_MS, REFRESH_INTERVAL_MS, scheduleTrustRefresh } from '../../src/storage/trust-refresh';

function page() {
  const p = {
    clock: 0,
    visible: true,
    listeners: new Map<string, () => void>(),
    tick: undefined as (() => void) | undefined,
    every: 0,
    host: {
      addEventListener: (type: string, l: () => void) => void p.listeners.set(type, l),
      isVisible: () => p.visible,
      now: () => p.clock,
      setInterval: (run: () => void, ms: number) => ((p.tick = run), (p.every = ms)),
    },
  };
  return p;
}

const settle = () => new Promise((r) => setImmediate(r));

describe('trust refresh schedule', () => {
  it('refreshes on coming online, on becoming visible after the gap, and at the interval while visible', async () => {
    const p = page();
    let calls = 0;
    scheduleTrustRefresh(async () => calls++, p.host);
    expect(p.every).toBe(REFRESH_INTERVAL_MS);
    expect(p.every).toBeGreaterThanOrEqual(MIN_REFRESH_GAP_MS);
    p.listeners.get('online')!();
    await settle();
    expect(calls).toBe(1);
    // Visible again one minute later: too soon.
    p.clock += 60_000;
    p.listeners.get('visibilitychange')!();
    await settle();
    expect(calls).toBe(1);
    p.clock += MIN_REFRESH_GAP_MS;
    p.listeners.get('visibilitychange')!();
    await settle();
    expect(calls).toBe(2);
    // Hidden: the interval does nothing; visible: it refreshes.
    p.clock += REFRESH_INTERVAL_MS;
    p.visible = false;
    p.tick!();
    await settle();
    expect(calls).toBe(2);
    p.visible = true;
    p.tick!();
    await settle();
    expect(calls).toBe(3);
  });

  it('coming online always refreshes, but never starts a second refresh while one runs; a failure is not fatal', async () => {
    const p = page();
    let calls = 0;
    let finish: () => void = () => undefined;
    scheduleTrustRefresh(() => (calls++, new Promise<void>((_, reject) => (finish = () => reject(new Error('offline'))))), p.host);
    p.listeners.get('online')!();
    p.listeners.get('online')!();
    expect(calls).toBe(1);
    finish();
    await settle();
    p.listeners.get('online')!();
    expect(calls).toBe(2);
  });
});
