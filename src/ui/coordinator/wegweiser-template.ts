// The example row of the spreadsheet template: every column filled the way the import reads it.
import type { Offer } from '../../core';

/** One fictional offer showing how each column is written (dates as TT.MM.JJJJ, Gemeinden with commas). */
export const TEMPLATE_OFFER: Offer = {
  id: 'sprachcafe-karlsfeld',
  category: 'sprache',
  name: 'Sprachcafé (Beispiel)',
  provider: 'Beispielverein e. V.',
  places: ['Karlsfeld', 'Dachau'],
  address: { street: 'Musterstraße 1', postcode: '85757', city: 'Karlsfeld' },
  phone: '(08131) 12345',
  email: 'info@example.org',
  website: 'https://example.org',
  starts: ['2027-03-01', '2027-09-13'],
  hours: { de: 'Dienstag 17–19 Uhr' },
  languages: ['de', 'ar', 'uk'],
  keywords: ['Deutsch üben', 'language cafe'],
  description: { de: 'Deutsch sprechen üben, ohne Anmeldung, kostenlos.', en: 'Practise speaking German, no registration, free of charge.' },
};
