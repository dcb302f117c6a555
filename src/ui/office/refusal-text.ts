import type { ReissueRefusal, SignRefusal } from '../../storage/office/office-issue';
import type { Translate } from '../i18n';

const REISSUE = new Set<string>(['not-found', 'same-holder', 'other-person']);

/** The sentence for why a stamp was not signed or re-issued. */
export function refusalText(t: Translate, reason: SignRefusal | ReissueRefusal): string {
  return REISSUE.has(reason) ? t(`office.reissue.${reason as ReissueRefusal}`) : t(`office.sign.${reason as SignRefusal}`);
}
