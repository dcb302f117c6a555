// Read-aloud: what is said, in which order, in which language, with which voice (issue 19.3).
import { describe, expect, it } from 'vitest';
import { FIELD_PAUSE_MS, planReading, spokenText, splitLong, type ReadPart } from '../../src/ui/kit/read-aloud-plan';
import { chooseVoice, type VoiceLike } from '../../src/ui/kit/voice-choice';
import { speakPlan, type UtteranceLike } from '../../src/ui/kit/speak-plan';

const text = (t: string, lang?: string): ReadPart => ({ kind: 'text', text: { text: t, lang } });
const field = (label: string, value: string, valueLang?: string): ReadPart => ({ kind: 'field', label: { text: label }, value: { text: value, lang: valueLang } });
const pause = { kind: 'pause', ms: FIELD_PAUSE_MS } as const;
const say = (t: string, lang: string) => ({ kind: 'say', text: t, lang }) as const;

describe('planReading', () => {
  it('says each label and value apart, in order, with a pause after every field and none at the end', () => {
    const parts = [text('دورة لغة'), field('الاسم', '\u2068Ahmad Karimi\u2069 \u2068أحمد كريمي\u2069'), field('المستوى', 'B1'), field('المكان', 'Landratsamt Dachau', 'de')];
    expect(planReading(parts, 'ar')).toEqual([
      say('دورة لغة', 'ar'),
      pause,
      say('الاسم', 'ar'),
      say('Ahmad Karimi أحمد كريمي', 'ar'),
      pause,
      say('المستوى', 'ar'),
      say('B1', 'ar'),
      pause,
      say('المكان', 'ar'),
      say('Landratsamt Dachau', 'de'),
    ]);
  });

  it('leaves out empty parts and a label whose value is empty', () => {
    expect(planReading([text('  \u200f '), field('Ort', ' '), text('Ende')], 'de')).toEqual([say('Ende', 'de')]);
  });

  it('spells a code character by character and keeps ZWNJ, which shapes Persian words', () => {
    expect(spokenText({ text: 'K7QX-3MPA', spell: true })).toBe('K 7 Q X, 3 M P A');
    expect(spokenText({ text: 'می\u200cخواهم\u0007' })).toBe('می\u200cخواهم');
    // Arabic dates carry RIGHT-TO-LEFT MARKs between the numbers: they take no space, so none is said.
    expect(spokenText({ text: '03\u200f/11\u200f/2026' })).toBe('03/11/2026');
  });

  it('splits a long text at sentence ends into pieces an engine says whole, and bounds a hostile screen', () => {
    const long = `${'Ein Satz mit einigen Wörtern. '.repeat(20)}`.trim();
    const pieces = splitLong(long);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.length <= 200 && p.endsWith('.'))).toBe(true);
    expect(pieces.join(' ')).toBe(long);
    expect(splitLong('x'.repeat(450))).toEqual(['x'.repeat(200), 'x'.repeat(200), 'x'.repeat(50)]);
    const steps = planReading(Array.from({ length: 5000 }, (_, i) => field(`L${i}`, `V${i}`)), 'de');
    expect(steps.length).toBeLessThanOrEqual(400);
    expect(steps.at(-1)?.kind).toBe('say');
  });
});

const v = (lang: string, name = lang, localService = true): VoiceLike => ({ lang, name, localService });

