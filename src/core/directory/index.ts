// The offers directory ("Wegweiser"): schema, checker and search; DOM-free.
export * from './types';
export * from './validate';
export * from './search';
