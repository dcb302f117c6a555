import type { Translate } from '../i18n';
import { href } from '../shell/router';

/** The office's sections (the first path segment after `#/office/`). */
export const SECTIONS = ['', 'stamp', 'class', 'templates', 'log', 'stats', 'register', 'keys'] as const;
/** One office section. */
export type OfficeSection = (typeof SECTIONS)[number];

/** Links between the office sections; the current one is marked for screen readers too. */
export function OfficeNav({ t, current }: { t: Translate; current: OfficeSection }) {
  return (
    <nav class="office-nav no-print" aria-label={t('office.nav.label')}>
      {SECTIONS.map((s) => (
        <a key={s} class="chip" href={href('office', s || undefined)} aria-current={s === current ? 'page' : undefined}>
          {t(`office.nav.${s || 'home'}`)}
        </a>
      ))}
    </nav>
  );
}
