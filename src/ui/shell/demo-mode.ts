// Demo mode as the shell shows it (banner, page title). The flag lives in the database; the shell
// peeks at it once at start without loading Dexie, and every area that reads or switches it
// reports the value here, so the marking follows the device's real state on every screen.
import { peekDemoMode } from '../../storage/demo-mode';
import { createStore } from '../kit/store';

/** Whether this device is in demo mode, as far as the page knows. */
export const demoModeStore = createStore(false);
let reported = false;

/** Reports demo mode as an area read or switched it. */
export function showDemoMode(on: boolean): void {
  reported = true;
  demoModeStore.set(on);
}

/** Reads the stored flag once at start; an area's later report wins over this first look. */
export function loadDemoMode(): void {
  void peekDemoMode().then((on) => reported || demoModeStore.set(on));
}
