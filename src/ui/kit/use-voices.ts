import { useEffect, useState } from 'preact/hooks';

/** speechSynthesis where the browser has it. */
export const speechSynth = (): SpeechSynthesis | undefined => (typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis);

/** The phone's voices, updated when the browser finishes loading them (Chromium lists none until `voiceschanged`). */
export function useVoices(): readonly SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState(() => speechSynth()?.getVoices() ?? []);
  useEffect(() => {
    const synth = speechSynth();
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    update();
    synth.addEventListener?.('voiceschanged', update);
    return () => synth.removeEventListener?.('voiceschanged', update);
  }, []);
  return voices;
}
