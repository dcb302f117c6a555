import { useState } from 'preact/hooks';
import { ScannerPanel } from '../kit/scanner-panel';
import { useScanner } from '../kit/use-scanner';
import type { Translate } from '../i18n';
import { FileInput } from '../kit/file-input';

/** Props of {@link TextImport}. */
export interface TextImportProps {
  t: Translate;
  id: string;
  label: string;
  /** Called with the text of a chosen file, a pasted text or a scanned QR code. */
  onText(text: string): void;
}

/** One payload text in three ways: a file, pasted text, or the camera (opened on request). */
export function TextImport({ t, id, label, onText }: TextImportProps) {
  const [pasted, setPasted] = useState('');
  const [camera, setCamera] = useState(false);
  return (
    <div class="text-import">
      <FileInput t={t} look="button" label={t('office.import.file')} accept=".qr,.txt,.json,text/plain,application/json" testId={`${id}-file`} onText={onText} />
      <div class="field">
        <label for={`${id}-paste`}>{label}</label>
        <textarea id={`${id}-paste`} rows={3} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
      </div>
      <div class="row-buttons">
        <button type="button" class="button" disabled={!pasted.trim()} onClick={() => onText(pasted)}>
          {t('office.import.paste')}
        </button>
        <button type="button" class="button" aria-expanded={camera} onClick={() => setCamera(!camera)}>
          {camera ? t('office.import.cameraOff') : t('office.import.camera')}
        </button>
      </div>
      {camera && <CameraImport t={t} onText={onText} />}
    </div>
  );
}

function CameraImport({ t, onText }: { t: Translate; onText(text: string): void }) {
  const scanner = useScanner(onText);
  return <ScannerPanel t={t} scanner={scanner} />;
}
