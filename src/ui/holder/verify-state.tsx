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
  return (
    <p class={`verify ${valid ? 'is-valid' : 'is-invalid'}${demo ? ' is-demo' : ''}`} data-testid="verify-state" data-valid={String(valid)} data-demo={String(demo)}>
      <Icon name={valid && !demo ? 'check' : 'warning'} />
      {demo && <span class="demo-tag">DEMO</span>}
      <span>
        {t(!valid ? 'holder.verify.invalid' : demo ? 'holder.verify.demo' : 'holder.verify.valid')}
        {withReason && !valid && reason && <span class="verify-reason"> {t(`holder.reason.${reason}`)}</span>}
      </span>
    </p>
  );
}
