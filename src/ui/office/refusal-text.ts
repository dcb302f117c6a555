import type { ReissueRefusal, SignRefusal } from '../../storage/office/office-issue';
import type { Translate } from '../i18n';

/** Re-issue refusals that are a plain sentence ('name-differs' has its own override form). */
type PlainReissueRefusal = Exclude<ReissueRefusal, 'name-differs'>;
const REISSUE = new Set<string>(['not-found', 'same-holder', 'other-person']);

/** The sentence for why a stamp was not signed or re-issued. */
export function refusalText(t: Translate, reason: SignRefusal | PlainReissueRefusal): string {
  return REISSUE.has(reason) ? t(`office.reissue.${reason as PlainReissueRefusal}`) : t(`office.sign.${reason as SignRefusal}`);
}
