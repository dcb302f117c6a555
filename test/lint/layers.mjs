#!/usr/bin/env node
// Layer rule of the architecture, checked on every `npm test`: each folder of src/ may import
// only the layers and packages listed here. Adding a line is a design decision; make it in review.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const UI_PACKAGES = ['preact', 'preact/hooks', 'preact/jsx-runtime', 'qrcode', 'workbox-window', 'virtual:pwa-register'];

/** layer -> { layers it may import (src/ folders or single files), packages it may import } */
const RULES = {
  core: { layers: ['core'], packages: ['tweetnacl', 'fflate'] },
  config: { layers: ['config', 'core'], packages: [] },
  // storage/ is the database and what every role shares (top-level files, 'storage/shared'), and
  // one folder per role with its API (below); the top never imports a role's folder.
  storage: { layers: ['storage/shared', 'config', 'core'], packages: ['dexie'] },
  scan: { layers: ['scan', 'core'], packages: ['jsqr'] },
  // ui/ is several layers. i18n: the catalogues. kit: what every area shares. entry: how an entry
  // is shown and named. shell: the app frame and router. A role folder (below) sees those.
  'ui/i18n': { layers: ['ui/i18n', 'ui/kit/store.ts', 'core'], packages: ['preact/hooks'] },
  'ui/kit': { layers: ['ui/kit', 'ui/i18n', 'core', 'scan', 'storage/shared'], packages: UI_PACKAGES },
  'ui/entry': { layers: ['ui/entry', 'ui/kit', 'ui/i18n', 'core'], packages: UI_PACKAGES },
  'ui/shell': { layers: ['ui/shell', 'ui/kit', 'ui/i18n', 'core', 'storage/shared'], packages: UI_PACKAGES },
  cli: { layers: ['cli', 'core', 'scan/decode-image.ts'], packages: ['qrcode', 'pngjs', 'jpeg-js', 'tsx/esm/api'], node: true },
  '.': { layers: ['ui/shell', 'ui/i18n', 'ui/holder/pass-state.ts', '.'], packages: ['preact'] },
};

// Each role folder of ui/ imports only itself, the neutral ui layers, core, config and scan, and
// of storage only its own API (storage/<role>/). Never another role.
const ROLES = ['holder', 'office', 'verifier', 'coordinator'];
for (const role of ROLES) {
  RULES[`ui/${role}`] = { layers: [`ui/${role}`, 'ui/kit', 'ui/entry', 'ui/shell', 'ui/i18n', 'core', 'config', 'scan', `storage/${role}`], packages: UI_PACKAGES };
}
// Each role's storage sees its own folder and the shared top of storage/, never another role's;
// the one exception: the DEMO seed makes its sample pass through the holder's API, as a holder would.
for (const role of ROLES) {
  RULES[`storage/${role}`] = { layers: [`storage/${role}`, 'storage/shared', 'config', 'core'], packages: ['dexie'] };
}
RULES['storage/coordinator'].layers.push('storage/holder/create-holder-api.ts');
// The one place that starts the areas: the router table (each area lazily, as its own chunk).
const ENTRY_POINTS = { 'ui/shell/app.tsx': ROLES.map((r) => `ui/${r}`) };

const SPEC = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

function files(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|mjs|js)$/.test(n) ? [p] : [];
  });
}

/** The layer of a path relative to src/: the longest key of RULES it lies in ('.' for top-level files). */
function layerOf(rel) {
  const parts = rel.split('/');
  if (parts.length === 1) return '.';
  const two = parts.slice(0, 2).join('/');
  return parts.length > 2 && RULES[two] ? two : parts[0] === 'ui' ? two : parts[0];
}

const inside = (target, layer) => (layer === '.' ? !target.includes('/') : target === layer || target.startsWith(`${layer}/`) || `${target}.ts` === layer || `${target}.tsx` === layer);

/** Every layer violation under `src` (a folder laid out like src/), as readable lines. */
export function checkLayers(src) {
  const problems = [];
  for (const file of files(src)) {
    const rel = relative(src, file);
    const layer = layerOf(rel);
    const rule = RULES[layer];
    if (!rule) {
      problems.push(`src/${rel}: folder src/${layer} has no layer rule`);
      continue;
    }
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const m of text.matchAll(SPEC)) {
      const spec = m[1] ?? m[2] ?? m[3];
      let ok;
      if (spec.startsWith('.')) {
        const target = relative(src, resolve(dirname(file), spec));
        const allowed = [...rule.layers, ...(ENTRY_POINTS[rel] ?? [])];
        // storage/shared: the files at the top of storage/ (the database, settings every area reads).
        ok = allowed.some((l) => (l === 'storage/shared' ? target.startsWith('storage/') && !target.slice(8).includes('/') : inside(target, l)));
      } else if (spec.startsWith('node:')) {
        ok = rule.node === true;
      } else {
        ok = rule.packages.includes(spec) || rule.packages.some((p) => spec.startsWith(`${p}/`));
      }
      if (!ok) problems.push(`src/${rel}: layer '${layer}' may not import '${spec}'`);
    }
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const src = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../../src');
  const problems = checkLayers(resolve(src));
  if (problems.length) {
    process.stderr.write(`${problems.join('\n')}\n${problems.length} layer violation(s)\n`);
    process.exit(1);
  }
  process.stdout.write('layers: ok\n');
}
