import { holderMessages, translator, type Lang } from '../i18n';
import type { Side } from '../entry/beside';
import type { Loaded } from '../kit/loaded';
import { useAsync } from '../kit/use-async';

/**
 * The holder language staff chose to show beside theirs, with its catalogue: each language is a
 * chunk of its own, loaded only when chosen (precached with the app, so it works offline too).
 * Nothing of it is stored: the language a person reads says something about them.
 */
export function useHolderSide(lang: Lang | undefined): Loaded<Side | undefined> {
  return useAsync(async () => (lang ? { lang, t: translator(lang, await holderMessages(lang)) } : undefined), [lang]);
}
