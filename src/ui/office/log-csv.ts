import type { IssuedRow, TemplateRow } from '../../storage/office/office-api';
import { entryTitle } from '../entry/entry-text';
import { formatPartialDate } from '../kit/format';
import type { Lang, Translate } from '../i18n';
import { csvText } from '../../core';

/** The issued log as CSV for German Excel: one line per stamp, the columns in the staff's language. */
export function logCsv(t: Translate, lang: Lang, rows: readonly IssuedRow[], templates: readonly TemplateRow[]): string {
  const names = new Map(templates.map((x) => [x.id, x.name]));
  const header = ['issuedAt', 'type', 'template', 'name', 'birthDate', 'entry', 'stampId', 'officeKey', 'reissueOf'] as const;
  const when = (s: number) => new Date(s * 1000).toISOString().slice(0, 16).replace('T', ' ');
  return csvText(
    header.map((h) => t(`office.csv.${h}`)),
    rows.map((r) => [
      when(r.issuedAt),
      t(`entry.type.${r.type}`),
      (r.templateId && names.get(r.templateId)) || '',
      r.holderName,
      formatPartialDate(lang, r.holderBirthDate),
      entryTitle(t, r.entry),
      r.id,
      r.keyId,
      r.reissueOf ?? '',
    ]),
  );
}
