import type { UnlockedKeys } from '../../storage/office/office-keys';
import type { OfficeRow } from '../../storage/office/office-api';
import type { Lang, Translate } from '../i18n';

/** What every office section gets from the area container. */
export interface SectionProps {
  t: Translate;
  lang: Lang;
  office: OfficeRow;
  /** The unlocked keys of the session; undefined while locked. */
  keys: UnlockedKeys | undefined;
}
