// A tap on index.html's language list before the app took it over: public/first-screen.js keeps
// it as <html data-chosen>, and the first start applies it once, so the choice is not lost.
import { LANGS, type Lang } from '../i18n';

/** The language tapped before the app was there, once (then forgotten); undefined when none. */
export function takeEarlyChoice(): Lang | undefined {
  const root = document.documentElement;
  const chosen = root.getAttribute('data-chosen');
  root.removeAttribute('data-chosen');
  return LANGS.find((l) => l === chosen);
}
