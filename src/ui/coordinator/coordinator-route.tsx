import { PlaceholderScreen } from '../common/placeholder-screen';
import { useI18n } from '../i18n';

/** Container for `#/coordinator`; a placeholder until the coordinator screens exist. */
export default function CoordinatorRoute() {
  const { t } = useI18n();
  return <PlaceholderScreen t={t} title="coordinator.title" />;
}
