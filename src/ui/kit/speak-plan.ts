// Plays a read-aloud plan on speechSynthesis. Each field's utterances are queued together (the
// engine keeps them apart), and the next field starts after the last one ends plus the pause:
// a silent utterance is not silent everywhere (Android ignores volume) and an empty one ends at
// once. The first field is queued within the tap, which Safari on iOS requires.
import type { ReadStep } from './read-aloud-plan';
import type { VoiceLike } from './voice-choice';

/** The part of SpeechSynthesisUtterance used here. */
export interface UtteranceLike {
  lang: string;
  voice: unknown;
  onend: ((ev: never) => unknown) | null;
  onerror: ((ev: never) => unknown) | null;
}

/** The part of speechSynthesis used here. */
export interface SynthLike<U extends UtteranceLike> {
  speak(u: U): void;
  cancel(): void;
}

/** What a reading needs from its surroundings; tests pass fakes. */
export interface SpeakDeps<U extends UtteranceLike, V extends VoiceLike> {
  synth: SynthLike<U>;
  utterance(text: string): U;
  /** The voice for a step's language; undefined falls back to the first step's voice. */
  voiceFor(lang: string): V | undefined;
  wait(ms: number, then: () => void): () => void;
}

/** A reading in progress. */
export interface Reading {
  /** Stops at once; `onDone` is not called. */
  stop(): void;
}

/** Speaks `steps` in order, pausing where they say; calls `onDone` after the last utterance ends. */
export function speakPlan<U extends UtteranceLike, V extends VoiceLike>(deps: SpeakDeps<U, V>, steps: readonly ReadStep[], onDone: () => void): Reading {
  let stopped = false;
  let cancelWait = () => {};
  // Chromium drops the end event of an utterance it no longer references: keep them alive here.
  let alive: U[] = [];
  const fallback = steps.find((s) => s.kind === 'say');
  const fallbackVoice = fallback?.kind === 'say' ? deps.voiceFor(fallback.lang) : undefined;

  const run = (from: number) => {
    if (stopped) return;
    let i = from;
    alive = [];
    while (i < steps.length && steps[i]!.kind === 'say') {
      const step = steps[i] as Extract<ReadStep, { kind: 'say' }>;
      const voice = deps.voiceFor(step.lang) ?? fallbackVoice;
      const u = deps.utterance(step.text);
      u.voice = voice ?? null;
      // Android picks the voice by `lang` and ignores `voice`: both must agree.
      u.lang = voice?.lang ?? step.lang;
      alive.push(u);
      i++;
    }
    const next = i;
    const pause = steps[next];
    const last = alive.at(-1);
    const after = () => {
      if (stopped) return;
      // The loop above stops only at a pause or at the end.
      if (pause?.kind === 'pause') cancelWait = deps.wait(pause.ms, () => run(next + 1));
      else onDone();
    };
    if (!last) return after();
    // An error (a voice that cannot say a word) ends the field, never the reading.
    last.onend = last.onerror = after;
    for (const u of alive) deps.synth.speak(u);
  };

  deps.synth.cancel();
  run(0);
  return {
    stop() {
      stopped = true;
      cancelWait();
      deps.synth.cancel();
    },
  };
}
