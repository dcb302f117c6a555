// What read-aloud says, planned apart from the DOM and from speechSynthesis so it can be tested
// in Node. One utterance per label and per value, a pause after each field: read as one block, an
// Arabic name ran straight into the next label. The text is what the screen shows, so numbers
// and dates are said as formatted there.

/** One thing on screen to say; `lang` only where the markup names a language (e.g. a German place name). */
export interface ReadText {
  readonly text: string;
  readonly lang?: string;
  /** Said character by character, e.g. the pass code a holder may have to read out. */
  readonly spell?: boolean;
}

/** A block of a screen: a heading, a paragraph, a list item, or a label with its value. */
export type ReadPart = { readonly kind: 'text'; readonly text: ReadText } | { readonly kind: 'field'; readonly label: ReadText; readonly value: ReadText };

/** One step of a reading: an utterance in a language, or a silent gap between fields. */
export type ReadStep = { readonly kind: 'say'; readonly text: string; readonly lang: string } | { readonly kind: 'pause'; readonly ms: number };

/** Silence after each field and paragraph; long enough to hear that a new one starts. */
export const FIELD_PAUSE_MS = 450;
// Chromium cuts off an utterance after about 15 s; 200 characters take about 12 s.
const MAX_UTTERANCE = 200;
// A screen is ours, but its values come from outside: a bound keeps a hostile pass from queueing for hours.
const MAX_STEPS = 400;

// Bidi and zero-width marks (isolate(), the RLMs in Arabic dates) take no space and are dropped;
// control characters become a space. ZWNJ and ZWJ stay: they shape Persian and Dari words.
const MARKS = /[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** The text as said: marks removed, white space collapsed; spelled text one character at a time. */
export function spokenText({ text, spell }: ReadText): string {
  const clean = text.replace(MARKS, '').replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
  if (!spell) return clean;
  // "K7QX-3MPA" → "K 7 Q X, 3 M P A": engines read letter groups as words otherwise.
  return clean
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((group) => [...group].join(' '))
    .join(', ');
}

/** Splits a long text at sentence ends, else at spaces, into pieces an engine says whole. */
export function splitLong(text: string, max = MAX_UTTERANCE): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '), window.lastIndexOf('۔ '), window.lastIndexOf('። '));
    const space = window.lastIndexOf(' ');
    const cut = sentence > max / 3 ? sentence + 1 : space > 0 ? space : max;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** The steps that read `parts`: each label and value its own utterance, a pause after every part. */
export function planReading(parts: readonly ReadPart[], lang: string): ReadStep[] {
  const steps: ReadStep[] = [];
  const say = (t: ReadText) => {
    for (const text of splitLong(spokenText(t))) steps.push({ kind: 'say', text, lang: t.lang ?? lang });
  };
  for (const part of parts) {
    const before = steps.length;
    if (part.kind === 'text') say(part.text);
    else if (spokenText(part.value)) {
      say(part.label);
      say(part.value);
    }
    if (steps.length > before) steps.push({ kind: 'pause', ms: FIELD_PAUSE_MS });
    if (steps.length >= MAX_STEPS) break;
  }
  const bounded = steps.slice(0, MAX_STEPS);
  // No trailing pause: nothing follows it.
  while (bounded.at(-1)?.kind === 'pause') bounded.pop();
  return bounded;
}
