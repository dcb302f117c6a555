import { useEffect } from 'preact/hooks';

/** Keeps the screen on while a code is shown (where the browser allows it), so it does not dim mid-scan. */
export function useWakeLock(): void {
  useEffect(() => {
    let lock: WakeLockSentinel | undefined;
    let live = true;
    const request = () => {
      if (!('wakeLock' in navigator) || document.visibilityState !== 'visible') return;
      navigator.wakeLock.request('screen').then(
        (l) => (live ? (lock = l) : void l.release()),
        () => undefined, // Refused (battery saver, no permission): the screen simply may dim.
      );
    };
    // A wake lock ends when the page is hidden; take it again when the holder comes back.
    const onVisible = () => document.visibilityState === 'visible' && request();
    request();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
      void lock?.release().catch(() => undefined);
    };
  }, []);
}
