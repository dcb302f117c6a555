// What importing one counts file did (issue 17): which device of which office, and each month
// added, replaced (with the time of the export it replaced) or kept from a newer export, so
// nothing is dropped without the screen saying so.
import type { Lang, Translate } from '../i18n';
import { formatBerlin } from '../kit/berlin-time';
import { isolate } from '../kit/isolate';
import type { CountsImportOutcome } from '../../storage/coordinator/coordinator-counts';
import { monthLabel } from './month-label';

/** What one imported file did, with its name. */
export type FileOutcome = CountsImportOutcome & { readonly file: string };

/** One imported or refused file as a list item. */
export function CountsOutcome({ t, lang, o }: { t: Translate; lang: Lang; o: FileOutcome }) {
  if (o.status === 'refused') return <li class="notice is-problem">{t('coordinator.numbers.refused', { file: o.file, detail: o.detail })}</li>;
  const months = (list: readonly string[]) => list.map((m) => monthLabel(lang, m)).join(', ');
  return (
    <li class="outcome is-good" data-testid="counts-outcome">
      {t('coordinator.numbers.importedDevice', { file: isolate(o.file), office: isolate(o.office), device: isolate(o.device) })}
      <ul>
        {o.addedMonths.length > 0 && <li data-testid="counts-added">{t('coordinator.numbers.added', { months: months(o.addedMonths) })}</li>}
        {o.replacedMonths.map((r) => (
          <li key={r.month} data-testid="counts-replaced">
            {t('coordinator.numbers.replaced', { month: monthLabel(lang, r.month), previous: formatBerlin(lang, r.previousAt) })}
          </li>
        ))}
        {o.keptMonths.length > 0 && <li data-testid="counts-kept">{t('coordinator.numbers.kept', { months: months(o.keptMonths) })}</li>}
      </ul>
    </li>
  );
}
