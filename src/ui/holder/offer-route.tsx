import { useI18n } from '../i18n';
import { useLocation } from '../shell/router';
import { OfferDetail } from './offer-detail';
import { useDirectory } from './use-directory';

// The clipboard API needs a secure context and may be refused; the screen then says so.
const copy = (text: string): Promise<void> => (navigator.clipboard ? navigator.clipboard.writeText(text) : Promise.reject(new Error('no clipboard')));

/** Container for `#/holder/offer/<id>`. */
export default function OfferRoute() {
  const { t, lang } = useI18n();
  const { param } = useLocation();
  const state = useDirectory();
  const offer = state.status === 'loading' ? undefined : state.status === 'ready' ? (state.directory.offers.find((o) => o.id === param) ?? 'missing') : state.status;
  return <OfferDetail t={t} lang={lang} offer={offer} fallback={state.status === 'ready' ? state.directory.fallback : undefined} copy={copy} />;
}