describe('chooseVoice', () => {
  it('finds no voice for Pashto on a phone without one', () => {
    expect(chooseVoice([v('de-DE'), v('en-US'), v('fa-IR')], 'ps')).toEqual({ kind: 'none' });
  });
  it('takes ar-SA for Arabic (any region, Android underscore tags too), local voices first', () => {
    expect(chooseVoice([v('de-DE'), v('ar-SA', 'net', false), v('ar_SA', 'local')], 'ar')).toEqual({ kind: 'own', voice: v('ar_SA', 'local') });
    expect(chooseVoice([v('ar-SA', 'net', false)], 'ar')).toEqual({ kind: 'own', voice: v('ar-SA', 'net', false) });
  });
  it('reads Dari with a Persian voice and says so (near), but a fa-AF voice is Dari itself', () => {
    expect(chooseVoice([v('fa-IR')], 'prs')).toEqual({ kind: 'near', voice: v('fa-IR'), speaks: 'fa' });
    expect(chooseVoice([v('fa-IR'), v('fa-AF')], 'prs')).toEqual({ kind: 'own', voice: v('fa-AF') });
    expect(chooseVoice([v('fa-AF')], 'fa')).toEqual({ kind: 'own', voice: v('fa-AF') });
  });
  it('finds no voice for Kurmanji without one (a Sorani ckb voice is not one), and takes a ku voice', () => {
    expect(chooseVoice([v('ckb-IQ'), v('tr-TR'), v('de-DE')], 'kmr')).toEqual({ kind: 'none' });
    expect(chooseVoice([v('ku-TR')], 'kmr')).toEqual({ kind: 'own', voice: v('ku-TR') });
  });
  it('matches a lang attribute with a region', () => {
    expect(chooseVoice([v('de-AT')], 'de-DE')).toEqual({ kind: 'own', voice: v('de-AT') });
  });
});

/** A recording speechSynthesis: utterances end when the test says so. */
function fakeSynth() {
  interface U extends UtteranceLike {
    text: string;
  }
  const log: string[] = [];
  const queue: U[] = [];
  const timers: Array<() => void> = [];
  const synth = {
    speak(u: U) {
      log.push(`${u.lang}:${u.text}${queue.length ? ' (queued)' : ''}`);
      queue.push(u);
    },
    cancel() {
      log.push('cancel');
      queue.length = 0;
    },
  };
  const deps = {
    synth,
    utterance: (t: string): U => ({ text: t, lang: '', voice: null, onend: null, onerror: null }),
    voiceFor: (lang: string) => {
      const choice = chooseVoice([v('ar-SA'), v('de-DE')], lang);
      return choice.kind === 'none' ? undefined : choice.voice;
    },
    wait: (ms: number, then: () => void) => {
      log.push(`wait ${ms}`);
      timers.push(then);
      return () => log.push('wait cancelled');
    },
  };
  /** Ends every queued utterance (the engine finished), then runs the pause timer if one was set. */
  const finish = () => {
    for (const u of queue.splice(0)) (u.onend as (() => void) | null)?.();
    timers.shift()?.();
  };
  return { log, finish, deps };
}

describe('speakPlan', () => {
  const steps = planReading([field('الاسم', 'Ahmad'), field('المكان', 'Dachau', 'de'), field('الرمز', 'X', 'ps')], 'ar');

  it('queues one field at a time with its voice language, waits the pause, and says when done', () => {
    const { log, finish, deps } = fakeSynth();
    let done = false;
    speakPlan(deps, steps, () => (done = true));
    expect(log).toEqual(['cancel', 'ar-SA:الاسم', 'ar-SA:Ahmad (queued)']);
    finish();
    expect(log.slice(3)).toEqual([`wait ${FIELD_PAUSE_MS}`, 'ar-SA:المكان', 'de-DE:Dachau (queued)']);
    finish();
    // No Pashto voice: the value is read with the holder's voice rather than skipped.
    expect(log.slice(6)).toEqual([`wait ${FIELD_PAUSE_MS}`, 'ar-SA:الرمز', 'ar-SA:X (queued)']);
    expect(done).toBe(false);
    finish();
    expect(done).toBe(true);
  });

  it('stops at once: cancels the engine and the pending pause, and says nothing more', () => {
    const { log, finish, deps } = fakeSynth();
    let done = false;
    const reading = speakPlan(deps, steps, () => (done = true));
    finish();
    reading.stop();
    expect(log.slice(-2)).toEqual(['wait cancelled', 'cancel']);
    const before = log.length;
    finish();
    expect(log.length).toBe(before);
    expect(done).toBe(false);
  });
});
