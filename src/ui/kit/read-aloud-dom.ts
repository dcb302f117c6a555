// Turns the screen as drawn into read-aloud parts: a part is what the screen shows as one block
// (heading, paragraph, list item, a flex item such as a button's hint), and a <dt>/<dd> pair is a
// label with its value. What is hidden, marked `data-no-read` or only for screen readers is left out,
// and so is the back link: it is the way out, not what the screen says.
import type { ReadPart, ReadText } from './read-aloud-plan';

const SKIP = 'svg, canvas, img, script, style, input, select, textarea, [hidden], [aria-hidden="true"], [data-no-read], .visually-hidden, .back-link';

const isSkipped = (el: Element): boolean => el.matches(SKIP) || getComputedStyle(el).display === 'none';
const isInline = (el: Element): boolean => ['inline', 'contents'].includes(getComputedStyle(el).display);

/** The text of an inline run, without skipped elements. */
function inlineText(nodes: readonly Node[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    else if (node instanceof Element && !isSkipped(node)) text += inlineText([...node.childNodes]);
  }
  return text;
}

/** The language an element's markup names, when it differs from the page's. */
function langOf(el: Element): string | undefined {
  const lang = el.closest('[lang]')?.getAttribute('lang') ?? undefined;
  return lang && lang !== document.documentElement.lang ? lang : undefined;
}

/** One ReadText for an element's inline run: its language is the run's when one element carries it all. */
function readText(owner: Element, nodes: readonly Node[]): ReadText {
  const elements = nodes.filter((n): n is Element => n instanceof Element && !isSkipped(n));
  const only = elements.length === 1 && nodes.every((n) => n === elements[0] || !(n.textContent ?? '').trim()) ? elements[0]! : owner;
  return { text: inlineText(nodes), lang: langOf(only), spell: only.closest('[data-read="spell"]') !== null || undefined };
}

/** Adds the parts of `el` to `out`, in document order. */
function collect(el: Element, out: ReadPart[]): void {
  if (isSkipped(el)) return;
  if (el.tagName === 'DT' || el.tagName === 'DD') return collectField(el, out);
  let run: Node[] = [];
  const flush = () => {
    if (inlineText(run).trim()) out.push({ kind: 'text', text: readText(el, run) });
    run = [];
  };
  for (const child of el.childNodes) {
    if (child instanceof Element && !isInline(child)) {
      flush();
      collect(child, out);
    } else run.push(child);
  }
  flush();
}

/** A <dt> with the <dd> after it as one field; a lone <dd> as text. */
function collectField(el: Element, out: ReadPart[]): void {
  if (el.tagName === 'DD') {
    const label = el.previousElementSibling;
    // Read with its label.
    if (label?.tagName === 'DT' && !isSkipped(label)) return;
    out.push({ kind: 'text', text: readText(el, [...el.childNodes]) });
    return;
  }
  const value = el.nextElementSibling;
  const label = readText(el, [...el.childNodes]);
  if (value?.tagName !== 'DD' || isSkipped(value)) {
    out.push({ kind: 'text', text: label });
    return;
  }
  out.push({ kind: 'field', label, value: readText(value, [...value.childNodes]) });
}

/** The parts of a screen to read aloud, in the order shown. */
export function readParts(root: Element): ReadPart[] {
  const out: ReadPart[] = [];
  collect(root, out);
  return out;
}
