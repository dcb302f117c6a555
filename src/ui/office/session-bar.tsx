import { useState } from 'preact/hooks';
import type { Translate } from '../i18n';
import { PassphraseField } from '../kit/passphrase-field';
import type { OfficeSession } from './session';

/** Props of {@link SessionBar}. */
export interface SessionBarProps {
  t: Translate;
  session: OfficeSession;
  /** Opens the keys; resolves false on a wrong passphrase. */
  onUnlock(passphrase: string): Promise<boolean>;
  onLock(): void;
  /** Set for the seeded DEMO office, whose passphrase is public. */
  demoPassphrase?: string;
}

/** Locked: a passphrase field to start the working session. Unlocked: the "Sperren" button. */
export function SessionBar({ t, session, onUnlock, onLock, demoPassphrase }: SessionBarProps) {
  const [pass, setPass] = useState('');
  const [state, setState] = useState<'idle' | 'busy' | 'wrong'>('idle');
  if (session.keys) {
    return (
      <div class="session-bar is-open no-print" data-testid="session" data-state="unlocked">
        <p>{t('office.session.unlocked')}</p>
        <button type="button" class="button" onClick={onLock} data-testid="lock">
          {t('office.session.lock')}
        </button>
      </div>
    );
  }
  const submit = async (e: Event) => {
    e.preventDefault();
    if (state === 'busy' || !pass) return;
    setState('busy');
    const ok = await onUnlock(pass);
    setState(ok ? 'idle' : 'wrong');
    if (ok) setPass('');
  };
  return (
    <form class="session-bar no-print" onSubmit={submit} data-testid="session" data-state="locked">
      <p>{session.lockedBy === 'idle' ? t('office.session.lockedIdle') : t('office.session.locked')}</p>
      {demoPassphrase && (
        <p>
          <span class="demo-tag">DEMO</span> {t('office.session.demoHint', { passphrase: demoPassphrase })}
        </p>
      )}
      <PassphraseField id="unlock-pass" label={t('office.session.passphrase')} value={pass} visible={false} autoComplete="current-password" error={state === 'wrong' ? t('office.session.wrong') : undefined} onInput={setPass} />
      <button type="submit" class="button primary" disabled={state === 'busy'} data-testid="unlock">
        {state === 'busy' ? t('office.session.unlocking') : t('office.session.unlock')}
      </button>
    </form>
  );
}
