// The built index.html loads no module itself: first-screen.js starts the entry after the first
// paint from <meta name="bbpass-entry">. A page with no entry, or two, fails the build rather
// than ship an app that never starts or starts twice.
import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { entryAfterPaint, routesMeta, START_ROUTES } from '../../tools/first-screen/entry-after-paint';

const built = (scripts: string) => `<!doctype html><html><head>
    <title>x</title>
    <script src="./first-screen.js" async></script>
${scripts}
    <link rel="stylesheet" crossorigin href="./assets/index-c.css">
  </head><body></body></html>`;

describe('entry after paint', () => {
  it('moves the entry and its preloads into one meta, in order, and keeps the stylesheet', () => {
    const out = entryAfterPaint(built(`    <script type="module" crossorigin src="./assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/hooks-b.js">
    <link rel="modulepreload" crossorigin href="./assets/i18n-c.js">`));
    expect(out).not.toMatch(/type="module"|modulepreload/);
    expect(out).toContain('<meta name="bbpass-entry" content="./assets/index-a.js ./assets/hooks-b.js ./assets/i18n-c.js" />');
    expect(out).toContain('<link rel="stylesheet" crossorigin href="./assets/index-c.css">');
    expect(out).toContain('<script src="./first-screen.js" async></script>');
  });

  it('refuses a page with no module entry or with two', () => {
    expect(() => entryAfterPaint(built(''))).toThrow(/one module entry, found 0/);
    const two = '<script type="module" crossorigin src="./a.js"></script><script type="module" crossorigin src="./b.js"></script>';
    expect(() => entryAfterPaint(built(two))).toThrow(/found 2/);
  });

  it('refuses a URL that would leave the attribute', () => {
    expect(() => entryAfterPaint(built('<script type="module" crossorigin src="./a b.js"></script>'))).toThrow(/space or quote/);
  });
});

describe('start routes meta', () => {
  const chunk = (fileName: string, facadeModuleId: string | null, isDynamicEntry = true) =>
    ({ type: 'chunk', fileName, facadeModuleId, isDynamicEntry, isEntry: !isDynamicEntry, imports: [] }) as unknown as Rollup.OutputChunk;
  const views = Object.entries(START_ROUTES).map(([route, file]) => chunk(`assets/${route}-v.js`, `/repo/${file}`));
  const css = (c: Rollup.OutputChunk, file: string, imports: string[] = []) => Object.assign(c, { imports, viteMetadata: { importedCss: new Set([file]), importedAssets: new Set() } });
  const start = css(chunk('assets/index-x.js', '/repo/src/main.tsx', false), 'assets/index-x.css');
  const chart = css(chunk('assets/chart-x.js', null, false), 'assets/chart-x.css', [start.fileName]);
  Object.assign(chart, { isEntry: false });
  css(views[1]!, 'assets/office-v.css', [chart.fileName, start.fileName]);
  const bundle = (...chunks: Rollup.OutputChunk[]) => Object.fromEntries(chunks.map((c) => [c.fileName, c])) as Rollup.OutputBundle;

  it("names each start route's view with its stylesheets and each message catalogue, and nothing else", () => {
    const out = routesMeta(
      bundle(
        ...views,
        chunk('assets/ar-x.js', '/repo/src/ui/i18n/locales/ar.json'),
        chunk('assets/en-office-x.js', '/repo/src/ui/i18n/en-office.ts'),
        chunk('assets/admit-panel-x.js', '/repo/src/ui/coordinator/admit-panel.tsx'),
        start,
        chart,
      ),
    );
    const content = /content="([^"]*)"/.exec(out)![1]!.split(' ');
    expect(content).toEqual([
      'holder=./assets/holder-v.js',
      'office=./assets/office-v.js,./assets/office-v.css,./assets/chart-x.css',
      'verifier=./assets/verifier-v.js',
      'coordinator=./assets/coordinator-v.js',
      'messages:ar=./assets/ar-x.js',
      'messages:en-office=./assets/en-office-x.js',
    ]);
  });

  it('fails the build when a start route has no chunk of its own (a renamed or merged view)', () => {
    expect(() => routesMeta(bundle(...views.slice(1)))).toThrow(/no chunk for the start route holder/);
  });
});
