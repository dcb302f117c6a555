import { useMemo, useRef, useState } from 'preact/hooks';
import type { AgeVerdict } from '../../core';
import type { PassProfile } from '../../storage/holder/holder-api';
import type { Lang, Translate } from '../i18n';
import { DateFields } from '../kit/date-fields';
import { countryName, languageEndonym, languageName, localToday } from '../kit/format';
import { birthAge, emptyDraft, PROFILE_FIELDS, validateProfile, type ProfileDraft, type ProfileErrors } from './profile-form';
import { ALL_COUNTRIES, FREQUENT_COUNTRIES, SPOKEN_LANGUAGES } from './profile-lists';
import { reportError } from '../kit/report';
import { TextField } from './text-field';

/** Props of {@link CreatePassForm}. */
export interface CreatePassFormProps {
  t: Translate;
  lang: Lang;
  /** Creates the pass; rejects when storage failed. */
  onCreate(profile: PassProfile): Promise<void>;
}

const FIELD_IDS = { givenName: 'given-name', familyName: 'family-name', givenNameNative: 'given-name-native', familyNameNative: 'family-name-native', birth: 'birth', arrival: 'arrival' } as const;

/** The pass form: names and birth date required, languages, origin and arrival optional. */
export function CreatePassForm({ t, lang, onCreate }: CreatePassFormProps) {
  const [draft, setDraft] = useState<ProfileDraft>(emptyDraft);
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [youngConfirmed, setYoungConfirmed] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const set = (patch: Partial<ProfileDraft>) => setDraft({ ...draft, ...patch });

  const countries = useMemo(() => {
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, lang);
    const entry = (code: string) => ({ code, name: countryName(lang, code) });
    return { frequent: FREQUENT_COUNTRIES.map(entry).sort(byName), all: ALL_COUNTRIES.map(entry).sort(byName) };
  }, [lang]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const { profile, errors: found } = validateProfile(draft, localToday(), { youngConfirmed });
    setErrors(found);
    setFailed(false);
    if (!profile) {
      // Focus the summary so screen-reader users hear what to fix; it links to each field.
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    try {
      await onCreate(profile);
    } catch (e) {
      reportError('holder: create a pass', e);
      setFailed(true);
      setBusy(false);
    }
  };

  const wrong = PROFILE_FIELDS.filter((f) => errors[f]);
  const label = (f: (typeof PROFILE_FIELDS)[number]) =>
    ({ givenName: t('holder.form.givenName'), familyName: t('holder.form.familyName'), givenNameNative: t('holder.form.givenNameNative'), familyNameNative: t('holder.form.familyNameNative'), birth: t('holder.form.birthDate'), arrival: t('holder.form.arrival') })[f];
  const err = (f: (typeof PROFILE_FIELDS)[number]) => (errors[f] ? t(errors[f]!) : undefined);

  return (
    <form class="form" noValidate onSubmit={submit}>
      {wrong.length > 0 && (
        <div class="notice is-problem" role="alert" tabIndex={-1} ref={summary} data-testid="form-errors">
          <p>{t('holder.form.fixErrors')}</p>
          <ul>
            {wrong.map((f) => (
              <li key={f}>
                <a href={`#${FIELD_IDS[f]}`} onClick={(ev) => (ev.preventDefault(), document.getElementById(focusTarget(f))?.focus())}>
                  {label(f)}: {err(f)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="hint" id="latin-name-intro">
        {t('holder.form.latinIntro')}
      </p>
      <TextField id={FIELD_IDS.givenName} label={label('givenName')} hint={t('holder.form.nameHint')} value={draft.givenName} error={err('givenName')} autoComplete="given-name" onInput={(v) => set({ givenName: v })} />
      <TextField id={FIELD_IDS.familyName} label={label('familyName')} hint={t('holder.form.oneNameHint')} value={draft.familyName} error={err('familyName')} autoComplete="family-name" onInput={(v) => set({ familyName: v })} />
      <h2 class="form-section">{t('holder.form.nativeTitle')}</h2>
      <p class="hint">{t('holder.form.nativeHint')}</p>
      <TextField id={FIELD_IDS.givenNameNative} label={label('givenNameNative')} value={draft.givenNameNative} error={err('givenNameNative')} autoComplete="off" onInput={(v) => set({ givenNameNative: v })} />
      <TextField id={FIELD_IDS.familyNameNative} label={label('familyNameNative')} value={draft.familyNameNative} error={err('familyNameNative')} autoComplete="off" onInput={(v) => set({ familyNameNative: v })} />
      <DateFields t={t} lang={lang} id={FIELD_IDS.birth} legend={label('birth')} hint={t('holder.form.birthHint')} value={draft.birth} withDay noMonth={t('holder.form.monthUnknown')} autoComplete error={err('birth')} onChange={(birth) => set({ birth })} />
      <YoungNotice t={t} age={birthAge(draft, localToday())} confirmed={youngConfirmed} onConfirm={setYoungConfirmed} />

      <h2 class="form-section">{t('holder.form.optional')}</h2>
      <label class="field">
        <span>{t('holder.form.country')}</span>
        <select id="country" value={draft.country} onChange={(e) => set({ country: e.currentTarget.value })}>
          <option value="">{t('holder.form.notStated')}</option>
          <optgroup label={t('holder.form.frequent')}>
            {countries.frequent.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('holder.form.allCountries')}>
            {countries.all.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <DateFields t={t} lang={lang} id={FIELD_IDS.arrival} legend={label('arrival')} hint={t('holder.form.arrivalHint')} value={draft.arrival} withDay={false} noMonth={t('holder.form.notStated')} error={err('arrival')} onChange={(arrival) => set({ arrival })} />
      <details class="choice-list">
        <summary>
          {t('holder.form.languages')}
          {draft.languages.length > 0 && <span class="summary-note">{draft.languages.map((c) => languageEndonym(c) ?? c).join(', ')}</span>}
        </summary>
        <fieldset>
          <legend class="visually-hidden">{t('holder.form.languages')}</legend>
          {SPOKEN_LANGUAGES.map((code) => {
            const own = languageEndonym(code);
            const local = languageName(lang, code);
            return (
              <label key={code} class="check">
                <input
                  type="checkbox"
                  checked={draft.languages.includes(code)}
                  onChange={(e) => set({ languages: e.currentTarget.checked ? [...draft.languages, code] : draft.languages.filter((c) => c !== code) })}
                />
                <span>
                  <span lang={code}>{own ?? local}</span>
                  {own && own !== local && <span class="muted"> · {local}</span>}
                </span>
              </label>
            );
          })}
        </fieldset>
      </details>

      {failed && (
        <p class="notice is-problem" role="alert">
          {t('holder.error.createFailed')}
        </p>
      )}
      <button type="submit" class="button primary wide" disabled={busy} data-testid="create-pass">
        {busy ? t('holder.form.saving') : t('holder.form.submit')}
      </button>
    </form>
  );
}

/** Under 16: what the scheme is for and a deliberate tick; under 14: why no pass can be made. */
function YoungNotice({ t, age, confirmed, onConfirm }: { t: Translate; age: AgeVerdict | undefined; confirmed: boolean; onConfirm(on: boolean): void }) {
  if (age === 'under-14') return <p class="notice is-problem" role="status" data-testid="age-notice">{t('holder.error.tooYoung')}</p>;
  if (age !== 'under-16') return null;
  return (
    <div class="notice" role="status" data-testid="age-notice">
      <p>{t('holder.form.youngNotice')}</p>
      <label class="check">
        <input type="checkbox" id="young-confirm" checked={confirmed} onChange={(e) => onConfirm(e.currentTarget.checked)} />
        <span>{t('holder.form.youngConfirm')}</span>
      </label>
    </div>
  );
}

function focusTarget(f: (typeof PROFILE_FIELDS)[number]): string {
  return f === 'birth' ? 'birth-day' : f === 'arrival' ? 'arrival-month' : FIELD_IDS[f];
}
