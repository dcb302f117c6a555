import { useEffect, useState } from 'preact/hooks';
import type { Lang, Translate } from '../i18n';
import { Icon } from '../kit/icons';
import { pickVoice, readableText } from './read-aloud';

const synth = (): SpeechSynthesis | undefined => (typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis);

/** The voice for a language, updated when the browser finishes loading its voices. */
function useVoice(lang: Lang): SpeechSynthesisVoice | undefined {
  const [voice, setVoice] = useState(() => pickVoice(synth()?.getVoices() ?? [], lang));
  useEffect(() => {
    const s = synth();
    if (!s) return;
    const update = () => setVoice(pickVoice(s.getVoices(), lang));
    update();
    s.addEventListener?.('voiceschanged', update);
    return () => s.removeEventListener?.('voiceschanged', update);
  }, [lang]);
  return voice;
}

/** Reads the screen's main text aloud; rendered only where the browser has a voice for the language. */
export function ReadAloudButton({ t, lang }: { t: Translate; lang: Lang }) {
  const voice = useVoice(lang);
  const [speaking, setSpeaking] = useState(false);
  // Leaving the screen stops reading: the text belongs to the screen.
  useEffect(() => () => void synth()?.cancel(), []);
  if (!voice) return null;
  const toggle = () => {
    const s = synth()!;
    s.cancel();
    if (speaking) return setSpeaking(false);
    const main = document.getElementById('main');
    if (!main) return;
    const u = new SpeechSynthesisUtterance(readableText(main));
    u.voice = voice;
    u.lang = voice.lang;
    u.onend = u.onerror = () => setSpeaking(false);
    setSpeaking(true);
    s.speak(u);
  };
  return (
    <button type="button" class="button small read-aloud" data-no-read aria-pressed={speaking} data-testid="read-aloud" onClick={toggle}>
      <Icon name="speaker" />
      {t(speaking ? 'holder.read.stop' : 'holder.read.start')}
    </button>
  );
}
