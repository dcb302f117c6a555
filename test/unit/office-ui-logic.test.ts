// Pure pieces of the office screens: the CSV for German Excel, the entry form's conversion
// driven by ENTRY_FIELDS, and the idle lock of the session (fake timers, a short timeout).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateKeyPair } from '../../src/core';
import { csvField, csvText } from '../../src/core';
import { draftToEntry, entryToDraft } from '../../src/ui/office/entry-draft';
import { logCsv } from '../../src/ui/office/log-csv';
import { translator } from '../../src/ui/i18n';
import { de } from '../../src/ui/i18n/de';
import { deOffice } from '../../src/ui/i18n/de-office';
import { lockSession, sessionStore, touchSession, unlockSession } from '../../src/ui/office/session';
import { unsignableField } from '../../src/ui/office/setup-check';

describe('CSV for German Excel', () => {
  it('has a BOM, semicolons, CRLF, and quotes what needs quoting', () => {
    const text = csvText(['Name', 'Eintrag'], [['Jürgen Größer', 'Integrationskurs; B1'], ['Zoë "Z"', 'a\nb']]);
    expect(text.startsWith('\uFEFFName;Eintrag\r\n')).toBe(true);
    expect(text).toBe('\uFEFFName;Eintrag\r\nJürgen Größer;"Integrationskurs; B1"\r\n"Zoë ""Z""";"a\nb"\r\n');
  });

  it('defuses cells Excel would run as formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+49 8131')).toBe("'+49 8131");
  });
});

describe('entry form drafts', () => {
  it('turns a filled draft into an entry and back', () => {
    const out = draftToEntry('sprachkurs', { course: 'integrationskurs', level: 'B1', module: ' Modul 4 ', status: 'completed', units: '100' });
    expect(out).toEqual({ ok: true, entry: { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', module: 'Modul 4', status: 'completed', units: 100 } });
    if (out.ok) expect(draftToEntry('sprachkurs', entryToDraft(out.entry))).toEqual(out);
  });

  it('names missing and invalid fields, and cross-field rules', () => {
    expect(draftToEntry('beratung', { date: '2026-13-45' })).toEqual({ ok: false, errors: [{ field: 'topics', code: 'required' }, { field: 'date', code: 'invalid' }] });
    expect(draftToEntry('praktikum', { employer: 'A', occupation: 'B', from: '2026-05-02', to: '2026-05-01' })).toEqual({ ok: false, errors: [{ field: '', code: 'rules' }] });
    expect(draftToEntry('weiterbildung', { title: 'Kurs', units: '-3' })).toEqual({ ok: false, errors: [{ field: 'units', code: 'invalid' }] });
  });
});

describe('the issued log as CSV', () => {
  it('gives the time of issue in German time, as Excel shows a date, not UTC', () => {
    const row = {
      id: 's1', officeId: 'o', keyId: 'k', issuedAt: Date.UTC(2026, 6, 1, 22, 30) / 1000, type: 'beratung' as const, holderName: 'Amina Beispiel',
      holderBirthDate: '1990-01-01', holderKeyId: 'h', text: '', entry: { type: 'beratung' as const, topics: ['school' as const], date: '2026-07-01' },
    };
    const csv = logCsv(translator('de', { ...de, ...deOffice }), 'de', [row], []);
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFAusgestellt \(deutsche Zeit\);/);
    expect(csv.split('\r\n')[1]).toMatch(/^02\.07\.2026 00:30;Beratung;/);
  });
});

describe('needs in the form', () => {
  it('turns ticked needs with a level or a field into an entry and back', () => {
    const out = draftToEntry('beratung', { topics: ['recognition'], date: '2026-09-01', needs: ['integrationskurs:B1', 'recognition', 'praktikum: Pflege'] });
    expect(out).toEqual({ ok: true, entry: { type: 'beratung', topics: ['recognition'], date: '2026-09-01', needs: [{ need: 'integrationskurs', level: 'B1' }, { need: 'recognition' }, { need: 'praktikum', field: 'Pflege' }] } });
    if (out.ok) expect(draftToEntry('beratung', entryToDraft(out.entry))).toEqual(out);
  });

  it('refuses a level on a need that takes none, an unknown level or kind, an over-long field', () => {
    for (const bad of ['recognition:B1', 'integrationskurs:B3', 'sprachkurs', `praktikum:${'x'.repeat(61)}`]) {
      expect(draftToEntry('beratung', { topics: ['other'], date: '2026-09-01', needs: [bad] }), bad).toEqual({ ok: false, errors: [{ field: 'needs', code: 'invalid' }] });
    }
  });
});

describe('office session', () => {
  afterEach(() => {
    lockSession();
    vi.useRealTimers();
  });

  it('locks after the idle timeout; activity restarts the timer', () => {
    vi.useFakeTimers();
    const keys = new Map([['k', generateKeyPair()]]);
    unlockSession(keys, 1);
    vi.advanceTimersByTime(50_000);
    touchSession();
    vi.advanceTimersByTime(50_000);
    expect(sessionStore.get().keys).toBe(keys);
    vi.advanceTimersByTime(11_000);
    expect(sessionStore.get()).toEqual({ lockedBy: 'idle' });
  });

  it('forgets the keys on "Sperren"', () => {
    unlockSession(new Map([['k', generateKeyPair()]]), 15);
    lockSession('staff');
    expect(sessionStore.get()).toEqual({ lockedBy: 'staff' });
  });
});

describe('office setup texts', () => {
  it('names the first field a registration request could not sign, and keeps ordinary names', () => {
    expect(unsignableField({ name: 'مركز الاستشارة Dachau', address: ' Weg 1, 85221 Dachau ', contact: '' })).toBeUndefined();
    expect(unsignableField({ name: 'VHS\u200BDachau', address: '', contact: '' })).toBe('name');
    expect(unsignableField({ name: 'VHS', address: 'Weg 1\nGEPRÜFT', contact: '' })).toBe('address');
    expect(unsignableField({ name: 'VHS', address: '', contact: 'a@b.de\u202E' })).toBe('contact');
  });
});
