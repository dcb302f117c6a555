// The layer lint's storage rules on a planted tree: a role's screens reach storage only through
// their own storage/<role>/, a role's storage never reaches into another role's, and the shared
// top of storage/ never imports a role folder. Allowed imports beside them stay quiet.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LINT = fileURLToPath(new URL('../lint/layers.mjs', import.meta.url));

function plant(files: Record<string, string>): string {
  const src = mkdtempSync(join(tmpdir(), 'bbpass-layers-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(src, path)), { recursive: true });
    writeFileSync(join(src, path), text);
  }
  return src;
}

/** The lint's violation lines for a planted tree (none when it passes). */
function violations(src: string): string[] {
  try {
    execFileSync(process.execPath, [LINT, src], { stdio: 'pipe' });
    return [];
  } catch (e) {
    return String((e as { stderr: Buffer }).stderr).trim().split('\n').slice(0, -1);
  }
}

describe('layer lint: one storage API per role', () => {
  it('refuses a screen reaching past its storage API, a role reaching into another, and the top reaching into a role', () => {
    const src = plant({
      'storage/db.ts': "import Dexie from 'dexie';\n",
      'storage/app-db.ts': "import { x } from './office/office-api';\n",
      'storage/holder/profile.ts': "export const p = 1;\n",
      'storage/office/office-api.ts': "import { p } from '../holder/profile';\nimport { db } from '../db';\n",
      'storage/coordinator/demo-seed.ts': "import { createHolderApi } from '../holder/create-holder-api';\n",
      'storage/holder/create-holder-api.ts': "import { db } from '../db';\n",
      'ui/office/log-route.tsx': "import { appDb } from '../../storage/app-db';\nimport type { OfficeApi } from '../../storage/office/office-api';\n",
      'ui/verifier/api.ts': "import type { OfficeApi } from '../../storage/office/office-api';\n",
    });
    const found = violations(src);
    rmSync(src, { recursive: true, force: true });
    expect(found.sort()).toEqual([
      "src/storage/app-db.ts: layer 'storage' may not import './office/office-api'",
      "src/storage/office/office-api.ts: layer 'storage/office' may not import '../holder/profile'",
      "src/ui/office/log-route.tsx: layer 'ui/office' may not import '../../storage/app-db'",
      "src/ui/verifier/api.ts: layer 'ui/verifier' may not import '../../storage/office/office-api'",
    ]);
  });
});
