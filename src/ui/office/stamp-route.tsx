import { useState } from 'preact/hooks';
import type { Entry, Holder } from '../../core';
import type { SignRefusal } from '../../storage/office/office-issue';
import type { IssuedRow } from '../../storage/office/office-api';
import { officeApi } from './office-storage';
import { officeStatus } from '../../storage/office/office-status';
import { EntryReview } from './entry-review';
import { CardStep } from './card-scan';
import { EntryChoice } from './entry-choice';
import { nowSeconds } from '../kit/now';
import type { SectionProps } from './section-props';
import { SignGate } from './sign-gate';
import { StampDone } from './stamp-done';
import { useTemplates } from './use-templates';

type Step =
  | { at: 'scan' }
  | { at: 'pick'; holder: Holder }
  | { at: 'review'; holder: Holder; entry: Entry; templateId?: string; refused?: SignRefusal }
  | { at: 'done'; row: IssuedRow };

/** `#/office/stamp`: scan the pass card, compare the person, pick or fill the entry, review, sign, show the stamp. */
export function StampRoute({ t, lang, office, keys }: SectionProps) {
  const [step, setStep] = useState<Step>({ at: 'scan' });
  const [busy, setBusy] = useState(false);
  const { templates } = useTemplates(office.id);
  const status = officeStatus(office, nowSeconds());
  const allowed = status.state === 'ready' ? status.certificate.claims.allowedTypes : [];
  const sign = async () => {
    if (step.at !== 'review' || busy) return;
    setBusy(true);
    const outcome = await (await officeApi()).signStamp(office, keys, step, nowSeconds());
    setBusy(false);
    setStep(outcome.status === 'signed' ? { at: 'done', row: outcome.row } : { ...step, refused: outcome.reason });
  };
  const restart = () => setStep({ at: 'scan' });
  return (
    <section class="screen" aria-labelledby="stamp-title">
      <h1 id="stamp-title">{t('office.stamp.title')}</h1>
      {/* A finished stamp stays visible even if the session locks meanwhile: it is already signed. */}
      {step.at === 'done' ? (
        <StampDone t={t} lang={lang} row={step.row} office={office} onNext={restart} />
      ) : (
        <SignGate t={t} lang={lang} status={status} unlocked={!!keys}>
          <CardStep t={t} lang={lang} intro={t('office.stamp.scanIntro')} holder={step.at === 'scan' ? undefined : step.holder} onCard={(holder) => setStep({ at: 'pick', holder })} />
          {step.at === 'pick' && <EntryChoice t={t} templates={templates ?? []} allowed={allowed} onEntry={(entry, templateId) => setStep({ at: 'review', holder: step.holder, entry, templateId })} />}
          {step.at === 'review' && (
            <EntryReview t={t} lang={lang} entry={step.entry} refused={step.refused && { code: step.refused, text: t(`office.sign.${step.refused}`) }}>
              <div class="row-buttons">
                <button type="button" class="button primary" disabled={busy} onClick={sign} data-testid="sign">
                  {t('office.stamp.sign')}
                </button>
                <button type="button" class="button" onClick={() => setStep({ at: 'pick', holder: step.holder })}>
                  {t('office.stamp.change')}
                </button>
              </div>
            </EntryReview>
          )}
          {step.at !== 'scan' && (
            <button type="button" class="link-button" onClick={restart}>
              {t('office.stamp.cancel')}
            </button>
          )}
        </SignGate>
      )}
    </section>
  );
}
