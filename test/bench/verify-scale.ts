// Verify time of presentations of growing size in Node, worst case of one office per stamp
// (as many shipped certificates as stamps): the time per stamp must stay flat (issue 13, item 6).
// Usage: npx tsx test/bench/verify-scale.ts [200 500 2000]
import { passOpenAfterTrustChange } from './pass-open';
import { bestVerifier, createPresentation, demoWorld, issueCertificate, issueStamp, keyPairFromSeed, presentationToCbor, TrustStore, verifyPresentation, type Entry } from '../../src/core';

const NOW = Date.UTC(2026, 8, 15, 10) / 1000;
const w = demoWorld(NOW);
const kurs: Entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'completed', units: 100 };
const sizes = process.argv.slice(2).map(Number);

const verify = await bestVerifier();
for (const n of sizes.length ? sizes : [200, 500, 2000]) {
  const stamps = Array.from({ length: n }, (_, i) => {
    const seed = new Uint8Array(32);
    new DataView(seed.buffer).setUint32(0, i + 1);
    const keys = keyPairFromSeed(seed);
    const claims = { district: w.anchor.district, officeKey: keys.publicKey, officeName: `Büro ${i}`, officeKind: 'sprachkurstraeger' as const, allowedTypes: ['sprachkurs' as const], validFrom: NOW - 1000, validUntil: NOW + 1000 };
    return issueStamp({ holder: w.holder, issuedAt: NOW - 100, entry: kurs }, keys, issueCertificate(claims, w.root));
  });
  const p = presentationToCbor(createPresentation(w.holder, w.holderKeys, stamps, NOW - 10));
  const trust = new TrustStore([w.anchor]);
  await trust.offer(w.trustList, verify);
  const start = performance.now();
  const v = await verifyPresentation(p, { trust, now: NOW, verify });
  const ms = performance.now() - start;
  const ok = v.entries.filter((e) => e.valid).length;
  process.stdout.write(`${n} stamps (${n} certificates): ${ms.toFixed(0)} ms, ${(ms / n).toFixed(2)} ms/stamp, ${ok} valid\n`);
}

// The holder's side: opening a pass right after a trust list update (budget 300 ms for 1,000
// entries), median and worst of 3 updates; the first opening (no kept verdicts) happens once.
const ms = (x: number) => `${x.toFixed(0)} ms`;
for (const n of [100, 1000, 5000]) {
  const { first, same, changed, valid } = await passOpenAfterTrustChange(n, 3);
  const sorted = [...changed].sort((a, b) => a - b);
  const median = sorted[1]!;
  const budget = n === 1000 ? `  ${median <= 300 ? 'ok' : 'MISSED'} (budget 300 ms)` : '';
  process.stdout.write(
    `pass of ${n} entries opened after a trust change: median ${ms(median)}, worst ${ms(sorted[2]!)} of 3 (${(median / n).toFixed(3)} ms/entry; unchanged trust ${ms(same)}; first opening without kept verdicts ${ms(first)}), ${valid} valid${budget}\n`,
  );
}
