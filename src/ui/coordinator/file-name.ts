/** A file name from an office or district name: letters, digits and '-', never empty. */
export function fileSafe(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'bbpass';
}
