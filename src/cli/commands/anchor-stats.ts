// Coordinator verbs for deployments: `anchor` prints the root's trust anchor as one line (what
// `bbpass site --anchor` reads for a federated district), `stats` merges the offices' anonymous
// counts exports into the coordinator's published tables (German, small cells suppressed: docs/suppression.md).
import { deviceIdOf, mergeCounts, parseCounts, planningCsv, CountsError, type CountsExport } from '../../core';
import { parseArgs } from '../args';
import { CliError, note, readJson, readText, safeJson, shown, writeText } from '../io';
import type { KeyFile } from '../key-file';

/** Runs `bbpass anchor`: the public half of a root key file as a `pin(…)` line (no passphrase needed). */
export async function anchorCommand(argv: string[]): Promise<number> {
  const a = parseArgs(argv, ['root', 'out']);
  const path = a.need('root');
  const f = readJson(path) as KeyFile;
  if (f?.format !== 'bbpass-key' || f.role !== 'root' || !f.district || typeof f.publicKey !== 'string') throw new CliError(`${path} is not a bbpass root key file`);
  writeText(a.get('out'), `  pin(${safeJson(f.district)}, ${safeJson(f.name ?? f.district)}, ${safeJson(f.publicKey)}), // root key id ${shown(String(f.keyId))}\n`);
  return 0;
}

/** Runs `bbpass stats`: merges counts exports (the devices of an office add up; the same device and month once, newer export wins) into the published, suppressed CSV. */
export async function statsCommand(argv: string[]): Promise<number> {
  const a = parseArgs(argv, ['out']);
  if (a.positional.length === 0) throw new CliError('name at least one counts export (see --help)');
  const exports: CountsExport[] = a.positional.map((path) => {
    try {
      return parseCounts(readText(path));
    } catch (e) {
      if (e instanceof CountsError) throw new CliError(`${path} refused: ${e.message}`);
      throw e;
    }
  });
  const merged = mergeCounts(exports);
  writeText(a.get('out'), planningCsv(merged));
  const offices = new Set(merged.map((m) => `${m.district}/${m.office.id}`)).size;
  const devices = new Set(merged.map((m) => `${m.district}/${m.office.id}#${deviceIdOf(m)}`)).size;
  note(`merged ${exports.length} exports: ${offices} offices, ${devices} devices, ${merged.length} device months, ${merged.reduce((s, m) => s + m.cells.length, 0)} cells (published with small cells suppressed)`);
  return 0;
}

