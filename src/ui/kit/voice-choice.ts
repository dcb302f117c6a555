// Which of the phone's voices reads a language. Voices are tagged BCP 47 ('ar-SA', Android's
// older 'ar_SA'); only the primary language counts, any region does. Local voices come first:
// a network voice (Chrome's "Google …") falls silent offline, where this app is used.

/** The part of SpeechSynthesisVoice used here. */
export interface VoiceLike {
  readonly lang: string;
  readonly name: string;
  readonly localService?: boolean;
}

/** A voice for the language itself, a voice for a close language (said on screen), or none. */
export type VoiceChoice<V extends VoiceLike = VoiceLike> =
  | { readonly kind: 'own'; readonly voice: V }
  | { readonly kind: 'near'; readonly voice: V; readonly speaks: string }
  | { readonly kind: 'none' };

// Tags that speak the language itself, besides its own code. 'fa-AF' is the older tag for
// Dari; Kurdish voices ('ku') speak Kurmanji, the Kurdish written in Latin letters.
const OWN: Readonly<Record<string, readonly string[]>> = { prs: ['prs', 'fa-af'], kmr: ['kmr', 'ku'] };
// Close enough to understand, not the same: an Iranian Persian voice reads Dari's letters and most
// words, with an Iranian accent. The screen says so instead of pretending it is Dari.
const NEAR: Readonly<Record<string, string>> = { prs: 'fa' };

const tagOf = (v: VoiceLike): string => v.lang.toLowerCase().replace(/_/g, '-');
const baseOf = (tag: string): string => tag.split('-')[0]!;

/** The best voice among `voices` tagged with one of `tags` (a base like 'ar' or a full tag like 'fa-af'). */
function best<V extends VoiceLike>(voices: readonly V[], tags: readonly string[]): V | undefined {
  const matching = voices.filter((v) => tags.some((t) => (t.includes('-') ? tagOf(v) === t : baseOf(tagOf(v)) === t)));
  return matching.find((v) => v.localService) ?? matching[0];
}

/** The voice that reads `lang` (a holder language code or a `lang` attribute) on this phone. */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string): VoiceChoice<V> {
  const code = baseOf(lang.toLowerCase());
  const own = best(voices, OWN[code] ?? [code]);
  if (own) return { kind: 'own', voice: own };
  const near = NEAR[code];
  const voice = near ? best(voices, [near]) : undefined;
  return voice && near ? { kind: 'near', voice, speaks: near } : { kind: 'none' };
}
