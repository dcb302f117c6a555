// site.json (FORMAT.md §13): the parser takes a well-formed site and refuses, with its closed
// reason and the field, everything an attacker who can write the file beside the app might try.
import { describe, expect, it } from 'vitest';
import { DEMO_ROOT_KEY_IDS, demoRootKeys, keyId, keyPairFromSeed, parseSite, siteText, toBase64Url, toHex, type SiteReason } from '../../src/core';

const root = keyPairFromSeed(new Uint8Array(32).fill(7));
const other = keyPairFromSeed(new Uint8Array(32).fill(9));
const anchor = { district: '09174', name: 'Landkreis Dachau', publicKey: toBase64Url(root.publicKey) };
const good = { format: 'bbpass-site', version: 1, anchors: [anchor], name: 'Landkreis Dachau', contact: { email: 'integration@lra-dah.bayern.de' }, directory: 'directory/09174.json', maxTrustAgeDays: 7 };

const refusal = (value: unknown) => {
  const r = parseSite(typeof value === 'string' ? value : JSON.stringify(value));
  return r.ok ? 'accepted' : `${r.problem.reason} ${r.problem.path}`.trim();
};

describe('site.json', () => {
  it('reads a well-formed site, and what siteText writes reads back the same', () => {
    const r = parseSite(JSON.stringify(good));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.site.anchors[0]!.publicKey).toEqual(root.publicKey);
    expect(r.site.maxTrustAgeDays).toBe(7);
    expect(parseSite(siteText(r.site))).toEqual(r);
  });

  it('defaults maxTrustAgeDays to 7 days', () => {
    const { maxTrustAgeDays: _, ...rest } = good;
    const r = parseSite(JSON.stringify(rest));
    expect(r.ok && r.site.maxTrustAgeDays).toBe(7);
  });

  it('knows the DEMO roots by key id (and carries none of their keys)', () => {
    expect(demoRootKeys().map((k) => toHex(keyId(k)))).toEqual(DEMO_ROOT_KEY_IDS);
  });

  const cases: Array<[string, unknown, SiteReason, string?]> = [
    ['a file over 64 KB', { ...good, name: 'x'.repeat(70_000) }, 'too-large'],
    ['not JSON', '{"format":', 'not-json'],
    ['another format', { ...good, format: 'bbpass-trust' }, 'wrong-format', 'format'],
    ['version 2', { ...good, version: 2 }, 'unsupported-version', 'version'],
    ['an unknown field', { ...good, extraAnchors: [] }, 'unknown-field', 'extraAnchors'],
    ['an unknown anchor field', { ...good, anchors: [{ ...anchor, demo: false }] }, 'unknown-field', 'anchors[0].demo'],
    ['no anchor', { ...good, anchors: [] }, 'bad-field', 'anchors'],
    ['a district id with upper case', { ...good, anchors: [{ ...anchor, district: 'Dachau' }] }, 'bad-district', 'anchors[0].district'],
    ['a district id with a path', { ...good, anchors: [{ ...anchor, district: '../x' }] }, 'bad-district', 'anchors[0].district'],
    ['a DEMO district id', { ...good, anchors: [{ ...anchor, district: 'demo-dachau' }] }, 'demo-anchor', 'anchors[0].district'],
    ['the DEMO root key under another name', { ...good, anchors: [{ ...anchor, publicKey: toBase64Url(demoRootKeys()[0]!) }] }, 'demo-anchor', 'anchors[0].publicKey'],
    ['a DEMO federation key', { ...good, anchors: [anchor, { district: '09178', name: 'Freising', publicKey: toBase64Url(demoRootKeys()[2]!) }] }, 'demo-anchor', 'anchors[1].publicKey'],
    ['two roots for one district', { ...good, anchors: [anchor, { ...anchor, publicKey: toBase64Url(other.publicKey) }] }, 'duplicate-district', 'anchors[1].district'],
    ['a 31-byte key', { ...good, anchors: [{ ...anchor, publicKey: toBase64Url(root.publicKey.slice(0, 31)) }] }, 'bad-key', 'anchors[0].publicKey'],
    ['a padded key', { ...good, anchors: [{ ...anchor, publicKey: `${anchor.publicKey}=` }] }, 'bad-key', 'anchors[0].publicKey'],
    ['a weak (all-zero) key', { ...good, anchors: [{ ...anchor, publicKey: toBase64Url(new Uint8Array(32)) }] }, 'bad-key', 'anchors[0].publicKey'],
    ['a key id that is not the key’s', { ...good, anchors: [{ ...anchor, keyId: '0000000000000000' }] }, 'bad-key', 'anchors[0].keyId'],
    ['a bidi control in the name', { ...good, name: 'Landkreis \u202EuaHcaD' }, 'bad-text', 'name'],
    ['a line break in an anchor name', { ...good, anchors: [{ ...anchor, name: 'Dachau\nFreising' }] }, 'bad-text', 'anchors[0].name'],
    ['a directory outside directory/', { ...good, directory: '../evil.json' }, 'bad-field', 'directory'],
    ['a directory on another origin', { ...good, directory: 'https://evil.example/directory/x.json' }, 'bad-field', 'directory'],
    ['a trust age of 0 days', { ...good, maxTrustAgeDays: 0 }, 'bad-field', 'maxTrustAgeDays'],
    ['a trust age as text', { ...good, maxTrustAgeDays: '7' }, 'bad-field', 'maxTrustAgeDays'],
    ['a website over http', { ...good, contact: { website: 'http://lra-dah.de' } }, 'bad-field', 'contact.website'],
    ['an unknown contact field', { ...good, contact: { fax: '0' } }, 'unknown-field', 'contact.fax'],
    ['an array', [good], 'bad-field'],
  ];
  it.each(cases)('refuses %s', (_, value, reason, path) => {
    expect(refusal(value)).toBe(`${reason} ${path ?? ''}`.trim());
  });
});
