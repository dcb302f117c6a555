// The CSP is written twice: in index.html (works on any host) and in public/_headers (for
// hosts that send it as a header, which can also forbid framing). The hosting recipes repeat
// the headers for nginx (deploy/nginx.conf, the container's config, and every nginx block in
// docs/hosting.md) and Apache (every apache block there). None of them may drift.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values.join(' ')]));

/** The `/*` block of _headers: header name → value. */
function headersFile(): Map<string, string> {
  const block = /^\/\*\n((?:[ \t]+.+\n?)+)/m.exec(read('public/_headers'))?.[1] ?? '';
  return new Map(block.split('\n').filter((l) => l.trim()).map((l) => /^\s+([\w-]+):\s*(.+)$/.exec(l)!.slice(1, 3) as [string, string]));
}

/** Security headers an nginx config sends for every file (`add_header Name "value" always;`), Cache-Control aside. */
function nginxHeaders(conf: string): Map<string, string> {
  const found = [...conf.matchAll(/add_header\s+([\w-]+)\s+(?:"([^"]*)"|(\S+?))\s+always;/g)].map((m) => [m[1]!, m[2] ?? m[3]!] as [string, string]);
  return new Map(found.filter(([name]) => name !== 'Cache-Control'));
}

/** Security headers of an Apache config (`Header always set Name "value"`), Cache-Control aside. */
function apacheHeaders(conf: string): Map<string, string> {
  const found = [...conf.matchAll(/Header\s+always\s+set\s+([\w-]+)\s+"([^"]*)"/g)].map((m) => [m[1]!, m[2]!] as [string, string]);
  return new Map(found.filter(([name]) => name !== 'Cache-Control'));
}

const blocks = (lang: string) => [...read('docs/hosting.md').matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

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

  it('is the same, with every other header, in the container config and each nginx and Apache recipe', () => {
    const want = headersFile();
    expect(want.get('Content-Security-Policy')).toBe(header);
    const configs = [
      ['deploy/nginx.conf', nginxHeaders(read('deploy/nginx.conf'))],
      ...blocks('nginx').map((b, i) => [`docs nginx block ${i + 1}`, nginxHeaders(b)] as const),
      ...blocks('apache').map((b, i) => [`docs apache block ${i + 1}`, apacheHeaders(b)] as const),
    ] as const;
    expect(configs.length).toBe(3);
    for (const [name, got] of configs) expect([name, got]).toEqual([name, want]);
  });
});

describe('caching rules', () => {
  const conf = read('deploy/nginx.conf');

  it('revalidate the service worker, the page, site.json and the trust lists; assets are immutable', () => {
    // One map decides Cache-Control for every path: a location-level add_header would drop the security headers.
    const map = /map \$uri \$bbpass_cache \{([^}]*)\}/.exec(conf)?.[1] ?? '';
    expect(map).toMatch(/default\s+"no-cache";/);
    expect(map).toMatch(/~\^\/assets\/\s+"public, max-age=31536000, immutable";/);
    expect(conf).toMatch(/add_header Cache-Control \$bbpass_cache always;/);
    expect(conf).not.toMatch(/location[^{]*\{[^}]*add_header/);
    const file = read('public/_headers');
    for (const path of ['/sw.js', '/index.html', '/site.json', '/trust/*']) expect(file).toMatch(new RegExp(`^${path.replace(/[.*]/g, '\\$&')}\\n\\s+Cache-Control: no-cache$`, 'm'));
    expect(file).toMatch(/^\/assets\/\*\n\s+Cache-Control: public, max-age=31536000, immutable$/m);
    for (const b of blocks('apache')) expect(b).toMatch(/Header set Cache-Control "no-cache"[\s\S]*assets[\s\S]*immutable/);
  });

  it('the container serves the site folder with this config', () => {
    const docker = read('deploy/Dockerfile');
    expect(docker).toMatch(/^FROM nginx:[\w.-]*alpine/m);
    expect(docker).toMatch(/COPY deploy\/nginx\.conf \/etc\/nginx\/conf\.d\/default\.conf/);
  });
});
