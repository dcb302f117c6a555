import { languageOf, type Lang } from '../i18n';

/**
 * A language as its button shows it: its own name and, for a machine translation nobody has
 * checked yet, the registry's note in that language under it. index.html's static list
 * (tools/first-screen/static-html.ts) writes the same markup.
 */
export function LanguageLabel({ code }: { code: Lang }) {
  const { name, review, note } = languageOf(code);
  return (
    <>
      <span class="language-name">{name}</span>
      {review === 'unreviewed' && note && <span class="language-note">{note}</span>}
    </>
  );
}
