import { PlaceholderScreen } from '../common/placeholder-screen';
import { useI18n } from '../i18n';

/** Container for `#/verifier`; a placeholder until the verifier screens exist. */
export default function VerifierRoute() {
  const { t } = useI18n();
  return <PlaceholderScreen t={t} title="verifier.title" />;
}
