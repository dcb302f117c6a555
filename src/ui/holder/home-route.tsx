import { useI18n } from '../i18n';
import { HolderHome } from './holder-home';

/** Container for `#/holder`. */
export default function HolderHomeRoute() {
  const { t } = useI18n();
  return <HolderHome t={t} />;
}
