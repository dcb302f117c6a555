// Writes public/trust/demo.json, the DEMO district's trust list shipped with the app (fetched
// as trust/demo.json and precached by the service worker). Run once:
// `npx tsx test/tools/make-demo-trust.ts`. The world is built as of 2026-11-01T00:00:00Z, so
// its certificates are valid from 2024-11-01 to 2029-10-31; same time, same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { demoWorld } from '../../src/core';
import { trustFileJson } from '../../src/cli/trust-file';

const AT = Date.UTC(2026, 10, 1) / 1000;
const w = demoWorld(AT);
const out = new URL('../../public/trust/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('demo.json', out), `${JSON.stringify(trustFileJson([w.anchor], [w.trustList]), null, 2)}\n`);
process.stdout.write(`wrote public/trust/demo.json (DEMO trust list v${w.trustList.claims.version}, as of ${new Date(AT * 1000).toISOString()})\n`);
