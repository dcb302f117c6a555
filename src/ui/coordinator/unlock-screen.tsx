import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { RootError, type DistrictRootRow } from '../../storage/coordinator/coordinator-api';
import type { Translate } from '../i18n';
import { PassphraseField } from '../kit/passphrase-field';
import { href } from '../shell/router';
import type { Session } from './session';
import { DemoNotice } from './demo-notice';
import { isolate } from '../kit/isolate';
import { districtName } from '../entry/district-name';
import { coordinatorApi } from './coordinator-storage';

/** Props of {@link UnlockScreen}. */
export interface UnlockScreenProps {
  t: Translate;
  back: ComponentChildren;
  roots: readonly DistrictRootRow[];
  demo: boolean;
  /** The idle lock forgot the key: say so, so nobody thinks it was a fault. */
  lockedIdle?: boolean;
  onUnlocked(session: Session): void;
}

/** Opens the district root with its passphrase for this session (the key stays in memory only). */
export function UnlockScreen({ t, back, roots, demo, lockedIdle, onUnlocked }: UnlockScreenProps) {
  const [district, setDistrict] = useState(roots[0]!.district);
  const [pass, setPass] = useState('');
  const [visible, setVisible] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  const row = roots.find((r) => r.district === district) ?? roots[0]!;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const api = await coordinatorApi();
    setBusy(true);
    try {
      onUnlocked({ row, keys: await api.unlockRoot(row, pass) });
    } catch (err) {
      if (!(err instanceof RootError)) throw err;
      setWrong(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="screen coordinator" aria-labelledby="unlock-title">
      {back}
      <h1 id="unlock-title">{t('coordinator.unlock.title')}</h1>
      {lockedIdle && (
        <p class="notice" role="status" data-testid="locked-idle">
          {t('coordinator.unlock.lockedIdle')}
        </p>
      )}
      {row.district.startsWith('demo') && <DemoNotice t={t} />}
      <form class="form" noValidate onSubmit={submit}>
        {roots.length > 1 && (
          <div class="field">
            <label for="unlock-district">{t('coordinator.unlock.district')}</label>
            <select id="unlock-district" value={district} onChange={(e) => setDistrict(e.currentTarget.value)}>
              {roots.map((r) => (
                <option key={r.district} value={r.district}>
                  {isolate(districtName(t, { name: r.name, demo: r.district.startsWith('demo') }))} ({r.district})
                </option>
              ))}
            </select>
          </div>
        )}
        {roots.length === 1 && <p class="lead">{t('coordinator.unlock.for', { name: isolate(districtName(t, { name: row.name, demo: row.district.startsWith('demo') })), district: row.district })}</p>}
        <PassphraseField id="unlock-pass" label={t('coordinator.passphrase')} value={pass} visible={visible} autoComplete="current-password" error={wrong ? t('coordinator.problem.wrong-passphrase') : undefined} onInput={(v) => (setPass(v), setWrong(false))} />
        <label class="check">
          <input type="checkbox" checked={visible} onChange={(e) => setVisible(e.currentTarget.checked)} />
          <span>{t('coordinator.showPassphrase')}</span>
        </label>
        <button type="submit" class="button primary wide" disabled={busy}>
          {busy ? t('coordinator.unlock.working') : t('coordinator.unlock.submit')}
        </button>
      </form>
      <p class="alt-action">
        <a href={href('coordinator', 'numbers')}>{t('coordinator.nav.numbers')}</a>
      </p>
      <p class="alt-action">
        <a href={href('coordinator', 'setup')}>{t('coordinator.unlock.other')}</a>
      </p>
      {demo && <p class="demo-badge">{t('coordinator.demo.on')}</p>}
    </section>
  );
}
