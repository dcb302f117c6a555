/** German messages of the office area (keys 'office.…'); spread into the German catalogue. */
export const deOffice = {
  'office.title': 'Fachstelle: Einträge stempeln',
} as const;
