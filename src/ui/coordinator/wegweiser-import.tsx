// The spreadsheet import of the Wegweiser: choose a CSV file, see every broken row with its
// column and why, and decide; a broken file imports nothing unless the valid rows are chosen.
import { offersCsv, type CsvProblem, type Offer, type OffersCsvResult } from '../../core';
import type { Translate } from '../i18n';
import { downloadText } from '../kit/download';
import { FileInput } from '../kit/file-input';
import { TEMPLATE_OFFER } from './wegweiser-template';

/** What the last import did, as the screen shows it. */
export type ImportState = { readonly kind: 'done'; readonly added: number; readonly replaced: number } | { readonly kind: 'checked'; readonly result: OffersCsvResult };

/** Props of {@link WegweiserImport}. */
export interface WegweiserImportProps {
  t: Translate;
  state?: ImportState;
  onFile(file: File): void;
  onImportValid(offers: readonly Offer[]): void;
}

/** The import section of the Wegweiser editor. */
export function WegweiserImport({ t, state, onFile, onImportValid }: WegweiserImportProps) {
  return (
    <section aria-labelledby="wegweiser-import-title">
      <h2 id="wegweiser-import-title">{t('coordinator.wegweiser.import.title')}</h2>
      <p class="hint" id="wegweiser-import-hint">
        {t('coordinator.wegweiser.import.hint')}
      </p>
      <FileInput t={t} label={t('coordinator.wegweiser.import.choose')} accept=".csv,text/csv" look="wide button" testId="wegweiser-csv" describedBy="wegweiser-import-hint" onFiles={([file]) => onFile(file)} />
      <button type="button" class="button wide" data-testid="wegweiser-template" onClick={() => downloadText('wegweiser-vorlage.csv', offersCsv([TEMPLATE_OFFER]), 'text/csv;charset=utf-8')}>
        {t('coordinator.wegweiser.import.template')}
      </button>
      {state?.kind === 'done' && (
        <p class="notice" role="status" data-testid="wegweiser-import-done">
          {t('coordinator.wegweiser.import.done', { added: state.added, replaced: state.replaced })}
        </p>
      )}
      {state?.kind === 'checked' && state.result.status === 'refused' && (
        <p class="notice is-problem" role="alert">
          {t(`coordinator.wegweiser.import.refused.${state.result.problem}`)}
        </p>
      )}
      {state?.kind === 'checked' && state.result.status === 'read' && <Problems t={t} problems={state.result.problems} rows={state.result.rows} valid={state.result.offers} onImportValid={onImportValid} />}
    </section>
  );
}

function Problems({ t, problems, rows, valid, onImportValid }: { t: Translate; problems: readonly CsvProblem[]; rows: number; valid: readonly Offer[]; onImportValid(offers: readonly Offer[]): void }) {
  return (
    <div class="notice is-problem" role="alert" data-testid="wegweiser-import-problems">
      <p>{t('coordinator.wegweiser.import.problems', { n: problems.length, rows })}</p>
      <table class="import-problems">
        <thead>
          <tr>
            <th scope="col">{t('coordinator.wegweiser.import.row')}</th>
            <th scope="col">{t('coordinator.wegweiser.import.column')}</th>
            <th scope="col">{t('coordinator.wegweiser.import.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i}>
              <td>{p.row}</td>
              <td>
                <bdi>{p.column}</bdi>
              </td>
              <td>{t(`coordinator.wegweiser.problem.${p.code}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {valid.length > 0 && (
        <button type="button" class="button wide" data-testid="wegweiser-import-valid" onClick={() => onImportValid(valid)}>
          {t('coordinator.wegweiser.import.onlyValid', { n: valid.length })}
        </button>
      )}
    </div>
  );
}
