import { useEffect, useRef } from 'preact/hooks';
import { ENDONYMS, type Lang, type Translate } from '../i18n';

/** Props of {@link LanguageSwitch}. */
export interface LanguageSwitchProps {
  t: Translate;
  lang: Lang;
  langs: readonly Lang[];
  onChange(lang: Lang): void;
}

/**
 * The current language as one header button that opens the others, each labelled in its own
 * language so anyone can find theirs. Folded, because eight buttons would take a third of a
 * phone's screen on every page.
 */
export function LanguageSwitch({ t, lang, langs, onChange }: LanguageSwitchProps) {
  const menu = useRef<HTMLDetailsElement>(null);
  // The header outlives every screen: an open menu must not follow the person to the next one.
  useEffect(() => {
    const close = () => menu.current && (menu.current.open = false);
    window.addEventListener('hashchange', close);
    return () => window.removeEventListener('hashchange', close);
  }, []);
  const choose = (l: Lang) => {
    if (menu.current) menu.current.open = false;
    onChange(l);
  };
  return (
    <details class="language-switch" ref={menu}>
      <summary class="button small" aria-label={`${t('lang.switchLabel')}: ${ENDONYMS[lang]}`}>
        <svg class="language-globe" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
        </svg>
        <span lang={lang}>{ENDONYMS[lang]}</span>
      </summary>
      <nav class="language-menu" aria-label={t('lang.switchLabel')}>
        {langs
          .filter((l) => l !== lang)
          .map((l) => (
            <button key={l} type="button" class="button small" lang={l} onClick={() => choose(l)}>
              {ENDONYMS[l]}
            </button>
          ))}
      </nav>
    </details>
  );
}
