import type { ComponentChildren } from 'preact';
import { keyId, toHex } from '../../core';
import type { DistrictRootRow } from '../../storage/coordinator/coordinator-api';
import type { Lang, PlainKey, Translate } from '../i18n';
import { PublishedSection } from './published-section';
import { href } from '../shell/router';
import { DemoNotice } from './demo-notice';
import { FieldRow } from '../kit/field-row';
import { districtName } from '../entry/district-name';

/** Props of {@link CoordinatorHome}. */
export interface CoordinatorHomeProps {
  t: Translate;
  lang: Lang;
  back: ComponentChildren;
  row: DistrictRootRow;
  demo: boolean;
  onLock(): void;
}

const SECTIONS: ReadonlyArray<[string, PlainKey, PlainKey]> = [
  ['admit', 'coordinator.nav.admit', 'coordinator.nav.admitHint'],
  ['register', 'coordinator.nav.register', 'coordinator.nav.registerHint'],
  ['numbers', 'coordinator.nav.numbers', 'coordinator.nav.numbersHint'],
  ['wegweiser', 'coordinator.nav.wegweiser', 'coordinator.nav.wegweiserHint'],
  ['key', 'coordinator.nav.key', 'coordinator.nav.keyHint'],
];

/** The unlocked coordinator's start: the district, its trust list version and the tasks. */
export function CoordinatorHome({ t, lang, back, row, demo, onLock }: CoordinatorHomeProps) {
  const demoRoot = row.district.startsWith('demo');
  return (
    <section class="screen coordinator" aria-labelledby="coordinator-title">
      {back}
      <h1 id="coordinator-title">{t('coordinator.title')}</h1>
      {demoRoot && <DemoNotice t={t} />}
      <dl class="fields">
        <FieldRow label={t('coordinator.district')} valueTestId="district-name">
          <bdi>{districtName(t, { name: row.name, demo: demoRoot })}</bdi> ({row.district})
        </FieldRow>
        <FieldRow label={t('coordinator.keyId')} valueClass="mono">{toHex(keyId(row.publicKey))}</FieldRow>
      </dl>
      <PublishedSection t={t} lang={lang} row={row} />
      <nav aria-label={t('coordinator.nav.label')}>
        <ul class="actions coordinator-nav">
          {SECTIONS.map(([param, label, hint]) => (
            <li key={param}>
              <a class="action" href={href('coordinator', param)}>
                <span class="action-text">
                  <span class="action-label">{t(label)}</span>
                  <span class="action-hint">{t(hint)}</span>
                </span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {demo && (
        <p class="notice">
          <span class="demo-tag">DEMO</span> {t('coordinator.demo.roles')} <a href={href('office')}>{t('role.office')}</a> · <a href={href('verifier')}>{t('role.verifier')}</a> ·{' '}
          <a href={href('holder')}>{t('coordinator.demo.holder')}</a>
        </p>
      )}
      <button type="button" class="button wide" onClick={onLock}>
        {t('coordinator.lock')}
      </button>
    </section>
  );
}
