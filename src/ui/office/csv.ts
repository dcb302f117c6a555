// CSV that German Excel opens by double-click: UTF-8 with a byte order mark (else umlauts
// break), semicolons (the German list separator), CRLF line ends, fields quoted when needed.

/** One field: quoted when it holds a separator, quote or line break; a leading = + - @ is defused so Excel never runs it as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text of a header line and rows. */
export function csvText(header: readonly string[], rows: Iterable<readonly string[]>): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvField).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
