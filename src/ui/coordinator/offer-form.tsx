// One offer of the Wegweiser as a form whose fields are the spreadsheet's columns (same names,
// same cell rules), so what the coordinator types here and what Excel holds are checked alike.
import { useState } from 'preact/hooks';
import { CSV_CATEGORY_LABELS, CSV_HEADERS, DACHAU_PLACES, DIRECTORY_CATEGORIES, cellsOfOffer, columnOfField, fieldOfHeader, offerOfCells, type DirectoryProblem, type Offer } from '../../core';
import type { Translate } from '../i18n';

/** Props of {@link OfferForm}. */
export interface OfferFormProps {
  t: Translate;
  /** The offer to edit, or undefined for a new one. */
  offer?: Offer;
  /** Problems of the last save, at offer paths. */
  problems: readonly DirectoryProblem[];
  onSave(offer: Offer): void;
  onCancel(): void;
}

const FIELDS = CSV_HEADERS.map((h) => fieldOfHeader(h)!);
const LONG = (field: string) => field.includes('.') && !field.startsWith('address.');

/** The form to add or edit one offer. */
export function OfferForm({ t, offer, problems, onSave, onCancel }: OfferFormProps) {
  const [cells, setCells] = useState<string[]>(() => (offer ? cellsOfOffer(offer) : CSV_HEADERS.map(() => '')));
  const set = (i: number, value: string) => setCells(cells.map((c, j) => (j === i ? value : c)));
  const placeAt = FIELDS.indexOf('places');
  const places = cells[placeAt]!.split(',').map((p) => p.trim()).filter(Boolean);
  return (
    <form
      class="offer-form"
      aria-labelledby="offer-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(offerOfCells(cells, FIELDS) as unknown as Offer);
      }}
    >
      <h2 id="offer-form-title">{t('coordinator.wegweiser.form.title')}</h2>
      {problems.length > 0 && (
        <div class="notice is-problem" role="alert" data-testid="offer-problems">
          <p>{t('coordinator.wegweiser.form.problems')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p.path + p.code}>{t('coordinator.wegweiser.field', { field: columnOfField(p.path), problem: t(`coordinator.wegweiser.problem.${p.code}`) })}</li>
            ))}
          </ul>
        </div>
      )}
      {CSV_HEADERS.map((header, i) => {
        const field = FIELDS[i]!;
        const id = `offer-field-${i}`;
        if (field === 'places')
          return (
            <fieldset class="field" key={header}>
              <legend>{t('coordinator.wegweiser.form.places')}</legend>
              <div class="offer-places">
                {DACHAU_PLACES.map((p) => (
                  <label class="check" key={p}>
                    <input type="checkbox" checked={places.includes(p)} onChange={(e) => set(i, (e.currentTarget.checked ? [...places, p] : places.filter((x) => x !== p)).join(', '))} />
                    <span lang="de">{p}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          );
        return (
          <div class="field" key={header}>
            <label for={id} lang="de">
              {header}
            </label>
            {field === 'category' ? (
              <select id={id} value={cells[i]} onChange={(e) => set(i, e.currentTarget.value)}>
                <option value="" />
                {DIRECTORY_CATEGORIES.map((c) => (
                  <option key={c} value={CSV_CATEGORY_LABELS[c]}>
                    {CSV_CATEGORY_LABELS[c]}
                  </option>
                ))}
              </select>
            ) : LONG(field) ? (
              <textarea id={id} rows={3} dir="auto" value={cells[i]} onInput={(e) => set(i, e.currentTarget.value)} />
            ) : (
              <input id={id} dir="auto" value={cells[i]} aria-describedby={field === 'id' || field === 'starts' ? `${id}-hint` : undefined} onInput={(e) => set(i, e.currentTarget.value)} />
            )}
            {(field === 'id' || field === 'starts') && (
              <p id={`${id}-hint`} class="hint">
                {t(field === 'id' ? 'coordinator.wegweiser.form.idHint' : 'coordinator.wegweiser.form.startsHint')}
              </p>
            )}
          </div>
        );
      })}
      <div class="actions-row">
        <button type="submit" class="button primary">
          {t('coordinator.wegweiser.form.save')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('coordinator.wegweiser.form.cancel')}
        </button>
      </div>
    </form>
  );
}
