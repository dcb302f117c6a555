// Service-worker registration (through vite-plugin-pwa's module, which loads workbox-window
// lazily) and the state behind the "new version" prompt. registerType is 'prompt': a new
// version waits until the user chooses to reload, so nobody loses a half-filled form.
import { registerSW } from 'virtual:pwa-register';
import { createStore } from '../kit/store';

/** What the update prompt should show. */
export interface PwaState {
  needRefresh: boolean;
  offlineReady: boolean;
}

/** Service-worker lifecycle state for the update prompt. */
export const pwaStore = createStore<PwaState>({ needRefresh: false, offlineReady: false });

let update: ((reload?: boolean) => Promise<void>) | undefined;

/** Registers the service worker; call once after the first render. */
export function registerServiceWorker(): void {
  update = registerSW({
    onNeedRefresh: () => pwaStore.set({ ...pwaStore.get(), needRefresh: true }),
    onOfflineReady: () => pwaStore.set({ ...pwaStore.get(), offlineReady: true }),
  });
}

/** Activates the waiting service worker; the page reloads once it controls the page. */
export function applyUpdate(): void {
  void update?.(true);
}

/** Hides the prompt. */
export function dismissPwaNotice(): void {
  pwaStore.set({ needRefresh: false, offlineReady: false });
}
