import { useState } from 'preact/hooks';
import type { PassProfile } from '../../storage/holder-api';
import { ENDONYMS, type Lang, type Translate } from '../i18n';
import { href } from '../router';
import { CreatePassForm } from './create-pass-form';
import { focusMain } from './focus';
import { Icon } from './icons';
import { ReadAloudButton } from './read-aloud-button';
import { StaffLinks } from './staff-links';

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
              <button
                type="button"
                class={`button wide language-choice${l === lang ? ' is-current' : ''}`}
                lang={l}
                aria-pressed={l === lang}
                onClick={() => void onLanguage(l).then(() => (setStep('form'), focusMain()))}
              >
                {ENDONYMS[l]}
              </button>
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
  return (
    <section class="screen" aria-labelledby="create-title">
      <button type="button" class="back-link link-button" onClick={() => (setStep('language'), focusMain())}>
        {t('holder.start.changeLanguage')}
      </button>
      <h1 id="create-title">{t('holder.start.title')}</h1>
      <ReadAloudButton t={t} lang={lang} />
      <p class="lead">{t('holder.start.intro')}</p>
      <p class="alt-action">
        <a href={href('holder/restore')} data-testid="have-backup">
          <Icon name="upload" />
          {t('holder.start.haveBackup')}
        </a>
      </p>
      <CreatePassForm t={t} lang={lang} onCreate={onCreate} />
    </section>
  );
}
