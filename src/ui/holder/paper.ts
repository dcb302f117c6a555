// What goes on the holder's paper for a job application: the entries they chose, and the
// language. Staff in Germany read German, so German always comes first; the holder's own
// language may stand beside it so they can read their own papers too.
import type { Lang, MessageKey, Translate } from '../i18n';
import { isolate } from '../kit/isolate';

/** The chosen entries, in the order of the pass (a choice is a set; paper keeps the pass's order). */
export function chosenEntries<E extends { readonly id: string }>(list: readonly E[], chosen: ReadonlySet<string>): E[] {
  return list.filter((e) => chosen.has(e.id));
}

/** The languages of a paper: German first, the screens' language second when the holder asks and it is not German. */
export interface PaperLanguage {
  readonly first: 'de';
  readonly second?: Lang;
}

/** The paper's languages for screens in `uiLang`, with (`beside`) or without the holder's language. */
export function paperLanguage(uiLang: Lang, beside: boolean): PaperLanguage {
  return beside && uiLang !== 'de' ? { first: 'de', second: uiLang } : { first: 'de' };
}

/** German text, then the second language's isolated (its direction cannot reorder the German); once where both say the same. */
export function pairText(german: string, second: string | undefined): string {
  return second === undefined || second === german ? german : `${german} / ${isolate(second)}`;
}

/** A translator for the paper: German, paired with the second language's translator when there is one. */
export function paperTranslator(german: Translate, second?: Translate): Translate {
  if (!second) return german;
  // Both translators take the same key and parameters; the generic signature only checks callers.
  type Loose = (key: MessageKey, params?: Record<string, string | number>) => string;
  const de = german as unknown as Loose;
  const own = second as unknown as Loose;
  return ((key: MessageKey, params?: Record<string, string | number>) => {
    return pairText(de(key, params), own(key, params));
  }) as Translate;
}
