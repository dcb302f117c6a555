import type { VerifiedSummary } from '../../core';
import { FieldRow } from '../kit/field-row';
import { formatMomentDay, formatNumber, formatPeriod } from '../kit/format';
import type { Lang, Translate } from '../i18n';
import { isolate } from '../kit/isolate';

/** Props of {@link ResultSummary}. */
export interface ResultSummaryProps {
  t: Translate;
  lang: Lang;
  summary: VerifiedSummary;
}

/** The minute-long read: language level with its evidence, teaching units, counselling, internships. */
export function ResultSummary({ t, lang, summary }: ResultSummaryProps) {
  const { highestLevel: hl, units, counselling, internships } = summary;
  const n = (x: number) => formatNumber(lang, x);
  return (
    <section class="card result-summary" aria-labelledby="verifier-summary-title" data-testid="result-summary">
      <h2 id="verifier-summary-title">{t('verifier.summary.title')}</h2>
      <dl class="fields">
        <FieldRow label={t('verifier.summary.level')}>
          {hl ? (
            <span data-testid="summary-level">
              <strong class="level">{t('verifier.summary.levelValue', { level: hl.level, status: t(`entry.status.${hl.status}`) })}</strong>
              <span class="evidence">
                {t('verifier.summary.levelEvidence', {
                  course: t(`entry.course.${hl.course}`),
                  certificate: hl.certificate ? ` (${isolate(hl.certificate)})` : '',
                  office: isolate(hl.officeName),
                  date: formatMomentDay(lang, hl.issuedAt),
                })}
              </span>
            </span>
          ) : (
            <span data-testid="summary-level">{t('verifier.summary.noLevel')}</span>
          )}
        </FieldRow>
        <FieldRow label={t('verifier.summary.units')}>
          <span data-testid="summary-units">{t('verifier.summary.unitsValue', { total: n(units.total), sprachkurs: n(units.sprachkurs), weiterbildung: n(units.weiterbildung) })}</span>
        </FieldRow>
        <FieldRow label={t('verifier.summary.counselling')}>
          <span data-testid="summary-counselling">
            {t('verifier.summary.counsellingValue', { count: counselling.count })}
            {counselling.topics.length > 0 && ': '}
            {counselling.topics.map((x) => t('verifier.summary.topicCount', { topic: t(`entry.topic.${x.topic}`), count: n(x.count) })).join(' · ')}
          </span>
        </FieldRow>
        <FieldRow label={t('verifier.summary.internships')}>
          {internships.length === 0 ? (
            t('verifier.summary.none')
          ) : (
            <ul class="plain-list" data-testid="summary-internships">
              {internships.map((p) => (
                <li key={`${p.employer}-${p.from}`}>
                  {t('verifier.summary.internship', {
                    occupation: p.occupation,
                    employer: p.employer,
                    period: formatPeriod(lang, p.from, p.to),
                    days: p.days,
                    hours: p.hoursPerWeek === undefined ? '' : t('verifier.summary.hours', { hours: n(p.hoursPerWeek) }),
                  })}
                </li>
              ))}
            </ul>
          )}
        </FieldRow>
        {summary.trainings > 0 && <FieldRow label={t('verifier.summary.trainings')}>{n(summary.trainings)}</FieldRow>}
      </dl>
    </section>
  );
}
