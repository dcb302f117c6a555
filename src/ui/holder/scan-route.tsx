import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { ScanResult } from './scan-result';
import { ScanScreen } from './scan-screen';

/** Container for `#/holder/scan`: scans until the first code, then shows what was read. */
export default function ScanRoute() {
  const { t } = useI18n();
  const [text, setText] = useState<string>();
  // Unmounting the scan screen on a result releases the camera straight away.
  if (text !== undefined) return <ScanResult t={t} text={text} onAgain={() => setText(undefined)} />;
  return <ScanScreen t={t} onText={setText} />;
}
