import type { Translate } from '../i18n';
import { href } from '../shell/router';

/** The verifier's sub-screens: '' (check), 'trust', 'settings'. */
export type VerifierSection = '' | 'trust' | 'settings';

const SECTIONS = [
  ['', 'verifier.nav.check'],
  ['trust', 'verifier.nav.trust'],
  ['settings', 'verifier.nav.settings'],
] as const;

/** Links between the verifier's sections; the current one is marked for screen readers too. */
export function VerifierNav({ t, current }: { t: Translate; current: VerifierSection }) {
  return (
    <nav class="verifier-nav no-print" aria-label={t('verifier.nav.label')}>
      {SECTIONS.map(([section, label]) => (
        <a key={section} class="chip" href={href('verifier', section || undefined)} aria-current={section === current ? 'page' : undefined}>
          {t(label)}
        </a>
      ))}
    </nav>
  );
}
