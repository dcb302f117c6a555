// `npm run bench`: sizes, QR versions, frame counts and verification speed, each against its
// budget from the issues. Prints a table and writes test/bench/results.json.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { readFile } from 'node:fs/promises';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { deflateRawSync } from 'node:zlib';
import QRCode from 'qrcode';
import {
  createPresentation, demoEntries, demoWorld, encodeCbor, issueStamp, naclVerify, presentationToCbor, stampToCbor, toBase64Url, toText,
  verifyPresentation, webCryptoVerify, FountainDecoder, FrameTextEncoder, TrustStore, DEFAULT_FRAGMENT, fromText, certificateToCbor,
  type Entry, type VerifyFn,
} from '../../src/core';
import { benchDecoders } from './decoders';
import { createHolderApi } from '../../src/storage/holder/create-holder-api';
import { BbpassDb } from '../../src/storage/db';
import { entryRowOf } from '../../src/storage/holder/stamp-rows';

// Vite defines this for the app and the tests; tsx does not (the holder API reads it).
(globalThis as { __BBPASS_DEMO__?: boolean }).__BBPASS_DEMO__ = true;
const NOW = Date.UTC(2026, 8, 15, 10) / 1000;
const w = demoWorld(NOW);
const results: Array<{ name: string; value: number; unit: string; budget?: string; ok?: boolean }> = [];
function record(name: string, value: number, unit: string, budget?: { max: number } | { min: number }) {
  const ok = budget === undefined ? undefined : 'max' in budget ? value <= budget.max : value >= budget.min;
  const b = budget === undefined ? undefined : 'max' in budget ? `<= ${budget.max}` : `>= ${budget.min}`;
  results.push({ name, value, unit, ...(b ? { budget: b, ok } : {}) });
}
let decoderTable = '';
const qrVersion = (text: string, ec: 'L' | 'M' = 'M') => QRCode.create(text, { errorCorrectionLevel: ec }).version;
const qrVersionBytes = (bytes: Uint8Array, ec: 'L' | 'M' = 'M') => QRCode.create([{ data: bytes, mode: 'byte' }], { errorCorrectionLevel: ec }).version;

// 1. Stamp sizes per entry type (with the carried certificate).
for (const s of w.stamps) {
  const bytes = encodeCbor(stampToCbor(s));
  const text = toText('stamp', bytes);
  const typical = s === w.stamps[1];
  const tag = `stamp ${s.claims.entry.type}${typical ? ' (typical)' : ''}`;
  record(`${tag}: bytes incl. certificate`, bytes.length, 'B', typical ? { max: 400 } : undefined);
  record(`${tag}: QR version, Base45 text, EC M`, qrVersion(text), '', typical ? { max: 15 } : undefined);
  if (typical) {
    record(`${tag}: QR version, raw bytes, EC M`, qrVersionBytes(bytes), '');
    record(`${tag}: QR version, base64url, EC M`, qrVersion(`BBP1:S:${toBase64Url(bytes)}`), '');
    record(`${tag}: QR version, Base45 text, EC L`, qrVersion(text, 'L'), '');
    record(`${tag}: deflate-raw size (level 9)`, deflateRawSync(bytes, { level: 9 }).length, 'B');
  }
}
record('office certificate: bytes', encodeCbor(certificateToCbor(w.offices.sprachschule.certificate)).length, 'B');

// 2. A 30-stamp presentation from two offices, two types.
const entries: Entry[] = Array.from({ length: 30 }, (_, i) =>
  i % 2 === 0
    ? { type: 'sprachkurs', course: 'integrationskurs', level: (['A1', 'A2', 'B1'] as const)[i % 3], module: `Modul ${1 + (i % 6)}`, status: 'completed', units: 100 }
    : { type: 'beratung', topics: ['labour-market'], date: '2026-08-01', note: 'Bewerbung besprochen' },
);
const stamps = entries.map((entry, i) => {
  const o = entry.type === 'sprachkurs' ? w.offices.sprachschule : w.offices.beratung;
  return issueStamp({ holder: w.holder, issuedAt: NOW - 86400 + i * 60, entry }, o.keys, o.certificate);
});
const p = createPresentation(w.holder, w.holderKeys, stamps, NOW - 10);
const pBytes = encodeCbor(presentationToCbor(p));
record('presentation of 30 stamps: bytes', pBytes.length, 'B');
record('presentation of 30 stamps: deflate-raw size (level 9)', deflateRawSync(pBytes, { level: 9 }).length, 'B');
const enc = new FrameTextEncoder('presentation', pBytes, DEFAULT_FRAGMENT);
record(`presentation of 30 stamps: frames at <= ${DEFAULT_FRAGMENT + 16} B per frame`, enc.seqLen, 'frames');
record('frame: QR version, EC M', qrVersion(enc.text(1)), '');

