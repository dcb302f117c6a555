import type { PassSummary } from '../../storage/holder/holder-api';
import type { Lang, Translate } from '../i18n';
import { href, type Route } from '../shell/router';
import type { DeviceState } from './device-state';
import { formatNumber, formatPartialDate } from '../kit/format';
import { Icon, type IconName } from '../kit/icons';
import { PassSwitcher } from './pass-switcher';
import { ReadAloudButton } from './read-aloud-button';
import { PersonName } from '../kit/person-name';
import { LatinNameNotice } from './latin-name-notice';

/** Props of {@link PassHome}. */
export interface PassHomeProps {
  t: Translate;
  lang: Lang;
  pass: PassSummary;
  passes: readonly PassSummary[];
  device: DeviceState;
  onSelect(id: string): void;
}

/** The pass at a glance: who, the pass code, and one big button per thing a holder does. */
export function PassHome({ t, lang, pass, passes, device, onSelect }: PassHomeProps) {
  const { profile } = pass;
  return (
    <section class="screen" aria-labelledby="home-title">
      <h1 id="home-title" class="visually-hidden">
        {t('holder.home.title')}
      </h1>
      <ReadAloudButton t={t} lang={lang} />
      {passes.length > 1 && <PassSwitcher t={t} passes={passes} current={pass.id} onSelect={onSelect} />}
      <div class="pass-id" data-testid="pass-id">
        <p class="pass-name">
          <PersonName person={profile} />
        </p>
        <p class="pass-born">{t('holder.home.born', { date: formatPartialDate(lang, profile.birthDate) })}</p>
        <p class="pass-code-label">{t('holder.passCode')}</p>
        <p class="pass-code" data-testid="pass-code" data-read="spell">
          {pass.passCode}
        </p>
        {device.demo && <p class="demo-badge">{t('holder.demoOn')}</p>}
      </div>

      <LatinNameNotice t={t} pass={pass} />
      {pass.entriesSinceBackup > 0 && (
        <div class="notice is-warning" role="status" data-testid="backup-reminder">
          <p class="with-icon">
            <Icon name="warning" />
            {t('holder.home.backupReminder', { n: formatNumber(lang, pass.entriesSinceBackup) })}
          </p>
          <a class="button small" href={href('holder/backup')}>
            {t('holder.home.backupNow')}
          </a>
        </div>
      )}
      <ul class="home-actions" role="list">
        <Action route="holder/card" icon="qr" label={t('holder.home.card')} hint={t('holder.home.cardHint')} primary />
        <Action route="holder/receive" icon="camera" label={t('holder.home.receive')} hint={t('holder.home.receiveHint')} primary />
        <Action route="holder/entries" icon="list" label={t('holder.home.entries')} hint={t('holder.home.entriesCount', { n: formatNumber(lang, pass.entryCount) })} />
        <Action route="holder/present" icon="show" label={t('holder.home.present')} hint={t('holder.home.presentHint')} />
        <Action route="holder/directory" icon="signpost" label={t('holder.home.directory')} hint={t('holder.home.directoryHint')} />
      </ul>
      <ul class="home-more" role="list">
        <Action route="holder/backup" icon="download" label={t('holder.home.backup')} />
        <Action route="holder/print" icon="print" label={t('holder.home.print')} />
        <Action route="holder/settings" icon="settings" label={t('holder.home.settings')} />
      </ul>
      {(device.persistence === 'best-effort' || device.persistence === 'unsupported') && (
        <p class="notice is-warning" data-testid="persistence-warning">
          {t('holder.notPersistent')}
        </p>
      )}

    </section>
  );
}

interface ActionProps {
  route: Route;
  icon: IconName;
  label: string;
  hint?: string;
  primary?: boolean;
}

function Action({ route, icon, label, hint, primary }: ActionProps) {
  return (
    <li>
      <a class={`action${primary ? ' primary' : ''}`} href={href(route)}>
        <Icon name={icon} />
        <span class="action-text">
          <span class="action-label">{label}</span>
          {hint && <span class="action-hint">{hint}</span>}
        </span>
      </a>
    </li>
  );
}
