import type { ReceiveOutcome } from '../../storage/holder/holder-api';
import type { Translate } from '../i18n';
import { href } from '../shell/router';
import { entryTitle } from '../entry/entry-text';
import { Icon } from '../kit/icons';

/** What the receive screen shows: a HolderApi outcome, or that a check is running or broke. */
export type Shown = ReceiveOutcome | { readonly status: 'checking' } | { readonly status: 'error' };

/** Props of {@link ReceiveOutcomeView}. */
export interface ReceiveOutcomeViewProps {
  t: Translate;
  shown: Shown;
}

/** The result of one scanned stamp in the holder's words; icon and text, never colour alone. */
export function ReceiveOutcomeView({ t, shown }: ReceiveOutcomeViewProps) {
  const box = (kind: string, reason?: string) => ({ class: `outcome is-${kind}`, 'data-testid': 'receive-outcome', 'data-status': shown.status, 'data-reason': reason });
  switch (shown.status) {
    case 'checking':
      return (
        <div {...box('busy')}>
          <p>{t('holder.receive.checking')}</p>
        </div>
      );
    case 'stored':
    case 'already-stored':
    case 'withdrawn': {
      const { entry } = shown;
      const title = shown.status === 'stored' ? 'holder.receive.stored' : shown.status === 'withdrawn' ? 'holder.receive.withdrawn' : 'holder.receive.already';
      return (
        <div {...box(shown.status === 'stored' ? 'good' : 'info')}>
          <p class="outcome-title with-icon">
            <Icon name={shown.status === 'stored' ? 'check' : 'info'} />
            {t(title)}
          </p>
          <p class="outcome-entry">
            <strong>{t(`entry.type.${entry.type}`)}</strong> · {entryTitle(t, entry.entry)}
          </p>
          <p class="outcome-office">
            <bdi>{entry.officeName}</bdi>
          </p>
          {shown.status === 'already-stored' && <p>{t('holder.receive.nothingChanged')}</p>}
          <a class="button small" href={href('holder/entries')}>
            {t('holder.receive.toEntries')}
          </a>
        </div>
      );
    }
    case 'refused':
      return (
        <div {...box('bad', shown.reason)}>
          <p class="outcome-title with-icon">
            <Icon name="cross" />
            {t('holder.receive.refused')}
          </p>
          <p>{t(`holder.reason.${shown.reason}`)}</p>
          <p>{t('holder.receive.nothingSaved')}</p>
          <p class="hint">{t('holder.receive.tryAgain')}</p>
        </div>
      );
    case 'error':
      return (
        <div {...box('bad')}>
          <p class="outcome-title with-icon">
            <Icon name="cross" />
            {t('holder.receive.failed')}
          </p>
        </div>
      );
  }
}
