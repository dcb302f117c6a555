import { useState } from 'preact/hooks';
// The code list itself, not the core index: the setup is a first start's screen and needs nothing else of core.
import { OFFICE_KIND, type OfficeKind } from '../../core/model/codes';
import { unsignableField } from './setup-check';
import { checkPassphrase } from '../../core/passphrase';
import type { OfficeProfile } from '../../storage/office/office-keys';
import type { PlainKey, Translate } from '../i18n';
import { PassphraseField } from '../kit/passphrase-field';
import { RestoreForm } from './restore-form';
import { reportError } from '../kit/report';

const DISTRICT = /^[a-z0-9-]{1,32}$/;

/** Props of {@link SetupScreen}. */
export interface SetupScreenProps {
  t: Translate;
  /** Makes the key, seals it and stores the office; rejects on failure. */
  onSetup(profile: OfficeProfile, passphrase: string): Promise<void>;
}

type Field = 'name' | 'district' | 'address' | 'contact' | 'pass' | 'repeat' | 'form';

/** First start of the office area: profile, district and the staff passphrase that seals the new key. */
export function SetupScreen({ t, onSetup }: SetupScreenProps) {
  const [p, setP] = useState({ name: '', kind: 'sprachkurstraeger' as OfficeKind, district: '', address: '', contact: '' });
  const [pass, setPass] = useState({ first: '', second: '', visible: false });
  const [error, setError] = useState<{ field: Field; key: PlainKey }>();
  const [busy, setBusy] = useState(false);
  const err = (f: Field) => (error?.field === f ? t(error.key) : undefined);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (!p.name.trim()) return setError({ field: 'name', key: 'office.form.required' });
    const unsignable = unsignableField(p);
    if (unsignable) return setError({ field: unsignable, key: 'office.setup.invisible' });
    if (!DISTRICT.test(p.district.trim())) return setError({ field: 'district', key: 'office.setup.districtInvalid' });
    const weak = checkPassphrase(pass.first, 'office', [p.name, p.district]);
    if (weak) return setError({ field: 'pass', key: weak === 'too-short' ? 'office.setup.tooShort' : `office.setup.weak.${weak}` });
    if (pass.first !== pass.second) return setError({ field: 'repeat', key: 'office.setup.mismatch' });
    setError(undefined);
    setBusy(true);
    try {
      await onSetup(p, pass.first);
    } catch (e) {
      reportError('office: set up the office key', e);
      setError({ field: 'form', key: 'office.setup.failed' });
      setBusy(false);
    }
  };
  const text = (id: keyof typeof p, label: PlainKey, extra: { hint?: PlainKey; auto?: string } = {}) => (
    <div class={`field${err(id as Field) ? ' is-invalid' : ''}`}>
      <label for={`setup-${id}`}>{t(label)}</label>
      {extra.hint && <p class="hint" id={`setup-${id}-hint`}>{t(extra.hint)}</p>}
      {err(id as Field) && (
        <p class="field-error" id={`setup-${id}-error`} role="alert">
          {err(id as Field)}
        </p>
      )}
      <input
        id={`setup-${id}`}
        value={p[id]}
        autoComplete={extra.auto ?? 'off'}
        aria-invalid={err(id as Field) ? 'true' : undefined}
        aria-describedby={[extra.hint && `setup-${id}-hint`, err(id as Field) && `setup-${id}-error`].filter(Boolean).join(' ') || undefined}
        onInput={(e) => setP({ ...p, [id]: e.currentTarget.value })}
      />
    </div>
  );

  return (
    <section class="screen" aria-labelledby="setup-title">
      <h1 id="setup-title">{t('office.setup.title')}</h1>
      <p class="lead">{t('office.setup.intro')}</p>
      <form class="form" noValidate onSubmit={submit}>
        {text('name', 'office.setup.name', { auto: 'organization' })}
        <div class="field">
          <label for="setup-kind">{t('office.setup.kind')}</label>
          <select id="setup-kind" value={p.kind} onChange={(e) => setP({ ...p, kind: e.currentTarget.value as OfficeKind })}>
            {OFFICE_KIND.names.map((k) => (
              <option key={k} value={k}>
                {t(`office.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {text('district', 'office.setup.district', { hint: 'office.setup.districtHint' })}
        {text('address', 'office.setup.address', { auto: 'street-address' })}
        {text('contact', 'office.setup.contact', { auto: 'email' })}
        <p class="notice">{t('office.setup.passIntro')}</p>
        <PassphraseField id="setup-pass" label={t('office.setup.passphrase')} value={pass.first} visible={pass.visible} autoComplete="new-password" error={err('pass')} onInput={(v) => setPass({ ...pass, first: v })} />
        <PassphraseField id="setup-repeat" label={t('office.setup.repeat')} value={pass.second} visible={pass.visible} autoComplete="new-password" error={err('repeat')} onInput={(v) => setPass({ ...pass, second: v })} />
        <label class="check">
          <input type="checkbox" checked={pass.visible} onChange={(e) => setPass({ ...pass, visible: e.currentTarget.checked })} />
          <span>{t('office.setup.show')}</span>
        </label>
        {err('form') && (
          <p class="notice is-problem" role="alert">
            {err('form')}
          </p>
        )}
        <button type="submit" class="button primary wide" disabled={busy} data-testid="setup-submit">
          {busy ? t('office.setup.working') : t('office.setup.submit')}
        </button>
      </form>
      <RestoreForm t={t} />
    </section>
  );
}
