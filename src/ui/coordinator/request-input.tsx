import { useState } from 'preact/hooks';
import type { Translate } from '../i18n';
import { ScannerPanel } from '../kit/scanner-panel';
import { useScanner } from '../kit/use-scanner';
import { FileInput } from '../kit/file-input';

/** Props of {@link RequestInput}. */
export interface RequestInputProps {
  t: Translate;
  onText(text: string): void;
  /** The file field's label and name (default: a registration request's). */
  fileLabel?: string;
  name?: string;
}

function Scanner({ t, onText }: RequestInputProps) {
  return <ScannerPanel t={t} scanner={useScanner(onText)} />;
}

/** A registration request (or another signed payload) from a file, or (on demand, the camera is not started unasked) from a QR code. */
export function RequestInput({ t, onText, fileLabel, name = 'request-file' }: RequestInputProps) {
  const [camera, setCamera] = useState(false);
  return (
    <div class="stack">
      <FileInput t={t} look="field" label={fileLabel ?? t('coordinator.admit.file')} name={name} accept=".txt,.qr,text/plain" onText={onText} />
      {camera ? (
        <Scanner t={t} onText={onText} />
      ) : (
        <button type="button" class="button wide" onClick={() => setCamera(true)}>
          {t('coordinator.admit.camera')}
        </button>
      )}
    </div>
  );
}
