import { ENDONYMS, type Lang, type Translate } from '../i18n';

/** Props of {@link LanguageSwitch}. */
export interface LanguageSwitchProps {
  t: Translate;
  lang: Lang;
  langs: readonly Lang[];
  onChange(lang: Lang): void;
}

/** One button per other language, each labelled in its own language so anyone can find theirs. */
export function LanguageSwitch({ t, lang, langs, onChange }: LanguageSwitchProps) {
  return (
    <nav class="language-switch" aria-label={t('lang.switchLabel')}>
      {langs
        .filter((l) => l !== lang)
        .map((l) => (
          <button key={l} type="button" class="button small" lang={l} onClick={() => onChange(l)}>
            {ENDONYMS[l]}
          </button>
        ))}
    </nav>
  );
}
