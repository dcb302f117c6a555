import { useState } from 'preact/hooks';
import { latinNameDefect } from '../../core';
import type { PassSummary } from '../../storage/holder/holder-api';
import type { Translate } from '../i18n';
import { Icon } from '../kit/icons';
import { reportError } from '../kit/report';
import { holderApi } from './api';
import { refreshPasses } from './pass-state';
import { latinNameErrors } from './profile-form';
import { TextField } from './text-field';

/** True when the pass's name is not the Latin one offices compare with the ID (a pass made before that rule). */
export const needsLatinName = (pass: PassSummary) => latinNameDefect(pass.profile.givenName) !== undefined || latinNameDefect(pass.profile.familyName) !== undefined;

/**
 * On the pass home of a pass made before the Latin-name rule (FORMAT §7.1.2): offices refuse its
 * card, so the holder adds the name as in the passport; the old one stays as the own-script name.
 * Stamps made out to the old name then need the office to issue them again (it can, after an ID check).
 */
export function LatinNameNotice({ t, pass }: { t: Translate; pass: PassSummary }) {
  const [given, setGiven] = useState('');
  const [family, setFamily] = useState('');
  const [errors, setErrors] = useState<ReturnType<typeof latinNameErrors>>({});
  const [state, setState] = useState<'form' | 'busy' | 'failed' | 'saved'>('form');
  if (state === 'saved') {
    return (
      <div class="notice" role="status" data-testid="latin-name-saved">
        <p>{t('holder.latin.saved')}</p>
        {pass.entryCount > 0 && <p>{t('holder.latin.reissue')}</p>}
      </div>
    );
  }
  if (!needsLatinName(pass)) return null;
  const submit = async (e: Event) => {
    e.preventDefault();
    const found = latinNameErrors(given, family);
    setErrors(found);
    if (found.givenName || found.familyName || state === 'busy') return;
    setState('busy');
    try {
      await (await holderApi()).addLatinName(pass.id, { givenName: given, familyName: family });
      setState('saved');
      await refreshPasses(pass.id);
    } catch (err) {
      reportError('holder: add the Latin name', err);
      setState('failed');
    }
  };
  return (
    <form class="notice is-warning form" noValidate onSubmit={submit} data-testid="latin-name">
      <p class="with-icon">
        <Icon name="warning" />
        {t('holder.latin.why')}
      </p>
      <p class="hint">{t('holder.form.latinIntro')}</p>
      <TextField id="latin-given" label={t('holder.form.givenName')} hint={t('holder.form.nameHint')} value={given} error={errors.givenName && t(errors.givenName)} autoComplete="given-name" onInput={setGiven} />
      <TextField id="latin-family" label={t('holder.form.familyName')} hint={t('holder.form.oneNameHint')} value={family} error={errors.familyName && t(errors.familyName)} autoComplete="family-name" onInput={setFamily} />
      {state === 'failed' && (
        <p class="notice is-problem" role="alert">
          {t('holder.latin.failed')}
        </p>
      )}
      <button type="submit" class="button" disabled={state === 'busy'}>
        {t('holder.latin.save')}
      </button>
    </form>
  );
}
