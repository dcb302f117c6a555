/** German messages of the coordinator area (keys 'coordinator.…'); spread into the German catalogue. */
export const deCoordinator = {
  'coordinator.title': 'Koordination: Fachstellen zulassen',
} as const;
