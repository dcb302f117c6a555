import type { HolderApi, PassSummary } from '../../storage/holder/holder-api';
import { useI18n } from '../i18n';
import { nowSeconds } from '../kit/now';
import { CardScreen } from './card-screen';
import { PassGate } from './pass-gate';
import { useWakeLock } from '../kit/use-wake-lock';
import { useAsync } from '../kit/use-async';
import { useTick } from '../kit/use-tick';

/** A card is refused as stale after 5 minutes (DEFAULT_CARD_MAX_AGE); a fresh one every minute leaves a wide margin for slow clocks. */
const RENEW_MS = 60_000;

/** Container for `#/holder/card`. */
export default function CardRoute() {
  return <PassGate>{(pass, api) => <Card pass={pass} api={api} />}</PassGate>;
}

function Card({ pass, api }: { pass: PassSummary; api: HolderApi }) {
  const { t, lang } = useI18n();
  useWakeLock();
  const renewal = useTick(RENEW_MS);
  const card = useAsync(() => {
    const at = nowSeconds();
    return api.cardText(pass.id, at).then((text) => ({ text, at }));
  }, [api, pass.id, renewal]);
  return <CardScreen t={t} lang={lang} pass={pass} card={card} />;
}
