// When the page asks the network for the trust lists again (issue 16): at once when it comes
// online, when it becomes visible after a while, and now and then while it is open and seen —
// never more often than every few minutes, so a phone on a weak network is not kept busy.

/** The least time between two refreshes not caused by coming online (ms). */
export const MIN_REFRESH_GAP_MS = 5 * 60_000;
/** How often an open, visible page refreshes (ms). */
export const REFRESH_INTERVAL_MS = 15 * 60_000;

/** What the scheduler needs of the page (the window in the app, a fake in tests). */
export interface RefreshHost {
  addEventListener(type: 'online' | 'visibilitychange', listener: () => void): void;
  isVisible(): boolean;
  /** The page clock in ms (Date.now in the app). */
  now(): number;
  setInterval(run: () => void, ms: number): void;
}

/** Calls `refresh` on the occasions above; a refresh still running is not started twice. */
export function scheduleTrustRefresh(refresh: () => Promise<unknown>, host: RefreshHost): void {
  let last = host.now();
  let running = false;
  const run = (force: boolean) => {
    if (running || (!force && host.now() - last < MIN_REFRESH_GAP_MS)) return;
    running = true;
    last = host.now();
    // A failed refresh leaves the lists in force as they are; the next occasion tries again.
    void refresh()
      .catch(() => undefined)
      .finally(() => (running = false));
  };
  host.addEventListener('online', () => run(true));
  host.addEventListener('visibilitychange', () => host.isVisible() && run(false));
  host.setInterval(() => host.isVisible() && run(false), REFRESH_INTERVAL_MS);
}
