import type { HolderApi, PassSummary } from '../../storage/holder/holder-api';
import { useI18n } from '../i18n';
import { navigate } from '../shell/router';
import { DeleteScreen } from './delete-screen';
import { PassGate } from './pass-gate';
import { refreshPasses } from './pass-state';

/** Container for `#/holder/delete`. */
export default function DeleteRoute() {
  return <PassGate>{(pass, api) => <Delete pass={pass} api={api} />}</PassGate>;
}

function Delete({ pass, api }: { pass: PassSummary; api: HolderApi }) {
  const { t, lang } = useI18n();
  const remove = async () => {
    await api.deletePass(pass.id);
    await refreshPasses();
    navigate('holder');
  };
  return <DeleteScreen t={t} lang={lang} pass={pass} onDelete={remove} />;
}
