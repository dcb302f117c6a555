import type { deCoordinator } from './de-coordinator';

/** English messages of the coordinator area. */
export const enCoordinator: Record<keyof typeof deCoordinator, string> = {
  'coordinator.title': 'Coordination: admit offices',
};
