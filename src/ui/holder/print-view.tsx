import { useState } from 'preact/hooks';
import type { CheckedEntry, PassSummary } from '../../storage/holder/holder-api';
import { isLoaded } from '../kit/loaded';
import { translator, type Lang, type Translate } from '../i18n';
import { de } from '../i18n/de';
import { href } from '../shell/router';
import { FieldRow } from '../kit/field-row';
import { EntryFieldRows } from './entry-fields';
import { entryTitle } from '../entry/entry-text';
import { countryName, formatDateTime, formatList, formatNumber, formatPartialDate, languageName } from '../kit/format';
import { Icon } from '../kit/icons';
import { QrCode } from '../kit/qr-code';
import { EntriesStatus } from './entries-status';
import { EntryPickList, offered } from './entry-pick-list';
import { chosenEntries, pairText, paperLanguage, paperTranslator } from './paper';
import { useEntryChoice } from './use-entry-choice';
import { VerifyState } from './verify-state';

/** Props of {@link PrintView}. */
export interface PrintViewProps {
  /** The screens' language, for the choices on screen. */
  t: Translate;
  lang: Lang;
  pass: PassSummary;
  entries: readonly CheckedEntry[] | 'failed' | undefined;
  printedAt: number;
  onPrint(): void;
}

const german = translator('de', de);

/** A paper for job applications: the chosen entries, each with its own QR code so paper can be checked too, in German first. */
export function PrintView({ t, lang, pass, entries, printedAt, onPrint }: PrintViewProps) {
  const [chosen, onChoose] = useEntryChoice(entries);
  const [beside, onBeside] = useState(false);
  // The paper's language: German, or German with the holder's language beside it.
  const paper = paperLanguage(lang, beside);
  const paperT = paperTranslator(german, paper.second ? t : undefined);
  const { profile } = pass;
  // Values in German for staff, the holder's language beside them where the paper has it.
  const both = (text: (l: Lang) => string) => pairText(text(paper.first), paper.second && text(paper.second));
  // Only the name is the holder's own free text (isolated below); the other values are ours, and
  // isolating a pair as a whole would let its second language's direction turn it round.
  const rows: Array<[string, string | undefined]> = [
    [paperT('holder.form.birthDate'), both((l) => formatPartialDate(l, profile.birthDate))],
    [paperT('holder.passCode'), pass.passCode],
    [paperT('holder.form.country'), profile.countryOfOrigin && both((l) => countryName(l, profile.countryOfOrigin!))],
    [paperT('holder.form.arrival'), profile.arrivalDate && both((l) => formatPartialDate(l, profile.arrivalDate!))],
    [paperT('holder.profile.languages'), profile.languages?.length ? both((l) => formatList(l, profile.languages!.map((x) => languageName(l, x)))) : undefined],
  ];
  const list = isLoaded(entries) ? offered(entries) : [];
  const printed = chosenEntries(list, chosen);
  return (
    <section class="screen print-view" aria-labelledby="print-title">
      <div class="no-print">
        <a class="back-link" href={href('holder')}>
          {t('common.back')}
        </a>
        <p class="lead">{t('holder.print.intro')}</p>
        <EntriesStatus t={t} entries={entries} />
        {isLoaded(entries) && list.length === 0 && <p class="notice">{t('holder.print.noEntries')}</p>}
        {list.length > 0 && <EntryPickList t={t} lang={lang} list={list} chosen={chosen} onChange={onChoose} legend={t('holder.print.pickIntro')} />}
        <fieldset class="paper-language">
          <legend>{t('holder.print.language')}</legend>
          <p class="hint">{t('holder.print.germanFirst')}</p>
          {lang !== 'de' && (
            <label class="check">
              <input type="checkbox" checked={paper.second !== undefined} onChange={(e) => onBeside(e.currentTarget.checked)} data-testid="paper-beside" />
              <span>{t('holder.print.beside')}</span>
            </label>
          )}
        </fieldset>
        <button type="button" class="button primary wide" onClick={onPrint} disabled={printed.length === 0} data-testid="print-button">
          <Icon name="print" />
          {t('holder.print.button')}
        </button>
      </div>
      {/* The paper is German for staff, so it reads left to right whatever the screens' direction. */}
      <div class="paper" lang={paper.first} dir="ltr" data-testid="paper">
        <header class="print-head">
          <h1 id="print-title" data-testid="paper-title">
            {paperT('app.title')}
          </h1>
          <p class="hint">{paperT('holder.print.printedAt', { date: formatDateTime(paper.first, printedAt) })}</p>
        </header>
        <dl class="fields print-profile">
          <FieldRow label={paperT('holder.profile.name')}>
            <bdi>{`${profile.givenName} ${profile.familyName}`}</bdi>
          </FieldRow>
          {rows
            .filter((r): r is [string, string] => Boolean(r[1]))
            .map(([label, value]) => (
              <FieldRow key={label} label={label}>
                {value}
              </FieldRow>
            ))}
        </dl>
        {printed.length > 0 && <h2 class="print-entries-title">{paperT('holder.print.entries', { n: formatNumber(paper.first, printed.length) })}</h2>}
        {printed.map((e) => (
          <article key={e.id} class="print-entry" data-testid="print-entry" data-type={e.type}>
            <div class="print-entry-text">
              <h3>
                {paperT(`entry.type.${e.type}`)}: <bdi>{entryTitle(paperT, e.entry)}</bdi>
              </h3>
              <dl class="fields compact">
                <EntryFieldRows t={paperT} lang={paper.first} entry={e} />
              </dl>
              <VerifyState t={paperT} entry={e} withReason />
            </div>
            <figure class="print-qr">
              <QrCode text={e.stampText} label={paperT('holder.print.stampQr')} />
              <figcaption>{paperT('holder.print.stampQr')}</figcaption>
            </figure>
          </article>
        ))}
      </div>
    </section>
  );
}
