// What a verifier reads first: the gist of the *valid* entries of a pass. Only verified
// entries count here; the invalid ones are listed with their reasons elsewhere, never summed.
import { CEFR_LEVEL, COURSE_STATUS, type BeratungTopic, type CefrLevel, type CourseKind, type CourseStatus } from '../model/codes';
import { dayNumber } from '../model/dates';
import type { Entry } from '../model/entries';

/** One verified entry with the office that signed it. */
export interface VerifiedEntry {
  readonly entry: Entry;
  readonly officeName: string;
  /** When the office signed it (seconds since 1970). */
  readonly issuedAt: number;
}

/** The entry behind the highest CEFR level reached. */
export interface LevelEvidence {
  readonly level: CefrLevel;
  readonly course: CourseKind;
  readonly status: CourseStatus;
  readonly certificate?: string;
  readonly officeName: string;
  readonly issuedAt: number;
}

/** One internship with its length. */
export interface InternshipSummary {
  readonly employer: string;
  readonly occupation: string;
  readonly from: string;
  readonly to: string;
  /** Calendar days from `from` to `to`, both included. */
  readonly days: number;
  readonly hoursPerWeek?: number;
}

/** The summary of a pass's verified entries. */
export interface VerifiedSummary {
  /** Highest level completed or passed; a course only enrolled in or attended proves no level. */
  readonly highestLevel?: LevelEvidence;
  /** Teaching units (UE) of language courses and of further training. */
  readonly units: { readonly sprachkurs: number; readonly weiterbildung: number; readonly total: number };
  readonly counselling: { readonly count: number; readonly topics: ReadonlyArray<{ readonly topic: BeratungTopic; readonly count: number }> };
  readonly internships: readonly InternshipSummary[];
  readonly trainings: number;
}

const REACHED: ReadonlySet<CourseStatus> = new Set(['completed', 'exam-passed']);

// Higher level wins; at the same level a passed exam beats a completed course, then the later stamp.
function better(a: LevelEvidence, b: LevelEvidence): boolean {
  const rank = (x: LevelEvidence) => [CEFR_LEVEL.code(x.level), COURSE_STATUS.code(x.status), x.issuedAt];
  const [ra, rb] = [rank(a), rank(b)];
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! > rb[i]!;
  return false;
}

/** Summarises verified entries (pure; the caller passes only entries that verified). */
export function summarizeEntries(entries: readonly VerifiedEntry[]): VerifiedSummary {
  let highestLevel: LevelEvidence | undefined;
  const units = { sprachkurs: 0, weiterbildung: 0 };
  const topics = new Map<BeratungTopic, number>();
  let counselling = 0;
  let trainings = 0;
  const internships: InternshipSummary[] = [];
  for (const { entry: e, officeName, issuedAt } of entries) {
    switch (e.type) {
      case 'sprachkurs': {
        units.sprachkurs += e.units ?? 0;
        if (!e.level || !REACHED.has(e.status)) break;
        const ev: LevelEvidence = { level: e.level, course: e.course, status: e.status, officeName, issuedAt, ...(e.certificate ? { certificate: e.certificate } : {}) };
        if (!highestLevel || better(ev, highestLevel)) highestLevel = ev;
        break;
      }
      case 'beratung':
        counselling++;
        for (const topic of e.topics) topics.set(topic, (topics.get(topic) ?? 0) + 1);
        break;
      case 'praktikum': {
        const days = dayNumber(e.to) - dayNumber(e.from) + 1;
        internships.push({ employer: e.employer, occupation: e.occupation, from: e.from, to: e.to, days, ...(e.hoursPerWeek === undefined ? {} : { hoursPerWeek: e.hoursPerWeek }) });
        break;
      }
      case 'weiterbildung':
        trainings++;
        units.weiterbildung += e.units ?? 0;
        break;
    }
  }
  internships.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return {
    ...(highestLevel ? { highestLevel } : {}),
    units: { ...units, total: units.sprachkurs + units.weiterbildung },
    counselling: { count: counselling, topics: [...topics].map(([topic, count]) => ({ topic, count })).sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic)) },
    internships,
    trainings,
  };
}

/** The day an entry happened, for a timeline: its date, else its end, else its start, else the day it was signed. */
export function entryDay(entry: Entry, issuedAt: number): string {
  const own = entry.type === 'beratung' ? entry.date : (entry.to ?? entry.from);
  return own ?? new Date(issuedAt * 1000).toISOString().slice(0, 10);
}
