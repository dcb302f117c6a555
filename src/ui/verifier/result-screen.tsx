import type { CheckResult } from '../../core';
import { formatDateTime, formatNumber, formatPartialDate } from '../kit/format';
import { Icon, type IconName } from '../kit/icons';
import type { Lang, Translate } from '../i18n';
import { PrintConsent } from './print-consent';
import { countTone } from './count-tone';
import { ResultPerson } from './result-person';
import { ResultSummary } from './result-summary';
import { ResultTimeline } from './result-timeline';
import { isolate } from '../kit/isolate';
import type { Loaded } from '../kit/loaded';
import { staleDistricts, type TrustStand } from './trust-stand';
import { TrustStandNotice } from './trust-stand-notice';

/** Props of {@link ResultScreen}. */
export interface ResultScreenProps {
  t: Translate;
  lang: Lang;
  result: Exclude<CheckResult, { kind: 'refused' }>;
  checkedAt: number;
  /** Allowed age of a live presentation in seconds (named when it is stale). */
  maxAge: number;
  idleMinutes: number;
  /** Age of the trust lists in force: an entry vouched for by an old list is never shown as plainly valid. */
  stand: Loaded<TrustStand>;
  onAgain(): void;
}

type Tone = 'good' | 'warning' | 'problem';

// What the envelope says about presence: live and sound, a file, or a failed check.
function provenance(t: Translate, lang: Lang, r: ResultScreenProps['result'], maxAge: number): { tone: Tone; text: string } {
  if (r.kind === 'stamp') {
    const p = r.person;
    const text = p ? t('verifier.result.stamp', { name: isolate(`${p.givenName} ${p.familyName}`), date: formatPartialDate(lang, p.birthDate) }) : t('verifier.reason.malformed');
    return { tone: 'warning', text };
  }
  const time = formatDateTime(lang, r.createdAt);
  const h = r.holder;
  if (r.envelope === 'stale') return { tone: 'problem', text: t('verifier.result.envelope.stale', { time, minutes: Math.round(maxAge / 60) }) };
  if (r.envelope === 'future-dated') return { tone: 'problem', text: t('verifier.result.envelope.future-dated', { time }) };
  if (r.envelope === 'person-mismatch') {
    return { tone: 'problem', text: t('verifier.result.envelope.person-mismatch', { name: `${h.givenName} ${h.familyName}`, date: formatPartialDate(lang, h.birthDate) }) };
  }
  if (r.envelope) return { tone: 'problem', text: t('verifier.result.envelope.other') };
  if (r.mode === 'file') return { tone: 'warning', text: t('verifier.result.file', { time }) };
  return { tone: 'good', text: t('verifier.result.live', { time }) };
}

const ICON: Record<Tone, IconName> = { good: 'check', warning: 'info', problem: 'warning' };
const COUNT_ICON: Record<Tone, IconName> = { good: 'check', warning: 'warning', problem: 'cross' };

/** The result: the person LARGE (to compare with the ID), provenance, counts, summary, timeline, print. */
export function ResultScreen({ t, lang, result, checkedAt, maxAge, idleMinutes, stand, onAgain }: ResultScreenProps) {
  const prov = provenance(t, lang, result, maxAge);
  const total = result.items.length;
  // A DEMO anchor's entries are counted apart: they are never plainly valid.
  const demo = result.items.filter((i) => i.valid && i.district?.demo).length;
  const valid = result.items.filter((i) => i.valid).length - demo;
  const invalid = total - valid - demo;
  const stale = staleDistricts(stand);
  const validStale = result.items.filter((i) => i.valid && !i.district?.demo && i.district && stale.has(i.district.id)).length;
  const tone = countTone(valid, total, validStale);
  return (
    <section class="screen verifier-result" aria-labelledby="verifier-result-title" data-testid="verifier-result" data-kind={result.kind}>
      <div class="result-head">
        <h1 id="verifier-result-title">{t('verifier.result.title')}</h1>
        <button type="button" class="button primary no-print" onClick={onAgain} data-testid="check-again">
          <Icon name="camera" />
          {t('verifier.result.again')}
        </button>
      </div>
      <ResultPerson t={t} lang={lang} result={result} />
      <p class={`notice with-icon tone-${prov.tone}`} data-testid="result-provenance" data-tone={prov.tone}>
        <Icon name={ICON[prov.tone]} />
        <span>{prov.text}</span>
      </p>
      <TrustStandNotice t={t} lang={lang} stand={stand} />
      <p class="result-counts" data-testid="result-counts">
        {(demo === 0 || valid > 0) && (
          <span class={`with-icon count-valid tone-${tone}${validStale ? ' is-stale' : ''}`} data-testid="result-valid-count" data-tone={tone}>
            <Icon name={COUNT_ICON[tone]} />
            {t('verifier.result.counts', { valid, total })}
            {validStale > 0 && <span data-testid="result-stale-count"> ({t('verifier.result.staleCounts', { n: formatNumber(lang, validStale) })})</span>}
          </span>
        )}
        {demo > 0 && (
          <span class="with-icon count-demo" data-testid="result-demo-count">
            <Icon name="warning" />
            {t('verifier.result.demoCounts', { demo, total })}
          </span>
        )}
        {invalid > 0 && (
          <span class="with-icon count-invalid">
            <Icon name="cross" />
            {t('verifier.result.invalidCount', { n: formatNumber(lang, invalid) })}
          </span>
        )}
      </p>
      <ResultSummary t={t} lang={lang} summary={result.summary} />
      <ResultTimeline t={t} lang={lang} items={result.items} stale={stale} />
      <p class="print-only">{t('verifier.print.checkedAt', { time: formatDateTime(lang, checkedAt) })}</p>
      <PrintConsent t={t} />
      <p class="hint no-print">{t('verifier.result.memoryOnly', { minutes: idleMinutes })}</p>
    </section>
  );
}
