// Sharing the issued log between the devices of one office (issue 17): this device's stamps as a
// signed file, and another device's file combined into this log, so search and re-issue after a
// lost phone work here too.
import { useState } from 'preact/hooks';
import type { LogExport, LogImport } from '../../storage/office/office-api';
import { downloadText } from '../kit/download';
import { FileInput } from '../kit/file-input';
import { fileDate, fileSlug } from '../kit/file-name';
import { isolate } from '../kit/isolate';
import { nowSeconds } from '../kit/now';
import { officeApi } from './office-storage';
import type { SectionProps } from './section-props';

/** Export of this device's log and import of another device's. */
export function DeviceLog({ t, office, keys }: SectionProps) {
  const [exported, setExported] = useState<LogExport>();
  const [imported, setImported] = useState<LogImport>();
  const save = async () => {
    const now = nowSeconds();
    const out = await (await officeApi()).exportLog(office, keys, now);
    setExported(out);
    if (out.status === 'exported') downloadText(`protokoll-${fileSlug(office.name, 'stelle')}-${office.id.slice(0, 8)}-${fileDate(now)}.json`, out.text, 'application/json');
  };
  return (
    <section aria-labelledby="device-log-title">
      <h2 id="device-log-title">{t('office.deviceLog.title')}</h2>
      <p>{t('office.deviceLog.intro')}</p>
      <button type="button" class="button" onClick={() => void save()} data-testid="log-export">
        {t('office.deviceLog.export')}
      </button>
      {exported && (
        <p class={exported.status === 'exported' ? 'notice' : 'notice is-problem'} role="status">
          {exported.status === 'exported' ? t('office.deviceLog.exported', { count: exported.stamps }) : t(`office.deviceLog.exportRefused.${exported.reason}`)}
        </p>
      )}
      <FileInput t={t} look="button" label={t('office.deviceLog.import')} accept=".json,application/json" testId="log-import" onText={(text) => void officeApi().then((api) => api.importLog(office, text)).then(setImported)} />
      {imported && (
        <p class={imported.status === 'imported' ? 'notice' : 'notice is-problem'} role="status" data-testid="log-import-outcome">
          {imported.status === 'imported'
            ? t('office.deviceLog.imported', { device: isolate(imported.device), added: imported.added, already: imported.already })
            : t(`office.deviceLog.refused.${imported.reason}`)}
        </p>
      )}
    </section>
  );
}
