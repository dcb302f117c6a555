// A stamp refused as 'issuer-revoked' names the revocation's time, not only its day: on the day
// of a revocation at 14:00 the verifier must see why a 15:00 stamp fails and a 09:00 one does not.
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/ui/i18n';
import { de } from '../../src/ui/i18n/de';
import { deVerifier } from '../../src/ui/i18n/de-verifier';
import { formatDateTime } from '../../src/ui/kit/format';
import { reasonText } from '../../src/ui/verifier/verdict-text';

const t = translator('de', { ...de, ...deVerifier } as Parameters<typeof translator>[1]);
const since = Date.UTC(2026, 11, 3, 13) / 1000;

describe('issuer-revoked verdict text', () => {
  it('gives the date and time of the revocation and of the stamp', () => {
    const text = reasonText(t, 'de', { valid: false, reason: 'issuer-revoked', revokedSince: since, issuedAt: since + 3600 });
    expect(text).toBe(`Stelle wurde am ${formatDateTime('de', since)} gesperrt; der Stempel ist vom ${formatDateTime('de', since + 3600)}.`);
  });
});
