import { useState } from 'preact/hooks';
import type { CheckedItem } from '../../core';
import { districtName } from '../entry/district-name';
import { entryTitle } from '../entry/entry-text';
import { formatBerlin } from '../kit/berlin-time';
import { formatDay, formatDateTime } from '../kit/format';
import { Icon } from '../kit/icons';
import type { Lang, Translate } from '../i18n';
import { reasonText } from './verdict-text';
import { isolate } from '../kit/isolate';
import { PairHead } from '../entry/beside-view';
import { BesideChoice, ItemBeside } from './result-beside';
import { useHolderSide } from './use-holder-side';

/** Props of {@link ResultTimeline}. */
export interface ResultTimelineProps {
  t: Translate;
  lang: Lang;
  items: readonly CheckedItem[];
  /** Districts whose newest trust list is older than the limit, with its issue time. */
  stale: ReadonlyMap<string, number>;
}

/** Every entry, newest first, each with its verdict as icon and words (never colour alone). */
export function ResultTimeline({ t, lang, items, stale }: ResultTimelineProps) {
  // The person's language is chosen for this result only: nothing about the holder is stored.
  const [besideLang, setBesideLang] = useState<Lang>();
  const loaded = useHolderSide(besideLang);
  const beside = typeof loaded === 'object' ? loaded : undefined;
  return (
    <section aria-labelledby="verifier-timeline-title">
      <h2 id="verifier-timeline-title">{t('verifier.timeline.title')}</h2>
      <BesideChoice t={t} lang={lang} value={besideLang} failed={loaded === 'failed'} onChange={setBesideLang} />
      {beside && <PairHead first={lang} second={beside.lang} />}
      <ol class="verifier-timeline" data-testid="result-timeline">
        {items.map((item, i) => {
          // A valid entry of a district whose list is old may stem from an office revoked since: never plainly "Gültig".
          const staleSince = item.valid && item.district && !item.district.demo ? stale.get(item.district.id) : undefined;
          return (
            <li key={i} class={`verifier-item ${item.valid ? 'is-valid' : 'is-invalid'}`} data-testid="result-item" data-valid={String(item.valid)} data-reason={item.reason ?? ''}>
              <p class="item-when">{item.day ? formatDay(lang, item.day) : '—'}</p>
              <div class="item-body">
                <p class="item-title">
                  {item.entry ? (
                    <>
                      <strong>{t(`entry.type.${item.entry.type}`)}</strong> · <bdi>{entryTitle(t, item.entry)}</bdi>
                    </>
                  ) : (
                    <strong>{t('verifier.timeline.unreadable')}</strong>
                  )}
                </p>
                {beside && item.entry && <ItemBeside staff={{ t, lang }} holder={beside} entry={item.entry} />}
                {item.officeName && (
                  <p class="item-office" data-testid="item-office">
                    {item.district ? t('verifier.timeline.officeDistrict', { office: isolate(item.officeName), district: isolate(districtName(t, item.district)) }) : t('verifier.timeline.office', { office: isolate(item.officeName) })}
                    {item.issuedAt !== undefined && ` · ${formatDateTime(lang, item.issuedAt)}`}
                  </p>
                )}
                <p
                  class={`verify ${item.valid ? 'is-valid' : 'is-invalid'}${item.district?.demo ? ' is-demo' : ''}${staleSince === undefined ? '' : ' is-stale'}`}
                  data-testid="item-verdict"
                  data-demo={String(item.district?.demo === true)}
                  data-stale={String(staleSince !== undefined)}
                >
                  <Icon name={!item.valid ? 'cross' : item.district?.demo || staleSince !== undefined ? 'warning' : 'check'} />
                  {item.district?.demo && <span class="demo-tag">DEMO</span>}
                  <span>
                    {staleSince !== undefined
                      ? t('verifier.verdict.validStale', { date: formatBerlin(lang, staleSince) })
                      : item.valid
                        ? t(item.district?.demo ? 'verifier.verdict.demo' : 'verifier.verdict.valid')
                        : (
                          <strong>{t('verifier.verdict.invalid')}</strong>
                        )}
                    {!item.valid && <span class="verify-reason"> {reasonText(t, lang, item)}</span>}
                  </span>
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
