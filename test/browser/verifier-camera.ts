// Test data for the verifier: presentations of many stamps (two offices, two types), the
// defects a verifier must catch, a newer demo trust list with a revocation, and fake-camera
// videos: a presentation's frames at 5 frames/s with a quarter of them cut out, and a webcam
// filming the holder's screen (every frame shown, noise, blur, frames caught mid-change).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  createPresentation, demoKeyPair, demoWorld, encodeCbor, issueStamp, issueTrustList, presentationToCbor, trustListToCbor, valueToText,
  FrameTextEncoder, PayloadAssembler, DEMO_DISTRICT, DEMO_DISTRICT_NAME, type Entry, type Holder, type Stamp,
} from '../../src/core';
import { blur, noise, renderCode, seeded } from '../bench/camera-frames';
import { qrLumaPlane } from './y4m';

const DAY = 86_400;
const TOPICS = [['labour-market'], ['recognition', 'labour-market'], ['vocational-training'], ['language-course-access']] as const;
const LEVELS = ['A1', 'A2', 'B1'] as const;

/** The demo district at `now`, its holder and a second person. */
export function verifierWorld(now: number) {
  const world = demoWorld(now);
  const otherKeys = demoKeyPair('another holder');
  const other: Holder = { publicKey: otherKeys.publicKey, givenName: 'Omid', familyName: 'Rahimi', birthDate: '1990-07-01' };
  return { world, other };
}

/**
 * `count` genuine stamps of two offices and two types: language course modules (100 UE each,
 * levels rising to B1, the last passed with DTZ B1) and counselling sessions, oldest first.
 */
export function genuineStamps(now: number, count: number): Stamp[] {
  const { world } = verifierWorld(now);
  const { sprachschule, beratung } = world.offices;
  const day = (d: number) => new Date((now - d * DAY) * 1000).toISOString().slice(0, 10);
  const courses = Math.ceil(count / 2);
  // Spread over at most 600 days, inside the demo certificates' validity (from two years back).
  const gap = Math.max(1, Math.floor(600 / count));
  return Array.from({ length: count }, (_, i) => {
    const ago = 30 + (count - 1 - i) * gap;
    if (i % 2 === 0) {
      const k = i / 2;
      const last = k === courses - 1;
      const entry: Entry = last
        ? { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'exam-passed', certificate: 'DTZ B1', units: 100, from: day(ago + 9), to: day(ago) }
        : { type: 'sprachkurs', course: 'integrationskurs', level: LEVELS[Math.min(2, Math.floor((k * 3) / courses))], module: `Modul ${k + 1}`, status: 'completed', units: 100, from: day(ago + 9), to: day(ago) };
      return issueStamp({ holder: world.holder, issuedAt: now - ago * DAY, entry }, sprachschule.keys, sprachschule.certificate);
    }
    const entry: Entry = { type: 'beratung', topics: [...TOPICS[i % TOPICS.length]!], date: day(ago) };
    return issueStamp({ holder: world.holder, issuedAt: now - ago * DAY, entry }, beratung.keys, beratung.certificate);
  });
}

/** Moment the demo Berufsschule is revoked in {@link revokingTrustList}. */
export const revokedSince = (now: number) => now - 10 * DAY;

/** The three defects: a tampered stamp, one of another holder, one of a revoked office issued after the revocation. */
export function defectiveStamps(now: number): Stamp[] {
  const { world, other } = verifierWorld(now);
  const { sprachschule, beratung, berufsschule } = world.offices;
  const good = issueStamp({ holder: world.holder, issuedAt: now - 5 * DAY, entry: { type: 'sprachkurs', course: 'berufssprachkurs', level: 'C1', status: 'exam-passed', certificate: 'telc C1', units: 400 } }, sprachschule.keys, sprachschule.certificate);
  const signature = good.sign1.signature.slice();
  signature[signature.length - 1]! ^= 0x01;
  const tampered: Stamp = { ...good, sign1: { ...good.sign1, signature } };
  const foreign = issueStamp({ holder: other, issuedAt: now - 4 * DAY, entry: { type: 'beratung', topics: ['school'], date: new Date((now - 4 * DAY) * 1000).toISOString().slice(0, 10) } }, beratung.keys, beratung.certificate);
  const day = (d: number) => new Date((now - d * DAY) * 1000).toISOString().slice(0, 10);
  const revoked = issueStamp(
    { holder: world.holder, issuedAt: now - 2 * DAY, entry: { type: 'praktikum', employer: 'Autohaus Beispiel', occupation: 'Kfz-Mechatroniker/in', from: day(16), to: day(3), hoursPerWeek: 35 } },
    berufsschule.keys,
    berufsschule.certificate,
  );
  return [tampered, foreign, revoked];
}

/** A Berufsschule internship stamped before its revocation: it stays valid. */
export function beforeRevocationStamp(now: number): Stamp {
  const { world } = verifierWorld(now);
  const day = (d: number) => new Date((now - d * DAY) * 1000).toISOString().slice(0, 10);
  const { berufsschule } = world.offices;
  return issueStamp(
    { holder: world.holder, issuedAt: now - 20 * DAY, entry: { type: 'praktikum', employer: 'Gärtnerei Beispiel', occupation: 'Gärtner/in', from: day(40), to: day(27), hoursPerWeek: 30 } },
    berufsschule.keys,
    berufsschule.certificate,
  );
}

