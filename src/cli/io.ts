// File and stream helpers of the CLI. Every failure a user can cause becomes a CliError:
// one line on stderr and exit code 2, never a stack trace.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** An error caused by the user's input: printed as one line, exit code 2. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/** Reads a text file, or standard input for '-'. */
export function readText(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${path === '-' ? 'standard input' : path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

/** Reads and parses a JSON file. */
export function readJson(path: string): unknown {
  const text = readText(path);
  try {
    return JSON.parse(text);
  } catch {
    throw new CliError(`${path} is not valid JSON`);
  }
}

/** Writes a file (creating folders), or standard output for '-' / no path. */
export function writeText(path: string | undefined, text: string): void {
  if (path === undefined || path === '-') {
    process.stdout.write(text);
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Writes pretty JSON. */
export function writeJson(path: string | undefined, value: unknown): void {
  writeText(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** One-line progress or notice on stderr (stdout stays machine-readable). */
export function note(msg: string): void {
  process.stderr.write(`${msg}\n`);
}
