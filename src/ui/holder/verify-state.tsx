import type { CheckedEntry } from '../../storage/holder/holder-api';
import type { Translate } from '../i18n';
import { Icon } from '../kit/icons';

/** Props of {@link VerifyState}. */
export interface VerifyStateProps {
  t: Translate;
  entry: Pick<CheckedEntry, 'valid' | 'reason' | 'district' | 'otherPerson'>;
  /** Also say why an entry is not valid (detail view). */
  withReason?: boolean;
}

/** Whether an entry checks out, by icon and words (a tick or a cross, never only green or red); a DEMO district's entry is badged DEMO, never plain valid. */
export function VerifyState({ t, entry, withReason }: VerifyStateProps) {
  // A stamp naming someone else verifies for this key, but a verifier refuses it: shown as such.
  const reason = entry.valid && entry.otherPerson ? 'person-mismatch' : entry.reason;
  const valid = entry.valid && !entry.otherPerson;
  const demo = valid && entry.district?.demo === true;
  // No root on this device vouches for the office (e.g. restored from a phone that knew its district):
  // that says nothing about the stamp, so it is "not checkable here", not "not valid".
  const unchecked = !valid && reason === 'unknown-issuer';
  const state = valid ? 'is-valid' : unchecked ? 'is-unchecked' : 'is-invalid';
  const why = unchecked ? t('holder.verify.notCheckableWhy') : reason && t(`holder.reason.${reason}`);
  return (
    <p class={`verify ${state}${demo ? ' is-demo' : ''}`} data-testid="verify-state" data-valid={String(valid)} data-demo={String(demo)} data-unchecked={String(unchecked)}>
      <Icon name={valid && !demo ? 'check' : 'warning'} />
      {demo && <span class="demo-tag">DEMO</span>}
      <span>
        {t(unchecked ? 'holder.verify.notCheckable' : !valid ? 'holder.verify.invalid' : demo ? 'holder.verify.demo' : 'holder.verify.valid')}
        {withReason && !valid && why && <span class="verify-reason"> {why}</span>}
      </span>
    </p>
  );
}
