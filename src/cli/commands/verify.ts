// `bbpass verify`: the fixed contract scripts rely on. One JSON object on stdout; exit 0 when
// everything is valid, 1 when something is not, 2 when the input cannot be read at all.
import { bestVerifier, fileTexts, fromBase64Url, verifyTexts, DecodeError } from '../../core';
import { parseArgs, parseMaxAge, parseTime } from '../args';
import { CliError, jsonLine, readText } from '../io';
import { loadTrust } from '../trust-file';

/** Runs `bbpass verify`; returns the exit code. */
export async function verifyCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['trust', 'at', 'holder-key', 'max-age']);
  const { store } = await loadTrust(args.need('trust'));
  const now = parseTime(args.get('at'));
  const maxAge = parseMaxAge(args.get('max-age'));
  const holderKeyText = args.get('holder-key');
  let holderKey: Uint8Array | undefined;
  try {
    holderKey = holderKeyText === undefined ? undefined : fromBase64Url(holderKeyText);
    if (holderKey && holderKey.length !== 32) throw new Error();
  } catch {
    throw new CliError('--holder-key: a 32-byte public key in base64url');
  }
  const input = readText(args.positional[0] ?? '-');
  try {
    // Split and bounded as the app reads a payload file (FORMAT.md §10.1), then assembled by core.
    const lines = fileTexts(input);
    if (lines.length === 0) throw new CliError('empty input: expected a payload (BBP1:…)');
    const report = await verifyTexts(lines, { trust: store, now, verify: await bestVerifier() }, { holderKey, maxAge });
    process.stdout.write(jsonLine(report));
    return report.valid ? 0 : 1;
  } catch (e) {
    if (e instanceof DecodeError) throw new CliError(`unreadable input: ${e.message}`);
    throw e;
  }
}
