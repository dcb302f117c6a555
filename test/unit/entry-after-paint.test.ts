// The built index.html loads no module itself: first-screen.js starts the entry after the first
// paint from <meta name="bbpass-entry">. A page with no entry, or two, fails the build rather
// than ship an app that never starts or starts twice.
import { describe, expect, it } from 'vitest';
import { entryAfterPaint } from '../../tools/first-screen/entry-after-paint';

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
