import { useEffect, useState } from 'preact/hooks';
import { holderMessages, translator, type HolderMessages, type Translate } from '../i18n';
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
  const [english, setEnglish] = useState<HolderMessages>();
  useEffect(() => {
    if (demo && englishStaff && !english) void holderMessages('en').then(setEnglish, () => undefined);
  }, [demo, englishStaff]);
  if (!demo) return null;
  const staff = englishStaff && english ? translator('en', english) : undefined;
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
