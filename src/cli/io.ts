// File and stream helpers of the CLI. Every failure a user can cause becomes a CliError:
// one line on stderr and exit code 2, never a stack trace.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

// C0 and C1 controls (ESC, BEL, the 8-bit CSI …), DEL, and the invisible format characters that
// reorder or hide text (bidi embeddings, overrides and isolates, marks, zero-width characters).
// A terminal obeys them, so text that came from input never reaches it raw.
const FORMAT_CHARS = '\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff';
const UNSAFE = new RegExp(`[\u0000-\u001f${FORMAT_CHARS}]`, 'g');
// JSON.stringify already escapes C0 inside strings; outside them a newline is structure.
const UNSAFE_IN_JSON = new RegExp(`[${FORMAT_CHARS}]`, 'g');

/** Text from input as a terminal may show it: every unsafe character becomes a visible \u{…}. */
export function shown(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** JSON with every unsafe character written as a \u escape: the same value, safe on a terminal. */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line of compact JSON (see safeJson). */
export function jsonLine(value: unknown): string {
  return `${safeJson(value)}\n`;
}

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
  writeText(path, `${safeJson(value, 2)}\n`);
}

/** One-line progress or notice on stderr (stdout stays machine-readable). */
export function note(msg: string): void {
  process.stderr.write(`${shown(msg)}\n`);
}