/** Version 2 of the demo trust list: the Berufsschule revoked since {@link revokedSince}; as payload text. */
export function revokingTrustList(now: number): string {
  const { world } = verifierWorld(now);
  const list = issueTrustList(
    {
      district: DEMO_DISTRICT,
      districtName: DEMO_DISTRICT_NAME,
      version: 2,
      issuedAt: now - DAY,
      certificates: Object.values(world.offices).map((o) => o.certificate),
      revocations: [{ officeKey: world.offices.berufsschule.keys.publicKey, since: revokedSince(now) }],
    },
    world.root,
  );
  return valueToText('trustList', trustListToCbor(list));
}

/** The frame encoder of the demo holder's presentation of `stamps`, signed at `createdAt` (under `rename`d names, if given), in fragments of up to `fragment` bytes. */
export function presentationFrames(now: number, stamps: readonly Stamp[], createdAt = now, rename: Partial<Holder> = {}, fragment?: number): FrameTextEncoder {
  const { world } = verifierWorld(now);
  const p = createPresentation({ ...world.holder, ...rename }, world.holderKeys, stamps, createdAt);
  return new FrameTextEncoder('presentation', encodeCbor(presentationToCbor(p)), fragment);
}

/**
 * The frames a lossy camera sees: 1…`shown` with every fourth one dropped (25 % loss), and
 * further frames on the same pattern until they determine the message (full rank). Without
 * the extension a looped video could lack a fragment for good, and the scan stalled short of
 * 100 % (issue 13, item 12). Throws if even 20 × seqLen frames do not suffice.
 */
export function lossySeqNums(frames: FrameTextEncoder, shown = frames.seqLen * 2): number[] {
  const assembler = new PayloadAssembler();
  const kept: number[] = [];
  let complete = false;
  for (let n = 1; n <= shown || !complete; n++) {
    if (n > 20 * frames.seqLen) throw new Error(`frames 1…${n - 1} (every fourth dropped) do not determine the message`);
    if (n % 4 === 0) continue;
    kept.push(n);
    complete ||= assembler.receive(frames.text(n)).status === 'complete';
  }
  return kept;
}

/**
 * Writes a Y4M video at `fps` frames/s showing the frames of {@link lossySeqNums}, as a camera
 * misses frames; Chromium loops it. Several presentations are interleaved frame by frame (two
 * phones in view). Returns the path.
 */
export function writeLossyPresentationY4m(path: string, frames: FrameTextEncoder | readonly FrameTextEncoder[], options: { fps?: number; shown?: number } = {}): string {
  const all = Array.isArray(frames) ? frames : [frames as FrameTextEncoder];
  const { fps = 5, shown } = options;
  const width = 640;
  const height = 480;
  const lists = all.map((f) => lossySeqNums(f, shown));
  const texts = Array.from({ length: Math.max(...lists.map((l) => l.length)) }, (_, i) => lists.flatMap((l, k) => (i < l.length ? [all[k]!.text(l[i]!)] : []))).flat();
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const parts = texts.flatMap((text) => [Buffer.from('FRAME\n', 'ascii'), qrLumaPlane(text, { width, height }), chroma, chroma]);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, Buffer.concat([header, ...parts]));
  return path;
}

/** How {@link writeCameraPresentationY4m} films the holder's screen. */
export interface FilmOptions {
  /** Frames per second the holder's screen shows (the presentation's animation). */
  displayFps?: number;
  /** Frames per second the camera records; a multiple of displayFps. */
  cameraFps?: number;
  /** Frames of the presentation shown before the video loops; default two rounds of the sequence. */
  shown?: number;
  /** Fraction of the frame height the code fills. */
  fill?: number;
  /** Sensor noise (grey levels, standard deviation) and lens blur (box radius in px); 0 for none. */
  noise?: number;
  blur?: number;
}

/**
 * Writes a Y4M video of a phone screen playing the presentation's frames 1, 2, 3 … as a webcam
 * films it: every frame the screen shows, none cut out, each held for cameraFps/displayFps
 * video frames; the first of them catches the screen mid-change (a blend of the old and the new
 * code), and every video frame has its own sensor noise. Frames are lost the way a camera loses
 * them: to those blends and to a decoder that takes a frame only when it is free. Returns the path.
 */
export function writeCameraPresentationY4m(path: string, frames: FrameTextEncoder, options: FilmOptions = {}): string {
  const { displayFps = 5, cameraFps = 15, shown = 2 * frames.seqLen, fill = 0.6, noise: sigma = 0, blur: radius = 0 } = options;
  const width = 640;
  const height = 480;
  const hold = Math.max(1, Math.round(cameraFps / displayFps));
  const rnd = seeded(shown * 7919 + frames.seqLen);
  const render = (n: number) => {
    const f = renderCode(frames.text(n), { fill }, width, height);
    return radius > 0 ? blur(f, radius) : f;
  };
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${displayFps * hold}:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const parts: Uint8Array[] = [header];
  let previous = render(shown);
  for (let n = 1; n <= shown; n++) {
    const current = render(n);
    for (let k = 0; k < hold; k++) {
      const seen = k === 0 && hold > 1 ? { ...current, luma: current.luma.map((v, i) => (v + previous.luma[i]!) >> 1) } : current;
      parts.push(Buffer.from('FRAME\n', 'ascii'), sigma > 0 ? noise(seen, sigma, rnd).luma : seen.luma, chroma, chroma);
    }
    previous = current;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, Buffer.concat(parts));
  return path;
}
