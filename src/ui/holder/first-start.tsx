import { useEffect, useState } from 'preact/hooks';
import type { PassProfile } from '../../storage/holder/holder-api';
import type { Lang, Translate } from '../i18n';
import { href } from '../shell/router';
import { lazyView } from '../shell/lazy-view';
import { focusMain } from './focus';
import { Icon } from '../kit/icons';
import { StaffLinks } from './staff-links';
import { LanguageChoice } from '../kit/language-choice';
import { takeEarlyChoice } from '../shell/early-choice';

// The form (with the core checks it uses) is its own chunk: the first screen a newcomer sees is
// the language list, which needs neither, so it paints before they arrive.
const CreateStep = lazyView(() => import('./create-step'));

/** Props of {@link FirstStart}. */
export interface FirstStartProps {
  t: Translate;
  lang: Lang;
  langs: readonly Lang[];
  onLanguage(lang: Lang): Promise<void>;
  onCreate(profile: PassProfile): Promise<void>;
}

/** First start on a device without a pass: the language first, then the pass form (or a backup). */
export function FirstStart({ t, lang, langs, onLanguage, onCreate }: FirstStartProps) {
  const [step, setStep] = useState<'language' | 'form'>('language');
  const choose = (l: Lang) => void onLanguage(l).then(() => (setStep('form'), focusMain()));
  // Fetched once the language list is on screen, so the form is there when a language is chosen.
  useEffect(() => void CreateStep.preload(), []);
  // A tap on index.html's copy of this list, made before the app was there, counts as a choice.
  useEffect(() => {
    const early = takeEarlyChoice();
    if (early) choose(early);
  }, []);
  if (step === 'language') {
    return (
      <section class="screen" aria-labelledby="start-title">
        <h1 id="start-title" class="with-icon">
          <Icon name="globe" />
          {t('holder.start.langTitle')}
        </h1>
        <ul class="language-list" role="list">
          {langs.map((l) => (
            <li key={l}>
              <LanguageChoice code={l} current={l === lang} onChoose={() => choose(l)} />
            </li>
          ))}
        </ul>
        <p class="hint">{t('holder.start.langHint')}</p>
        <p class="alt-action">
          <a href={href('holder/directory')}>
            <Icon name="signpost" />
            {t('holder.home.directory')}
          </a>
        </p>
        <StaffLinks t={t} />
      </section>
    );
  }
  return <CreateStep t={t} lang={lang} onBack={() => (setStep('language'), focusMain())} onCreate={onCreate} />;
}
