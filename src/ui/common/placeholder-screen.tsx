import type { PlainKey, Translate } from '../i18n';
import { href } from '../router';

/** Props of {@link PlaceholderScreen}. */
export interface PlaceholderScreenProps {
  t: Translate;
  title: PlainKey;
}

/** Stand-in for a role area that is not built yet. */
export function PlaceholderScreen({ t, title }: PlaceholderScreenProps) {
  return (
    <section class="screen" aria-labelledby="placeholder-title">
      <a class="back-link" href={href('holder')}>
        {t('common.back')}
      </a>
      <h1 id="placeholder-title">{t(title)}</h1>
      <p class="notice">{t('common.comingSoon')}</p>
    </section>
  );
}
