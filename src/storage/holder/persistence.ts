// Browsers may evict a site's IndexedDB under storage pressure unless the site asked to keep
// it. For a pass that lives only on the phone that matters, so the holder screens ask.
import type { PersistenceState } from './holder-api';

/** Asks the browser to keep this site's data; 'unsupported' where there is no StorageManager (old browsers, Node). */
export async function requestPersistence(): Promise<PersistenceState> {
  const storage = (globalThis as { navigator?: { storage?: Partial<StorageManager> } }).navigator?.storage;
  if (typeof storage?.persist !== 'function') return 'unsupported';
  try {
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    // Some browsers reject persist() (e.g. in private windows): data is then kept as best effort.
    return 'best-effort';
  }
}
