// How this device shows presentations (issue 18, item 4): frames per second and frame size,
// one row in `settings`, so a cheap phone's choice holds for the next appointment. The stored
// value is read defensively: anything damaged falls back to the default.
import type { BbpassDb } from '../db';
import type { PresentSetting } from './holder-api';

const KEY = 'presentSetting';
/** Fragment bytes of a low-density frame: about QR version 7 at EC M instead of 13, for blurring screens and cameras. */
export const LOW_DENSITY_FRAGMENT = 120;
/** The setting before the holder chooses: 3 frames/s, normal frames. */
export const DEFAULT_PRESENT_SETTING: PresentSetting = { fps: 3, lowDensity: false };

/** A stored setting, clamped to 1–10 frames/s; the default for anything else. */
export function readPresentSetting(v: unknown): PresentSetting {
  if (typeof v !== 'object' || v === null) return DEFAULT_PRESENT_SETTING;
  const { fps, lowDensity } = v as Record<string, unknown>;
  return {
    fps: typeof fps === 'number' && Number.isFinite(fps) ? Math.min(10, Math.max(1, Math.round(fps))) : DEFAULT_PRESENT_SETTING.fps,
    lowDensity: lowDensity === true,
  };
}

/** This device's presentation setting. */
export async function loadPresentSetting(db: BbpassDb): Promise<PresentSetting> {
  return readPresentSetting((await db.settings.get(KEY))?.value);
}

/** Remembers the presentation setting (clamped as read). */
export async function savePresentSetting(db: BbpassDb, s: PresentSetting): Promise<void> {
  await db.settings.put({ key: KEY, value: readPresentSetting(s) });
}
