import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { AdmissionRow, DistrictRootRow } from '../../storage/coordinator/coordinator-api';
import { admissionState, byOffice, type PublishedList } from '../../storage/coordinator/coordinator-register';
import type { Lang, Translate } from '../i18n';
import { formatMomentDay } from '../kit/format';
import { berlinInput, berlinMoment, formatBerlin } from '../kit/berlin-time';
import { TrustResult } from './trust-result';
import { FieldRow } from '../kit/field-row';

/** Props of {@link RegisterScreen}. */
export interface RegisterScreenProps {
  t: Translate;
  lang: Lang;
  back: ComponentChildren;
  root: DistrictRootRow;
  rows: readonly AdmissionRow[] | undefined;
  now: number;
  published: PublishedList | undefined;
  onRevoke(id: string, since: number): Promise<void>;
  onPublish(): Promise<void>;
  /** Drawn before the trust list part (the district's stamp withdrawals). */
  withdrawals?: ComponentChildren;
}

function RevokeForm({ t, lang, row, now, onRevoke }: { t: Translate; lang: Lang; row: AdmissionRow; now: number; onRevoke: RegisterScreenProps['onRevoke'] }) {
  const [at, setAt] = useState(berlinInput(now));
  const [invalid, setInvalid] = useState(false);
  const since = berlinMoment(at.date, at.time);
  const id = `revoke-${row.id}`;
  // A device is revoked alone: the form names it, so "the office" is never what staff think they revoke.
  const who = row.deviceLabel ? `${row.officeName} – ${row.deviceLabel}` : row.officeName;
  return (
    <details class="choice-list revoke">
      <summary>{t('coordinator.register.revoke')}</summary>
      <form
        class="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setInvalid(since === undefined);
          if (since !== undefined) void onRevoke(row.id, since);
        }}
      >
        <p class="hint">{t('coordinator.register.sinceHint')}</p>
        <div class="field">
          <label for={id}>{t('coordinator.register.since')}</label>
          <input id={id} type="date" value={at.date} onInput={(e) => setAt({ ...at, date: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for={`${id}-time`}>{t('coordinator.register.sinceTime')}</label>
          <input id={`${id}-time`} type="time" step={60} value={at.time} onInput={(e) => setAt({ ...at, time: e.currentTarget.value })} />
        </div>
        {since !== undefined ? (
          <p class="notice" data-testid="revoke-consequence">
            {t('coordinator.register.consequence', { office: who, moment: t('coordinator.register.moment', { moment: formatBerlin(lang, since) }) })}
          </p>
        ) : (
          invalid && <p class="notice is-problem" role="alert">{t('coordinator.register.badMoment')}</p>
        )}
        <button type="submit" class="button danger wide">
          {t('coordinator.register.revokeSubmit', { office: who })}
        </button>
      </form>
    </details>
  );
}

/** The register of admitted offices with their state; revoke; publish the next trust list. */
export function RegisterScreen({ t, lang, back, root, rows, now, published, onRevoke, onPublish, withdrawals }: RegisterScreenProps) {
  const [busy, setBusy] = useState(false);
  const day = (s: number) => formatMomentDay(lang, s);
  return (
    <section class="screen coordinator" aria-labelledby="register-title">
      {back}
      <h1 id="register-title">{t('coordinator.register.title')}</h1>
      {rows === undefined && <p class="loading" role="status">{t('common.loading')}</p>}
      {rows?.length === 0 && <p class="notice">{t('coordinator.register.empty')}</p>}
      <ul class="register-list">
        {rows && byOffice(rows).map((r) => {
          const state = admissionState(r, now);
          return (
            <li key={r.id} class={r.officeId ? 'card is-device' : 'card'} data-testid="admission" data-state={state} data-office={r.officeId ?? r.id}>
              <h2 class="register-name">
                <bdi>{r.officeName}</bdi>
              </h2>
              <p class={`state-label is-${state}`}>{t(`coordinator.state.${state}`)}</p>
              <dl class="fields compact">
                {r.deviceLabel && (
                  <FieldRow label={t('coordinator.register.device')}>
                    <bdi>{r.deviceLabel}</bdi>
                  </FieldRow>
                )}
                <FieldRow label={t('coordinator.keyId')} valueClass="mono">{r.id}</FieldRow>
                <FieldRow label={t('coordinator.register.types')}>{r.types.map((x) => t(`entry.type.${x}`)).join(', ')}</FieldRow>
                <FieldRow label={t('coordinator.register.valid')}>{day(r.notBefore)} – {day(r.notAfter)}</FieldRow>
                {r.revokedSince !== undefined && (
                  <FieldRow label={t('coordinator.register.revokedSince')}>{t('coordinator.register.moment', { moment: formatBerlin(lang, r.revokedSince) })}</FieldRow>
                )}
              </dl>
              {r.revokedSince === undefined && <RevokeForm t={t} lang={lang} row={r} now={now} onRevoke={onRevoke} />}
            </li>
          );
        })}
      </ul>
      {withdrawals}
      <h2>{t('coordinator.trust.title')}</h2>
      <p>{t('coordinator.trust.intro', { version: root.trustVersion ?? 0 })}</p>
      <button
        type="button"
        class="button primary wide"
        disabled={busy}
        data-testid="publish"
        onClick={async () => {
          setBusy(true);
          try {
            await onPublish();
          } finally {
            setBusy(false);
          }
        }}
      >
        {t('coordinator.trust.publish', { version: (root.trustVersion ?? 0) + 1 })}
      </button>
      {published && <TrustResult t={t} district={root.district} list={published} />}
    </section>
  );
}
