import type { deOffice } from './de-office';

/** English messages of the office area. */
export const enOffice: Record<keyof typeof deOffice, string> = {
  'office.title': 'Office: stamp entries',
};
