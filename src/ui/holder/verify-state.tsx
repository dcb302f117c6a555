import type { CheckedEntry } from '../../storage/holder-api';
import type { Translate } from '../i18n';
import { Icon } from './icons';

/** Props of {@link VerifyState}. */
export interface VerifyStateProps {
  t: Translate;
  entry: Pick<CheckedEntry, 'valid' | 'reason'>;
  /** Also say why an entry is not valid (detail view). */
  withReason?: boolean;
}

/** Whether an entry checks out, by icon and words (a tick or a cross, never only green or red). */
export function VerifyState({ t, entry, withReason }: VerifyStateProps) {
  return (
    <p class={`verify ${entry.valid ? 'is-valid' : 'is-invalid'}`} data-testid="verify-state" data-valid={String(entry.valid)}>
      <Icon name={entry.valid ? 'check' : 'warning'} />
      <span>
        {t(entry.valid ? 'holder.verify.valid' : 'holder.verify.invalid')}
        {withReason && !entry.valid && entry.reason && <span class="verify-reason"> {t(`holder.reason.${entry.reason}`)}</span>}
      </span>
    </p>
  );
}
