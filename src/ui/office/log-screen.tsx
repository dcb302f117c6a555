import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { IssuedRow } from '../../storage/office/office-api';
import type { Lang, Translate } from '../i18n';
import { entryTitle } from '../entry/entry-text';
import { formatDateTime } from '../kit/format';
import { href } from '../shell/router';
import { officeApi } from './office-storage';

/** One logged stamp, read by id: undefined while loading, null when the log has none. */
export function useIssued(issuedId: string): [IssuedRow | null | undefined, (row: IssuedRow) => void] {
  const [row, setRow] = useState<IssuedRow | null>();
  useEffect(() => void officeApi().then((api) => api.getIssued(issuedId)).then((r) => setRow(r ?? null)), [issuedId]);
  return [row, setRow];
}

/** Props of {@link LogScreen}. */
export interface LogScreenProps {
  t: Translate;
  /** Id of the heading, which labels the screen. */
  titleId: string;
  title: string;
  /** The stamp is not in the log. */
  missing: boolean;
  children: ComponentChildren;
}

/** A screen about one stamp of the issued log (re-issue, withdraw, correct): back to the log, heading, "not in the log". */
export function LogScreen({ t, titleId, title, missing, children }: LogScreenProps) {
  return (
    <section class="screen" aria-labelledby={titleId}>
      <a class="back-link" href={href('office', 'log')}>
        {t('common.back')}
      </a>
      <h1 id={titleId}>{title}</h1>
      {missing && <p class="notice is-problem">{t('office.reissue.not-found')}</p>}
      {children}
    </section>
  );
}

/** One line naming a logged stamp: whom it was for, the entry and when it was signed. */
export function IssuedSummary({ t, lang, row }: { t: Translate; lang: Lang; row: IssuedRow }) {
  return (
    <p class="notice">
      <strong>
        <bdi>{row.holderName}</bdi>
      </strong>{' '}
      {row.holderNameNative && (
        <>
          <bdi class="native-name" dir="auto">
            {row.holderNameNative}
          </bdi>{' '}
        </>
      )}
      · {t(`entry.type.${row.type}`)} · <bdi>{entryTitle(t, row.entry)}</bdi> · {formatDateTime(lang, row.issuedAt)}
    </p>
  );
}
