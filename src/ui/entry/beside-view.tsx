// Markup of the two-language view: each language in an element of its own `lang` and `dir`, so
// a screen reader switches voice and Arabic sits right to left beside German left to right;
// each text inside a <bdi>, because a value may hold an office's free text of the other direction.
import { ENDONYMS, languageOf, type Lang } from '../i18n';
import type { Pair, PairRow, SideText } from './beside';

/** One language's text in its own `lang` and `dir`; the second language is marked so read-aloud keeps to the screen's language. */
export function SideSpan({ text, second }: { text: SideText; second?: boolean }) {
  return (
    <span class={second ? 'side side-second' : 'side'} lang={text.lang} dir={text.dir} data-no-read={second ? '' : undefined}>
      <bdi>{text.text}</bdi>
    </span>
  );
}

/** A text in two languages, the second beside (wide) or under (narrow) the first. */
export function PairText({ pair }: { pair: Pair }) {
  return (
    <span class="pair">
      <SideSpan text={pair.first} />
      <SideSpan text={pair.second} second />
    </span>
  );
}

// A language's own name, never translated, so each reader spots theirs.
const nameOf = (lang: Lang): SideText => ({ text: ENDONYMS[lang] ?? lang, lang, dir: languageOf(lang).dir });

/** The two languages' own names over their columns, so a reader knows which side is German. */
export function PairHead({ first, second }: { first: Lang; second: Lang }) {
  return (
    <p class="pair pair-head" data-testid="pair-head">
      <SideSpan text={nameOf(first)} />
      <SideSpan text={nameOf(second)} second />
    </p>
  );
}

/** Labelled values in two languages as rows of a `dl.fields`: labels and values each in two columns. */
export function PairRows({ rows }: { rows: readonly PairRow[] }) {
  return (
    <>
      {rows.map((row) => (
        <div key={row.field} class="field-row pair-row" data-testid="pair-row" data-field={row.field}>
          <dt>
            <PairText pair={row.label} />
          </dt>
          <dd>
            <PairText pair={row.value} />
          </dd>
        </div>
      ))}
    </>
  );
}
