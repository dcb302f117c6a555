// CSV that German Excel opens by double-click: UTF-8 with a byte order mark (else umlauts
// break), semicolons (the German list separator), CRLF line ends, fields quoted when needed.
// Used by the office log export and the coordinator's merged counts.

/** One field: quoted when it holds a separator, quote or line break; text starting with = + - @ is defused so Excel never runs it as a formula (numbers stay numbers). */
export function csvField(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV text of a header line and rows. */
export function csvText(header: readonly string[], rows: Iterable<ReadonlyArray<string | number | undefined>>): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvField).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
