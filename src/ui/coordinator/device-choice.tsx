// Admit a key as a new office or as a further device of a registered office (issue 17), with
// the device's label ("Theke 1", "Tablet Raum 2").
import type { AdmissionRow } from '../../storage/coordinator/coordinator-api';
import type { Translate } from '../i18n';
import { isolate } from '../kit/isolate';

/** What the coordinator chose: the office (hex id) for a further device, or none for a new office; and the label. */
export interface DeviceChoiceValue {
  readonly officeId?: string;
  readonly label: string;
}

/** Props of {@link DeviceChoice}. */
export interface DeviceChoiceProps {
  t: Translate;
  /** Offices a device can join: first devices of the register, not revoked. */
  offices: readonly AdmissionRow[];
  value: DeviceChoiceValue;
  onChange(v: DeviceChoiceValue): void;
}

/** The "admit as" choice and the device label field. */
export function DeviceChoice({ t, offices, value, onChange }: DeviceChoiceProps) {
  return (
    <>
      <div class="field">
        <label for="admit-as">{t('coordinator.admit.as')}</label>
        <select id="admit-as" name="admit-as" value={value.officeId ?? ''} onChange={(e) => onChange({ ...value, officeId: e.currentTarget.value || undefined })}>
          <option value="">{t('coordinator.admit.newOffice')}</option>
          {offices.map((o) => (
            <option key={o.id} value={o.id}>
              {t('coordinator.admit.deviceOf', { office: isolate(o.officeName) })}
            </option>
          ))}
        </select>
        {value.officeId && <p class="hint">{t('coordinator.admit.deviceHint')}</p>}
      </div>
      <div class="field">
        <label for="device-label">{t('coordinator.admit.deviceLabel')}</label>
        <input id="device-label" name="device-label" maxLength={40} value={value.label} onInput={(e) => onChange({ ...value, label: e.currentTarget.value })} />
      </div>
    </>
  );
}
