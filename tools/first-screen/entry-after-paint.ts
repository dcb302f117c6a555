// Vite plugin (builds only): index.html names the app's entry and the modules it imports in
// <meta name="bbpass-entry"> instead of loading them itself, and first-screen.js starts them
// after the first paint. Why: the first start's language list is already in the page, and the
// ~15 module requests the parser would otherwise send at once shared a slow phone link with the
// stylesheet the first paint waits for (lighthouse, holder start page: FCP 1.1 -> 0.8 s, LCP
// 1.7 -> 1.3 s). The dev server keeps its own <script type="module"> (no meta: nothing to start).
import type { Plugin, Rollup } from 'vite';

const ENTRY = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/** Moves the entry script and its modulepreload links out of `html` into one meta; throws unless there is exactly one entry. */
export function entryAfterPaint(html: string): string {
  const entries = [...html.matchAll(ENTRY)].map((m) => m[1]!);
  if (entries.length !== 1) throw new Error(`index.html: expected one module entry, found ${entries.length}`);
  const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1]!);
  const meta = metaTag('bbpass-entry', [...entries, ...preloads]);
  return html.replace(ENTRY, '').replace(PRELOAD, '').replace('</head>', `${meta}\n  </head>`);
}

/** The start routes whose view first-screen.js fetches beside the entry, and the module each one loads (ui/shell/routes.ts). */
export const START_ROUTES: Readonly<Record<string, string>> = {
  holder: 'src/ui/holder/home-route.tsx',
  office: 'src/ui/office/office-route.tsx',
  verifier: 'src/ui/verifier/verifier-route.tsx',
  coordinator: 'src/ui/coordinator/coordinator-route.tsx',
};
/** Message catalogues by module: a holder language's, or a staff area's in German or English (ui/i18n). */
const MESSAGES = [/src\/ui\/i18n\/locales\/([a-z]+)\.json$/, /src\/ui\/i18n\/((?:de|en)-(?:office|verifier|coordinator))\.ts$/];

/**
 * `<meta name="bbpass-routes">`: each start route's view chunk and stylesheets (`office=./assets/….js,./assets/….css`) and each
 * message catalogue's chunk (`messages:en-office=./assets/…`). first-screen.js fetches the start
 * route's view and messages beside the entry. Why: the router asks for a view only once the entry
 * ran, the view for its messages only once it arrived; a staff area's first screen waited for
 * three such steps on a slow link (lighthouse LCP 2.4-3.0 s). Throws when a start route has no
 * chunk, so a renamed view fails the build.
 */
export function routesMeta(bundle: Rollup.OutputBundle): string {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk' && c.isDynamicEntry);
  const byFile = new Map(Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
  const module = (c: Rollup.OutputChunk) => (c.facadeModuleId ?? '').replaceAll('\\', '/');
  const views = Object.entries(START_ROUTES).map(([route, file]) => {
    const view = chunks.find((c) => module(c).endsWith(`/${file}`));
    if (!view) throw new Error(`no chunk for the start route ${route} (${file})`);
    // Its stylesheets and those of what it imports (the entry's are in the page already): the
    // router's import would ask for them only once the entry ran.
    const css = new Set<string>();
    const seen = new Set<string>();
    const walk = (c: Rollup.OutputChunk | undefined) => {
      if (!c || c.isEntry || seen.has(c.fileName)) return;
      seen.add(c.fileName);
      for (const f of c.viteMetadata?.importedCss ?? []) css.add(f);
      for (const f of c.imports) walk(byFile.get(f));
    };
    walk(view);
    return `${route}=${[view.fileName, ...css].map((f) => `./${f}`).join(',')}`;
  });
  const messages = chunks.flatMap((c) => {
    const name = MESSAGES.map((re) => re.exec(module(c))?.[1]).find(Boolean);
    return name ? [`messages:${name}=./${c.fileName}`] : [];
  });
  return metaTag('bbpass-routes', [...views, ...messages.sort()]);
}

/** A meta element whose content is `items` separated by spaces; throws when an item could leave the attribute or split. */
function metaTag(name: string, items: readonly string[]): string {
  if (items.some((u) => /[\s"<>]/.test(u))) throw new Error('index.html: an asset URL with a space or quote');
  return `\n    <meta name="${name}" content="${items.join(' ')}" />`;
}

/** The plugin: runs after Vite wrote its own tags into the built index.html. */
export function entryAfterPaintPlugin(): Plugin {
  return {
    name: 'bbpass-entry-after-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const out = entryAfterPaint(html);
        return bundle ? out.replace('</head>', `${routesMeta(bundle)}\n  </head>`) : out;
      },
    },
  };
}
