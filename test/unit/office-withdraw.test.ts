// The office takes back a stamp from its log: the withdrawal is signed by the key that signed
// the stamp and passes the coordinator's check; a correction names the old stamp and withdraws
// it as 'corrected', in one transaction; refusals come back by code and change nothing.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  cardToCbor, certificateToCbor, checkWithdrawal, createCard, decodeStamp, decodeWithdrawal, demoKeyPair, generateKeyPair, issueCertificate, naclVerify,
  textToValue, toHex, valueToText, type Holder,
} from '../../src/core';
import { BbpassDb } from '../../src/storage/db';
import { createOfficeApi } from '../../src/storage/office/create-office-api';
import { NOW } from './support';

const IT = 100_000;
const DAY = 86_400;
const PASS = 'Kursraum 12 Süd';
const root = demoKeyPair('office withdraw test root');
const anchor = { district: 'test-kreis', name: 'Testkreis', publicKey: root.publicKey };
const entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'completed', units: 100 } as const;

async function signedStamp() {
  const api = createOfficeApi({ db: new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange }), iterations: IT });
  const setup = await api.setupOffice({ name: 'VHS Fürstenfeldbruck', kind: 'volkshochschule', district: 'test-kreis' }, PASS, NOW - DAY);
  const cert = issueCertificate(
    { district: 'test-kreis', officeKey: setup.office.keys[0]!.publicKey, officeName: 'VHS', officeKind: 'volkshochschule', allowedTypes: ['sprachkurs'], validFrom: NOW - 90 * DAY, validUntil: NOW + 365 * DAY },
    root,
  );
  const imported = await api.importCertificate(setup.office, valueToText('certificate', certificateToCbor(cert)));
  if (imported.status !== 'imported') throw new Error('import refused');
  const holderKeys = generateKeyPair();
  const holder: Holder = { publicKey: holderKeys.publicKey, givenName: 'Amina', familyName: 'Beispiel', birthDate: '1998-04-12' };
  const signed = await api.signStamp(imported.office, setup.keys, { holder, entry }, NOW - DAY);
  if (signed.status !== 'signed') throw new Error(signed.reason);
  return { api, office: imported.office, keys: setup.keys, holder, row: signed.row, card: valueToText('card', cardToCbor(createCard(holder, holderKeys, NOW))) };
}

describe('office: withdraw and correct a stamp', () => {
  it('withdraws: the log marks it, the file passes the coordinator check, the holder code is the same signature without the stamp', async () => {
    const { api, office, keys, row } = await signedStamp();
    expect(await api.withdrawStamp(office, undefined, row.id, 'issued-in-error', NOW)).toEqual({ status: 'refused', reason: 'locked' });
    expect(await api.withdrawStamp(office, keys, 'nope', 'issued-in-error', NOW)).toEqual({ status: 'refused', reason: 'not-found' });
    const out = await api.withdrawStamp(office, keys, row.id, 'issued-in-error', NOW);
    if (out.status !== 'withdrawn') throw new Error(out.reason);
    expect(await api.getIssued(row.id)).toEqual(out.row);
    expect(out.row.withdrawn).toMatchObject({ at: NOW, reason: 'issued-in-error' });
    const verdict = await checkWithdrawal(textToValue(out.row.withdrawn!.text).value, { anchor, now: NOW, verify: naclVerify });
    expect(verdict.accepted).toBe(true);
    const short = decodeWithdrawal(textToValue(out.row.withdrawn!.holderText).value);
    expect(short.stamp).toBeUndefined();
    expect(toHex(short.claims.stamp)).toBe(row.id);
    expect(out.row.withdrawn!.holderText.length).toBeLessThan(out.row.withdrawn!.text.length);
    expect(await api.withdrawStamp(office, keys, row.id, 'wrong-person', NOW)).toEqual({ status: 'refused', reason: 'already-withdrawn' });
  });

  it('corrects: the new stamp names the old one, the old one is withdrawn as corrected naming the new one; another pass is refused', async () => {
    const { api, office, keys, row, card } = await signedStamp();
    const strangerKeys = generateKeyPair();
    const stranger: Holder = { publicKey: strangerKeys.publicKey, givenName: 'Amina', familyName: 'Beispiel', birthDate: '1998-04-12' };
    const b2 = { ...entry, level: 'B2' } as const;
    expect(await api.correctStamp(office, keys, row.id, stranger, b2, NOW)).toEqual({ status: 'refused', reason: 'other-holder' });
    expect((await api.getIssued(row.id))?.withdrawn).toBeUndefined();
    const checked = await api.checkCard(card, NOW);
    if (!checked.valid) throw new Error(checked.reason);
    const out = await api.correctStamp(office, keys, row.id, checked.holder, b2, NOW);
    if (out.status !== 'signed') throw new Error(out.reason);
    expect(out.row.replaces).toBe(row.id);
    expect(toHex(decodeStamp(textToValue(out.row.text).value).claims.replaces!)).toBe(row.id);
    expect(out.withdrawn.withdrawn).toMatchObject({ reason: 'corrected', replacedBy: out.row.id });
    expect(await api.getIssued(row.id)).toEqual(out.withdrawn);
    expect(toHex(decodeWithdrawal(textToValue(out.withdrawn.withdrawn!.text).value).claims.replacement!)).toBe(out.row.id);
    expect(await api.correctStamp(office, keys, row.id, checked.holder, b2, NOW)).toEqual({ status: 'refused', reason: 'already-withdrawn' });
  });
});
