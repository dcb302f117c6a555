import { Icon } from './icons';
import type { Translate } from '../i18n';
import type { ScannerControls } from './use-scanner';
import { FileInput } from './file-input';

/** Props of {@link ScannerPanel}. */
export interface ScannerPanelProps {
  t: Translate;
  scanner: ScannerControls;
}

const PROBLEM = new Set(['denied', 'noCamera', 'unsupported', 'error', 'noCode', 'fileError']);
const CAMERA_OFF = new Set(['denied', 'noCamera', 'unsupported', 'error']);

/** Camera preview with viewfinder, camera choice, torch toggle, photo fallback and a status line. */
export function ScannerPanel({ t, scanner }: ScannerPanelProps) {
  const { status, cameras, cameraId, torch } = scanner;
  const off = CAMERA_OFF.has(status);
  return (
    <div class="scanner">
      <div class={`scanner-frame${off ? ' no-camera' : ''}`}>
        <video ref={scanner.videoRef} aria-label={t('scan.videoLabel')} muted playsInline autoPlay />
        {off && <Icon name="camera" />}
      </div>
      <p
        class={`status${PROBLEM.has(status) ? ' is-problem' : ''}`}
        role="status"
        data-testid="scan-status"
        data-engine={scanner.engine}
      >
        {t(`scan.status.${status}`)}
      </p>
      <div class="scanner-controls">
        {cameras.length > 1 && (
          <label class="field">
            <span>{t('scan.camera')}</span>
            <select value={cameraId} onChange={(e) => scanner.selectCamera(e.currentTarget.value)}>
              {cameras.map((c, i) => (
                <option key={c.deviceId} value={c.deviceId}>
                  {c.label || t('scan.cameraN', { n: i + 1 })}
                </option>
              ))}
            </select>
          </label>
        )}
        {torch !== 'unsupported' && (
          <button type="button" class="button" onClick={scanner.toggleTorch}>
            {t(torch === 'on' ? 'scan.torchOff' : 'scan.torchOn')}
          </button>
        )}
        <FileInput t={t} look="button" label={t('scan.fromFile')} accept="image/*" testId="scan-file" onFiles={([file]) => scanner.readFile(file)} />
      </div>
    </div>
  );
}
