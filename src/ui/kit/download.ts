// Files leave the app only when the holder asks: through the system share sheet where the
// browser offers file sharing (Android), else as an ordinary download. Nothing is uploaded.

/** Offers `text` as a download named `name`. */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Whether this browser can hand a file to the system share sheet. */
export function canShareFiles(): boolean {
  try {
    const probe = new File(['x'], 'x.txt', { type: 'text/plain' });
    return typeof navigator.share === 'function' && navigator.canShare?.({ files: [probe] }) === true;
  } catch {
    // Older browsers have no File constructor or throw in canShare: they download instead.
    return false;
  }
}

/** Shares the file where possible, else downloads it; 'cancelled' when the holder closed the share sheet. */
export async function shareOrDownload(name: string, text: string, type: string): Promise<'shared' | 'downloaded' | 'cancelled'> {
  if (canShareFiles()) {
    try {
      await navigator.share({ files: [new File([text], name, { type })] });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // Any other failure (e.g. no share target): fall back to a download.
    }
  }
  downloadText(name, text, type);
  return 'downloaded';
}
