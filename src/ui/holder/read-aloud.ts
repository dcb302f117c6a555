// Read-aloud logic, apart from the button so it can be tested with a stubbed speechSynthesis.

/** Minimal part of SpeechSynthesisVoice used here. */
export interface VoiceLike {
  readonly lang: string;
  readonly name: string;
}

/** The first voice speaking `lang` (any region: 'de' matches 'de-DE' and 'de_AT'), preferring local voices. */
export function pickVoice<V extends VoiceLike & { localService?: boolean }>(voices: readonly V[], lang: string): V | undefined {
  const matching = voices.filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === lang);
  return matching.find((v) => v.localService) ?? matching[0];
}

/** The visible text of a screen, without parts marked `data-no-read` (the button itself, QR images). */
export function readableText(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  for (const skip of copy.querySelectorAll('[data-no-read], .visually-hidden, svg, canvas, img')) skip.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
