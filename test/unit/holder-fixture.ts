// A holder's pass in fake-indexeddb, demo mode on, with the demo world's five stamps received.
import { readFile } from 'node:fs/promises';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect } from 'vitest';
import { demoEntries, demoWorld, issueStamp, naclVerify, stampToCbor, textToValue, valueToText, verifyCard } from '../../src/core';
import { BbpassDb } from '../../src/storage/db';
import { createHolderApi } from '../../src/storage/holder/create-holder-api';
import { NOW } from './support';

/** Reads a file the app ships (public/), as the service worker would answer it. */
export const shippedTrust = (path: string) => readFile(new URL(`../../public/${path}`, import.meta.url), 'utf8').catch(() => undefined);

/** A pass for Zahra Ahmadi holding one stamp of each demo entry, issued hours before NOW. */
export async function passWithStamps() {
  const world = demoWorld(NOW);
  const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const api = createHolderApi({ db, fetchTrust: shippedTrust });
  await api.setDemoMode(true);
  const pass = await api.createPass({ givenName: 'Zahra', familyName: 'Ahmadi', birthDate: '2001-03-09' }, NOW - 86_400);
  const card = await verifyCard(textToValue(await api.cardText(pass.id, NOW)).value, { now: NOW, verify: naclVerify });
  if (!card.valid) throw new Error('card does not verify');
  const holder = card.card.claims.holder;
  const stamps = demoEntries(NOW).map(([o, entry], i) => issueStamp({ holder, issuedAt: NOW - (5 - i) * 3600, entry }, world.offices[o].keys, world.offices[o].certificate));
  for (const s of stamps) expect((await api.receive(pass.id, valueToText('stamp', stampToCbor(s)), NOW)).status).toBe('stored');
  return { db, api, pass, holder, stamps };
}
