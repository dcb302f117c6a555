import { useEffect, useState } from 'preact/hooks';
import type { HolderApi, PassSummary } from '../../storage/holder/holder-api';
import { useI18n } from '../i18n';
import { nowSeconds } from '../kit/now';
import { CardScreen } from './card-screen';
import { PassGate } from './pass-gate';
import { useWakeLock } from '../kit/use-wake-lock';

/** A card is refused as stale after 5 minutes (DEFAULT_CARD_MAX_AGE); a fresh one every minute leaves a wide margin for slow clocks. */
const RENEW_MS = 60_000;

/** Container for `#/holder/card`. */
export default function CardRoute() {
  return <PassGate>{(pass, api) => <Card pass={pass} api={api} />}</PassGate>;
}

function Card({ pass, api }: { pass: PassSummary; api: HolderApi }) {
  const { t, lang } = useI18n();
  const [card, setCard] = useState<{ text: string; at: number } | 'failed'>();
  useWakeLock();
  useEffect(() => {
    let live = true;
    const renew = () => {
      const at = nowSeconds();
      api.cardText(pass.id, at).then(
        (text) => live && setCard({ text, at }),
        () => live && setCard('failed'),
      );
    };
    renew();
    const timer = setInterval(renew, RENEW_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, pass.id]);
  return <CardScreen t={t} lang={lang} pass={pass} card={card} />;
}
