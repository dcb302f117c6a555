import { PlaceholderScreen } from '../common/placeholder-screen';
import { useI18n } from '../i18n';

/** Container for `#/office`; a placeholder until the office screens exist. */
export default function OfficeRoute() {
  const { t } = useI18n();
  return <PlaceholderScreen t={t} title="office.title" />;
}
