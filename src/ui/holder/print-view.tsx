import type { CheckedEntry, PassSummary } from '../../storage/holder/holder-api';
import { isLoaded } from '../kit/loaded';
import type { Lang, Translate } from '../i18n';
import { href } from '../shell/router';
import { FieldRow } from '../kit/field-row';
import { EntryFieldRows } from './entry-fields';
import { entryTitle } from '../entry/entry-text';
import { countryName, formatDateTime, formatList, formatNumber, formatPartialDate, languageName } from '../kit/format';
import { Icon } from '../kit/icons';
import { OtherPersonNote } from './other-person-note';
import { QrCode } from '../kit/qr-code';
import { VerifyState } from './verify-state';

/** Props of {@link PrintView}. */
export interface PrintViewProps {
  t: Translate;
  lang: Lang;
  pass: PassSummary;
  entries: readonly CheckedEntry[] | 'failed' | undefined;
  printedAt: number;
  onPrint(): void;
}

/** An A4 printout: the profile and every entry with its own QR code, so paper can be checked too. */
export function PrintView({ t, lang, pass, entries, printedAt, onPrint }: PrintViewProps) {
  const { profile } = pass;
  const rows: Array<[string, string | undefined]> = [
    [t('holder.profile.name'), `${profile.givenName} ${profile.familyName}`],
    [t('holder.form.birthDate'), formatPartialDate(lang, profile.birthDate)],
    [t('holder.passCode'), pass.passCode],
    [t('holder.form.country'), profile.countryOfOrigin && countryName(lang, profile.countryOfOrigin)],
    [t('holder.form.arrival'), profile.arrivalDate && formatPartialDate(lang, profile.arrivalDate)],
    [t('holder.profile.languages'), profile.languages?.length ? formatList(lang, profile.languages.map((l) => languageName(lang, l))) : undefined],
  ];
  return (
    <section class="screen print-view" aria-labelledby="print-title">
      <div class="no-print">
        <a class="back-link" href={href('holder')}>
          {t('common.back')}
        </a>
        <p class="lead">{t('holder.print.intro')}</p>
        <button type="button" class="button primary wide" onClick={onPrint} disabled={!isLoaded(entries)} data-testid="print-button">
          <Icon name="print" />
          {t('holder.print.button')}
        </button>
      </div>
      <header class="print-head">
        <h1 id="print-title">{t('app.title')}</h1>
        <p class="hint">{t('holder.print.printedAt', { date: formatDateTime(lang, printedAt) })}</p>
      </header>
      <dl class="fields print-profile">
        {rows
          .filter((r): r is [string, string] => Boolean(r[1]))
          .map(([label, value]) => (
            <FieldRow key={label} label={label}>
              <bdi>{value}</bdi>
            </FieldRow>
          ))}
      </dl>
      {entries === undefined && (
        <p class="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {entries === 'failed' && <p class="notice is-problem">{t('holder.entries.failed')}</p>}
      {isLoaded(entries) && entries.length === 0 && <p class="notice">{t('holder.print.noEntries')}</p>}
      {isLoaded(entries) && entries.length > 0 && (
        <h2 class="print-entries-title">{t('holder.print.entries', { n: formatNumber(lang, entries.length) })}</h2>
      )}
      {isLoaded(entries) &&
        entries.map((e) => (
          <article key={e.id} class="print-entry" data-testid="print-entry">
            <div class="print-entry-text">
              <h3>
                {t(`entry.type.${e.type}`)}: <bdi>{entryTitle(t, e.entry)}</bdi>
              </h3>
              <dl class="fields compact">
                <EntryFieldRows t={t} lang={lang} entry={e} />
              </dl>
              <VerifyState t={t} entry={e} withReason />
              <OtherPersonNote t={t} lang={lang} person={e.otherPerson} />
            </div>
            <figure class="print-qr">
              <QrCode text={e.stampText} label={t('holder.print.stampQr')} />
              <figcaption>{t('holder.print.stampQr')}</figcaption>
            </figure>
          </article>
        ))}
    </section>
  );
}
