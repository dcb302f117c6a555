// Whether the holder's screens show German beside their language: a choice of this device (like
// the language), kept in localStorage so it holds after a reload and for every pass on the phone.
import { createStore, useStore } from '../kit/store';
import type { Lang } from '../i18n';
import { paperLanguage } from './paper';

const STORAGE_KEY = 'bbpass.besideGerman';

const store = createStore<boolean>(readSaved());

/** Whether German stands beside the screens' language: on request, and never under German screens (nothing to add), as on the paper. */
export const besideShown = (lang: Lang, on: boolean): boolean => paperLanguage(lang, on).second !== undefined;

/** The device's choice and a setter that remembers it. */
export function useBesideGerman(): [boolean, (on: boolean) => void] {
  return [useStore(store), setBesideGerman];
}

// Switches the view and remembers the choice on this device.
function setBesideGerman(on: boolean): void {
  store.set(on);
  try {
    if (on) localStorage.setItem(STORAGE_KEY, '1');
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled (private mode): the choice then lasts for this session only.
  }
}

function readSaved(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    // Storage can be disabled: the screens start in one language, as on a new device.
    return false;
  }
}
