import type { PassProfile } from '../../storage/holder/holder-api';
import type { Lang, Translate } from '../i18n';
import { href } from '../shell/router';
import { CreatePassForm } from './create-pass-form';
import { Icon } from '../kit/icons';
import { ReadAloudButton } from './read-aloud-button';

/** Props of {@link CreateStep}. */
export interface CreateStepProps {
  t: Translate;
  lang: Lang;
  onBack(): void;
  onCreate(profile: PassProfile): Promise<void>;
}

/** The first start's second step: the pass form, or a backup to restore. A chunk of its own (see first-start.tsx). */
export default function CreateStep({ t, lang, onBack, onCreate }: CreateStepProps) {
  return (
    <section class="screen" aria-labelledby="create-title">
      <button type="button" class="back-link link-button" onClick={onBack}>
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
