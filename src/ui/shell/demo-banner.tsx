import { i18nStore, translator, type Translate } from '../i18n';
import { useStore } from '../kit/store';
import { demoModeStore } from './demo-mode';

/** Props of {@link DemoBanner}. */
export interface DemoBannerProps {
  t: Translate;
  /** A staff area under a holder language: the banner speaks the area's language, English. */
  englishStaff: boolean;
}

/** The device-wide DEMO marking: on every screen and every printed page while demo mode is on; it cannot be closed. */
export function DemoBanner({ t, englishStaff }: DemoBannerProps) {
  const demo = useStore(demoModeStore);
  // The staff screens' English catalogue, which i18n loads with the area; it differs from the
  // holder's only once it is there (until then the banner stays in the holder's language).
  const { messages, staffMessages } = useStore(i18nStore);
  if (!demo) return null;
  const staff = englishStaff && staffMessages !== messages ? translator('en', staffMessages) : undefined;
  return (
    <>
      <div class="demo-banner" role="note" data-testid="demo-banner" {...(staff ? { lang: 'en', dir: 'ltr' } : {})}>
        {(staff ?? t)('app.demoBanner')}
      </div>
      {/* Print only: fixed elements repeat on every printed page. */}
      <div class="demo-watermark" aria-hidden="true">
        DEMO
      </div>
    </>
  );
}
