import { useState } from 'preact/hooks';
import { VERIFIER_LIMITS, type VerifierSettings } from '../../storage/verifier/verifier-api';
import type { Translate } from '../i18n';
import { DemoSwitch } from '../kit/demo-confirm';
import { siteConfig } from '../../config/site';

/** Props of {@link SettingsScreen}. */
export interface SettingsScreenProps {
  t: Translate;
  settings: VerifierSettings;
  saved: 'saved' | 'failed' | undefined;
  onSave(change: VerifierSettings): void;
}

// Staff think in minutes and days; storage keeps seconds and days.
const FIELDS = [
  { key: 'maxAge', label: 'verifier.settings.maxAge', unit: 60, hint: true },
  { key: 'idleTimeout', label: 'verifier.settings.idle', unit: 60, hint: false },
  { key: 'trustWarnDays', label: 'verifier.settings.trustWarn', unit: 1, hint: false },
] as const;

/** Allowed age of a live presentation, idle timeout, trust list warning age, demo mode. */
export function SettingsScreen({ t, settings, saved, onSave }: SettingsScreenProps) {
  const [values, setValues] = useState(() => Object.fromEntries(FIELDS.map((f) => [f.key, String(settings[f.key] / f.unit)])) as Record<(typeof FIELDS)[number]['key'], string>);
  const [demo, setDemo] = useState(settings.demoMode);
  return (
    <section class="screen" aria-labelledby="verifier-settings-title">
      <h1 id="verifier-settings-title">{t('verifier.settings.title')}</h1>
      <form
        class="form"
        onSubmit={(e) => {
          e.preventDefault();
          const num = (k: (typeof FIELDS)[number]['key'], unit: number) => Math.round(Number(values[k]) * unit);
          onSave({ maxAge: num('maxAge', 60), idleTimeout: num('idleTimeout', 60), trustWarnDays: num('trustWarnDays', 1), demoMode: demo });
        }}
      >
        {FIELDS.map((f) => {
          const [lo, hi] = VERIFIER_LIMITS[f.key];
          return (
            <label key={f.key} class="field">
              <span>{t(f.label)}</span>
              <input
                type="number"
                name={f.key}
                min={lo / f.unit}
                max={hi / f.unit}
                step="any"
                required
                value={values[f.key]}
                onInput={(e) => setValues({ ...values, [f.key]: e.currentTarget.value })}
              />
              <span class="hint">
                {f.hint && `${t('verifier.settings.maxAgeHint')} `}
                {f.key === 'trustWarnDays' && `${t('verifier.settings.trustWarnDistrict', { days: siteConfig().maxTrustAgeDays })} `}
                {t('verifier.settings.range', { min: lo / f.unit, max: hi / f.unit })}
              </span>
            </label>
          );
        })}
        {/* A district build has no demo mode at all (see vite.config.ts). */}
        {__BBPASS_DEMO__ && (
          <DemoSwitch
            checked={demo}
            labelClass="check"
            testId="verifier-demo"
            texts={{ explain: t('verifier.settings.demoConfirm'), word: t('verifier.settings.demoConfirmWord'), confirm: t('verifier.settings.demoConfirmOn'), cancel: t('verifier.settings.demoConfirmCancel') }}
            onChange={setDemo}
          >
            <span>
              <span class="demo-tag">DEMO</span> {t('verifier.settings.demo')}
            </span>
          </DemoSwitch>
        )}
        <button type="submit" class="button primary" data-testid="verifier-settings-save">
          {t('verifier.settings.save')}
        </button>
        <div aria-live="polite">
          {saved && (
            <p class={`notice${saved === 'failed' ? ' is-problem' : ''}`} data-testid="verifier-settings-saved">
              {t(saved === 'saved' ? 'verifier.settings.saved' : 'verifier.settings.failed')}
            </p>
          )}
        </div>
      </form>
    </section>
  );
}
