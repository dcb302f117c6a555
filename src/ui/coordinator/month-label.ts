import type { Lang } from '../i18n';
import { gregorian } from '../kit/format';

/** 'YYYY-MM' as "September 2026" in the staff language (months are calendar months of the format, UTC). */
export function monthLabel(lang: Lang, month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(gregorian(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, 1));
}
