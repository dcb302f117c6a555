import type { HolderApi, PassSummary } from '../../storage/holder/holder-api';
import { useI18n } from '../i18n';
import { nowSeconds } from '../kit/now';
import { BackupScreen, type BackupSaved, type BackupVia } from './backup-screen';
import { downloadText, shareOrDownload } from '../kit/download';
import { localToday } from '../kit/format';
import { PassGate } from './pass-gate';
import { refreshPasses } from './pass-state';

/** Container for `#/holder/backup`. */
export default function BackupRoute() {
  return <PassGate>{(pass, api) => <Backup pass={pass} api={api} />}</PassGate>;
}

function Backup({ pass, api }: { pass: PassSummary; api: HolderApi }) {
  const { t, lang } = useI18n();
  const make = async (passphrase: string, via: BackupVia): Promise<BackupSaved> => {
    const madeAt = nowSeconds();
    const text = await api.backup(pass.id, passphrase, madeAt);
    // Chromium's share sheet takes only listed file types, JSON not among them: shared as text, which a restore reads alike.
    const [ext, type] = via === 'share' ? ['txt', 'text/plain'] : ['json', 'application/json'];
    const file = `bildungspass-backup-${pass.passCode.replace(/[^A-Za-z0-9]/g, '').slice(0, 8)}-${localToday()}.${ext}`;
    // A download by default: the backup belongs in the phone's files first. The share sheet on request.
    const outcome = via === 'share' ? await shareOrDownload(file, text, type) : (downloadText(file, text, type), 'downloaded');
    // The reminder goes only once the file has left the app (the download started, the share resolved), never on the press alone.
    if (outcome === 'cancelled') return { file, saved: false };
    await api.backupSaved(pass.id, madeAt);
    await refreshPasses(pass.id);
    return { file, saved: true };
  };
  return <BackupScreen t={t} lang={lang} pass={pass} onBackup={make} />;
}
