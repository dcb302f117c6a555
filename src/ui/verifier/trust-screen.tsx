import type { TrustImportOutcome, TrustListStatus } from '../../storage/verifier/verifier-api';
import { districtName } from '../entry/district-name';
import { ScannerPanel } from '../kit/scanner-panel';
import { useScanner } from '../kit/use-scanner';
import { formatBerlin } from '../kit/berlin-time';
import { formatNumber } from '../kit/format';
import { Icon } from '../kit/icons';
import type { Lang, Translate } from '../i18n';
import { FileInput } from '../kit/file-input';

/** Props of {@link TrustScreen}. */
export interface TrustScreenProps {
  t: Translate;
  lang: Lang;
  lists: readonly TrustListStatus[] | 'failed' | undefined;
  /** Districts whose newest list is older than the limit (with its issue time): they get a warning. */
  stale: ReadonlyMap<string, number>;
  /** The age limit in force, days. */
  warnDays: number;
  outcome: TrustImportOutcome | undefined;
  scanning: boolean;
  onFile(file: File): void;
  onText(text: string): void;
  onScanning(on: boolean): void;
}

/** Trust status: the lists in force (district, version, date), age warnings, import from file or QR. */
export function TrustScreen(p: TrustScreenProps) {
  const { t, lang, lists } = p;
  return (
    <section class="screen" aria-labelledby="verifier-trust-title">
      <h1 id="verifier-trust-title">{t('verifier.trust.title')}</h1>
      <p class="lead">{t('verifier.trust.intro')}</p>
      {lists === undefined && <p class="loading">{t('common.loading')}</p>}
      {Array.isArray(lists) && lists.length === 0 && <p class="notice">{t('verifier.trust.none')}</p>}
      {Array.isArray(lists) && lists.length > 0 && (
        <div class="table-wrap">
          <table class="trust-table" data-testid="trust-lists">
            <thead>
              <tr>
                <th scope="col">{t('verifier.trust.district')}</th>
                <th scope="col">{t('verifier.trust.version')}</th>
                <th scope="col">{t('verifier.trust.issued')}</th>
                <th scope="col">{t('verifier.trust.offices')}</th>
                <th scope="col">{t('verifier.trust.source')}</th>
              </tr>
            </thead>
            <tbody>
              {lists.map((row) => (
                <TrustRow key={row.district} t={t} lang={lang} row={row} old={p.stale.has(row.district)} warnDays={p.warnDays} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t('verifier.trust.importTitle')}</h2>
      <FileInput t={t} look="field" label={t('verifier.trust.fileLabel')} name="trust-file" accept=".json,.txt,application/json,text/plain" onFiles={([file]) => p.onFile(file)} />
      <div aria-live="polite">{p.outcome && <ImportOutcome t={t} outcome={p.outcome} />}</div>
      <button type="button" class="button" onClick={() => p.onScanning(!p.scanning)} aria-expanded={p.scanning}>
        <Icon name={p.scanning ? 'cross' : 'camera'} />
        {t(p.scanning ? 'verifier.trust.scanClose' : 'verifier.trust.scanOpen')}
      </button>
      {p.scanning && <TrustScanner t={t} onText={p.onText} />}
    </section>
  );
}

function TrustRow({ t, lang, row, old, warnDays }: { t: Translate; lang: Lang; row: TrustListStatus; old: boolean; warnDays: number }) {
  const l = row.list;
  return (
    <tr data-testid="trust-row" data-district={row.district} data-version={l?.version ?? ''}>
      <th scope="row">
        <bdi>{districtName(t, row)}</bdi> <span class="muted">({row.district})</span>
        {row.shippedRefused && (
          <span class="with-icon trust-old" data-testid="trust-shipped-refused" data-reason={row.shippedRefused.reason}>
            <Icon name="warning" />
            {t(`verifier.trust.shipped.${row.shippedRefused.reason}`, { version: formatNumber(lang, row.shippedRefused.version) })}
          </span>
        )}
      </th>
      {l ? (
        <>
          <td>{formatNumber(lang, l.version)}</td>
          <td>
            {formatBerlin(lang, l.issuedAt)}
            {old && (
              <span class="with-icon trust-old" data-testid="trust-old">
                <Icon name="warning" />
                {t('verifier.trust.old', { days: warnDays })}
              </span>
            )}
          </td>
          <td>
            {formatNumber(lang, l.offices)} / {formatNumber(lang, l.revocations)}
          </td>
          <td>{t(l.imported ? 'verifier.trust.sourceImported' : 'verifier.trust.sourceShipped')}</td>
        </>
      ) : (
        <td colSpan={4}>{t('verifier.trust.missing')}</td>
      )}
    </tr>
  );
}

// The outcome of an import is the only status/alert on this screen (other tools rely on that).
function ImportOutcome({ t, outcome }: { t: Translate; outcome: TrustImportOutcome }) {
  if (outcome.status === 'refused') {
    return (
      <p class="notice is-problem with-icon" role="alert" data-testid="trust-outcome" data-reason={outcome.reason}>
        <Icon name="warning" />
        {t(`verifier.trust.refused.${outcome.reason}`)}
      </p>
    );
  }
  const { district, version, replacedVersion } = outcome;
  return (
    <p class="notice with-icon" role="status" data-testid="trust-outcome" data-status="imported">
      <Icon name="check" />
      {replacedVersion === undefined
        ? t('verifier.trust.imported', { district, version })
        : t('verifier.trust.importedReplaced', { district, version, old: replacedVersion })}
    </p>
  );
}

function TrustScanner({ t, onText }: { t: Translate; onText(text: string): void }) {
  const scanner = useScanner(onText);
  return <ScannerPanel t={t} scanner={scanner} />;
}
