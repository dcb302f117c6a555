// Vite plugin (builds only): index.html names the app's entry and the modules it imports in
// <meta name="bbpass-entry"> instead of loading them itself, and first-screen.js starts them
// after the first paint. Why: the first start's language list is already in the page, and the
// ~15 module requests the parser would otherwise send at once shared a slow phone link with the
// stylesheet the first paint waits for (lighthouse, holder start page: FCP 1.1 -> 0.8 s, LCP
// 1.7 -> 1.3 s). The dev server keeps its own <script type="module"> (no meta: nothing to start).
import type { Plugin } from 'vite';

const ENTRY = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/** Moves the entry script and its modulepreload links out of `html` into one meta; throws unless there is exactly one entry. */
export function entryAfterPaint(html: string): string {
  const entries = [...html.matchAll(ENTRY)].map((m) => m[1]!);
  if (entries.length !== 1) throw new Error(`index.html: expected one module entry, found ${entries.length}`);
  const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1]!);
  const urls = [...entries, ...preloads];
  if (urls.some((u) => /[\s"<>]/.test(u))) throw new Error('index.html: an asset URL with a space or quote');
  const meta = `\n    <meta name="bbpass-entry" content="${urls.join(' ')}" />`;
  return html.replace(ENTRY, '').replace(PRELOAD, '').replace('</head>', `${meta}\n  </head>`);
}

/** The plugin: runs after Vite wrote its own tags into the built index.html. */
export function entryAfterPaintPlugin(): Plugin {
  return { name: 'bbpass-entry-after-paint', apply: 'build', transformIndexHtml: { order: 'post', handler: entryAfterPaint } };
}
