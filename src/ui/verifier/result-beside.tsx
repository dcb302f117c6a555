// Staff and holder read an entry together: the entries' words in the staff's language with the
// person's own language beside them. Only what the stamps' codes mean is translated (course kind,
// level, status, topics, dates, numbers); an office's free text stays as signed, and the verdict
// stays in the staff's language alone, so nothing the signature does not cover looks signed.
import type { Entry } from '../../core';
import { LANGUAGES, type Lang, type Translate } from '../i18n';
import { pairRows, pairTitle, type Side } from '../entry/beside';
import { PairRows, SideSpan } from '../entry/beside-view';
import { languageName } from '../kit/format';
import { isolate } from '../kit/isolate';

/** Props of {@link BesideChoice}. */
export interface BesideChoiceProps {
  t: Translate;
  /** The staff's language: its own name for each choice, and not offered beside itself. */
  lang: Lang;
  value: Lang | undefined;
  failed: boolean;
  onChange(lang: Lang | undefined): void;
}

/** "Sprache der Person daneben": every holder language of the registry, unreviewed ones said so. */
export function BesideChoice({ t, lang, value, failed, onChange }: BesideChoiceProps) {
  const choices = LANGUAGES.filter((l) => l.code !== 'de' && l.code !== lang);
  return (
    <div class="beside-choice">
      <label class="no-print" for="beside-lang">
        {t('verifier.beside.label')}
      </label>
      <select class="no-print" id="beside-lang" value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || undefined)} data-testid="beside-lang">
        <option value="">{t('verifier.beside.none')}</option>
        {choices.map((l) => (
          <option key={l.code} value={l.code}>
            {t(l.review === 'unreviewed' ? 'verifier.beside.unreviewed' : 'verifier.beside.option', { name: languageName(lang, l.code), own: isolate(l.name) })}
          </option>
        ))}
      </select>
      {/* Printed too: a paper with the second language says where its words come from. */}
      {value && <p class="hint">{t('verifier.beside.hint')}</p>}
      {failed && (
        <p class="notice is-problem" role="alert" data-testid="beside-failed">
          {t('verifier.beside.failed')}
        </p>
      )}
    </div>
  );
}

/** One entry's kind, title and fields in the person's language, each field beside the staff's words. */
export function ItemBeside({ staff, holder, entry }: { staff: Side; holder: Side; entry: Entry }) {
  return (
    <div class="item-beside" data-testid="item-beside">
      <p class="item-title">
        <SideSpan text={pairTitle(staff, holder, entry).second} second />
      </p>
      <dl class="fields compact">
        <PairRows rows={pairRows(staff, holder, entry)} />
      </dl>
    </div>
  );
}
