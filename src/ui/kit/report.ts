// A failure a screen handles (it shows a message or falls back) still leaves a trace for whoever
// debugs the phone: the console names what was being done and keeps the error with its stack.
// A warning, not an error: the person has been told, and nothing is left half done.

/** Logs a handled failure with what was being done, e.g. `reportError('holder: restore a backup', e)`. */
export function reportError(what: string, error: unknown): void {
  console.warn(`bbpass: ${what} failed`, error);
}
