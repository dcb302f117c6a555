import type { PassSummary } from '../../storage/holder/holder-api';
import type { Translate } from '../i18n';

/** Props of {@link PassSwitcher}. */
export interface PassSwitcherProps {
  t: Translate;
  passes: readonly PassSummary[];
  current: string;
  onSelect(id: string): void;
}

/** Chooses which pass to show when a device holds several (e.g. a parent's and a teenager's). */
export function PassSwitcher({ t, passes, current, onSelect }: PassSwitcherProps) {
  return (
    <label class="field pass-switcher">
      <span>{t('holder.switch.label')}</span>
      <select value={current} onChange={(e) => onSelect(e.currentTarget.value)} data-testid="pass-switcher">
        {passes.map((p) => (
          <option key={p.id} value={p.id}>
            {p.profile.givenName} {p.profile.familyName} ({p.passCode})
          </option>
        ))}
      </select>
    </label>
  );
}
