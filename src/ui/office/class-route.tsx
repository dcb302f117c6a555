import { useRef, useState } from 'preact/hooks';
import { keyId, toHex, type Holder } from '../../core';
import type { SignRefusal } from '../../storage/office/office-issue';
import type { IssuedRow, TemplateRow } from '../../storage/office/office-api';
import { officeApi } from './office-storage';
import { officeStatus } from '../../storage/office/office-status';
import { entryTitle } from '../entry/entry-text';
import { CardScan } from './card-scan';
import { nowSeconds } from '../kit/now';
import type { SectionProps } from './section-props';
import { SignGate } from './sign-gate';
import { StampDone } from './stamp-done';
import { useTemplates } from './use-templates';

/** `#/office/class`: one template, a queue of learners; each card scanned is stamped at once and the camera stays on for the next. */
export function ClassRoute({ t, lang, office, keys }: SectionProps) {
  const { templates } = useTemplates(office.id);
  const [template, setTemplate] = useState<TemplateRow>();
  const [issued, setIssued] = useState<IssuedRow[]>([]);
  const [refused, setRefused] = useState<SignRefusal>();
  const done = useRef(new Set<string>());
  const queue = useRef(Promise.resolve());
  const status = officeStatus(office, nowSeconds());
  const allowed = status.state === 'ready' ? status.certificate.claims.allowedTypes : [];
  const holderId = (h: Holder) => toHex(keyId(h.publicKey));
  const onCard = (holder: Holder) => {
    if (!template) return;
    done.current.add(holderId(holder));
    // One signature at a time, in scan order.
    queue.current = queue.current.then(async () => {
      const outcome = await (await officeApi()).signStamp(office, keys, { holder, entry: template.entry, templateId: template.id }, nowSeconds());
      if (outcome.status === 'signed') {
        setRefused(undefined);
        setIssued((list) => [outcome.row, ...list]);
      } else {
        done.current.delete(holderId(holder));
        setRefused(outcome.reason);
      }
    });
  };
  const latest = issued[0];
  return (
    <section class="screen" aria-labelledby="class-title">
      <h1 id="class-title">{t('office.class.title')}</h1>
      <SignGate t={t} lang={lang} status={status} unlocked={!!keys}>
        {!template ? (
          <>
            <p class="lead">{t('office.class.intro')}</p>
            <ul class="template-list" role="list">
              {templates?.map((row) => (
                <li key={row.id} class="template-item">
                  <button type="button" class="button wide template-pick" disabled={!allowed.includes(row.type)} onClick={() => setTemplate(row)} data-testid="class-template">
                    <strong>{row.name}</strong> · {t(`entry.type.${row.type}`)} · <bdi>{entryTitle(t, row.entry)}</bdi>
                  </button>
                  {!allowed.includes(row.type) && <p class="field-error">{t('office.templates.notAllowed')}</p>}
                </li>
              ))}
            </ul>
            {templates?.length === 0 && <p class="muted">{t('office.class.noTemplates')}</p>}
          </>
        ) : (
          <div class="class-run">
            <p class="notice" data-testid="class-count" data-count={issued.length}>
              {t('office.class.running', { name: template.name, n: issued.length })}
            </p>
            {refused && (
              <p class="notice is-problem" role="alert" data-testid="sign-refused" data-reason={refused}>
                {t(`office.sign.${refused}`)}
              </p>
            )}
            <div class="class-columns">
              <div>
                <h2>{t('office.class.scan')}</h2>
                <CardScan t={t} onCard={onCard} skip={(h) => done.current.has(holderId(h))} />
              </div>
              <div aria-live="polite">{latest ? <StampDone t={t} lang={lang} row={latest} office={office} /> : <p class="muted">{t('office.class.waiting')}</p>}</div>
            </div>
            {issued.length > 0 && (
              <ol class="class-list" data-testid="class-list">
                {issued.map((row) => (
                  <li key={row.id}>
                    <bdi>{row.holderName}</bdi>
                  </li>
                ))}
              </ol>
            )}
            <button type="button" class="button" onClick={() => (setTemplate(undefined), setIssued([]), done.current.clear())}>
              {t('office.class.end')}
            </button>
          </div>
        )}
      </SignGate>
    </section>
  );
}
