// The CSP is written twice: in index.html (works on any host) and in public/_headers (for
// hosts that send it as a header, which can also forbid framing). They must never drift.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values.join(' ')]));

describe('content security policy', () => {
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(read('index.html'))?.[1] ?? '';
  const header = /Content-Security-Policy: (.+)/.exec(read('public/_headers'))?.[1] ?? '';

  it('is strict: own origin only, no inline script, no eval, no plugins', () => {
    const d = directives(meta);
    expect(d.get('default-src')).toBe("'self'");
    // WebAssembly compilation only (ZXing's own-origin .wasm in the decode worker), not JavaScript eval.
    expect(d.get('script-src')).toBe("'self' 'wasm-unsafe-eval'");
    expect(d.get('connect-src')).toBe("'self'");
    expect(d.get('object-src')).toBe("'none'");
    expect(meta.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('is the same in the headers file, which adds frame-ancestors', () => {
    const h = directives(header);
    expect(h.get('frame-ancestors')).toBe("'none'");
    h.delete('frame-ancestors');
    expect(h).toEqual(directives(meta));
  });
});
