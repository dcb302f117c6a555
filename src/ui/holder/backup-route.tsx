import type { HolderApi, PassSummary } from '../../storage/holder/holder-api';
import { useI18n } from '../i18n';
import { nowSeconds } from '../kit/now';
import { BackupScreen } from './backup-screen';
import { downloadText } from '../kit/download';
import { localToday } from '../kit/format';
import { PassGate } from './pass-gate';
import { refreshPasses } from './pass-state';

/** Container for `#/holder/backup`. */
export default function BackupRoute() {
  return <PassGate>{(pass, api) => <Backup pass={pass} api={api} />}</PassGate>;
}

function Backup({ pass, api }: { pass: PassSummary; api: HolderApi }) {
  const { t, lang } = useI18n();
  const make = async (passphrase: string): Promise<string> => {
    const text = await api.backup(pass.id, passphrase, nowSeconds());
    const name = `bildungspass-backup-${pass.passCode.replace(/[^A-Za-z0-9]/g, '').slice(0, 8)}-${localToday()}.json`;
    // A download, not the share sheet: the backup belongs in the phone's files first.
    downloadText(name, text, 'application/json');
    await refreshPasses(pass.id);
    return name;
  };
  return <BackupScreen t={t} lang={lang} pass={pass} onBackup={make} />;
}
