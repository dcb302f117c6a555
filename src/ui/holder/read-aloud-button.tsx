import { useEffect, useRef, useState } from 'preact/hooks';
import { ENDONYMS, setLanguage, type Lang, type Translate } from '../i18n';
import { Icon } from '../kit/icons';
import { readParts } from '../kit/read-aloud-dom';
import { planReading } from '../kit/read-aloud-plan';
import { speakPlan, type Reading } from '../kit/speak-plan';
import { chooseVoice } from '../kit/voice-choice';
import { speechSynth, useVoices } from '../kit/use-voices';
import { languageEndonym } from '../kit/format';
import { isolate } from '../kit/isolate';

/** The voice for a language among `voices`, or undefined. */
const voiceOf = (voices: readonly SpeechSynthesisVoice[], lang: string) => {
  const choice = chooseVoice(voices, lang);
  return choice.kind === 'none' ? undefined : choice.voice;
};

/** Starts reading the screen's main content field by field; undefined when there is nothing to read. */
function readScreen(synth: SpeechSynthesis, voices: readonly SpeechSynthesisVoice[], lang: Lang, onDone: () => void): Reading | undefined {
  const main = document.getElementById('main');
  if (!main) return undefined;
  const deps = {
    synth,
    utterance: (text: string) => new SpeechSynthesisUtterance(text),
    voiceFor: (l: string) => voiceOf(voices, l),
    wait: (ms: number, then: () => void) => {
      const id = setTimeout(then, ms);
      return () => clearTimeout(id);
    },
  };
  return speakPlan(deps, planReading(readParts(main), lang), onDone);
}

// Set when the holder asked for German: reading starts once the screen is drawn in German, in
// whichever button instance the screen then has.
let readWhenGerman = false;

/**
 * Reads the screen aloud, field by field, with the holder's language voice. Where the phone has
 * none the button stays and, pressed, says so, how to add one, and offers German when it can.
 */
export function ReadAloudButton({ t, lang }: { t: Translate; lang: Lang }) {
  const voices = useVoices();
  const [speaking, setSpeaking] = useState(false);
  const [noVoice, setNoVoice] = useState(false);
  const reading = useRef<Reading>();
  const choice = chooseVoice(voices, lang);

  const stop = () => {
    reading.current?.stop();
    reading.current = undefined;
    setSpeaking(false);
  };
  const start = () => {
    const synth = speechSynth();
    // Voices may have arrived since the last render without an event (Safari): ask again.
    const now = synth?.getVoices() ?? [];
    if (!synth || chooseVoice(now, lang).kind === 'none') return setNoVoice((shown) => !shown);
    setNoVoice(false);
    reading.current = readScreen(synth, now, lang, () => setSpeaking(false));
    setSpeaking(reading.current !== undefined);
  };

  // Leaving the screen or the page, or switching language, stops reading: the text belongs to the screen.
  useEffect(() => {
    addEventListener('pagehide', stop);
    if (readWhenGerman && lang === 'de') {
      readWhenGerman = false;
      start();
    }
    return () => {
      removeEventListener('pagehide', stop);
      stop();
      setNoVoice(false);
    };
  }, [lang]);

  const german = lang !== 'de' && voiceOf(voices, 'de') !== undefined;
  const toGerman = () => {
    readWhenGerman = true;
    void setLanguage('de');
  };
  return (
    <div class="read-aloud" data-no-read>
      <button type="button" class="button small" aria-pressed={speaking} aria-expanded={choice.kind === 'none' ? noVoice : undefined} data-testid="read-aloud" onClick={speaking ? stop : start}>
        <Icon name="speaker" />
        {t(speaking ? 'holder.read.stop' : 'holder.read.start')}
      </button>
      {choice.kind === 'near' && (
        <p class="hint" data-testid="read-aloud-near">
          {t('holder.read.nearVoice', { language: isolate(ENDONYMS[choice.speaks] ?? languageEndonym(choice.speaks) ?? choice.speaks) })}
        </p>
      )}
      {noVoice && (
        <div class="notice" role="status" data-testid="read-aloud-no-voice">
          <p>{t('holder.read.noVoice', { language: isolate(ENDONYMS[lang] ?? lang) })}</p>
          <p>{t('holder.read.addVoice')}</p>
          {german && (
            <button type="button" class="button small" data-testid="read-aloud-german" onClick={toGerman}>
              {t('holder.read.inGerman')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
