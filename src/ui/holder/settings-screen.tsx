import type { PassSummary } from '../../storage/holder/holder-api';
import { DemoSwitch } from '../kit/demo-confirm';
import type { Lang, Translate } from '../i18n';
import { href } from '../shell/router';
import type { DeviceState } from './device-state';
import { Icon } from '../kit/icons';
import { StaffLinks } from './staff-links';
import { ReadAloudButton } from './read-aloud-button';
import { isolate } from '../kit/isolate';
import { LanguageChoice } from '../kit/language-choice';

/** Props of {@link SettingsScreen}. */
export interface SettingsScreenProps {
  t: Translate;
  lang: Lang;
  langs: readonly Lang[];
  pass: PassSummary;
  device: DeviceState;
  demoFailed: boolean;
  onLanguage(lang: Lang): void;
  onDemo(on: boolean): void;
  onPersist(): void;
}

/** Language, demo mode, storage status, more passes, deleting this pass. */
export function SettingsScreen({ t, lang, langs, pass, device, demoFailed, onLanguage, onDemo, onPersist }: SettingsScreenProps) {
  const kept = device.persistence === 'persistent';
  return (
    <section class="screen" aria-labelledby="settings-title">
      <a class="back-link" href={href('holder')}>
        {t('common.back')}
      </a>
      <h1 id="settings-title">{t('holder.settings.title')}</h1>
      <ReadAloudButton t={t} lang={lang} />

      <h2>{t('holder.settings.language')}</h2>
      <ul class="language-list" role="list">
        {langs.map((l) => (
          <li key={l}>
            <LanguageChoice code={l} current={l === lang} onChoose={() => onLanguage(l)}>
              {l === lang && <Icon name="check" />}
            </LanguageChoice>
          </li>
        ))}
      </ul>

      <h2>{t('holder.settings.storage')}</h2>
      {device.persistence === undefined ? (
        <p class="loading">{t('common.loading')}</p>
      ) : (
        <div class={`notice ${kept ? '' : 'is-warning'}`} data-testid="persistence-state" data-state={device.persistence}>
          <p class="with-icon">
            <Icon name={kept ? 'check' : 'warning'} />
            {t(kept ? 'holder.settings.persistent' : 'holder.notPersistent')}
          </p>
          {!kept && (
            <button type="button" class="button small" onClick={onPersist}>
              {t('holder.settings.askPersist')}
            </button>
          )}
        </div>
      )}

      {/* A district build has no demo mode at all (see vite.config.ts). */}
      {__BBPASS_DEMO__ && (
        <>
          <h2>
            <span class="demo-tag">DEMO</span> {t('holder.settings.demo')}
          </h2>
          <DemoSwitch
            checked={device.demo === true}
            disabled={device.demo === undefined}
            labelClass="check switch"
            testId="demo-toggle"
            texts={{ explain: t('holder.settings.demoConfirm'), word: t('holder.settings.demoConfirmWord'), confirm: t('holder.settings.demoConfirmOn'), cancel: t('holder.settings.demoConfirmCancel') }}
            onChange={onDemo}
          >
            <span>{t('holder.settings.demoLabel')}</span>
          </DemoSwitch>
          <p class="hint">{t('holder.settings.demoHint')}</p>
          {demoFailed && (
            <p class="notice is-problem" role="alert">
              {t('holder.settings.demoFailed')}
            </p>
          )}
        </>
      )}

      <h2>{t('holder.settings.passes')}</h2>
      <div class="stack">
        <a class="button wide" href={href('holder/new')}>
          <Icon name="plus" />
          {t('holder.settings.addPass')}
        </a>
        <a class="button wide danger" href={href('holder/delete')} data-testid="delete-link">
          <Icon name="trash" />
          {t('holder.settings.delete', { name: isolate(`${pass.profile.givenName} ${pass.profile.familyName}`) })}
        </a>
      </div>

      <StaffLinks t={t} />
    </section>
  );
}
