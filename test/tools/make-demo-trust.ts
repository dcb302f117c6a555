// Writes the DEMO districts' trust lists shipped with the app (public/trust/<district>.json,
// fetched by the app and precached by the service worker): the 'demo' district and the DEMO
// federation (Dachau, Freising, Darmstadt-Dieburg). Run once: `npx tsx test/tools/make-demo-trust.ts`.
// Everything is built as of 2026-11-01T00:00:00Z, so the certificates are valid from
// 2024-11-01 to 2029-10-31; same time, same bytes. DEMO — not for production: the keys are public.
import { mkdirSync, writeFileSync } from 'node:fs';
import { demoDistrictWorld, demoWorld, DEMO_FEDERATION, DEMO_TRUST_AT as AT, type TrustAnchor, type TrustList, trustFileJson } from '../../src/core';

const out = new URL('../../public/trust/', import.meta.url);
mkdirSync(out, { recursive: true });

function write(anchor: TrustAnchor, list: TrustList): void {
  writeFileSync(new URL(`${anchor.district}.json`, out), `${JSON.stringify(trustFileJson([anchor], [list]), null, 2)}\n`);
  process.stdout.write(`wrote public/trust/${anchor.district}.json (DEMO trust list v${list.claims.version}, as of ${new Date(AT * 1000).toISOString()})\n`);
}

const w = demoWorld(AT);
write(w.anchor, w.trustList);
for (const d of DEMO_FEDERATION) {
  const dw = demoDistrictWorld(d, AT);
  write(dw.anchor, dw.trustList);
}
