import { siteConfig } from '../../config/site';
import { districtName } from '../entry/district-name';
import type { Lang, Translate } from '../i18n';
import { formatBerlin } from '../kit/berlin-time';
import { formatNumber } from '../kit/format';
import { Icon } from '../kit/icons';
import { isolate } from '../kit/isolate';
import type { Loaded } from '../kit/loaded';
import type { StandRow, TrustStand } from './trust-stand';

/** Props of {@link TrustStandNotice}. */
export interface TrustStandNoticeProps {
  t: Translate;
  lang: Lang;
  stand: Loaded<TrustStand>;
}

// The district's contact from site.json is plain content: isolated, never markup.
function contactText(): string | undefined {
  const c = siteConfig().contact;
  const parts = [c?.name, c?.phone, c?.email].filter((p): p is string => !!p?.trim());
  return parts.length ? isolate(parts.join(', ')) : undefined;
}

/** "Stand" of each trust list in force and, for a list older than the limit or missing, a warning with what to do. */
export function TrustStandNotice({ t, lang, stand }: TrustStandNoticeProps) {
  if (typeof stand !== 'object' || stand.rows.length === 0) return null;
  const problems = stand.rows.filter((r) => r.age.status !== 'fresh');
  const stale = problems.filter((r) => r.age.status === 'stale').length;
  const contact = contactText();
  return (
    <div class="trust-stand" data-testid="trust-stand" data-stale={String(problems.length > 0)}>
      <ul class="trust-stand-lines">
        {stand.rows.map((r) => (
          <li key={r.age.district} data-district={r.age.district} data-status={r.age.status}>
            {standLine(t, lang, r)}
          </li>
        ))}
      </ul>
      {problems.length > 0 && (
        <div class="notice is-problem with-icon" data-testid="trust-stale">
          <Icon name="warning" />
          <div>
            {stale > 0 && <p>{t('verifier.stand.stale', { count: stale, limit: stand.limitDays })}</p>}
            {problems.map((r) => r.age.status === 'missing' && <p key={r.age.district}>{t('verifier.stand.missing', { name: isolate(districtName(t, r)) })}</p>)}
            <p>{contact ? t('verifier.stand.todoContact', { contact }) : t('verifier.stand.todo')}</p>
          </div>
        </div>
      )}
    </div>
  );
}

function standLine(t: Translate, lang: Lang, row: StandRow): string {
  const { age } = row;
  const name = districtName(t, row);
  if (age.status === 'missing') return t('verifier.stand.lineMissing', { name: isolate(name) });
  const stand = { name: isolate(name), date: formatBerlin(lang, age.issuedAt), version: formatNumber(lang, age.version) };
  return age.status === 'stale' ? t('verifier.stand.lineStale', { ...stand, days: age.days }) : t('verifier.stand.line', stand);
}
