// The offers directory ("Wegweiser"): schema, checker, places, search and the CSV import; DOM-free.
export * from './types';
export * from './validate';
export * from './places';
export * from './search';
export * from './csv-columns';
export * from './csv-import';
export * from './publish';
