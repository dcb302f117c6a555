import { useState } from 'preact/hooks';
import { ENTRY_TYPE, keyId, toHex, type EntryType, type Registration } from '../../core';
import type { AdmitChoice } from '../../storage/coordinator/coordinator-register';
import type { Translate } from '../i18n';
import { dateInputValue, dayStart, dayEnd } from './dates';
import { FieldRow } from '../kit/field-row';
import type { AdmissionRow } from '../../storage/coordinator/coordinator-api';
import { DeviceChoice, type DeviceChoiceValue } from './device-choice';

/** Props of {@link AdmitForm}. */
export interface AdmitFormProps {
  t: Translate;
  request: Registration;
  now: number;
  /** Offices a further device can join (issue 17). */
  offices: readonly AdmissionRow[];
  onAdmit(choice: AdmitChoice, officeId: string | undefined): Promise<void>;
  onCancel(): void;
}

const YEARS = 2;

/** The checked request and the coordinator's choice: entry types allowed and the validity. */
export function AdmitForm({ t, request, now, offices, onAdmit, onCancel }: AdmitFormProps) {
  const c = request.claims;
  const [types, setTypes] = useState<EntryType[]>([...c.requestedTypes]);
  const [from, setFrom] = useState(dateInputValue(now));
  const [until, setUntil] = useState(dateInputValue(now + YEARS * 365 * 86_400));
  const [problem, setProblem] = useState<'no-types' | 'dates'>();
  const [busy, setBusy] = useState(false);
  const [device, setDevice] = useState<DeviceChoiceValue>({ label: '' });

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (types.length === 0) return setProblem('no-types');
    const validFrom = dayStart(from);
    const validUntil = dayEnd(until);
    if (validFrom === undefined || validUntil === undefined || validFrom > validUntil) return setProblem('dates');
    setBusy(true);
    try {
      await onAdmit({ types, validFrom, validUntil, ...(device.label.trim() ? { deviceLabel: device.label.trim() } : {}) }, device.officeId);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="form" noValidate onSubmit={submit}>
      <p class="outcome is-good" role="status">
        {t('coordinator.admit.checked')}
      </p>
      <dl class="fields" data-testid="request-details">
        <FieldRow label={t('coordinator.office')}>
          <bdi>{c.officeName}</bdi>
        </FieldRow>
        <FieldRow label={t('coordinator.officeKind')}>{t(`coordinator.kind.${c.officeKind}`)}</FieldRow>
        {c.address && (
          <FieldRow label={t('coordinator.address')}>
            <bdi>{c.address}</bdi>
          </FieldRow>
        )}
        {c.contact && (
          <FieldRow label={t('coordinator.contact')}>
            <bdi>{c.contact}</bdi>
          </FieldRow>
        )}
        <FieldRow label={t('coordinator.keyId')} valueClass="mono">{toHex(keyId(c.officeKey))}</FieldRow>
      </dl>
      <DeviceChoice t={t} offices={offices} value={device} onChange={setDevice} />
      <fieldset class="field">
        <legend>{t('coordinator.admit.types')}</legend>
        {problem === 'no-types' && (
          <p class="field-error" role="alert">
            {t('coordinator.admit.noTypes')}
          </p>
        )}
        {ENTRY_TYPE.names.map((type) => (
          <label class="check" key={type}>
            <input
              type="checkbox"
              name="types"
              value={type}
              checked={types.includes(type)}
              onChange={(e) => setTypes(e.currentTarget.checked ? [...types, type] : types.filter((x) => x !== type))}
            />
            <span>
              {t(`entry.type.${type}`)}
              {!c.requestedTypes.includes(type) && ` (${t('coordinator.admit.notRequested')})`}
            </span>
          </label>
        ))}
      </fieldset>
      <div class="field-pair">
        <div class="field">
          <label for="valid-from">{t('coordinator.admit.from')}</label>
          <input id="valid-from" type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="valid-until">{t('coordinator.admit.until')}</label>
          <input id="valid-until" type="date" value={until} onInput={(e) => setUntil(e.currentTarget.value)} />
        </div>
      </div>
      {problem === 'dates' && (
        <p class="notice is-problem" role="alert">
          {t('coordinator.admit.badDates')}
        </p>
      )}
      <button type="submit" class="button primary wide" disabled={busy} data-testid="admit-submit">
        {t('coordinator.admit.sign')}
      </button>
      <button type="button" class="button wide" onClick={onCancel}>
        {t('coordinator.admit.cancel')}
      </button>
    </form>
  );
}
