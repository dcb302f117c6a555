// The anonymous counts file: what one office exports for the coordinator. Its own file so that
// building and parsing (counts.ts) and merging (counts-merge.ts) both use it without importing each other.
import type { BeratungTopic, CefrLevel, CourseKind, CourseStatus, EntryType, NeedKind } from './codes';

/** File format name of a counts export. */
export const COUNTS_FORMAT = 'bbpass-counts';

/** One cell: how many entries of a type (and level/status/course/topic) an office issued in a month. */
export interface CountCell {
  /** 'YYYY-MM' (UTC) of the time of issue. */
  readonly month: string;
  readonly type: EntryType;
  readonly course?: CourseKind;
  readonly level?: CefrLevel;
  readonly status?: CourseStatus;
  /** Beratung: one cell per topic, so a session with two topics counts under both. */
  readonly topic?: BeratungTopic;
  /** Beratung: one cell per need recorded (with its target level, if any), apart from the topic cells. */
  readonly need?: NeedKind;
  readonly count: number;
  /** Sum of teaching units (UE) of the counted entries, where they carry units. */
  readonly units?: number;
  /** Sum of calendar days of the counted Praktikum entries. */
  readonly days?: number;
}

/** The device an export comes from (issue 17). */
export interface CountsDevice {
  /** Stable local id of the device (hex key id of its first key); the first device's equals the office id. */
  readonly id: string;
  /** Its label within the office, e.g. "Theke 1". */
  readonly label?: string;
}

/** Longest device label in a counts export (as in a certificate). */
export const MAX_COUNTS_DEVICE_LABEL = 40;

/** An office's anonymous counts export (JSON file). */
export interface CountsExport {
  readonly format: typeof COUNTS_FORMAT;
  readonly version: 1;
  readonly district: string;
  /** The office: a stable local id (survives key rotation), its name and kind code. */
  readonly office: { readonly id: string; readonly name: string; readonly kind: string };
  /**
   * The device that made the export (issue 17): its stable local id and label. An office with
   * several devices sends one export per device; the coordinator adds them. Absent in exports
   * from before issue 17, which are read as the device whose id is the office id.
   */
  readonly device?: CountsDevice;
  /** When the export was made (seconds since 1970 UTC); the newer export wins a month. */
  readonly generatedAt: number;
  /** Months covered ('YYYY-MM'), also those with no entries, so "nothing" replaces older counts. */
  readonly months: readonly string[];
  readonly cells: readonly CountCell[];
}
