// The office learns that it was revoked only from its district's trust list: its start screen
// says how current that list is, and warns when it is older than the district's limit (issue 16).
import { trustAge, trustAgeLimitDays, type TrustAge } from '../../core';
import { siteConfig } from '../../config/site';
import type { OfficeRow } from '../../storage/office/office-api';
import { officeStatus } from '../../storage/office/office-status';
import type { Lang, Translate } from '../i18n';
import { formatBerlin } from '../kit/berlin-time';
import { formatNumber } from '../kit/format';
import { Icon } from '../kit/icons';
import { officeApi } from './office-storage';

/** The age of the newest list of the office's district at `now`; undefined before a certificate names the district. */
export async function loadOfficeTrustAge(office: OfficeRow, now: number): Promise<TrustAge | undefined> {
  const district = officeStatus(office, now).certificate?.claims.district;
  if (!district) return undefined;
  const list = (await (await officeApi()).trustLists()).find((l) => l.district === district)?.list;
  // An office has no setting of its own: the district's limit applies.
  const limit = trustAgeLimitDays(siteConfig().maxTrustAgeDays, Number.POSITIVE_INFINITY);
  return trustAge([{ district, version: list?.version, issuedAt: list?.issuedAt }], limit, now)[0];
}

/** "Stand" of the district's trust list; a warning with what to do when it is old or missing. */
export function TrustNote({ t, lang, age }: { t: Translate; lang: Lang; age: TrustAge }) {
  if (age.status === 'fresh') {
    return (
      <p class="hint" data-testid="office-trust" data-status="fresh">
        {t('office.trust.stand', { date: formatBerlin(lang, age.issuedAt), version: formatNumber(lang, age.version) })}
      </p>
    );
  }
  return (
    <p class="notice is-problem with-icon" data-testid="office-trust" data-status={age.status}>
      <Icon name="warning" />
      <span>
        {age.status === 'stale'
          ? t('office.trust.stale', { date: formatBerlin(lang, age.issuedAt), version: formatNumber(lang, age.version), days: age.days })
          : t('office.trust.missing')}
      </span>
    </p>
  );
}
