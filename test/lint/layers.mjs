#!/usr/bin/env node
// Layer rule of the architecture, checked on every `npm test`: each folder of src/ may import
// only the layers and packages listed here. Adding a line is a design decision; make it in review.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
  scan: { layers: ['scan', 'core'], packages: ['jsqr', 'zxing-wasm'] },
  // ui/ is several layers. i18n: the catalogues. kit: what every area shares. entry: how an entry
  // is shown and named. shell: the app frame and router. A role folder (below) sees those.
  'ui/i18n': { layers: ['ui/i18n', 'ui/kit/store.ts', 'core'], packages: ['preact/hooks'] },
  'ui/kit': { layers: ['ui/kit', 'ui/i18n', 'core', 'scan', 'storage/shared'], packages: UI_PACKAGES },
  'ui/entry': { layers: ['ui/entry', 'ui/kit', 'ui/i18n', 'core'], packages: UI_PACKAGES },
  'ui/shell': { layers: ['ui/shell', 'ui/kit', 'ui/i18n', 'core', 'storage/shared'], packages: UI_PACKAGES },
  cli: { layers: ['cli', 'core', 'scan/zxing-reader.ts'], packages: ['qrcode', 'pngjs', 'jpeg-js', 'tsx/esm/api'], node: true },
  // The entry point reads site.json (config/load-site.ts) before the first render.
  '.': { layers: ['ui/shell', 'ui/i18n', 'ui/holder/pass-state.ts', 'config/load-site.ts', 'config/site.ts', '.'], packages: ['preact'] },
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
// The one place that starts the areas: the route table (each area lazily, as its own chunk).
const ENTRY_POINTS = { 'ui/shell/routes.ts': ROLES.map((r) => `ui/${r}`) };

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

// Import cycles: a module that (through others) imports itself is half-initialised while its own
// imports run, and a circle makes two files one unit that can only be read and moved together.
// Static imports and `import type` count; a dynamic `import()` does not: it runs after every
// static module has loaded, and it is how the router reaches the areas that link back to it.
const RESOLVE = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx'];

/** The relative, static import targets of one file that are files under `src`. */
function staticImports(src, file) {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  const targets = [];
  for (const m of text.matchAll(SPEC)) {
    const spec = m[1] ?? m[3];
    if (!spec?.startsWith('.')) continue;
    const base = resolve(dirname(file), spec);
    const hit = RESOLVE.map((ext) => base + ext).find((p) => existsSync(p) && statSync(p).isFile() && /\.(ts|tsx|mjs|js)$/.test(p));
    if (hit) targets.push(relative(src, hit));
  }
  return targets;
}

/** Every import cycle under `src` (a folder laid out like src/), one readable line per cycle: `a -> b -> a`. */
export function checkCycles(src) {
  const graph = new Map(files(src).map((f) => [relative(src, f), staticImports(src, f)]));
  // Tarjan's strongly connected components: each component of two or more files (or a file that
  // imports itself) holds at least one cycle; one shortest cycle through it is reported.
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  let next = 0;
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = new Set();
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.add(w);
    } while (w !== v);
    if (component.size > 1 || graph.get(v).includes(v)) cycles.push(shortestCycle(graph, [...component].sort()[0], component));
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles.map((c) => `import cycle: ${c.map((f) => `src/${f}`).join(' -> ')}`);
}

/** The shortest path from `start` back to itself inside `component` (breadth first). */
function shortestCycle(graph, start, component) {
  const from = new Map();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift();
    for (const w of graph.get(v)) {
      if (!component.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u = v; u !== start; u = from.get(u)) path.splice(1, 0, u);
        return [...path, start];
      }
      if (!from.has(w)) {
        from.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const src = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../../src'));
  const problems = checkLayers(src);
  const cycles = checkCycles(src);
  if (problems.length) process.stderr.write(`${problems.join('\n')}\n${problems.length} layer violation(s)\n`);
  if (cycles.length) process.stderr.write(`${cycles.join('\n')}\n${cycles.length} import cycle(s)\n`);
  if (problems.length || cycles.length) process.exit(1);
  process.stdout.write('layers: ok, no import cycles\n');
}
