import { useRef, useState } from 'preact/hooks';
import type { Holder } from '../../core';
import type { CardCheck } from '../../storage/office/office-issue';
import { ScannerPanel } from '../kit/scanner-panel';
import { useScanner } from '../kit/use-scanner';
import type { Lang, Translate } from '../i18n';
import { PersonCard } from './person-card';
import { nowSeconds } from '../kit/now';
import { officeApi } from './office-storage';

/** Props of {@link CardScan}. */
export interface CardScanProps {
  t: Translate;
  /** A verified, fresh pass card. */
  onCard(holder: Holder): void;
  /** Cards to pass over silently (class mode: learners already stamped, while their card is still in view). */
  skip?: (holder: Holder) => boolean;
}

/** The camera reading pass cards; a refused card says why and the camera keeps running. */
export function CardScan({ t, onCard, skip }: CardScanProps) {
  const [refused, setRefused] = useState<Extract<CardCheck, { valid: false }>['reason']>();
  const last = useRef('');
  const scanner = useScanner(async (text) => {
    // The camera reads the same code many times a second: judge each code once.
    if (text === last.current) return;
    last.current = text;
    const verdict = await (await officeApi()).checkCard(text, nowSeconds());
    if (!verdict.valid) return setRefused(verdict.reason);
    setRefused(undefined);
    if (!skip?.(verdict.holder)) onCard(verdict.holder);
  });
  return (
    <div class="card-scan">
      {refused && (
        <p class="notice is-problem" role="alert" data-testid="card-refused" data-reason={refused}>
          {t(`office.card.${refused}`)}
        </p>
      )}
      <ScannerPanel t={t} scanner={scanner} />
    </div>
  );
}

/** Props of {@link CardStep}. */
export interface CardStepProps {
  t: Translate;
  lang: Lang;
  /** What to do, shown above the camera. */
  intro: string;
  /** The person once a card was read; until then the camera runs. */
  holder: Holder | undefined;
  onCard(holder: Holder): void;
}

/** The first step of signing for a person: the camera until a card is read, then the person to compare with the ID. */
export function CardStep({ t, lang, intro, holder, onCard }: CardStepProps) {
  if (holder) return <PersonCard t={t} lang={lang} person={holder} />;
  return (
    <>
      <p class="lead">{intro}</p>
      <CardScan t={t} onCard={onCard} />
    </>
  );
}