// 3. Frames needed with 25% dropped, random order (fountain), over 200 seeded runs.
let seed = 7;
const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const needed: number[] = [];
for (let run = 0; run < 200; run++) {
  const d = new FountainDecoder();
  let shown = 0;
  for (let n = 1; !d.done && n < 10_000; n++) {
    shown++;
    if (rnd() < 0.25) continue;
    d.receive(fromText(enc.text(n)).bytes);
  }
  needed.push(shown);
}
needed.sort((a, b) => a - b);
record('30-stamp presentation, 25% dropped: frames shown until done (median)', needed[100]!, 'frames');
record('30-stamp presentation, 25% dropped: frames shown until done (max of 200)', needed[199]!, 'frames');
record('... seconds at 5 frames/s (max of 200)', needed[199]! / 5, 's', { max: 6 });

// 4. Verification speed.
async function rate(verify: VerifyFn, n: number): Promise<number> {
  const s = w.stamps[0]!.sign1;
  const { sigStructure } = await import('../../src/core');
  const msg = sigStructure(s.protectedBytes, s.payload);
  const key = w.offices.sprachschule.keys.publicKey;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) if (!(await verify(s.signature, msg, key))) throw new Error('verify failed');
  return n / ((performance.now() - t0) / 1000);
}
await rate(webCryptoVerify, 200);
record('Ed25519 verifies/s, WebCrypto (Node)', Math.round(await rate(webCryptoVerify, 5000)), '/s');
record('Ed25519 verifies/s, tweetnacl', Math.round(await rate(naclVerify, 300)), '/s');
const trust = new TrustStore([w.anchor]);
await trust.offer(w.trustList, webCryptoVerify);
const hundred = createPresentation(w.holder, w.holderKeys, [...stamps, ...stamps, ...stamps, ...stamps.slice(0, 10)], NOW - 10);
const hv = presentationToCbor(hundred);
await verifyPresentation(hv, { trust, now: NOW, verify: webCryptoVerify });
const times: number[] = [];
for (let i = 0; i < 15; i++) {
  const t0 = performance.now();
  const v = await verifyPresentation(hv, { trust, now: NOW, verify: webCryptoVerify });
  times.push(performance.now() - t0);
  if (!v.valid || v.entries.length !== 100) throw new Error('100-stamp presentation did not verify');
}
times.sort((a, b) => a - b);
record('verify a 100-stamp presentation, WebCrypto, Node (median of 15)', Math.round(times[7]! * 10) / 10, 'ms', { max: 100 });

// 5. QR decoding of camera-like frames by every decoder path the app can take (issue 18).
{
  const lines: string[] = [];
  for (const f of await benchDecoders(NOW, (line) => lines.push(line))) record(f.name, f.value, f.unit, f.budget);
  decoderTable = lines.join('\n');
}

// 6. Open a pass of 1,000 entries: summary plus entries(), every stamp re-verified. Node +
// fake-indexeddb; the browser figure comes with the holder UI.
{
  const db = new BbpassDb({ name: 'bench', indexedDB: new IDBFactory(), IDBKeyRange });
  const shipped = (path: string) => readFile(new URL(`../../public/${path}`, import.meta.url), 'utf8');
  const api = createHolderApi({ db, fetchTrust: shipped });
  await api.setDemoMode(true);
  const pass = await api.createPass({ givenName: 'Amina', familyName: 'Beispiel', birthDate: '1998-04-12' }, NOW - 400 * 86400);
  const row = await db.passes.get(pass.id);
  const holder = { ...pass.profile, publicKey: row!.publicKey };
  // Written in one go (receive() of each costs a transaction apiece in fake-indexeddb; it is not what is measured).
  const samples = demoEntries(NOW);
  const rows = Array.from({ length: 1000 }, (_, i) => {
    const [o, entry] = samples[i % samples.length]!;
    const { keys, certificate } = w.offices[o];
    const stamp = issueStamp({ holder, issuedAt: NOW - 300 * 86400 + i * 3600, entry }, keys, certificate);
    return entryRowOf({ valid: true, stamp, issuer: certificate, anchor: w.anchor }, pass.id, NOW);
  });
  await db.entries.bulkAdd(rows);
  const t: number[] = [];
  for (let i = 0; i < 11; i++) {
    const t0 = performance.now();
    const [summary, list] = await Promise.all([api.getPass(pass.id), api.entries(pass.id, NOW)]);
    t.push(performance.now() - t0);
    if (summary?.entryCount !== 1000 || list.length !== 1000 || !list.every((e) => e.valid)) throw new Error('1,000-entry pass did not open');
  }
  t.sort((a, b) => a - b);
  record('open a 1,000-entry pass, entries() re-verified (median of 11; Node + fake-indexeddb, browser figure comes with the UI)', Math.round(t[5]!), 'ms', { max: 300 });
  db.close();
}

const width = Math.max(...results.map((r) => r.name.length));
for (const r of results) {
  const verdict = r.ok === undefined ? '' : r.ok ? `  ok (${r.budget})` : `  MISSED (${r.budget})`;
  process.stdout.write(`${r.name.padEnd(width)}  ${String(r.value).padStart(8)} ${r.unit}${verdict}\n`);
}
process.stdout.write(`${decoderTable}\nload average (1 min) at the end: ${loadavg()[0]!.toFixed(2)}; timings are only comparable below 1.5\n`);
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify({ at: new Date().toISOString(), node: process.version, load: loadavg()[0], results }, null, 2)}\n`);
if (results.some((r) => r.ok === false)) process.exitCode = 1;
