import type { Lang, Translate } from '../i18n';
import { useBesideGerman } from './beside-setting';

/** "Show German beside it": offered under every language but German, whose screens have nothing to put beside. */
export function BesideToggle({ t, lang }: { t: Translate; lang: Lang }) {
  const [on, setOn] = useBesideGerman();
  if (lang === 'de') return null;
  return (
    <label class="check beside-toggle">
      <input type="checkbox" checked={on} onChange={(e) => setOn(e.currentTarget.checked)} data-testid="beside-toggle" />
      <span>{t('holder.beside.toggle')}</span>
    </label>
  );
}
