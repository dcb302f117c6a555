// The layer lint (`npm run lint`) run on small trees laid out like src/: a clean one passes, and
// each planted violation fails it with a line naming the file and what it may not import.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const LINT = fileURLToPath(new URL('../lint/layers.mjs', import.meta.url));

// A tree that keeps every rule: the shell's route table loads an area lazily, the area links back to the router
// (a lazy import() back is no cycle), roles use kit, entry and their own storage.
const CLEAN: Record<string, string> = {
  'main.tsx': "import { App } from './ui/shell/app';\nvoid App;\n",
  'core/model.ts': 'export const one = 1;\n',
  'core/codec.ts': "import type { one } from './model';\nexport type One = typeof one;\n",
  'storage/db.ts': "import { one } from '../core/model';\nexport const db = one;\n",
  'storage/holder/holder-api.ts': "import { db } from '../db';\nexport const api = db;\n",
  'ui/kit/format.ts': "import { one } from '../../core/model';\nexport const format = () => String(one);\n",
  'ui/entry/entry-text.ts': "import { format } from '../kit/format';\nexport const text = format;\n",
  'ui/shell/router.ts': "export const href = (r: string) => `#/${r}`;\n",
  'ui/shell/routes.ts': "export const ROUTES = { holder: () => import('../holder/home-route') };\n",
  'ui/shell/app.tsx': "import { href } from './router';\nimport { ROUTES } from './routes';\nexport const App = () => ROUTES.holder().then(() => href('holder'));\n",
  'ui/holder/home-route.tsx': "import { href } from '../shell/router';\nimport { text } from '../entry/entry-text';\nimport { api } from '../../storage/holder/holder-api';\nexport default () => [href('holder'), text(), api];\n",
  'ui/office/office-route.tsx': "import { format } from '../kit/format';\nexport default format;\n",
};

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Writes the clean tree plus `planted` (path relative to src/ -> text) and runs the lint on it. */
function lint(planted: Record<string, string> = {}): { status: number | null; out: string } {
  dir = mkdtempSync(join(tmpdir(), 'bbpass-layers-'));
  for (const [path, text] of Object.entries({ ...CLEAN, ...planted })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const r = spawnSync(process.execPath, [LINT, dir], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

/** Runs the lint with `planted` and expects it to fail naming every line of `lines`. */
function expectReported(planted: Record<string, string>, ...lines: string[]): void {
  const r = lint(planted);
  expect(r.status).toBe(1);
  for (const line of lines) expect(r.out).toContain(line);
}

describe('layer lint', () => {
  it('passes a tree that keeps the layers and has no cycle', () => {
    expect(lint()).toEqual({ status: 0, out: 'layers: ok, no import cycles\n' });
  });

  it('reports a role folder importing another role', () => {
    expectReported({ 'ui/office/stamp.tsx': "import Home from '../holder/home-route';\nexport default Home;\n" }, "src/ui/office/stamp.tsx: layer 'ui/office' may not import '../holder/home-route'");
  });

  it('reports ui/kit importing a role folder', () => {
    expectReported({ 'ui/kit/icons.tsx': "import Home from '../holder/home-route';\nexport const Icon = Home;\n" }, "src/ui/kit/icons.tsx: layer 'ui/kit' may not import '../holder/home-route'");
  });

  it('reports a shell file other than the route table importing a role folder, even lazily', () => {
    expectReported({ 'ui/shell/pwa.ts': "export const load = () => import('../office/office-route');\n" }, "src/ui/shell/pwa.ts: layer 'ui/shell' may not import '../office/office-route'");
  });

  it("reports a role importing another role's storage, a screen going past its storage API, and storage reaching across roles", () => {
    expectReported(
      {
        'storage/office/office-api.ts': "import { db } from '../db';\nexport const office = db;\n",
        'storage/office/office-rules.ts': "import { api } from '../holder/holder-api';\nexport const rules = api;\n",
        'storage/app-db.ts': "import { office } from './office/office-api';\nexport const appDb = office;\n",
        'ui/holder/peek.ts': "import { office } from '../../storage/office/office-api';\nexport const peek = office;\n",
        'ui/office/log-route.tsx': "import { appDb } from '../../storage/app-db';\nexport default appDb;\n",
      },
      "src/ui/holder/peek.ts: layer 'ui/holder' may not import '../../storage/office/office-api'",
      "src/ui/office/log-route.tsx: layer 'ui/office' may not import '../../storage/app-db'",
      "src/storage/office/office-rules.ts: layer 'storage/office' may not import '../holder/holder-api'",
      "src/storage/app-db.ts: layer 'storage' may not import './office/office-api'",
    );
  });

  it('reports an import cycle, import type included, with the files of the circle', () => {
    expectReported({ 'core/model.ts': "import type { One } from './codec';\nexport const one: One = 1;\n" }, 'import cycle: src/core/codec.ts -> src/core/model.ts -> src/core/codec.ts', '1 import cycle(s)');
  });

  it('reports a longer cycle once, and one that runs through a re-export', () => {
    expectReported(
      {
        'ui/holder/a.ts': "import { b } from './b';\nexport const a = b;\n",
        'ui/holder/b.ts': "import { c } from './c';\nexport const b = c;\n",
        'ui/holder/c.ts': "export * from './a';\nexport const c = 1;\n",
      },
      'import cycle: src/ui/holder/a.ts -> src/ui/holder/b.ts -> src/ui/holder/c.ts -> src/ui/holder/a.ts',
      '1 import cycle(s)',
    );
  });
});
