// The coordinator's published numbers as one CSV for German Excel (`;`, UTF-8 with BOM): every
// table already suppressed, in German whatever language the screen speaks, since the file goes
// to the network's German offices. The CLI (`bbpass stats`) writes the same file, so the
// German words live here in core rather than in a UI catalogue.
import { csvText } from '../csv';
import type { MonthCounts } from './counts-merge';
import { internshipTable, planningTable, splitPlanningRow, topicTable, type PlanningMeasure } from './planning';
import type { SafeTable, Shown } from './suppression';

/** The mark of a hidden figure, in files and on screen (docs/suppression.md). */
export const SUPPRESSED_MARK = 'x';

/** German names of codes as they appear in the files. */
const GERMAN: Readonly<Record<string, string>> = {
  integrationskurs: 'Integrationskurs',
  berufssprachkurs: 'Berufssprachkurs',
  erstorientierungskurs: 'Erstorientierungskurs',
  jugendintegrationskurs: 'Jugendintegrationskurs',
  recognition: 'Anerkennung',
  praktikum: 'Praktikum',
  weiterbildung: 'Weiterbildung',
  other: 'Sonstiges',
  'labour-market': 'Arbeit und Arbeitssuche',
  'vocational-training': 'Ausbildung',
  school: 'Schule',
  'language-course-access': 'Zugang zu Sprachkursen',
  'residence-social': 'Aufenthalt und Soziales',
};
const MEASURE: Record<PlanningMeasure, string> = { demand: 'Bedarf (Beratungen)', completed: 'Module abgeschlossen', 'exam-passed': 'Prüfungen bestanden' };
const HEADER = ['Tabelle', 'Art', 'Niveau', 'Monat', 'Anzahl'] as const;
const TOTAL = 'Summe';

/** A month 'YYYY-MM' in German, e.g. "September 2026". */
export function germanMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, 1));
}

const figure = (s: Shown): string | number => (s.kind === 'value' ? s.value : SUPPRESSED_MARK);

// Long format (one figure a line) so Excel can pivot it; each table's margins follow as "Summe".
function lines(title: string, t: SafeTable, levelled: boolean): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [];
  for (const r of t.rows) {
    const { kind, level } = levelled ? splitPlanningRow(r) : { kind: r, level: '' };
    const name = GERMAN[kind] ?? kind;
    for (const c of t.columns) out.push([title, name, level, germanMonth(c), figure(t.cell(r, c))]);
    out.push([title, name, level, TOTAL, figure(t.rowTotal(r))]);
  }
  if (t.rows.length === 0) return out;
  for (const c of t.columns) out.push([title, TOTAL, '', germanMonth(c), figure(t.columnTotal(c))]);
  out.push([title, TOTAL, '', TOTAL, figure(t.total)]);
  return out;
}

/** Every table of the planning view and the numbers screen, suppressed, as one German CSV. */
export function planningCsv(records: readonly MonthCounts[]): string {
  const measures: PlanningMeasure[] = ['demand', 'completed', 'exam-passed'];
  return csvText(HEADER, [
    ...measures.flatMap((m) => lines(MEASURE[m], planningTable(records, m), true)),
    ...lines('Beratungen nach Thema', topicTable(records), false),
    ...lines('Praktika', internshipTable(records), false),
  ]);
}
