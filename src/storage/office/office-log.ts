// The office's own records besides its keys: templates, the issued log with its search and
// filters, the anonymous counts export, and the office settings (lock timeout).
import { buildCounts, foldText, monthOf, type CountsExport, type Entry, type EntryType } from '../../core';
import type { BbpassDb } from '../db';
import { readLockMinutes, saveLockMinutes } from '../lock-setting';
import type { IssuedRow, OfficeRow, TemplateRow } from '../rows';
import { deviceIdentity, officeStatus, readCertificate } from './office-status';

/** Filters of the issued log; dates are 'YYYY-MM-DD' (UTC days), both ends included. */
export interface LogFilter {
  readonly from?: string;
  readonly to?: string;
  readonly type?: EntryType;
  readonly templateId?: string;
  /** Matches holder name (Latin or native script), birth date, stamp id or the entry's own texts, ignoring case and diacritics. */
  readonly query?: string;
}

const dayStart = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 1000;

/** Whether a row passes the filter (pure; the query runs over the index range first). */
export function matchesFilter(row: IssuedRow, f: LogFilter): boolean {
  if (f.type && row.type !== f.type) return false;
  if (f.templateId && row.templateId !== f.templateId) return false;
  if (f.from && row.issuedAt < dayStart(f.from)) return false;
  if (f.to && row.issuedAt >= dayStart(f.to) + 86_400) return false;
  // Folded like the directory search: "muller" finds "Müller", "AHMAD" finds "Ahmad", أحمد finds احمد.
  const q = foldText(f.query?.trim() ?? '');
  if (!q) return true;
  const hay = foldText([row.holderName, row.holderNameNative ?? '', row.holderBirthDate, row.id, ...Object.values(row.entry).map(String)].join(' '));
  return q.split(/\s+/).every((word) => hay.includes(word));
}

/** The office's issued stamps matching the filter, newest first. */
export async function listIssued(db: BbpassDb, officeId: string, f: LogFilter = {}): Promise<IssuedRow[]> {
  const lo = f.from ? dayStart(f.from) : 0;
  const hi = f.to ? dayStart(f.to) + 86_399 : Number.MAX_SAFE_INTEGER;
  const rows = await db.issued.where('[officeId+issuedAt]').between([officeId, lo], [officeId, hi], true, true).reverse().toArray();
  return rows.filter((r) => matchesFilter(r, f));
}

/** The office's templates, by name. */
export async function listTemplates(db: BbpassDb, officeId: string): Promise<TemplateRow[]> {
  const rows = await db.templates.where('officeId').equals(officeId).toArray();
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

/** Saves a template (new or edited); the id is kept when editing. */
export async function saveTemplate(db: BbpassDb, officeId: string, t: { id?: string; name: string; entry: Entry }, now: number): Promise<TemplateRow> {
  const row: TemplateRow = { id: t.id ?? crypto.randomUUID(), officeId, name: t.name.trim(), type: t.entry.type, entry: t.entry, updatedAt: now };
  await db.templates.put(row);
  return row;
}

/** Deletes a template; logged stamps made from it keep their own copy of the entry. */
export async function deleteTemplate(db: BbpassDb, id: string): Promise<void> {
  await db.templates.delete(id);
}

/** The last `count` months up to the German month of `now`, oldest first ('YYYY-MM'). */
export function lastMonths(now: number, count: number): string[] {
  const [y, m] = monthOf(now).split('-').map(Number);
  // The 15th at noon is inside the same month in every time zone.
  return Array.from({ length: count }, (_, i) => monthOf(Date.UTC(y!, m! - 1 - (count - 1 - i), 15, 12) / 1000));
}

/** Anonymous counts of the office's log over the given months: no names, keys or birth dates. */
export async function exportCounts(db: BbpassDb, office: OfficeRow, months: readonly string[], now: number): Promise<CountsExport> {
  const rows = await db.issued.where('officeId').equals(office.id).toArray();
  const status = officeStatus(office, now);
  const district = status.certificate?.claims.district ?? office.keys.map((k) => readCertificate(k.certificate)?.claims.district).find(Boolean) ?? office.district ?? 'unknown';
  // Only issuedAt and the entry go in: buildCounts never sees a holder field. Stamps combined from
  // another device's log are that device's to count (issue 17): counting them here would count them twice.
  const issued = rows.filter((r) => r.fromDevice === undefined).map((r) => ({ issuedAt: r.issuedAt, entry: r.entry }));
  const id = deviceIdentity(office);
  const device = { id: id.deviceId, ...(id.label ? { label: id.label } : {}) };
  return buildCounts(issued, { district, office: { id: id.officeId, name: office.name, kind: office.kind }, device, generatedAt: now, months });
}

/** Office settings kept on the device. */
export interface OfficeSettings {
  /** Minutes without input after which the unlocked key is forgotten. */
  readonly lockMinutes: number;
}

/** Default: lock after 15 idle minutes. */
export const DEFAULT_OFFICE_SETTINGS: OfficeSettings = { lockMinutes: 15 };
const LOCK_KEY = 'office.lockMinutes';

/** Reads the office settings. */
export async function officeSettings(db: BbpassDb): Promise<OfficeSettings> {
  return { lockMinutes: await readLockMinutes(db, LOCK_KEY, DEFAULT_OFFICE_SETTINGS.lockMinutes) };
}

/** Saves the office settings (clamped to the allowed range). */
export async function saveOfficeSettings(db: BbpassDb, s: OfficeSettings): Promise<OfficeSettings> {
  return { lockMinutes: await saveLockMinutes(db, LOCK_KEY, s.lockMinutes, DEFAULT_OFFICE_SETTINGS.lockMinutes) };
}

/** Stamps per month: by entry type, and Sprachkurs stamps by level (each stamp counted once). */
export interface MonthlyStats {
  readonly months: readonly string[];
  readonly byType: Readonly<Record<string, readonly number[]>>;
  readonly byLevel: Readonly<Record<string, readonly number[]>>;
}

/** Counts the log per month (pure). */
export function monthlyStats(rows: Iterable<{ readonly issuedAt: number; readonly entry: Entry }>, months: readonly string[]): MonthlyStats {
  const byType: Record<string, number[]> = {};
  const byLevel: Record<string, number[]> = {};
  const bump = (into: Record<string, number[]>, key: string, i: number) => ((into[key] ??= months.map(() => 0))[i]! += 1);
  for (const { issuedAt, entry } of rows) {
    const i = months.indexOf(monthOf(issuedAt));
    if (i < 0) continue;
    bump(byType, entry.type, i);
    if (entry.type === 'sprachkurs' && entry.level) bump(byLevel, entry.level, i);
  }
  return { months, byType, byLevel };
}

/** The monthly statistics of the office's log. */
export async function officeStats(db: BbpassDb, officeId: string, months: readonly string[]): Promise<MonthlyStats> {
  return monthlyStats(await db.issued.where('officeId').equals(officeId).toArray(), months);
}
