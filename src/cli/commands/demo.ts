// `bbpass demo`: the public DEMO district in a folder, ready for every other verb.
import { join } from 'node:path';
import {
  cardToCbor, certificateToCbor, createCard, createPresentation, demoWorld, encodeCbor, presentationToCbor, stampToCbor, valueToText,
  FrameTextEncoder, DEMO_DISTRICT, DEMO_DISTRICT_NAME, trustFileJson,
} from '../../core';
import { parseArgs, parseTime } from '../args';
import { writeJson, writeText } from '../io';
import { keyFile } from '../key-file';

const DEMO_WARNING = 'DEMO — not for production: this key derives from a published label; anyone can sign with it.';

/** Runs `bbpass demo --out DIR [--at ISO]`. */
export async function demoCommand(argv: string[]): Promise<number> {
  const a = parseArgs(argv, ['out', 'at']);
  const dir = a.need('out');
  const now = parseTime(a.get('at'));
  const w = demoWorld(now);
  const put = (name: string, text: string) => writeText(join(dir, name), `${text}\n`);
  const plain = { plainWarning: DEMO_WARNING };

  writeJson(join(dir, 'trust.json'), trustFileJson([w.anchor], [w.trustList]));
  writeJson(join(dir, 'keys/root.key'), await keyFile('root', w.root, { district: DEMO_DISTRICT, name: DEMO_DISTRICT_NAME }, plain));
  for (const [name, o] of Object.entries(w.offices)) {
    writeJson(join(dir, `keys/${name}.key`), await keyFile('office', o.keys, { name: o.certificate.claims.officeName }, plain));
    put(`certificates/${name}.qr`, valueToText('certificate', certificateToCbor(o.certificate)));
  }
  const { publicKey: _k, ...person } = w.holder;
  writeJson(join(dir, 'keys/holder.key'), await keyFile('holder', w.holderKeys, { holder: person }, plain));
  w.stamps.forEach((s, i) => put(`stamps/${String(i + 1).padStart(2, '0')}.qr`, valueToText('stamp', stampToCbor(s))));
  put('card.qr', valueToText('card', cardToCbor(createCard(w.holder, w.holderKeys, now))));
  const p = createPresentation(w.holder, w.holderKeys, w.stamps, now);
  const frames = new FrameTextEncoder('presentation', encodeCbor(presentationToCbor(p)));
  put('presentation.txt', frames.texts(frames.seqLen).join('\n'));
  const iso = new Date(now * 1000).toISOString();
  put('README.txt', readme(iso, w.stamps.length));
  process.stdout.write(`${JSON.stringify({ out: dir, madeAt: iso, stamps: w.stamps.length, frames: frames.seqLen })}\n`);
  return 0;
}

function readme(iso: string, n: number): string {
  return `DEMO district of the Bildungs- und Beratungspass — NOT FOR PRODUCTION.
Every key in keys/ derives from a published label and is stored unencrypted on purpose.

Made at: ${iso}
(Pass cards and presentations are fresh for minutes only: verify them with --at ${iso}.)

trust.json          the demo root (anchor) and its signed trust list
keys/               root, three offices and the holder (Amina Beispiel, born 1998-04-12)
certificates/       the offices' certificates
stamps/01..${String(n).padStart(2, '0')}.qr    one stamp per file, all four entry types, three offices
card.qr             the holder's pass card
presentation.txt    all stamps as one presentation, one QR frame per line

Try:
  npx bbpass verify --trust trust.json --at ${iso} presentation.txt
  npx bbpass verify --trust trust.json stamps/01.qr
  npx bbpass qr stamps/01.qr --out stamp-01.png && npx bbpass scan stamp-01.png
`;
}
