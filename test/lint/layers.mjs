#!/usr/bin/env node
// Layer rule of the architecture, checked on every `npm test`: each folder of src/ may import
// only the layers and packages listed here. Adding a line is a design decision; make it in review.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');

/** layer -> { layers it may import (src/ folders or single files), packages it may import } */
const RULES = {
  core: { layers: ['core'], packages: ['tweetnacl', 'fflate'] },
  config: { layers: ['config', 'core'], packages: [] },
  storage: { layers: ['storage', 'config', 'core'], packages: ['dexie'] },
  scan: { layers: ['scan', 'core'], packages: ['jsqr'] },
  ui: { layers: ['ui', 'config', 'core', 'storage', 'scan'], packages: ['preact', 'preact/hooks', 'preact/compat', 'preact/jsx-runtime', 'qrcode', 'workbox-window', 'virtual:pwa-register'] },
  cli: { layers: ['cli', 'core', 'scan/decode-image.ts'], packages: ['qrcode', 'pngjs', 'jpeg-js', 'tsx/esm/api'], node: true },
  '.': { layers: ['ui', 'core', 'storage', 'scan', '.'], packages: ['preact'] },
};

// Inside ui/, the role areas are separate: a role folder imports only itself and the neutral
// folders (common, shell, i18n …), and a neutral file imports no role folder, except the
// entry points that start the areas: the router table in ui/app.tsx (each area lazily) and
// main.tsx (the holder's pass state, started before the first render).
const ENTRY_POINTS = ['ui/app.tsx', 'main.tsx'];
const ROLES = ['holder', 'office', 'verifier', 'coordinator'];
const roleOf = (rel) => {
  const [top, folder] = rel.split('/');
  return top === 'ui' && ROLES.includes(folder) ? folder : undefined;
};

const SPEC = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

function files(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|mjs|js)$/.test(n) ? [p] : [];
  });
}

const layerOf = (file) => {
  const rel = relative(SRC, file).split('/');
  return rel.length === 1 ? '.' : rel[0];
};

const problems = [];
for (const file of files(SRC)) {
  const rule = RULES[layerOf(file)];
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  if (!rule) {
    problems.push(`${relative(ROOT, file)}: folder src/${layerOf(file)} has no layer rule`);
    continue;
  }
  for (const m of text.matchAll(SPEC)) {
    const spec = m[1] ?? m[2] ?? m[3];
    let ok;
    if (spec.startsWith('.')) {
      const target = relative(SRC, resolve(dirname(file), spec));
      ok = rule.layers.some((l) => (l === '.' ? !target.includes('/') : target === l || target.startsWith(`${l}/`) || `${target}.ts` === l));
      const [from, to] = [roleOf(relative(SRC, file)), roleOf(target)];
      if (to && to !== from && !ENTRY_POINTS.includes(relative(SRC, file))) {
        problems.push(`${relative(ROOT, file)}: ${from ? `role folder ui/${from}` : 'a neutral ui file'} may not import ui/${to} ('${spec}')`);
      }
    } else if (spec.startsWith('node:')) {
      ok = rule.node === true;
    } else {
      ok = rule.packages.includes(spec) || rule.packages.some((p) => spec.startsWith(`${p}/`));
    }
    if (!ok) problems.push(`${relative(ROOT, file)}: layer '${layerOf(file)}' may not import '${spec}'`);
  }
}

if (problems.length) {
  process.stderr.write(`${problems.join('\n')}\n${problems.length} layer violation(s)\n`);
  process.exit(1);
}
process.stdout.write('layers: ok\n');
