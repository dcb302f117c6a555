import type { ComponentChildren } from 'preact';
import { languageOf, type Lang } from '../i18n';

/** Props of {@link LanguageChoice}. */
export interface LanguageChoiceProps {
  code: Lang;
  current: boolean;
  onChoose(): void;
  /** Drawn before the name (the settings list's tick on the current language). */
  children?: ComponentChildren;
}

/**
 * A language's button in the holder's language lists: its own name in its own language and
 * direction and, for a machine translation nobody has checked yet, the registry's note in that
 * language under it, so a person sees it before choosing. index.html's static list
 * (tools/first-screen/static-html.ts) writes the same markup.
 */
export function LanguageChoice({ code, current, onChoose, children }: LanguageChoiceProps) {
  const { name, dir, review, note } = languageOf(code);
  return (
    <button type="button" class={`button wide language-choice${current ? ' is-current' : ''}`} lang={code} dir={dir} aria-pressed={current} onClick={onChoose}>
      {children}
      <span class="language-name">{name}</span>
      {review === 'unreviewed' && note && <span class="language-note">{note}</span>}
    </button>
  );
}
